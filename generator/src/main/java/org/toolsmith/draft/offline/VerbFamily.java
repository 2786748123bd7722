package org.toolsmith.draft.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * Fields said as a question about an office verb ({@code lexicon/verb-families.json}): "who approved it" is the
 * approver, "when it came back" the return date, "why it was turned down" the rejection reason, "how many were
 * delivered" the quantity delivered, "how much it cost" the cost, "where each one is kept" the storage location,
 * "whether the client paid" Paid. The field is the verb's noun with the question word, in the four languages; the
 * same words serve the drafter's question items and the refiner's added fields.
 */
final class VerbFamily {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}' ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** What a question word asks of a verb, and the field type of the answer. */
    enum Role {
        AGENT(FieldType.PERSON), DATE(FieldType.DATE), REASON(FieldType.LONG_TEXT), PLACE(FieldType.TEXT),
        COUNT(FieldType.INTEGER), AMOUNT(FieldType.MONEY), DONE(FieldType.BOOLEAN);

        final FieldType type;

        Role(FieldType type) {
            this.type = type;
        }
    }

    /** A question on a known verb: the field's label and type. */
    record Hit(Role role, String label, FieldType type) {
    }

    private record Family(String name, Map<Role, Map<Lang, String>> labels) {
    }

    private static final Map<Lang, Map<String, Family>> FORMS = new EnumMap<>(Lang.class);
    /** Words that may stand between "how many" and its verb (an auxiliary or clitic), so that nothing counted is named. */
    private static final Set<String> COUNT_LINKS = Set.of("were", "was", "are", "is", "have", "has", "got", "did", "do", "they", "we",
            "ont", "sont", "a", "en", "ils", "elles", "on", "se", "han", "fueron", "son", "wurden", "wurde", "sind", "haben", "hat", "davon");
    /** Who pays or signs, said as the subject of a whether-question, with articles, pronouns and active auxiliaries. */
    private static final Set<String> PARTY = Set.copyOf(List.of("the", "they", "he", "she", "we", "it", "have", "has", "did", "does", "will", "would", "already", "yet", "us", "them",
            "ca", "cela", "nous", "leur", "lui", "lo", "se", "nos", "les", "es", "uns", "ihnen", "wird", "le", "la", "l'", "les", "il", "elle", "ils",
            "elles", "on", "a", "ont", "deja", "el", "los", "las", "ya", "ha", "han", "der", "die", "das", "er", "sie", "wir", "hat", "haben", "schon", "bereits",
            "client", "clients", "customer", "customers", "cliente", "clientes", "kunde", "kunden", "kundin", "member", "membre", "miembro", "mitglied",
            "owner", "proprietaire", "dueno", "duena", "eigentumer", "buyer", "acheteur", "comprador", "kaufer", "tenant", "locataire", "inquilino", "mieter"));
    private static final Set<String> STOPS = Set.of("and", "et", "y", "und", "or", "ou", "o", "oder");
    private static final int WINDOW = 8;
    private static final Set<String> BARE = Set.of("date", "fecha", "datum", "person", "personne", "persona", "responsable", "lieu", "ort",
            "location", "ubicacion", "reason", "motif", "motivo", "grund", "montant", "importe", "betrag", "amount");

    static {
        JsonNode root = LexiconFile.read("verb-families.json");
        for (Lang l : Lang.values()) {
            FORMS.put(l, new HashMap<>());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("_")) {
                continue;
            }
            Map<Role, Map<Lang, String>> labels = new EnumMap<>(Role.class);
            for (Role r : Role.values()) {
                JsonNode byLang = e.getValue().get(r.name().toLowerCase(java.util.Locale.ROOT));
                if (byLang != null) {
                    Map<Lang, String> m = new EnumMap<>(Lang.class);
                    for (Lang l : Lang.values()) {
                        if (byLang.hasNonNull(l.code)) {
                            m.put(l, byLang.get(l.code).asText());
                        }
                    }
                    labels.put(r, m);
                }
            }
            Family f = new Family(e.getKey(), labels);
            JsonNode forms = e.getValue().get("forms");
            for (Lang l : Lang.values()) {
                for (JsonNode w : forms.path(l.code)) {
                    FORMS.get(l).put(w.asText(), f);
                }
            }
        }
    }

    /**
     * The field a question clause asks about a known verb, or null: {@code folded} is the clause folded to lower case
     * without accents, opening with its question word ("who approved it", "combien ont ete livres", "wo jede Probe
     * aufbewahrt wird"). How many / how much name the verb's count or amount only when nothing counted is said between.
     */
    static Hit ask(Lang lang, String folded) {
        List<String> w = List.of(SPACES.split(NOT_WORD.matcher(folded).replaceAll(" ").replace("'", "' ").strip()));
        if (w.isEmpty()) {
            return null;
        }
        String w0 = w.get(0);
        String w1 = w.size() > 1 ? w.get(1) : "";
        Role role;
        Role second = null;
        int start = 1;
        switch (lang) {
            case EN -> {
                if (w0.equals("how") && (w1.equals("many") || w1.equals("much"))) {
                    role = w1.equals("many") ? Role.COUNT : Role.AMOUNT;
                    start = 2;
                } else {
                    role = wh(w0, "who", "when", "why", "where", "whether");
                }
            }
            case FR -> {
                if (w0.equals("combien")) {
                    role = Role.AMOUNT;
                    second = Role.COUNT;
                } else if (w0.equals("pour") && w1.equals("quelle") && w.size() > 2 && w.get(2).equals("raison")) {
                    role = Role.REASON;
                    start = 3;
                } else {
                    role = wh(w0, "qui", "quand", "pourquoi", "ou", "si");
                }
            }
            case ES -> {
                if (w0.equals("cuantos") || w0.equals("cuantas")) {
                    role = Role.COUNT;
                } else if (w0.equals("cuanto") || w0.equals("cuanta")) {
                    role = Role.AMOUNT;
                } else if (w0.equals("por") && w1.equals("que")) {
                    role = Role.REASON;
                    start = 2;
                } else {
                    role = wh(w0, "quien", "cuando", "", "donde", "si");
                }
            }
            default -> {
                if (w0.equals("wie") && (w1.equals("viele") || w1.equals("viel"))) {
                    role = w1.equals("viele") ? Role.COUNT : Role.AMOUNT;
                    start = 2;
                } else {
                    role = w0.equals("weshalb") || w0.equals("wieso") ? Role.REASON : wh(w0, "wer", "wann", "warum", "wo", "ob");
                }
            }
        }
        if (role == null) {
            return null;
        }
        Map<String, Family> forms = FORMS.get(lang);
        for (int i = start; i < w.size() && i < start + WINDOW; i++) {
            if (STOPS.contains(w.get(i))) {
                return null;
            }
            Family f = i + 1 < w.size() ? forms.get(w.get(i) + " " + w.get(i + 1)) : null;
            int end = i + (f == null ? 1 : 2);
            f = f == null ? forms.get(w.get(i)) : f;
            if (f == null) {
                continue;
            }
            Role r = role;
            if (second != null && !f.labels().containsKey(r)) {
                r = second;
            }
            if (r == Role.COUNT && i > start && f.name().equals("attend") && peopleOnly(w.subList(start, i))) {
                String label = f.labels().get(r).get(lang); // "how many people actually turned up": the people who came are the attendees
                return label == null ? null : new Hit(r, label, r.type);
            }
            if (r == Role.COUNT && i > start && !COUNT_LINKS.contains(w.get(start))) {
                return null; // "how many boxes were delivered": the boxes are what is counted
            }
            if (r == Role.AMOUNT && !(partyOnly(w.subList(start, i)) && (lang == Lang.FR || partyOnly(w.subList(Math.min(w.size(), end), w.size()))))) {
                return null; // "how much the glazing will cost": the thing priced stays in the name
            }
            if (r == Role.DONE && !(partyOnly(w.subList(start, i)) && partyOnly(w.subList(Math.min(w.size(), end), w.size())))) {
                return null; // "si la note a été réglée", "whether the contract was signed": the thing said stays in the name
            }
            String label = f.labels().getOrDefault(r, Map.of()).get(lang);
            return label == null ? null : new Hit(r, label, r.type);
        }
        return null;
    }

    /** People counted when they come ("how many people actually turned up", "combien de personnes sont vraiment venues"). */
    private static final Set<String> PEOPLE = Set.of("people", "persons", "guests", "personnes", "gens", "personas", "gente", "leute", "personen");
    /** Small words beside them: "de", "actually", "vraiment", "de verdad", "tatsächlich". */
    private static final Set<String> PEOPLE_FILLERS = Set.of("de", "d'", "of", "actually", "really", "in", "fact", "vraiment", "reellement",
            "finalement", "verdad", "realmente", "finalmente", "al", "final", "tatsachlich", "wirklich", "eigentlich", "letztlich", "denn");

    private static boolean peopleOnly(List<String> words) {
        boolean people = false;
        for (String x : words) {
            if (!PEOPLE.contains(x) && !PEOPLE_FILLERS.contains(x) && !COUNT_LINKS.contains(x)) {
                return false;
            }
            people |= PEOPLE.contains(x);
        }
        return people;
    }

    /** Only the party that acts and small words: "the client", "le client a", "der Kunde", "they". */
    private static boolean partyOnly(List<String> words) {
        for (String x : words) {
            if (!PARTY.contains(x)) {
                return false;
            }
        }
        return true;
    }

    private static Role wh(String w, String who, String when, String why, String where, String whether) {
        if (w.equals(who)) {
            return Role.AGENT;
        }
        if (w.equals(when)) {
            return Role.DATE;
        }
        if (!why.isEmpty() && w.equals(why)) {
            return Role.REASON;
        }
        if (w.equals(where)) {
            return Role.PLACE;
        }
        if (w.equals(whether) || w.equals("if") && whether.equals("whether")) {
            return Role.DONE;
        }
        return null;
    }

    /** Labels that name no verb: the bare heads a question word gives when its verb was not read. */
    static boolean bare(String label) {
        return label != null && BARE.contains(Text.fold(label).strip());
    }

    private VerbFamily() {
    }
}

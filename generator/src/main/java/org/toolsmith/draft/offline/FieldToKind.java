package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * A typed-in text field that becomes a list of its own, the field then pointing at it: "the supplier should be
 * picked from a supplier list (name, email, lead time) rather than typed", "make customer a proper list with name,
 * VAT number and phone", "le client doit venir d'une liste de clients avec nom, SIRET et téléphone", "el proveedor
 * tendría que ser una ficha aparte (nombre, contacto, plazo)", "Lieferant soll aus einer Lieferantenliste kommen
 * (Name, E-Mail, Lieferzeit)", "X ist eigentlich ein eigener Datensatz mit …".
 *
 * <p>Read on the whole message, sentence by sentence: a sentence that names a text field (its label, its plural, or a
 * German compound "Lieferantenliste"), a word for a list or record (list, table, record, fiche, ficha, Datensatz,
 * Eintrag…) and what makes it a kind rather than a choice (its own / separate / proper / à part / aparte / eigene, a
 * verb of picking from it or pointing to it, or "a list of Xs"). The fields of the new kind come in brackets, after
 * with / avec / con / mit / a colon, or in the next sentence ("For each landlord we need …", "Leg die bitte an (…)").
 * The kind is made with them, and the field keeps its key and becomes the link. "make status a list: a, b, c" (no
 * such cue) and a field of a kind that exists already are left to the other readers, and so is a message that also
 * removes something (the old field then goes and a new link is made elsewhere).
 */
final class FieldToKind {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:[.!?]+|$)");
    private static final Pattern LIST_WORD = Pattern.compile("\\b(?:lists?|tables?|register|directory|records?|entry|entity|liste|fiche|fichier|enregistrement|repertoire|registre|"
            + "lista|tabla|ficha|registro|entidad|tabelle|datensatz|eintrag|kartei|verzeichnis|stammdaten|\\w+(?:liste|tabelle|verzeichnis|kartei))\\b");
    private static final Pattern STRONG = Pattern.compile("\\b(?:own|separate|proper|real|dedicated|new|a part|aparte|propi[ao]|separad[ao]|de verdad|vraie|propre|entiere|nouvelle|nueva|"
            + "eigene[nmrs]?|richtige[nmrs]?|separate[nmrs]?|neue[nmrs]?)\\b");
    private static final Pattern FROM = Pattern.compile("\\b(?:picked|chosen|selected|select|pick|choose|come|comes|coming|points?|pointing|link|linked|"
            + "choisi[es]*|choisir|selectionne[es]*|venir|vienne|pointer|pointe|relie[esz]*|reliez|rattache[es]*|"
            + "elegi\\w*|elij\\w*|escog\\w*|seleccion\\w*|venga|apunt\\w*|enlaz\\w*|vincul\\w*|"
            + "ausgewahlt|auswahl\\w*|wahlen|gewahlt|kommen|kommt|zeigen|zeigt|verweis\\w*|verknupf\\w*)\\b");
    private static final Pattern REMOVE = Pattern.compile("\\b(?:remove|drop|delete|get rid|can go|supprim\\w*|enleve\\w*|enlever|retire\\w*|quit\\w*|borr\\w*|elimin\\w*|"
            + "losch\\w*|geloscht|entfern\\w*|weg|raus)\\b");
    /** The person field said to stay: "keep the Cleaner field as it is", "tel quel", "tal cual", "wie bisher". */
    private static final Pattern KEEP = Pattern.compile("\\b(?:as it is|as is|unchanged|stays|tel quel|tel qu'il est|como esta|tal cual|tal como esta|se queda|wie es ist|wie bisher|bleibt|so lassen)\\b");
    /** The fields after the cue: "with …", "avec …", "con …", "mit …", ": …". */
    private static final Pattern AFTER = Pattern.compile("(?iu)(?:\\b(?:with|avec|con|mit)\\b|:)\\s*(.+)$");
    private static final Pattern BRACKET = Pattern.compile("\\(([^()]+)\\)");
    /** Where the list of fields ends: a new clause after it. */
    private static final Pattern LIST_END = Pattern.compile("(?iu)\\s*(?:;|\\s[-–—]\\s|,?\\s+(?:and|et|y|und)\\s+(?:link|have|make|let|then|each|every|point|pick|in|on|reli\\w*|rattach\\w*|faites|"
            + "chaque|dans|puis|que|enlaz\\w*|cada|en|luego|verknupf\\w*|verknüpf\\w*|bei|dann|jede\\w*)\\b|,?\\s+(?:rather than|instead|au lieu|plutot|plutôt|en vez|en lugar|statt|anstatt|sondern)\\b"
            + "|,\\s+(?:the|la|le|el|die|der|das)\\s+\\p{L}+\\s+(?:should|must|doit|debe|soll|sollte)\\b).*$");
    /** "For each landlord we need …", "Chaque client a …", "De cada proveedor: …", "Jeder Lieferant hat …": the next sentence lists the fields. */
    private static final Pattern EACH_HAS = Pattern.compile("(?iu)^\\s*(?:(?:for each|each|every|per|pour chaque|chaque|par|de cada|para cada|cada|por|f[uü]r jede[nrs]?|jede[nrs]?|zu jede[mnr]|pro)\\s+\\p{L}+(?:\\s+\\p{L}+)??|it|they|il|elle|ils|elles|el|él|ella|ellos|er|sie|es)\\s*"
            + "(?:we need|we want|we'd need|needs|has|have|a|ont|il faut|on veut|on a besoin de|tiene|necesitamos|queremos|hat|haben|braucht|brauchen wir|mit)?\\s*:?\\s*(.+)$");
    /** Common attribute words: a list of them is fields, not choice values. */
    private static final Pattern ATTR = Pattern.compile("\\b(?:name|names|nom|nombre|title|titre|titulo|titel|bezeichnung|designation|e-?mail|courriel|correo|phone|telephone|telefono|telefon|telefonnummer|tel|"
            + "mobile|movil|handy|address|adresse|direccion|anschrift|contact|contacto|ansprechpartner|number|numero|nummer|code|codigo|city|ville|ciudad|siret|siren|cif|nif|vat|tva|iva|ust|"
            + "website|date|fecha|datum|lead|delai|plazo|lieferzeit|iban|country|pays|pais)\\b");

    private FieldToKind() {
    }

    static String take(RefineSession s, String message) {
        if (message == null || message.isBlank() || REMOVE.matcher(RefineText.fold(message)).find()) {
            return message;
        }
        List<int[]> spans = spans(SENTENCE, message);
        for (int i = 0; i < spans.size(); i++) {
            String orig = message.substring(spans.get(i)[0], spans.get(i)[1]);
            String folded = RefineText.fold(orig);
            Matcher list = LIST_WORD.matcher(folded);
            if (!list.find()) {
                continue;
            }
            List<Field> hits = new ArrayList<>();
            List<String> owners = new ArrayList<>();
            String said = parts(orig, list.start());
            // a field named inside the list of fields ("with name and phone" beside a Name field) is not the one that changes
            String stem = named(s, said == null ? folded : folded.replace(RefineText.fold(said), " "), hits, owners);
            if (stem == null) {
                continue;
            }
            if (hits.get(0).type() == FieldType.PERSON && KEEP.matcher(RefineText.fold(message)).find()) {
                continue; // "… but keep the Cleaner field as it is": the person field stays
            }
            boolean ofIt = listOf(folded, stem);
            if (otherList(folded, stem) || !ofIt && !STRONG.matcher(folded).find() && !FROM.matcher(folded).find()) {
                continue;
            }
            int end = i;
            String parts = said;
            if (parts == null && i + 1 < spans.size()) {
                String next = message.substring(spans.get(i + 1)[0], spans.get(i + 1)[1]).strip().replaceAll("[.!?]+$", "");
                Matcher each = EACH_HAS.matcher(next);
                Matcher br = BRACKET.matcher(next);
                if (each.find() && ATTR.matcher(RefineText.fold(each.group(1))).find()) {
                    parts = each.group(1);
                } else if (br.find() && br.group(1).contains(",")) {
                    parts = br.group(1);
                } else if (next.contains(",") && ATTR.matcher(RefineText.fold(next.split(",")[0])).matches()) {
                    parts = next;
                }
                if (parts != null) {
                    end = i + 1;
                }
            }
            if (parts != null && !attributes(parts)) {
                continue; // "… a list: open, closed, pending": values of a choice, not the fields of a kind
            }
            if (parts == null && !STRONG.matcher(folded).find() && !ofIt) {
                continue;
            }
            Field f = hits.get(0);
            String name = RefineText.capitalize(s.singular(f.label()));
            if (s.spec.entities().stream().anyMatch(e -> RefineText.fold(e.name()).equals(RefineText.fold(name))
                    || RefineText.fold(e.plural()).equals(RefineText.fold(name)))) {
                continue;
            }
            String key = s.addEntity(name);
            if (parts != null) {
                // "Er hat einen Namen, …": the German accusative names the Name field
                RefineItems.addAll(s, new RefineClause(NAMEN.matcher(parts.replaceAll("[()]", " ")).replaceAll("Name").strip()), key, null);
            }
            s.ensureField(key);
            for (int h = 0; h < hits.size(); h++) {
                s.setType(owners.get(h), hits.get(h).key(), FieldType.REFERENCE, List.of(), key);
                s.mention(owners.get(h), hits.get(h).key());
            }
            s.made = key;
            // the sentence after it that only says the link again ("Orders should then pick one.") is read too
            if (end + 1 < spans.size()) {
                String next = RefineText.fold(message.substring(spans.get(end + 1)[0], spans.get(end + 1)[1]));
                if (FROM.matcher(next).find() && !next.contains(",") && next.split("\\s+").length <= 10
                        && (!starts(next, stem).isEmpty() || TAKEN_UP.matcher(next).find())) {
                    end++;
                }
            }
            return (message.substring(0, spans.get(i)[0]) + " " + message.substring(spans.get(end)[1])).strip();
        }
        return message;
    }

    /** Where each non-blank sentence of the message starts and ends, as the pattern cuts them. */
    static List<int[]> spans(Pattern sentence, String message) {
        List<int[]> spans = new ArrayList<>();
        Matcher sm = sentence.matcher(message);
        while (sm.find()) {
            if (!sm.group().isBlank()) {
                spans.add(new int[] {sm.start(), sm.end()});
            }
        }
        return spans;
    }

    /** The text fields the sentence names (same label, any kind); the folded head word it names them by, or null. */
    private static String named(RefineSession s, String folded, List<Field> hits, List<String> owners) {
        Set<String> labels = new LinkedHashSet<>();
        FieldType type = FieldType.TEXT;
        for (FieldType t : List.of(FieldType.TEXT, FieldType.PERSON)) {
            // a person field only when no text field is named: "our own list of cleaners (name, agency, phone)" beside Cleaner (person)
            for (Entity e : s.spec.entities()) {
                for (Field f : e.fields()) {
                    String label = RefineText.fold(f.label());
                    if (f.type() == t && label.length() >= 3 && said(folded, label)) {
                        labels.add(label);
                    }
                }
            }
            if (!labels.isEmpty()) {
                type = t;
                break;
            }
        }
        if (labels.size() != 1) {
            return null;
        }
        String label = labels.iterator().next();
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                if (f.type() == type && RefineText.fold(f.label()).equals(label)) {
                    hits.add(f);
                    owners.add(e.key());
                }
            }
        }
        return label.substring(label.lastIndexOf(' ') + 1);
    }

    /** The label said in the sentence: each of its (at most three) words starts a word, one after the other ("die liefernden Bibliotheken"). */
    private static boolean said(String folded, String label) {
        String[] words = label.split(" ");
        if (words.length > 3) {
            return false;
        }
        for (int at : starts(folded, words[0])) {
            int pos = at;
            boolean all = true;
            for (int w = 1; w < words.length && all; w++) {
                int end = pos;
                while (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
                    end++;
                }
                pos = end + 1;
                all = end < folded.length() && folded.charAt(end) == ' ' && folded.startsWith(words[w], pos);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern LIST_BEFORE = Pattern.compile("\\b(?:lists?|liste|lista|tables?|tabla|tabelle|register|registre|registro)\\s+(?:of|de|des|du|der|von)\\s+"
            + "(?:(?:the|our|nos|los|las|les|la|le|l')\\s*)?$");
    private static final Pattern LIST_AFTER = Pattern.compile("^\\w{0,3}(?:liste|tabelle|verzeichnis|kartei)\\b|^\\w{0,3}\\s+(?:lists?|tables?|register|directory|records?)\\b");

    private static final Pattern NAMED_LIST = Pattern.compile("\\b(?:lists?|liste|lista|tables?|tabla|tabelle)\\s+(?:of|de|des|du|der|von)\\s+(?:(?:the|our|nos|los|las|les|la|le|l')\\s*)?(\\p{L}+)"
            + "|(\\p{L}+)\\s+(?:lists?|tables?|register|directory)\\b");
    private static final Pattern FILLER = Pattern.compile("a|an|the|our|its|their|my|this|that|new|own|separate|proper|real|dedicated|single|pick|drop|down|dropdown|whole|big|one|central|master");

    /** "make purpose a link to a new activities list": the list is named by another noun, which the link readers make. */
    private static boolean otherList(String folded, String stem) {
        Matcher m = NAMED_LIST.matcher(folded);
        while (m.find()) {
            String w = m.group(1) != null ? m.group(1) : m.group(2);
            if (!w.startsWith(stem) && !FILLER.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    /** "a list of suppliers", "a supplier list", "Lieferantenliste": the list is the field's own. */
    private static boolean listOf(String folded, String stem) {
        for (int at : starts(folded, stem)) {
            if (LIST_BEFORE.matcher(folded.substring(Math.max(0, at - 30), at)).find() || LIST_AFTER.matcher(folded.substring(at + stem.length())).find()) {
                return true;
            }
        }
        return false;
    }

    /** A word that takes up the new kind in the sentence after: "Orders should then pick one.", "la commande pointe dessus". */
    private static final Pattern TAKEN_UP = Pattern.compile("\\b(?:it|one|them|that list|this list|dessus|cette liste|celle-ci|la|le|lui|el|ella|esa lista|esta lista|"
            + "darauf|damit|daraus|dieser liste|einen|einem|eine)\\b");
    private static final Pattern NAMEN = Pattern.compile("(?iu)\\b(?:einen|den|seinen|ihren)\\s+Namen\\b");
    private static final Pattern NAME_WORD = Pattern.compile("\\b(?:name|namen|nom|nombre|title|titre|titulo|titel|bezeichnung|designation)\\b");

    private static final Pattern COMPOUND_ATTR = Pattern.compile("\\b\\p{L}{3,}(?:code|nummer|name|adresse|datum|telefon)\\b");

    /** Two attribute words, or a name: the fields of a kind ("name, email, lead time"), not the values of a choice ("Office, Site, Home"). */
    static boolean attributes(String parts) {
        String folded = RefineText.fold(parts);
        if (NAME_WORD.matcher(folded).find()) {
            return true;
        }
        Matcher m = ATTR.matcher(folded);
        int n = 0;
        while (m.find()) {
            n++;
        }
        for (Matcher c = COMPOUND_ATTR.matcher(folded); c.find(); ) {
            n++; // German compounds: "Studiencode", "Kundennummer", "Lieferadresse"
        }
        return n >= 2;
    }

    /** Where a word starting with the stem begins. */
    private static List<Integer> starts(String folded, String stem) {
        List<Integer> out = new ArrayList<>();
        for (int at = folded.indexOf(stem); at >= 0; at = folded.indexOf(stem, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1))) {
                out.add(at);
            }
        }
        return out;
    }

    /** The fields listed in the sentence after the list word: in brackets, or after with / avec / con / mit / a colon. */
    private static String parts(String orig, int from) {
        String tail = orig.substring(Math.min(from, orig.length()));
        Matcher br = BRACKET.matcher(orig);
        if (br.find() && (br.group(1).contains(",") || br.group(1).matches("(?iu).*\\s(?:and|et|y|und)\\s.*"))) {
            return br.group(1);
        }
        Matcher after = AFTER.matcher(tail);
        if (after.find()) {
            String list = LIST_END.matcher(after.group(1)).replaceFirst("").replaceAll("[.!?]+$", "").strip();
            return list.isEmpty() ? null : list;
        }
        return null;
    }
}

package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * A message that names two kinds the app has and asks for nothing but a link between them, whatever its shape: "put the
 * room on the booking screen", "can we also choose the course on each enrolment?", "il faudrait le fournisseur sur chaque
 * facture", "Bei jedem Einsatz soll man auch das Fahrzeug wählen können", "Jeder Kurs soll auf den Raum verweisen",
 * "Ordne jede Rechnung einem Kunden zu".
 *
 * <p>Read by word families: every word must be a little word, a word of adding, linking, choosing or recording, or
 * "each / on / sur / bei …"; no field of either kind may be named, nor a word of free text, removal or negation. The
 * kind said after "each / chaque / cada / jede", after "on / to / sur / en / bei / beim", or opening the message before a
 * colon is the one that links; the other must be said in the singular (a plural there says "has many"). Anything else
 * leaves the message to the other readers.
 */
final class TwoKindsLink {
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+");
    /** Before the kind that links: "each trip", "on the appointment", "sur chaque ticket", "en cada cita", "beim Termin". */
    private static final Set<String> AT = Set.of("on", "to", "sur", "aux", "en", "bei", "beim", "zum", "zur");
    private static final Set<String> ARTICLE = Set.of("the", "a", "an", "le", "la", "les", "l", "un", "une", "el", "los", "las", "al", "del", "una",
            "der", "die", "das", "dem", "den", "jeder", "jedem", "jedes", "jede", "jeden", "each", "every", "chaque", "cada");
    /** Words of adding, recording and pointing, beyond {@link NewKindLinked}'s little and linking words. */
    private static final Set<String> VERBS = Set.of("add", "record", "store", "capture", "track", "show", "form", "want", "faudrait", "faut",
            "ajoute", "ajouter", "ajoutez", "indiquer", "enregistrer", "noter", "formulaire", "anade", "anadir", "registrar", "guardar", "indicar",
            "formulario", "podemos", "erfassen", "erfasst", "ergaenzen", "erganzen", "fehlt", "als", "auf", "verweisen", "verweist", "benutzte",
            "used", "uses", "utilise", "usado", "usada", "auswahlen", "konnen", "zu", "need", "needs", "pointer", "apuntar", "apunte");
    /** Words that say something else than a link: free text, removal, negation, "many". */
    private static final Set<String> OTHER = Set.of("text", "texte", "texto", "freitext", "free", "libre", "typed", "plain", "remove", "drop", "delete",
            "instead", "rather", "lieu", "vez", "lugar", "statt", "anstatt", "plutot", "old", "ancien", "antiguo", "alte", "alten", "many", "several",
            "plusieurs", "varios", "varias", "mehrere", "list", "liste", "lista", "table", "tabla", "tabelle", "new", "nouveau", "nouvelle", "nuevo",
            "nueva", "neue", "neuen", "neues", "separate", "own", "propre", "propia", "eigene", "eigenen", "required", "obligatoire", "obligatorio", "pflicht");

    private TwoKindsLink() {
    }

    private record Hit(int start, int end, Entity kind, boolean plural) {
    }

    static String take(RefineSession s, String message) {
        if (message == null || message.isBlank() || message.length() > 200) {
            return message;
        }
        String folded = NewKindLinked.plain(message);
        if (s.spec.entities().size() < 2) {
            return message;
        }
        // the kinds, longest names first, as whole words
        List<String[]> names = new ArrayList<>();
        for (Entity e : s.spec.entities()) {
            if (!s.originalEntities.contains(e.key())) {
                return message;
            }
            names.add(new String[] {RefineText.fold(e.name()), e.key(), "1"});
            names.add(new String[] {RefineText.fold(e.plural()), e.key(), RefineText.fold(e.plural()).equals(RefineText.fold(e.name())) ? "1" : "0"});
        }
        names.sort(Comparator.comparingInt((String[] n) -> -n[0].length()));
        List<Hit> hits = new ArrayList<>();
        for (String[] n : names) {
            if (n[0].length() < 3) {
                continue;
            }
            for (int at : NewKindLinked.wordsAt(folded, n[0], true)) {
                int end = at + n[0].length();
                if (hits.stream().noneMatch(h -> h.start() < end && at < h.end())) {
                    hits.add(new Hit(at, end, s.entity(n[1]), "0".equals(n[2])));
                }
            }
        }
        if (hits.size() != 2 || hits.get(0).kind().key().equals(hits.get(1).kind().key())) {
            return message;
        }
        // no field of either kind is named ("the vehicle's plate"): that is another edit
        for (Hit h : hits) {
            for (Field f : h.kind().fields()) {
                String label = RefineText.fold(f.label());
                if (label.length() >= 3 && !NewKindLinked.wordsAt(folded, label, true).isEmpty()
                        && hits.stream().noneMatch(k -> RefineText.fold(k.kind().name()).equals(label) || RefineText.fold(k.kind().plural()).equals(label))) {
                    return message;
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        StringBuilder rest = new StringBuilder();
        int at = 0;
        for (Hit h : hits) {
            rest.append(folded, at, h.start()).append(" qqkind ");
            at = h.end();
        }
        rest.append(folded.substring(at));
        List<String> tokens = new ArrayList<>();
        for (Matcher m = TOKEN.matcher(rest); m.find(); ) {
            tokens.add(m.group());
        }
        List<Integer> kindsAt = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals("qqkind")) {
                kindsAt.add(i);
            } else if (OTHER.contains(t) || NewKindLinked.NOT.contains(t)) {
                return message;
            } else if (!NewKindLinked.LITTLE.contains(t) && !NewKindLinked.LINKING.contains(t) && !NewKindLinked.EACH.contains(t) && !VERBS.contains(t) && !AT.contains(t)) {
                return message;
            }
        }
        boolean colon = hits.get(0).start() < 3 && folded.substring(hits.get(0).end()).stripLeading().startsWith(":");
        boolean first = colon || marked(tokens, kindsAt.get(0));
        boolean second = marked(tokens, kindsAt.get(1));
        if (first == second) {
            return message;
        }
        Hit from = first ? hits.get(0) : hits.get(1);
        Hit to = first ? hits.get(1) : hits.get(0);
        if (to.plural()) {
            return message; // "each event has speakers": many of them, not a link to one
        }
        s.link(from.kind().key(), to.kind().key(), false);
        return "";
    }

    /** "each X", "on the X", "sur chaque X", "en cada X", "bei jeder X", "beim X", "to the X form". */
    private static boolean marked(List<String> tokens, int i) {
        int j = i - 1;
        while (j >= 0 && ARTICLE.contains(tokens.get(j)) && !NewKindLinked.EACH.contains(tokens.get(j))) {
            j--;
        }
        return j >= 0 && (AT.contains(tokens.get(j)) || NewKindLinked.EACH.contains(tokens.get(j)))
                || i > 0 && NewKindLinked.EACH.contains(tokens.get(i - 1));
    }
}

package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * A record kind dropped, its information kept as plain text on the kind that pointed to it (the reverse of
 * {@link FieldToKind}): "we don't want a separate customers table after all, just type the customer's name on each
 * order", "finalement pas de fiche client à part, on écrit le nom du client sur chaque commande", "al final no
 * queremos una tabla de proveedores aparte, que se escriba el nombre del proveedor en cada pedido", "die
 * Lieferantenliste brauchen wir doch nicht, der Lieferant soll einfach als Text im Auftrag stehen".
 *
 * <p>Read on the whole message: it must name one existing kind that another kind links to (by its name, its plural or
 * a German compound "Lieferantenliste"), carry a cue of dropping it (remove, don't need, no separate …) and a cue of
 * typing it in instead (type, write, text, a name on …). The kind goes and the link becomes plain text, kept under its
 * key; the rest of the message is read as usual. "Remove the Drivers list" (no typing cue) and "remove the customer field" (the
 * field is named) are left to the other readers.
 */
final class KindToField {
    private static final Pattern DROP = RefineText.p("\\b(?:remove|drop|delete|get rid|lose|scrap|ditch|(?:nobody|no one|noone) (?:uses|needs|keeps|updates)|personne ne|nadie|keiner|niemand|(?:do not|don't|dont|no longer) (?:need|want|use)|no need|not needed|"
            + "supprim\\w*|enlev\\w*|retir\\w*|(?:pas|plus) (?:besoin|de)|finalement pas|"
            + "quit\\w*|borr\\w*|elimin\\w*|no (?:necesit|quer|hace falta)\\w*|sin\\b|"
            + "losch\\w*|entfern\\w*|streich\\w*|brauch\\w* (?:\\w+ ){0,3}(?:nicht|kein\\w*)|kein\\w* (?:\\w+ ){0,2}mehr|weg)\\b");
    private static final Pattern TYPED = RefineText.p("\\b(?:type (?:in|it|the|their|his|her|them|a)\\b|typed|typing|write|written|enter(?:ed)?|text|plain|free|(?:just|only|be|as) (?:a|the) name|"
            + "ecri\\w*|saisi\\w*|tape\\w*|texte|libre|simple nom|le nom|"
            + "escrib\\w*|escrit\\w*|tecle\\w*|texto|el nombre|solo (?:el )?nombre|"
            + "text|freitext|tipp\\w*|eintipp\\w*|eingetipp\\w*|eintrag\\w*|eingetragen|schreib\\w*|geschrieben|eingeb\\w*|eingegeben|den namen|namen)\\b");
    private static final Pattern FIELD_WORD = RefineText.p("^\\w*\\s*(?:field|column|champ|campo|feld|spalte)\\b");
    private static final Pattern FIELD_BEFORE = RefineText.p("\\b(?:champ|campo|feld|field)\\s+(?:\\w+\\s+){0,2}$");

    private static final Pattern SENTENCE = Pattern.compile("[^.!?;]+(?:[.!?;]+|$)");
    private static final Pattern NAME = RefineText.p("name|nom|nombre|name|bezeichnung|title|titre|titel");

    private KindToField() {
    }

    static String take(RefineSession s, String message) {
        if (message == null || message.isBlank()) {
            return message;
        }
        String all = RefineText.fold(message);
        if (!DROP.matcher(all).find() || !TYPED.matcher(all).find()) {
            return message;
        }
        List<int[]> spans = FieldToKind.spans(SENTENCE, message);
        // the sentence that drops the kind, and the typing in said there or in the sentence after it
        for (int i = 0; i < spans.size(); i++) {
            for (int end = i; end <= Math.min(i + 1, spans.size() - 1); end++) {
                String folded = RefineText.fold(message.substring(spans.get(i)[0], spans.get(end)[1]));
                String first = RefineText.fold(message.substring(spans.get(i)[0], spans.get(i)[1]));
                String last = RefineText.fold(message.substring(spans.get(end)[0], spans.get(end)[1]));
                if (!DROP.matcher(first).find() || !TYPED.matcher(last).find()) {
                    continue;
                }
                Entity hit = kind(s, folded);
                if (hit == null || !named(first, hit)) {
                    continue;
                }
                s.removeEntity(hit.key());
                return (message.substring(0, spans.get(i)[0]) + " " + message.substring(spans.get(end)[1])).strip();
            }
        }
        return message;
    }

    /** The one existing kind another kind links to that the text names, or null. */
    private static Entity kind(RefineSession s, String folded) {
        Entity hit = null;
        for (Entity e : s.spec.entities()) {
            if (!s.originalEntities.contains(e.key()) || !linkedTo(s, e) || !named(folded, e) || ownField(folded, e)) {
                continue;
            }
            if (hit != null) {
                return null; // two kinds named: the other readers tell which goes
            }
            hit = e;
        }
        return hit == null || s.spec.entities().size() <= 1 ? null : hit;
    }

    /** "remove the customer's email field, just type it in the notes": a field of the kind is named, not the kind dropped. */
    private static boolean ownField(String folded, Entity kind) {
        for (Field f : kind.fields()) {
            String label = RefineText.fold(f.label());
            if (label.length() >= 3 && !NAME.matcher(label).matches() && Text.containsPhrase(folded, label)) {
                return true;
            }
        }
        return false;
    }

    private static boolean linkedTo(RefineSession s, Entity kind) {
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                if (f.type() == FieldType.REFERENCE && kind.key().equals(f.target())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The kind is named by its name, plural or a compound of its stem ("lieferantenliste"), and not as a field ("the customer field"). */
    private static boolean named(String folded, Entity e) {
        List<String> words = new ArrayList<>();
        words.add(RefineText.fold(e.name()));
        words.add(RefineText.fold(e.plural()));
        boolean any = false;
        for (String w : words) {
            if (w.length() < 3) {
                continue;
            }
            for (int at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
                if (at > 0 && Character.isLetterOrDigit(folded.charAt(at - 1))) {
                    continue;
                }
                String after = folded.substring(at + w.length());
                if (FIELD_WORD.matcher(after).find() || FIELD_BEFORE.matcher(folded.substring(Math.max(0, at - 30), at)).find()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}

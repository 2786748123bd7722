package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;

/**
 * A record kind removed by naming its table or list, inside a longer sentence: "Tabelle Maschinen
 * bitte löschen, bei der Störung reicht ein Textfeld", "drop the vendors table, we buy direct now",
 * "supprime la liste des catégories, puis …", "borra la tabla de almacenes y …". The part between
 * commas that names a table (or list) of a kind and a verb of removing removes that kind, and is taken
 * out of the message, so the rest of the sentence is read on its own. A part with a negation is left
 * to the other readers.
 */
final class RefineKindRemoval {
    private static final Pattern PART = Pattern.compile("[^,;.!?\\n]+");
    private static final Pattern TABLE = p("\\b(?:the\\s+)?([\\w'-]+)\\s+(?:table|list|register)\\b|\\b(?:table|list|tabelle|liste|tabla|lista|register)\\s+"
            + "(?:of\\s+(?:the\\s+)?|des\\s+|de\\s+(?:los\\s+|las\\s+)?|d'|der\\s+|von\\s+|mit\\s+(?:den\\s+)?)?([\\w'-]+)|\\b([\\w-]+?)(?:tabelle|liste)\\b");
    private static final Pattern REMOVE = p("\\b(?:remove|delete|drop|scrap|get rid of|can go|is not needed|isn't needed|"
            + "loschen|losch|entfernen|entfern|streichen|kann weg|konnen weg|raus|"
            + "supprime[rz]?|supprimez|enleve[rz]?|retire[rz]?|"
            + "elimina[r]?|eliminad|borra[r]?|borrad|quita[r]?|quitad)\\b");
    private static final Pattern NEGATION = p("\\b(?:not|don't|do not|never|keep|ne|pas|no|nunca|mant[ei]n\\w*|nicht|kein\\w*|behalt\\w*|garde[rz]?)\\b");

    /** "remove 'Webinar' from the events list": a value taken off a list, not the list. */
    private static final Pattern FROM = p("\\b(?:from|off|aus|de la liste|de la lista|von der liste)\\b|['\"«»]");

    private RefineKindRemoval() {
    }

    /** Removes each kind named so, and returns the message without the parts that said it. */
    static String take(RefineSession s, String message) {
        if (s.spec.entities().size() < 2) {
            return message;
        }
        Matcher m = PART.matcher(message);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            RefineClause part = new RefineClause(m.group());
            if (!part.match(REMOVE).find() || part.match(NEGATION).find() || part.match(FROM).find() || part.text.split("\\s+").length > 10) {
                continue;
            }
            Entity kind = tableOf(s, part);
            if (kind == null) {
                continue;
            }
            s.removeEntity(kind.key());
            out.append(message, from, m.start());
            from = m.end();
        }
        if (from == 0) {
            return message;
        }
        out.append(message.substring(from));
        // the commas left around what was taken out
        return out.toString().replaceAll("^[\\s,;]+", "").replaceAll("\\s*,\\s*(?=[,;.!?]|$)", "").strip();
    }

    private static Entity tableOf(RefineSession s, RefineClause part) {
        Matcher t = part.match(TABLE);
        while (t.find()) {
            for (int g = 1; g <= 3; g++) {
                if (t.group(g) == null) {
                    continue;
                }
                RefineClause words = part.group(t, g);
                RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, words.orig);
                if (e == null) {
                    e = RefineMatcher.entity(s.spec, s.singular(words.orig));
                }
                if (e != null && e.score() >= 0.9 && s.originalEntities.contains(e.entity().key())) {
                    return e.entity();
                }
            }
        }
        return null;
    }
}

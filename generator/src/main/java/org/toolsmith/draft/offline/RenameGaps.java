package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * A rename and another edit after a comma or "and": "rename Cost to Price, and Notes to Remarks", "renomme Coût en
 * Prix, et Notes doit être obligatoire", "renombra Coste a Precio, y Notas a Observaciones", "benenne Kosten in Preis
 * um, und Notizen in Bemerkungen". The new name ends where "and"/"et"/"y"/"und" (a comma before it or not) is followed
 * by the label of another field of the spec: the rest is an edit of its own, and when it is only "Field to Name" (the
 * verb left out) the verb of renaming is said again. Before, the whole rest became the new label ("Price, and Notes to
 * Remarks").
 *
 * Only after a verb of renaming with its "to"/"en"/"a"/"in" and a new name of at least one word, and only when a field
 * label of the spec (not the renamed one) follows the joining word, whole.
 */
final class RenameGaps {
    private static final Pattern RENAME = Pattern.compile("\\b(rename|renomm\\w*|renombr\\w*|benenn\\w*)\\s+(?:the\\s+|le\\s+|la\\s+|les\\s+|l'|el\\s+|los\\s+|las\\s+|die\\s+|das\\s+|den\\s+|der\\s+)?"
            + "(?:(?:field|champ|campo|feld)\\s+)?([\\p{L}\\p{N}' -]{1,40}?)\\s+(?:field\\s+|champ\\s+|campo\\s+|feld\\s+)?(to|en|a|como|in)\\s+(?=\\S)");
    private static final Pattern JOINT = Pattern.compile("\\s*,?\\s+(?:and|et|y|und)\\s+(?:(?:the|le|la|les|el|los|las|die|der|das|den)\\s+|l')?");
    /** "Field to Name": a rename with its verb left out. */
    private static final Pattern BARE_RENAME = Pattern.compile("^\\s*(?:(?:the|le|la|les|el|los|las|die|der|das|den)\\s+|l')?[\\p{L}\\p{N}' -]{1,40}?\\s+(to|en|a|como|in)\\s+\\S.*$");

    /** "… and make it a decimal": a verb that is also a label, with the renamed field as its object; no field of its own. */
    private static final Pattern PRONOUN = Pattern.compile("\\s+(?:it|them|this|that|le|la|les|lo|los|las|es|sie|ihn|das)\\b");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[.!?;:]");
    /** "Notes to a …": the "to" of a type change, not of a rename. */
    private static final Pattern TO_ARTICLE = Pattern.compile("^\\S+\\s+(?:a|en|in)\\s+(?:un|une|una|ein|eine)\\b.*");
    private static final Pattern GERMAN_UM = Pattern.compile("(?s).*\\bum\\s*$");
    private static final Pattern END_MARKS = Pattern.compile("[.!?\\s]+$");

    private RenameGaps() {
    }

    static String take(RefineSession s, String message) {
        RefineClause c = new RefineClause(message);
        Matcher r = c.match(RENAME);
        if (!r.find()) {
            return message;
        }
        List<String> labels = labels(s, c.group(r, 2).text.strip());
        if (labels.isEmpty()) {
            return message;
        }
        Matcher j = c.match(JOINT);
        int from = r.end();
        while (j.find(from)) {
            if (j.start() <= r.end() || c.text.substring(r.end(), j.start()).isBlank()) {
                from = j.end();
                continue;
            }
            if (SENTENCE_MARK.matcher(c.text.substring(r.end(), j.start())).find()) {
                return message; // the rename ended in a sentence before
            }
            String rest = c.text.substring(j.end());
            if (labels.stream().anyMatch(l -> startsWithWord(rest, l) && !PRONOUN.matcher(rest.substring(l.length())).lookingAt())) {
                String head = c.sub(0, j.start()).orig;
                String tail = c.from(j.end()).orig;
                Matcher b = BARE_RENAME.matcher(rest);
                boolean bare = b.matches() && renameWord(s.lang, b.group(1)) && !TO_ARTICLE.matcher(rest).matches();
                String verb = c.group(r, 1).orig;
                if (bare) {
                    String v = RefineText.capitalize(verb);
                    tail = GERMAN_UM.matcher(head).matches() ? v + " " + stripEnd(tail) + " um" + end(tail) : v + " " + tail;
                } else {
                    tail = RefineText.capitalize(tail);
                }
                return head.stripTrailing() + ". " + tail;
            }
            from = j.end();
        }
        return message;
    }

    /** The word of renaming in the message's language: "le statut a besoin de …" is no rename, "el estado a Fase" is. */
    private static boolean renameWord(Lang lang, String word) {
        return switch (lang) {
            case FR -> word.equals("en");
            case ES -> word.equals("a") || word.equals("como");
            case DE -> word.equals("in");
            default -> word.equals("to");
        };
    }

    private static String stripEnd(String s) {
        return END_MARKS.matcher(s).replaceAll("");
    }

    private static String end(String s) {
        return s.substring(stripEnd(s).length());
    }

    /** Folded labels of every field but the one renamed, longest first. */
    private static List<String> labels(RefineSession s, String renamed) {
        List<String> out = new ArrayList<>();
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                String l = RefineText.fold(f.label()).strip();
                if (!l.isEmpty() && !l.equals(renamed) && !out.contains(l)) {
                    out.add(l);
                }
            }
        }
        out.sort((a, b) -> b.length() - a.length());
        return out;
    }

    private static boolean startsWithWord(String text, String label) {
        return text.startsWith(label) && (text.length() == label.length() || !Character.isLetterOrDigit(text.charAt(label.length())));
    }
}

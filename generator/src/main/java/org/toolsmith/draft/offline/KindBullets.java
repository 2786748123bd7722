package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * Bullets that each open a kind with a with-word ("- Lieferanten mit Lieferantennummer, Name und
 * Ansprechpartner", "- Teile mit Sachnummer, Bezeichnung, …", "- Erstmuster: zu welchem Teil, …")
 * are kind lines like "Kind: a, b, c": each is rewritten so, when every bullet is one or the other.
 * The head is one to three words naming no field type; the with-words are the lexicon's.
 */
final class KindBullets {
    private KindBullets() {
    }

    /** The bullets as "Kind: list" lines, or the bullets as they were. */
    static List<String> asKindLines(Lexicon lex, List<String> bullets) {
        if (bullets.size() < 2) {
            return bullets;
        }
        List<String> out = new ArrayList<>();
        boolean any = false;
        for (String b : bullets) {
            String t = b.strip();
            Matcher colon = COLON.matcher(t);
            if (colon.matches()) {
                out.add(t);
                continue;
            }
            String line = withLine(lex, t);
            if (line == null) {
                return bullets;
            }
            out.add(line);
            any = true;
        }
        return any ? out : bullets;
    }

    private static final java.util.Map<String, Pattern> WITH_LINES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern COLON = Pattern.compile("^([^:,;()]{2,40}?)\\s*:\\s*(.+)$");

    static String withLine(Lexicon lex, String t) {
        for (String w : lex.withWords) {
            if (w.contains(" ")) {
                continue;
            }
            // "our patients, with name, …": a comma may stand before the with-word
            Matcher m = WITH_LINES.computeIfAbsent(w, k -> Pattern.compile(
                    "^([\\p{L}][\\p{L}'-]*(?:\\s+[\\p{L}'-]+){0,2}),?\\s+" + Pattern.quote(k) + "\\s+(.+)$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).matcher(t);
            if (m.matches() && m.group(2).contains(",") && FieldTyper.type(lex, Text.fold(m.group(1))) == FieldType.TEXT
                    && !FieldTyper.hasTypeWord(lex, Text.fold(m.group(1)))) {
                return m.group(1) + ": " + m.group(2);
            }
        }
        return null;
    }
    private static final Pattern LABELLED = Pattern.compile("^([^:,;()]{2,40}?)\\s*(?::|\\s[-–]\\s)\\s*(.+)$");
    private static final Pattern OPTION_SEPARATOR = Pattern.compile("\\s/\\s|,|\\s(?:or|ou|o|oder)\\s");

    /**
     * "- bakes: recipe, date, baker" then "- bake status: planned / baking / sold" ("- statut de fournée : …",
     * "- Reparaturstatus: offen / …"): a bullet labelled with an earlier bullet's kind and a choice word, listing
     * values, is that kind's field: the owner's bullet gets ", status (planned / baking / sold)" and the bullet goes.
     * The bullets as they were when none is so.
     */
    static List<String> ownedOptions(Lexicon lex, List<String> bullets) {
        if (bullets.size() < 2) {
            return bullets;
        }
        List<String> out = new ArrayList<>(bullets);
        List<String> owners = new ArrayList<>();
        boolean changed = false;
        for (int k = 0; k < out.size(); k++) {
            Matcher m = LABELLED.matcher(out.get(k).strip());
            String label = m.matches() ? m.group(1).strip() : null;
            int owner = label == null || k == 0 ? -1 : ownerOf(lex, label, owners);
            String word = owner < 0 ? null : choiceWord(lex, label, owners.get(owner));
            if (owner >= 0 && word == null) {
                word = choiceWord(lex, label, headOf(lex, owners.get(owner)));
            }
            if (word != null && values(lex, m.group(2))) {
                String values = m.group(2).strip().replaceAll("[.;]+$", "");
                out.set(owner, out.get(owner).strip().replaceAll("[.;,]+$", "") + ", " + word + " (" + values + ")");
                out.remove(k);
                k--;
                changed = true;
                continue;
            }
            owners.add(label == null ? null : Text.fold(Inflector.singular(lex.lang, label)));
        }
        return changed ? out : bullets;
    }

    /** The index of the earlier bullet whose kind the label names (first or last words, or a German compound's start). */
    private static int ownerOf(Lexicon lex, String label, List<String> owners) {
        String f = Text.fold(label);
        for (int i = owners.size() - 1; i >= 0; i--) {
            String o = owners.get(i);
            if (o == null || o.isEmpty()) {
                continue;
            }
            String head = headOf(lex, o);
            if (choiceWord(lex, label, o) != null || !o.equals(head) && choiceWord(lex, label, head) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The first word of an owner's label made singular ("bookings for each class" → "booking"). */
    private static String headOf(Lexicon lex, String owner) {
        List<String> w = Text.words(owner);
        return w.isEmpty() ? "" : Text.fold(Inflector.singularWord(lex.lang, w.get(0))); // a label of marks only ("**") has no head
    }

    /** The choice word the label adds to the owner's name ("bake status" → "status", "estado de la hornada" → "estado"). */
    private static String choiceWord(Lexicon lex, String label, String owner) {
        List<String> lw = List.of(label.strip().split("\\s+"));
        List<String> fw = Text.words(Text.fold(label));
        List<String> ow = Text.words(owner);
        if (lw.size() != fw.size() || ow.isEmpty()) {
            return null;
        }
        String found = null;
        if (fw.size() == ow.size() + 1 && fw.subList(0, ow.size()).equals(ow)) {
            found = lw.get(lw.size() - 1); // "bake status"
        } else if (fw.size() >= ow.size() + 2 && fw.size() <= ow.size() + 3
                && Text.fold(Inflector.singular(lex.lang, String.join(" ", fw.subList(fw.size() - ow.size(), fw.size())))).equals(owner)) {
            found = lw.get(0); // "status of the bake", "statut de fournée"
        } else if (lex.lang == Lang.DE && fw.size() == 1 && fw.get(0).startsWith(owner) && fw.get(0).length() > owner.length() + 2) {
            String rest = label.strip().substring(owner.length());
            if (rest.length() > 3 && "sn".indexOf(rest.charAt(0)) >= 0 && FieldTyper.type(lex, Text.fold(rest.substring(1))) == FieldType.CHOICE) {
                rest = rest.substring(1); // "Chargenstatus", "Auftragsstatus"
            }
            found = Character.toUpperCase(rest.charAt(0)) + rest.substring(1); // "Reparaturstatus"
        }
        return found != null && Inflector.singular(lex.lang, found).equalsIgnoreCase(found)
                && FieldTyper.type(lex, Text.fold(found)) == FieldType.CHOICE ? found : null;
    }

    /** Whether the text lists values, not fields: two at least, and with commas alone none a field word. */
    private static boolean values(Lexicon lex, String text) {
        String[] parts = OPTION_SEPARATOR.split(text.strip());
        if (parts.length < 2 || parts.length > 8) {
            return false;
        }
        for (String p : parts) {
            String v = p.strip();
            if (v.isEmpty() || Text.wordCount(v) > 4) {
                return false;
            }
            if (!text.contains("/") && FieldTyper.hasFieldWord(lex, Text.fold(v))) {
                return false;
            }
        }
        return true;
    }
}

package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "and whether it's for a celebration (birthday, anniversary, other)", "et si c'est pour une fête (mariage,
 * autre)", "y si es para alguna celebración (cumpleaños, otra)", "und ob es für eine Feier ist (Hochzeit,
 * andere)": a question followed by the values it can take is a choice, named by the thing asked about, with
 * those values, not a yes/no named by the whole question. A yes/no list ("(yes/no)") keeps the question.
 */
final class WhetherValues {
    /** The question word, the question, and the values in brackets after it. */
    private static final Pattern ASKED = Pattern.compile("^(?:whether|if|si|s'|ob)\\s*([^()]+?)\\s*\\(([^()]+)\\)\\s*$");
    private static final Pattern VALUE_SPLIT = Pattern.compile("\\s*(?:,|/|;|\\s(?:or|ou|o|u|oder|and|et|y|und)\\s)\\s*");
    private static final Pattern YES_NO = Pattern.compile("^(?:yes|no|y|n|oui|non|si|ja|nein|true|false|vrai|faux|verdadero|falso)$");
    /** Little words of a question: what is left names the thing asked about. */
    private static final Set<String> LITTLE = Set.copyOf(List.of(
            "the", "a", "an", "it", "it's", "its", "this", "that", "they", "they're", "there", "he", "she", "was", "is", "were", "are", "be",
            "been", "will", "would", "for", "of", "to", "in", "on", "at", "by", "with", "some", "any", "each", "every", "one", "has", "have",
            "had", "did", "does", "do", "about", "as", "kind", "sort",
            "c'est", "c'etait", "ce", "c", "est", "etait", "sera", "il", "elle", "ils", "elles", "on", "le", "la", "les", "l", "l'", "un",
            "une", "des", "du", "de", "d'", "pour", "au", "aux", "en", "y", "quelque", "s'agit", "agit", "s'il", "s'ils",
            "es", "era", "fue", "esta", "estaba", "el", "los", "las", "unos", "unas", "para", "por", "del", "al", "alguna", "alguno",
            "algun", "ha", "hay", "se", "lo", "ser",
            "er", "sie", "ist", "war", "sind", "waren", "wird", "fur", "eine", "ein", "einen", "einem", "einer", "der", "die", "das",
            "den", "dem", "zu", "zum", "zur", "mit", "von", "an", "auf", "im", "irgendeine", "irgendein", "hat", "gibt", "um", "sich",
            "handelt"));

    private WhetherValues() {
    }

    /** The item rewritten as "thing (values)", or the item itself when it is no such question. */
    static RefineClause choice(RefineClause item) {
        Matcher m = item.match(ASKED);
        if (!m.find()) {
            return item;
        }
        String values = m.group(2).strip();
        List<String> parts = new ArrayList<>();
        for (String v : VALUE_SPLIT.split(values)) {
            if (!v.isBlank()) {
                parts.add(v.strip());
            }
        }
        if (parts.size() < 2 || parts.stream().allMatch(v -> YES_NO.matcher(v).matches())) {
            return item; // "(yes/no)", "(oui ou non)": the yes/no the question asks
        }
        String[] folded = m.group(1).strip().split("\\s+");
        String[] typed = item.group(m, 1).orig.strip().split("\\s+");
        if (folded.length != typed.length) {
            return item;
        }
        int end = folded.length;
        while (end > 0 && LITTLE.contains(folded[end - 1].replaceAll("[.?!,]+$", ""))) {
            end--; // German puts its verb last: "ob es für eine Feier ist"
        }
        int start = end;
        while (start > 0 && end - start < 3 && !LITTLE.contains(folded[start - 1]) && !folded[start - 1].contains("'")) {
            start--;
        }
        if (start == end) {
            return item;
        }
        StringBuilder thing = new StringBuilder();
        for (int i = start; i < end; i++) {
            thing.append(i > start ? " " : "").append(typed[i]);
        }
        return new RefineClause(thing.toString().replaceAll("[.?!,]+$", "") + " (" + item.group(m, 2).orig.strip() + ")");
    }
}

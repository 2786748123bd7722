package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.toolsmith.spec.Field;

/**
 * A new choice value said as a name in running text, without a list or quotes ("we also use World Courier
 * now for the frozen stuff", "there's a fourth controlled zone, Riverside, which the form doesn't offer"):
 * the one capitalised run of words in a lower-case sentence that is not its first word, a month or a day,
 * a value the field has, or a field or kind of the spec. Not in German, where every noun is capitalised.
 */
final class NewsValue {
    private static final Set<String> CALENDAR = RefineText.set("january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "i'm", "i've", "i'd",
            "christmas", "easter", "ok", "okay");

    private NewsValue() {
    }

    /** The one name the words say, or null when none or more than one. */
    static String named(RefineSession s, RefineClause c, Field f) {
        if (s.lang == Lang.DE) {
            return null;
        }
        String[] w = c.orig.split("\\s+");
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= w.length; i++) {
            String word = i < w.length ? w[i].replaceAll("^[\"'«“(]+|[\"'»”),.;:!?]+$", "") : "";
            boolean starts = i == 0 || i < w.length && w[i - 1].matches(".*[.!?:;]$");
            boolean cap = i < w.length && !starts && !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && !CALENDAR.contains(RefineText.fold(word));
            if (cap) {
                run.append(run.length() == 0 ? "" : " ").append(word);
            }
            if ((!cap || i < w.length && w[i].matches(".*[,.;:!?)]$")) && run.length() > 0) {
                if (!cap) {
                    // "an On hold status": lower-case words of the value, up to the field's own word
                    run.append(headed(w, i, f));
                }
                runs.add(run.toString());
                run.setLength(0);
            }
        }
        runs.removeIf(r -> r.split("\\s+").length > 3 || known(s, f, r));
        return runs.size() == 1 ? runs.get(0) : null;
    }

    /** The lower-case words from this position that end right before the field's own word ("hold" in "On hold status"), or "". */
    private static String headed(String[] w, int at, Field f) {
        String own = RefineText.fold(f.label()).replaceAll("^.*\\s", "");
        StringBuilder more = new StringBuilder();
        for (int k = at; k < Math.min(w.length, at + 3); k++) {
            String word = w[k].replaceAll("[\"'»”),.;:!?]+$", "");
            String folded = RefineText.fold(word);
            if (k > at && (folded.equals(own) || folded.equals(own + "s") || folded.equals(own + "es"))) {
                return more.toString();
            }
            if (word.isEmpty() || !Character.isLowerCase(word.codePointAt(0)) || RefineText.STOP.contains(folded) || !word.equals(w[k])) {
                return "";
            }
            more.append(' ').append(word);
        }
        return "";
    }

    private static boolean known(RefineSession s, Field f, String r) {
        String folded = RefineText.fold(r);
        return f.options().stream().anyMatch(o -> RefineText.fold(o).equals(folded))
                || s.spec.entities().stream().anyMatch(e -> RefineText.fold(e.name()).equals(folded) || e.plural() != null && RefineText.fold(e.plural()).equals(folded)
                        || e.fields().stream().anyMatch(x -> RefineText.fold(x.label()).equals(folded)));
    }
}

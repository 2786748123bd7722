package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * A date range said by its bounds: "du … au …", "Zeitraum (von/bis)", "dates (from - to)", "desde/hasta", or the
 * bounds as two items of a list ("wer, von, bis, Art"). The range is two dates named by the language
 * ({@code labels.range_start}, {@code labels.range_end}: Start date / End date, Beginn / Ende); the bounds come in pairs ({@code range_bounds}).
 * Bounds with a value between them ("de lunes a viernes", "from 9 to 5") are no range of dates, nor are lone bounds
 * beside a date of their own ("date, from, to, miles": places).
 */
final class DateRange {
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\s]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern END_MARKS = Pattern.compile("[.:…]+$");

    private DateRange() {
    }

    /** The two labels when the folded item is a pair of bounds, with at most two words of label before it; else null. */
    static String[] pair(Lexicon lex, String folded) {
        if (lex.rangeLabels.get(0).isEmpty()) {
            return null;
        }
        List<String> w = new ArrayList<>(List.of(SPACES.split(NOT_LETTERS.matcher(folded).replaceAll(" ").strip())));
        if (w.size() < 2 || w.size() > 4) {
            return null;
        }
        String bounds = w.get(w.size() - 2) + " " + w.get(w.size() - 1);
        if (!lex.rangeBounds.contains(bounds)) {
            return null;
        }
        // "heure début/fin": times, which the reader of times names itself
        String lead = String.join(" ", w.subList(0, w.size() - 2));
        return lead.isEmpty() || FieldTyper.type(lex, lead) != FieldType.DATETIME ? lex.rangeLabels.toArray(new String[0]) : null;
    }

    /**
     * "date, from, to, miles": beside a date of their own, lone bounds are the places of a journey, not a range;
     * they go back to the words typed, as text.
     */
    static void placesBesideDate(Lexicon lex, List<DraftField> fields) {
        boolean dated = fields.stream().anyMatch(f -> (f.type == FieldType.DATE || f.type == FieldType.DATETIME)
                && single(lex, Text.fold(f.because)) == null && pair(lex, Text.fold(f.because)) == null);
        if (!dated) {
            return;
        }
        for (DraftField f : fields) {
            if (f.type == FieldType.DATE && single(lex, Text.fold(f.because)) != null) {
                f.label = Text.capitalize(END_MARKS.matcher(f.because).replaceAll("").strip());
                f.type = FieldType.TEXT;
            }
        }
    }

    /** The start or end label when the folded item is one bound alone ("von", "bis"), or null. */
    static String single(Lexicon lex, String folded) {
        if (lex.rangeLabels.get(0).isEmpty()) {
            return null;
        }
        String f = END_MARKS.matcher(folded).replaceAll("").strip();
        for (String b : lex.rangeBounds) {
            String[] p = b.split(" ");
            if (p[0].length() < 2 || p[1].length() < 2 || p[0].equals("de")) {
                // "de", "à": too small to stand for a date alone
                continue;
            }
            if (f.equals(p[0])) {
                return lex.rangeLabels.get(0);
            }
            if (f.equals(p[1])) {
                return lex.rangeLabels.get(1);
            }
        }
        return null;
    }
}

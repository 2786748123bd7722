package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * "the priority, which is low, medium or high", "the loan type, either short or long": values
 * said after a field, split off by the list's commas, are that field's options (the first value,
 * left on the field's own item, comes back too). The bare "medium or high" is no field.
 */
final class TrailingOptions {
    private TrailingOptions() {
    }

    private static final Set<FieldType> OPEN = Set.of(FieldType.TEXT, FieldType.CHOICE);
    /** Words that lead a value after a field's name: "which is low", "either short", "soit". */
    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:which|that) (?:is|are|can be|is usually|is either)|is either|is|can be|either|one of"
                    + "|qui est|qui peut etre|soit|peut etre|que es|que puede ser|puede ser|o bien|bien"
                    + "|der|die|das|entweder|also|d\\.h\\.)\\s+");
    private static final Pattern EITHER = Pattern.compile("^(?:either|soit|o bien|entweder|one of)\\s");

    static void fold(Lexicon lex, List<DraftField> fields) {
        for (int i = fields.size() - 1; i > 0; i--) {
            DraftField f = fields.get(i);
            DraftField prev = fields.get(i - 1);
            if (f.type != FieldType.CHOICE || f.options.size() < 2 || !bare(lex, f) || !OPEN.contains(prev.type)
                    || (prev.type == FieldType.CHOICE && !defaults(lex, prev))) {
                continue;
            }
            String fb = Text.fold(f.because.strip());
            String tail = tail(lex, prev);
            if (prev.type == FieldType.TEXT && tail == null && !EITHER.matcher(fb).find()) {
                continue;
            }
            List<String> opts = new ArrayList<>();
            if (tail != null) {
                opts.add(Text.capitalize(tail));
            }
            for (String o : f.options) {
                java.util.regex.Matcher e = EITHER.matcher(Text.fold(o));
                opts.add(e.lookingAt() && Text.fold(o).length() == o.length() ? Text.capitalize(o.substring(e.end()).strip()) : o);
            }
            prev.type = FieldType.CHOICE;
            prev.options(opts);
            fields.remove(i);
        }
    }

    /** Whether the field was read from values alone ("medium or high"): its label is the default one. */
    private static boolean bare(Lexicon lex, DraftField f) {
        if (!f.label.equals(lex.typeLabel) && !f.label.equals(lex.statusLabel)) {
            return false;
        }
        // every word is a value, an "or" or an "either": "si c'est commandé ou livré" asks a question
        Set<String> values = new java.util.HashSet<>();
        f.options.forEach(o -> values.addAll(Text.words(Text.fold(o))));
        String b = EITHER.matcher(Text.fold(f.because.strip())).replaceFirst("");
        return Text.words(b).stream().allMatch(w -> values.contains(w) || lex.or.contains(w) || lex.and.contains(w));
    }

    private static boolean defaults(Lexicon lex, DraftField prev) {
        return prev.options.equals(lex.defaultOptions(Text.fold(prev.label))) || prev.options.isEmpty();
    }

    /** The value left after the field's name on its own item: "the priority which is low" gives "low". */
    private static String tail(Lexicon lex, DraftField prev) {
        String b = Text.fold(prev.because.strip().replaceAll("[.;:!?]+$", ""));
        String l = Text.fold(prev.label);
        int at = b.indexOf(l);
        if (at < 0) {
            return null;
        }
        String rest = b.substring(at + l.length()).strip();
        java.util.regex.Matcher m = LEAD.matcher(rest);
        if (!m.lookingAt()) {
            return null;
        }
        rest = rest.substring(m.end()).strip();
        int words = Text.wordCount(rest);
        return words >= 1 && words <= 2 ? original(prev.because, rest) : null;
    }

    private static String original(String text, String folded) {
        String o = FieldReader.original(text, folded);
        return o == null ? folded : o;
    }
}

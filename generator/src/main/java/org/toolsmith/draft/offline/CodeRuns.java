package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "blood group A, B, AB or 0", "size S, M, L or XL": codes listed after a label without a colon
 * are split into items by the list reader; they are the options of that label.
 */
final class CodeRuns {
    private CodeRuns() {
    }

    /** A short code: capitals and digits ("A", "AB", "A4", "XL", "0", "12"). */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9+\\-]{0,3}");

    static List<ListSplitter.Item> join(Lexicon lex, List<ListSplitter.Item> items) {
        List<ListSplitter.Item> out = new ArrayList<>(items);
        for (int i = 0; i + 1 < out.size(); i++) {
            ListSplitter.Item head = out.get(i);
            String[] hw = head.text().strip().split("\\s+");
            if (hw.length < 2 || !head.options().isEmpty() || !CODE.matcher(hw[hw.length - 1]).matches()
                    || CODE.matcher(hw[hw.length - 2]).matches()) {
                continue;
            }
            List<String> codes = new ArrayList<>(List.of(hw[hw.length - 1]));
            int j = i + 1;
            boolean closed = false;
            while (j < out.size() && !closed) {
                ListSplitter.Item it = out.get(j);
                List<String> parts = Options.splitAlternatives(it.text().strip(), lex);
                if (!it.options().isEmpty() || parts.isEmpty() || !parts.stream().allMatch(p -> CODE.matcher(p.strip()).matches())) {
                    break;
                }
                codes.addAll(parts.stream().map(String::strip).toList());
                closed = parts.size() > 1;
                j++;
            }
            if (j == i + 1 || codes.size() < 3) {
                continue;
            }
            String label = String.join(" ", java.util.Arrays.copyOf(hw, hw.length - 1));
            out.set(i, new ListSplitter.Item(label, codes, head.joined()));
            out.subList(i + 1, j).clear();
        }
        return out;
    }
}

package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * Lays out notes pasted from a sheet or a form as the lists the sentence reader knows, before the
 * request is cut into sentences:
 * <ul>
 * <li>a column header ("date | van | driver | litres", tab-separated cells, "Singer / Voice part / Date /
 * Present", "N° ; Exposant ; Surface ; Prix") becomes one comma list; the data rows under it go;</li>
 * <li>a form ("Visitor: Tom Baker", "Deadline: date", "Status: new, in progress, done", "Fecha: ") of three
 * lines or more becomes bullets whose item is the key, with the value kept only as a hint or options
 * (an example value such as "Tom Baker" or "09:40" is not kept);</li>
 * <li>bare item lines ("start date", "end date (leave blank if permanent)", "reason") under a heading become
 * bullets; a line ending with a comma goes on on the next; an indented line under a bullet belongs to it;</li>
 * <li>a short heading line over a one-line list ("SALLES" then "nom, étage, capacité") becomes "SALLES: …".</li>
 * </ul>
 * Nothing here names a record kind: headings stay the lines above their lists.
 */
final class PastedNotes {
    private PastedNotes() {
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·▪‣]|\\d+[.)])\\s+(.*)$");
    private static final Pattern FORM = Pattern.compile("^([\\p{L}\\p{N}][^:()]{0,38}?)\\s*:\\s*(.*)$");
    private static final Pattern SEPARATOR_ROW = Pattern.compile("^[\\s|:+-]+$");
    private static final Pattern EMPTY_VALUE = Pattern.compile("^[\\s_.…-]*$");
    private static final Pattern TIME = Pattern.compile("^\\d{1,2}[:h.]\\d{2}(?:\\s*(?:am|pm|h|uhr))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("^\\d[\\d.,  ]*(?:\\s+\\p{Ll}+)?$");
    private static final Pattern MONEY = Pattern.compile(".*(?:[€$£]|\\d\\s*(?:eur|euros?|usd|gbp|chf)\\b).*", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGIT = Pattern.compile(".*\\d.*");
    /** Words a form key is too long past, and cells a column may hold. */
    private static final int MAX_KEY_WORDS = 5;
    private static final int MAX_VALUE_WORDS = 10;
    private static final int MAX_CELL_WORDS = 6;
    private static final int MAX_ITEM_LINE_WORDS = 7;
    private static final int MIN_RUN = 3;

    /** The request laid out (unchanged when it holds none of these shapes). */
    static String layout(Lexicon lex, String request) {
        if (request != null && lex.lang == Lang.ES) {
            // "¿qué día? ¿cuántas personas?": the question reader goes by the closing mark
            request = request.replaceAll("[¿¡]\\s*", "");
        }
        if (request == null || request.indexOf('\n') < 0 && request.indexOf('|') < 0 && request.indexOf('\t') < 0
                && !request.contains(" / ")) {
            return request;
        }
        List<String> lines = joinContinuations(nestedBullets(List.of(request.replace("\r", "").split("\n", -1))));
        lines = ownedOptions(lex, lines);
        lines = columns(lex, lines);
        lines = forms(lex, lines);
        lines = kindBullets(lex, lines);
        lines = itemLines(lex, lines);
        lines.replaceAll(PastedNotes::capsHeading);
        return String.join("\n", lines);
    }

    private static final Pattern CAPS_HEAD = Pattern.compile("^(\\s*(?:#+\\s*)?)([^:\\p{Ll}]*\\p{Lu}{4}[^:\\p{Ll}]*?)(\\s*(?::.*)?)$");

    /** "SALLES", "REQUESTER DETAILS:", "PER CHECK: …": a heading typed in capitals reads as a name ("Salles"). */
    static String capsHeading(String line) {
        Matcher m = CAPS_HEAD.matcher(line);
        if (!m.matches() || Text.wordCount(m.group(2)) > 4) {
            return line;
        }
        String head = m.group(2).toLowerCase(java.util.Locale.ROOT);
        return m.group(1) + Character.toUpperCase(head.charAt(0)) + head.substring(1) + m.group(3);
    }

    // ---------- bullets nested under a bullet ----------

    private static final Pattern NESTING_HEAD = Pattern.compile("^(\\s*(?:[-*•·▪‣]|\\d+[.)])\\s+)([^:()]{2,60}?)\\s*(?:\\([^()]*\\))?\\s*:\\s*$");

    /**
     * "- readings (several per meter):" over two or more bullets indented deeper ("  - date", "  - value"): one bullet
     * "- readings: date, value", the list of its own that the bullet readers know (a bracket aside on the head goes).
     * Session 26.
     */
    static List<String> nestedBullets(List<String> lines) {
        List<String> out = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher h = NESTING_HEAD.matcher(lines.get(i));
            if (!h.matches()) {
                if (out != null) {
                    out.add(lines.get(i));
                }
                continue;
            }
            int depth = indent(lines.get(i));
            List<String> items = new ArrayList<>();
            int j = i + 1;
            while (j < lines.size() && indent(lines.get(j)) > depth) {
                Matcher b = BULLET.matcher(lines.get(j));
                if (!b.matches()) {
                    break;
                }
                items.add(TRAILING_MARKS.matcher(b.group(1).strip()).replaceAll(""));
                j++;
            }
            if (items.size() < 2) {
                if (out != null) {
                    out.add(lines.get(i));
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            out.add(h.group(1) + h.group(2).strip() + ": " + String.join(", ", items));
            i = j - 1;
        }
        return out == null ? lines : out;
    }

    private static final Pattern TRAILING_MARKS = Pattern.compile("[.;,]+$");

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n += line.charAt(n) == '\t' ? 4 : 1;
        }
        return n;
    }

    // ---------- continuations ----------

    /** "name, department," + "line manager"; an indented line under a bullet ("   (a member of the club)"). */
    static List<String> joinContinuations(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean underBullet = false;
        for (String raw : lines) {
            String line = raw.stripTrailing();
            String s = line.strip();
            if (!out.isEmpty() && !s.isEmpty()) {
                String prev = out.get(out.size() - 1);
                String p = prev.strip();
                boolean indented = line.length() - line.stripLeading().length() >= 2 || line.startsWith("\t");
                // a list running on ("name, department,"), not a greeting ("Bonjour,", "Dear all,")
                boolean listRuns = p.endsWith(",") && p.substring(0, p.length() - 1).contains(",");
                if (listRuns && !BULLET.matcher(s).matches() && Text.wordCount(s) <= MAX_VALUE_WORDS) {
                    out.set(out.size() - 1, prev + " " + s);
                    continue;
                }
                if (underBullet && indented && !BULLET.matcher(s).matches() && Text.wordCount(s) <= 8) {
                    String more = s.startsWith("(") ? s : "(" + s.replaceAll("[.;]+$", "") + ")";
                    out.set(out.size() - 1, prev + " " + more);
                    continue;
                }
            }
            underBullet = BULLET.matcher(s).matches() || (underBullet && !s.isEmpty() && out.size() > 0
                    && (line.length() - line.stripLeading().length() >= 2));
            out.add(line);
        }
        return out;
    }

    // ---------- a kind's options on a line of their own ----------

    /**
     * A run of "Kind: list" lines, bulleted or not, where one line lists the values of an earlier kind's choice
     * ("- bake status: planned / baking / sold"): that line joins its kind's line ({@link KindBullets#ownedOptions}).
     */
    private static List<String> ownedOptions(Lexicon lex, List<String> lines) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            List<String> items = new ArrayList<>();
            String mark = null;
            while (j < lines.size() && !lines.get(j).isBlank()) {
                String s = lines.get(j).strip();
                Matcher b = BULLET.matcher(s);
                if (b.matches() && mark == null && j == i) {
                    mark = s.substring(0, b.start(1));
                }
                String item = b.matches() ? b.group(1).strip() : s;
                if ((b.matches() != (mark != null)) || firstColon(item) < 0 && !item.contains(" - ")) {
                    break;
                }
                items.add(item);
                j++;
            }
            List<String> folded = items.size() < 2 ? items : KindBullets.ownedOptions(lex, items);
            if (folded == items) {
                int end = Math.max(j, i + 1);
                out.addAll(lines.subList(i, end));
                i = end;
                continue;
            }
            for (String item : folded) {
                out.add((mark == null ? "" : mark) + item);
            }
            i = j;
        }
        return out;
    }

    // ---------- columns ----------

    private static List<String> columns(Lexicon lex, List<String> lines) {
        List<String> out = new ArrayList<>();
        String header = null;
        int headerCells = 0;
        for (String line : lines) {
            String s = line.strip();
            if (header != null) {
                // the rows under a header are data: "| 3 May | VN12 | 40 |", "12/03\tTom\t…"
                if (SEPARATOR_ROW.matcher(s).matches() && s.contains("-")) {
                    continue;
                }
                List<String> row = cells(s, header);
                if (row != null && row.size() >= headerCells - 1 && row.size() <= headerCells + 1) {
                    continue;
                }
                header = null;
            }
            String[] cut = header(lex, s);
            if (cut == null) {
                out.add(line);
                continue;
            }
            header = cut[2];
            headerCells = Integer.parseInt(cut[3]);
            if (cut[0].isEmpty()) {
                sheetHeading(lex, out);
            }
            out.add(cut[0].isEmpty() ? cut[1] : cut[0] + ": " + cut[1]);
        }
        return out;
    }

    /**
     * "Here are the columns from our volunteer rota sheet:" over a header: the sheet names the records, the
     * words about columns do not ("Estas son las columnas que usamos en la hoja de gastos:" → "la hoja de gastos:").
     */
    private static void sheetHeading(Lexicon lex, List<String> out) {
        int k = out.size() - 1;
        while (k >= 0 && out.get(k).isBlank()) {
            k--;
        }
        if (k < 0 || !out.get(k).strip().endsWith(":")) {
            return;
        }
        String line = out.get(k).strip();
        List<String> words = List.of(line.substring(0, line.length() - 1).strip().split("\\s+"));
        int generic = -1;
        for (int w = 0; w < words.size(); w++) {
            if (lex.generic.contains(Text.fold(words.get(w)))) {
                generic = w;
                break;
            }
        }
        for (int w = generic + 1; generic >= 0 && w < words.size() - 1; w++) {
            if (lex.articles.contains(Text.fold(words.get(w))) && !lex.and.contains(Text.fold(words.get(w)))) {
                out.set(k, String.join(" ", words.subList(w, words.size())) + ":");
                return;
            }
        }
    }

    /** {words before the header, the cells as a comma list, separator, cell count}, or null. */
    private static String[] header(Lexicon lex, String s) {
        String sep = s.contains("\t") ? "\t" : s.contains("|") ? "|" : s.contains(" / ") ? " / " : s.contains(";") ? ";" : null;
        if (sep == null) {
            return null;
        }
        String body = s;
        String before = "";
        int colon = firstColon(s);
        int firstSep = s.indexOf(sep);
        if (colon > 0 && colon < firstSep) {
            before = s.substring(0, colon).strip();
            body = s.substring(colon + 1);
        }
        List<String> cells = labelledOptions(cells(body, sep));
        if (cells == null || cells.size() < MIN_RUN) {
            return null;
        }
        boolean weak = !sep.equals("\t") && !sep.equals("|");
        if (weak) {
            // slashes and semicolons also separate options ("fine / damaged") and clauses: four cells, two of them field words
            long typed = cells.stream().filter(c -> FieldTyper.hasFieldWord(lex, Text.fold(c)) || Text.wordCount(c) >= 2).count();
            if (cells.size() < 4 || typed < 2) {
                return null;
            }
        }
        for (String c : cells) {
            String bare = c.replaceAll("\\([^()]*\\)", " ").strip();
            // a closing mark ends a sentence, not a cell; "returned?", "ok?" are yes/no cells
            boolean asked = bare.endsWith("?") && Text.wordCount(bare) <= 2;
            if (bare.isEmpty() || Text.wordCount(bare) > MAX_CELL_WORDS || bare.matches(".*[.!?]$") && !bare.endsWith(".") && !asked) {
                return null;
            }
        }
        if (!before.isEmpty() && Text.wordCount(before) > 14) {
            return null;
        }
        if (weak && !before.isEmpty() && choiceLabel(lex, before)) {
            // "… and a membership type: monthly / yearly / lifetime / family": the values of a choice
            return null;
        }
        if (cells.stream().filter(c -> DIGIT.matcher(c.replaceAll("\\([^()]*\\)", "")).matches()).count() * 2 > cells.size()) {
            // a data row with no header above it
            return null;
        }
        return new String[] {before, String.join(", ", cells), sep, Integer.toString(cells.size())};
    }

    /**
     * "… / status: signed in / signed out": the cells after a labelled one are its options, one cell "status (signed in
     * / signed out)". The cells unchanged when none but the first holds a label.
     */
    private static List<String> labelledOptions(List<String> cells) {
        if (cells == null) {
            return null;
        }
        for (int k = 1; k < cells.size() - 1; k++) {
            String c = cells.get(k);
            int colon = firstColon(c);
            if (colon > 0 && colon < c.length() - 1 && Text.wordCount(c.substring(0, colon)) <= 3) {
                List<String> opts = new ArrayList<>(List.of(c.substring(colon + 1).strip()));
                opts.addAll(cells.subList(k + 1, cells.size()));
                List<String> out = new ArrayList<>(cells.subList(0, k));
                out.add(c.substring(0, colon).strip() + " (" + String.join(" / ", opts) + ")");
                return out;
            }
        }
        return cells;
    }

    /** Whether the words before a colon end with a choice's label ("membership type", "Status", "estado del pedido"). */
    private static boolean choiceLabel(Lexicon lex, String before) {
        List<String> words = Text.words(Text.fold(before));
        int n = words.size();
        return n > 0 && (FieldTyper.type(lex, words.get(n - 1)) == FieldType.CHOICE
                || n > 1 && FieldTyper.type(lex, words.get(n - 2) + " " + words.get(n - 1)) == FieldType.CHOICE);
    }

    /** The cells of a row cut at the separator outside parentheses, or null when one is empty inside the row. */
    private static List<String> cells(String s, String sep) {
        String t = s.strip();
        if (sep.equals("|")) {
            t = t.replaceAll("^\\|", "").replaceAll("\\|$", "");
        }
        if (!t.contains(sep.strip().isEmpty() ? sep : sep.strip())) {
            return null;
        }
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            if (depth == 0 && t.startsWith(sep, i)) {
                out.add(cur.toString().strip());
                cur.setLength(0);
                i += sep.length() - 1;
                continue;
            }
            cur.append(c);
        }
        out.add(cur.toString().strip());
        if (sep.equals("\t")) {
            out.removeIf(String::isEmpty);
        }
        return out.stream().anyMatch(String::isEmpty) ? null : out;
    }

    private static int firstColon(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == ':' && depth == 0 && !(i + 1 < s.length() && s.charAt(i + 1) == '/')) {
                return i;
            }
        }
        return -1;
    }

    // ---------- forms ----------

    private static List<String> forms(Lexicon lex, List<String> lines) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            // one shape for the whole form: all bullets or none ("Outil pour l'atelier :" over "- vélos : …" is a heading)
            boolean bullets = BULLET.matcher(lines.get(i).strip()).matches();
            while (j < lines.size() && formLine(lex, lines.get(j)) != null && BULLET.matcher(lines.get(j).strip()).matches() == bullets) {
                j++;
            }
            if (j - i >= MIN_RUN && isForm(lex, lines.subList(i, j))) {
                for (int k = i; k < j; k++) {
                    out.add(formItem(lex, lines.get(k)));
                }
                i = j;
                continue;
            }
            out.add(lines.get(i));
            i = Math.max(i + 1, j == i ? i + 1 : i + 1);
        }
        return out;
    }

    /** {key, value} of a "Key: value" line, or null. */
    private static String[] formLine(Lexicon lex, String line) {
        String s = line.strip();
        Matcher b = BULLET.matcher(s);
        if (b.matches()) {
            s = b.group(1).strip();
        }
        Matcher m = FORM.matcher(s);
        if (!m.matches() || m.group(2).startsWith("/")) {
            return null;
        }
        String key = m.group(1).strip();
        String value = m.group(2).strip();
        if (Text.wordCount(key) > MAX_KEY_WORDS || Text.wordCount(value) > MAX_VALUE_WORDS || key.matches(".*[.!?]\\s.*")) {
            return null;
        }
        return new String[] {key, value};
    }

    /**
     * A form, not "Kind: field, field, field" lines: few lines list fields ("Gauges: ID, description, interval"),
     * and the keys are no sentences.
     */
    private static boolean isForm(Lexicon lex, List<String> run) {
        int lists = 0;
        for (String line : run) {
            String[] kv = formLine(lex, line);
            String v = kv[1];
            String[] parts = v.split("\\s*[,;]\\s*");
            boolean or = Text.words(Text.fold(v)).stream().anyMatch(lex.or::contains) || v.contains("/");
            long fieldParts = java.util.Arrays.stream(parts).filter(p -> FieldTyper.hasFieldWord(lex, Text.fold(p))).count();
            if (parts.length >= 3 && !or && (fieldParts >= 1 || parts.length >= 4)) {
                lists++;
            }
        }
        return lists * 3 <= run.size();
    }

    /** "Status: new, in progress, done" → "- Status (new / in progress / done)"; "Visitor: Tom Baker" → "- Visitor". */
    static String formItem(Lexicon lex, String line) {
        String[] kv = formLine(lex, line);
        String key = kv[0];
        String v = kv[1].replaceAll("[.;]+$", "").strip();
        String fv = Text.fold(v);
        if (EMPTY_VALUE.matcher(v).matches()) {
            return "- " + key;
        }
        if (v.startsWith("(") && v.endsWith(")")) {
            v = v.substring(1, v.length() - 1).strip();
        } else {
            // "Priya (facilities)": what the parentheses add to an example says nothing of the field
            v = v.replaceAll("\\([^()]*\\)", " ").replaceAll("\\s+", " ").strip();
        }
        fv = Text.fold(v);
        if (v.isEmpty()) {
            return "- " + key;
        }
        List<String> alts = Options.splitAlternatives(v, lex);
        String folded = fv;
        if (Options.isYesNo(alts) || lex.yesNo.stream().anyMatch(folded::equals)) {
            return "- " + key + " (" + v + ")";
        }
        if (alts.size() == 1 && yesOrNo(fv)) {
            // "Claimed: no": an answer given as an example
            return "- " + key + "?";
        }
        boolean or = Text.words(fv).stream().anyMatch(lex.or::contains) || v.contains("/");
        boolean commas = v.split(",").length >= 3;
        if (alts.size() >= 2 && (or || commas) && !DIGIT.matcher(v).matches()
                && alts.stream().allMatch(a -> Text.wordCount(a) <= 3)) {
            return "- " + key + " (" + String.join(" / ", alts) + ")";
        }
        if (TIME.matcher(v).matches()) {
            return "- " + key + hint(lex, FieldType.DATETIME);
        }
        if (MONEY.matcher(v).matches()) {
            return "- " + key + hint(lex, FieldType.MONEY);
        }
        if (NUMBER.matcher(v).matches() && !v.matches(".*\\d[/.]\\d{1,2}(?:[/.]\\d{2,4})?$") || v.matches("\\d+ \\p{Ll}+")) {
            return "- " + key + hint(lex, FieldType.INTEGER);
        }
        if (DIGIT.matcher(v).matches() || example(lex, v)) {
            return "- " + key;
        }
        // a description: kept as a hint, never as a list of its own
        return "- " + key + " (" + v.replaceAll("[,;/+]", " ").replaceAll("\\s+", " ").strip() + ")";
    }

    private static boolean yesOrNo(String folded) {
        return folded.matches("yes|no|y|n|oui|non|si|no|ja|nein|true|false|x");
    }

    /** "Tom Baker", "Acme Ltd", "Ford Transit": a value that only shows what goes in (capitalised, no field word). */
    private static boolean example(Lexicon lex, String v) {
        List<String> words = List.of(v.split("\\s+"));
        boolean capitals = words.stream().filter(w -> w.length() > 1).allMatch(w -> Character.isUpperCase(w.charAt(0)));
        return capitals && !FieldTyper.hasTypeWord(lex, Text.fold(v)) && (lex.lang != Lang.DE || words.size() >= 2);
    }

    /** The lexicon's shortest word for a type, as a hint in parentheses: " (number)", " (Betrag)". */
    private static String hint(Lexicon lex, FieldType type) {
        String best = null;
        for (Lexicon.TypeWords tw : lex.types) {
            if (tw.type() != type) {
                continue;
            }
            for (String w : tw.words()) {
                if (best == null || w.length() < best.length()) {
                    best = w;
                }
            }
        }
        return best == null ? "" : " (" + best + ")";
    }

    // ---------- bullets that each open a kind ----------

    private static final Pattern DASH_KIND = Pattern.compile("^(\\p{L}[\\p{L}' -]{1,40}?)\\s+[-–—]\\s+(.+)$");

    /**
     * "* Plots - number, size, …" and "* Members - name, email, …": bullets that each open a kind read as
     * "Plots: …" lines; a sentence among them ("* each plot goes to one member") is read after them on its own.
     */
    private static List<String> kindBullets(Lexicon lex, List<String> lines) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && BULLET.matcher(lines.get(j).strip()).matches()) {
                j++;
            }
            if (j == i) {
                out.add(lines.get(i++));
                continue;
            }
            List<String> kinds = new ArrayList<>();
            List<String> sentences = new ArrayList<>();
            for (int k = i; k < j; k++) {
                Matcher b = BULLET.matcher(lines.get(k).strip());
                b.matches();
                String kind = kindBullet(lex, b.group(1).strip());
                if (kind != null) {
                    kinds.add(lines.get(k).strip().substring(0, b.start(1)) + kind);
                } else if (Text.wordCount(b.group(1)) >= 4 && !b.group(1).contains(",")) {
                    sentences.add(b.group(1).strip().replaceAll("[.;]*$", "."));
                }
            }
            if (kinds.size() >= 2 && kinds.size() + sentences.size() == j - i) {
                out.addAll(kinds);
                if (!sentences.isEmpty()) {
                    out.add("");
                    out.addAll(sentences);
                }
            } else {
                out.addAll(lines.subList(i, j));
            }
            i = j;
        }
        return out;
    }

    /** "Plots - number, size (…)" → "Plots: number, size (…)"; a "Kind: a, b" bullet as it is; else null. */
    private static String kindBullet(Lexicon lex, String item) {
        String head;
        String list;
        Matcher d = DASH_KIND.matcher(item);
        int colon = firstColon(item);
        if (colon > 0) {
            head = item.substring(0, colon).strip();
            list = item.substring(colon + 1).strip();
        } else if (d.matches()) {
            head = d.group(1).strip();
            list = d.group(2).strip();
        } else {
            return null;
        }
        String fh = Text.fold(head);
        List<String> parts = List.of(list.replaceAll("\\([^()]*\\)", " ").split("\\s*,\\s*"));
        boolean fields = parts.stream().anyMatch(p -> FieldTyper.hasFieldWord(lex, Text.fold(p)));
        if (Text.wordCount(head) > 3 || parts.size() < 2 || !fields || FieldTyper.hasTypeWord(lex, fh)
                || FieldTyper.type(lex, fh) != FieldType.TEXT) {
            return null;
        }
        return head + ": " + list;
    }

    // ---------- bare item lines ----------

    private static List<String> itemLines(Lexicon lex, List<String> lines) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (i + 1 < lines.size() && (heading(lines.get(i)) || remarkedHeading(lines.get(i))) && (i == 0 || lines.get(i - 1).isBlank())
                    && listLine(lex, lines.get(i + 1)) && (i + 2 >= lines.size() || lines.get(i + 2).isBlank())) {
                // "SALLES" over "nom, étage, capacité": the heading names the list
                String head = lines.get(i).strip().replaceAll("^#+\\s*", "").replaceAll("[:\\s]+$", "");
                // "REQUESTER DETAILS" over "name, department": a part of the form, not a kind of its own
                List<String> hw = Text.words(Text.fold(head));
                boolean part = !hw.isEmpty() && lex.generic.contains(hw.get(hw.size() - 1)) && !lex.tool.contains(hw.get(hw.size() - 1));
                out.add(part ? lines.get(i + 1).strip() : head + ": " + lines.get(i + 1).strip());
                i += 2;
                continue;
            }
            int j = i;
            while (j < lines.size() && itemLine(lex, lines.get(j))) {
                j++;
            }
            int n = j - i;
            long typed = lines.subList(i, j).stream().filter(l -> FieldTyper.hasFieldWord(lex, Text.fold(l))).count();
            boolean afterHead = i == 0 || lines.get(i - 1).isBlank() || heading(lines.get(i - 1));
            if (n >= MIN_RUN && afterHead && typed * 2 >= n) {
                for (int k = i; k < j; k++) {
                    out.add("- " + lines.get(k).strip());
                }
                i = j;
                continue;
            }

            for (int k = i; k < Math.max(j, i + 1); k++) {
                out.add(lines.get(k));
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /** A short line holding one item: no bullet, no sentence, no "Key: value". */
    private static boolean itemLine(Lexicon lex, String line) {
        String s = line.strip();
        if (s.isEmpty() || BULLET.matcher(s).matches() || s.contains(":") || s.contains(",") && !s.contains("(")) {
            return false;
        }
        String bare = s.replaceAll("\\([^()]*\\)", " ").strip();
        if (bare.isEmpty() || Text.wordCount(bare) > MAX_ITEM_LINE_WORDS || bare.matches(".*[.!]$")) {
            return false;
        }
        List<String> w = Text.words(Text.fold(bare));
        return w.stream().noneMatch(lex.pronouns::contains);
    }

    /** A heading line: short, no sentence mark ("ACCESS", "## Requests", "Requester details:"). */
    private static boolean heading(String line) {
        String s = line.strip().replaceAll("^#+\\s*", "");
        return !s.isEmpty() && Text.wordCount(s) <= 4 && !s.matches(".*[.!?,;]$") && !BULLET.matcher(s).matches()
                && (s.endsWith(":") || !s.contains(":"));
    }

    /** "DAMAGES - each vehicle can have many", "Findings (per audit)": a short heading and a remark (no list, no sentence mark). */
    private static final Pattern REMARKED = Pattern.compile("^(?:#+\\s*)?([^:,;()]{2,40}?)\\s*(?:\\([^(),]{3,80}\\)|\\s[-–]\\s+[^:,;()]{3,80}?)\\s*:?$");

    private static boolean remarkedHeading(String line) {
        Matcher m = REMARKED.matcher(line.strip());
        String s = line.strip();
        return m.matches() && Text.wordCount(m.group(1)) <= 4 && !s.endsWith(".") && !s.endsWith("!") && !s.endsWith("?") && !BULLET.matcher(s).matches();
    }

    /** A one-line list of three items or more. */
    private static boolean listLine(Lexicon lex, String line) {
        String s = line.strip();
        return !s.contains(":") && s.split(",").length >= 3 && !s.matches(".*[.!?]$")
                && java.util.Arrays.stream(s.split(",")).allMatch(p -> Text.wordCount(p) <= MAX_CELL_WORDS);
    }
}

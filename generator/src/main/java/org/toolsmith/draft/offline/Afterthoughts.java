package org.toolsmith.draft.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence that only adds a field or two to the kind being described, said as an afterthought once
 * the list is over: "Oh and a hull inspection signed yes/no", "The office wants a priority of minor /
 * major / urgent too", "Flag if the skipper holds a radio licence", "The day of the hire naturally",
 * "A field for what the outcome was, as well", "Ah, et le prix payé aussi", "Und natürlich der Ort".
 * The words that mark it as an addition (leads, tails, a wish, a box or flag) are in the lexicon's
 * {@code afterthought} block; what is left must read as a field item, never as a clause. A sentence
 * with no such mark is left to the other readers.
 */
final class Afterthoughts {
    private final Pattern leads;
    private final Pattern wants;
    private final Pattern tails;
    private final Pattern boxWhether;
    private final Pattern boxFor;
    private final Pattern soFlag;
    private final Pattern optionsOf;
    private final Pattern tickFor;
    private final Pattern soThen;
    private final String whetherWord;
    private final String yesNoWord;
    private final java.util.Set<String> notWh;

    private static final Pattern ASIDE = Pattern.compile("\\s*\\(([^()]*)\\)\\s*$");
    private static final int MAX_WORDS = 20;
    private static final Pattern WANTS_ALSO = Pattern.compile("\\(\\?<also>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern END_MARKS = Pattern.compile("[.!]+$");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,\\s]+$");

    private Afterthoughts(Pattern leads, Pattern wants, Pattern tails, Pattern boxWhether, Pattern boxFor, Pattern soFlag,
            Pattern optionsOf, Pattern tickFor, Pattern soThen, String whetherWord, String yesNoWord, java.util.Set<String> notWh) {
        this.notWh = notWh;
        this.leads = leads;
        this.wants = wants;
        this.tails = tails;
        this.boxWhether = boxWhether;
        this.boxFor = boxFor;
        this.soFlag = soFlag;
        this.optionsOf = optionsOf;
        this.tickFor = tickFor;
        this.soThen = soThen;
        this.whetherWord = whetherWord;
        this.yesNoWord = yesNoWord;
    }

    static Afterthoughts of(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        return new Afterthoughts(
                Pattern.compile("^(?:" + alt(n.path("leads")) + ")(?:\\s*[,:!-]+\\s*|\\s+)"),
                optional(n, "wants"),
                Pattern.compile("(?:\\s*,\\s*|\\s+-\\s+|\\s+)(?:" + alt(n.path("tails")) + ")[\\s,!]*$"),
                optional(n, "box_whether"),
                optional(n, "box_for"),
                optional(n, "so_flag"),
                optional(n, "options_of"),
                optional(n, "tick_for"),
                optional(n, "so_then"),
                n.path("whether").asText("whether"),
                n.path("yes_no").asText("yes/no"),
                notWh(n.path("not_wh")));
    }

    private static java.util.Set<String> notWh(JsonNode words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        words.forEach(w -> out.add(w.asText()));
        return out;
    }

    /** Whether the item opens with a word spelled like a question word that is none as written ("que podamos", not "qué"). */
    boolean notWh(String item) {
        List<String> w = List.of(SPACES.split(item.strip().toLowerCase(java.util.Locale.ROOT)));
        return !w.isEmpty() && notWh.contains(w.get(0));
    }

    private static Pattern optional(JsonNode n, String key) {
        String p = n.path(key).asText("");
        return p.isEmpty() ? null : Pattern.compile(Text.fold(p));
    }

    private static String alt(JsonNode words) {
        return Text.orNever(Text.alternation(words, Text::fold, true));
    }

    /**
     * The field item(s) an afterthought sentence adds, as they should be read ("whether the skipper
     * holds a radio licence", "priority (minor, major, urgent)"), or null when the sentence is no
     * afterthought.
     */
    String phrase(Lexicon lex, String sentence) {
        String s = Text.squash(END_MARKS.matcher(sentence.strip()).replaceAll("")); // a double space must not fail the length check
        String f = Text.fold(s);
        if (f.length() != s.length() || s.indexOf(':') >= 0 || s.indexOf(';') >= 0 || Text.wordCount(s) > MAX_WORDS) {
            return null;
        }
        boolean marked = false;
        int from = 0;
        int to = s.length();
        for (boolean again = true; again;) {
            again = false;
            Matcher m = leads.matcher(f).region(from, to);
            if (m.lookingAt() && m.end() < to) {
                from = m.end();
                marked = again = true;
                continue;
            }
            if (wants != null) {
                Matcher w = wants.matcher(f).region(from, to);
                if (w.lookingAt() && w.end() < to) {
                    // "Management also wants …": a wish is an addition only with its "also"
                    from = w.end();
                    again = true;
                    marked |= WANTS_ALSO.matcher(wants.pattern()).find() && w.group("also") != null;
                }
            }
        }
        Matcher aside = ASIDE.matcher(f).region(from, to);
        if (aside.find() && aside(lex, aside.group(1))) {
            // "(that's usually a paragraph)": a remark on the field, no options
            to = aside.start();
        }
        for (boolean again = true; again;) {
            again = false;
            Matcher t = tails.matcher(f).region(from, to);
            if (t.find() && t.start() > from) {
                to = t.start();
                marked = again = true;
            }
        }
        String rest = TRAILING_COMMAS.matcher(s.substring(from, to).strip()).replaceAll("");
        String fr = Text.fold(rest);
        if (rest.isEmpty()) {
            return null;
        }
        Matcher so = soFlag == null ? null : soFlag.matcher(fr);
        if (so != null && so.matches()) {
            // "certain crates are fragile hence a yes/no for it": what the clause says of the thing
            return rest.substring(so.start(1), so.end(1)).strip() + " " + yesNoWord;
        }
        Matcher then = soThen == null ? null : soThen.matcher(fr);
        if (then != null && then.matches()) {
            // "guests often ask …, so perhaps a deposit yes/no": the reason is no field; what follows may be one
            rest = rest.substring(then.start(1), then.end(1)).strip();
            fr = Text.fold(rest);
        }
        if (boxWhether != null) {
            Matcher b = boxWhether.matcher(fr);
            if (b.matches()) {
                return whetherWord + " " + rest.substring(b.start(1), b.end(1)).strip();
            }
        }
        if (tickFor != null) {
            Matcher b = tickFor.matcher(fr);
            if (b.matches()) {
                return rest.substring(b.start(1), b.end(1)).strip() + " " + yesNoWord;
            }
        }
        if (boxFor != null) {
            Matcher b = boxFor.matcher(fr);
            if (b.matches()) {
                return rest.substring(b.start(1), b.end(1)).strip();
            }
        }
        if (optionsOf != null) {
            Matcher o = optionsOf.matcher(fr);
            if (o.matches() && marked) {
                // "a priority of minor / major / urgent": the options after "of"
                return rest.substring(o.start(1), o.end(1)).strip() + " (" + rest.substring(o.start(2), o.end(2)).strip() + ")";
            }
        }
        if (!marked && !TickLabels.yesNo(lex, rest)) {
            return null;
        }
        return rest;
    }

    /** A closing parenthesis that remarks on the field ("that's usually a paragraph") rather than listing options. */
    private static boolean aside(Lexicon lex, String inside) {
        String f = Text.fold(inside);
        List<String> w = Text.words(f);
        return w.size() >= 3 && !f.contains(",") && !f.contains("/") && w.stream().noneMatch(lex.or::contains);
    }
}

package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Keys;

/** Word handling for the refiner: folding, tokens with light stemming, lists of values, labels. */
final class RefineText {
    /** Words that carry no meaning when matching names, in the four languages. */
    static final Set<String> STOP = RefineText.set(
            "the", "a", "an", "of", "for", "to", "is", "on", "at", "in", "with", "and", "or", "my", "our", "your",
            "their", "its", "his", "her", "this", "that", "these", "those", "each", "every", "field", "column", "box",
            "le", "la", "les", "de", "du", "des", "d", "l", "un", "une", "et", "en", "au", "aux", "pour", "champ", "colonne",
            "el", "los", "las", "del", "y", "por", "para", "una", "uno", "campo", "columna",
            "der", "die", "das", "des", "dem", "den", "ein", "eine", "einen", "einem", "und", "fur", "zu", "von", "feld", "spalte");

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    /** Quoted words; an apostrophe between letters ("l'état", "customer's") is no quote mark. */
    private static final Pattern QUOTED = Pattern.compile("(?:[\"“”«»‘]|(?<!\\p{L})['’])\\s*([^\"“”«»‘]{1,120}?)\\s*(?:[\"“”«»]|['’](?!\\p{L}))");

    private RefineText() {
    }

    /** The tokens of {@code text} that {@code token} finds, in order. */
    static java.util.List<String> tokens(Pattern token, String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher t = token.matcher(text);
        while (t.find()) {
            out.add(t.group());
        }
        return out;
    }

    /**
     * The message without the sentences a reader took (each replaced by a space), or the message itself when it took none:
     * what is left goes on to the other readers.
     */
    static String withoutTaken(String message, Pattern sentence, java.util.function.Predicate<String> taken) {
        Matcher sm = sentence.matcher(message);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (sm.find()) {
            if (taken.test(sm.group())) {
                out.append(message, last, sm.start()).append(' ');
                last = sm.end();
            }
        }
        if (last == 0) {
            return message;
        }
        out.append(message.substring(last));
        return out.toString().strip();
    }

    /** A pattern over folded text. */
    static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    /** A word set; the lists may repeat a word across languages. */
    static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Lower case, accents folded: what every pattern is matched against. */
    static String fold(String s) {
        return Keys.fold(s == null ? "" : s).toLowerCase(Locale.ROOT);
    }

    /** Meaningful word stems of a phrase: folded, stop words out, simple plurals cut. */
    static List<String> stems(String phrase) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(fold(phrase).replace("'s", ""));
        while (m.find()) {
            String t = m.group();
            if (!STOP.contains(t)) {
                out.add(stem(t));
            }
        }
        return out;
    }

    static String stem(String t) {
        // French plurals in -x: "niveaux" → niveau, "canaux" → canal
        if (t.length() > 5 && t.endsWith("eaux")) {
            return t.substring(0, t.length() - 1);
        }
        if (t.length() > 5 && t.endsWith("aux")) {
            return t.substring(0, t.length() - 2) + "l";
        }
        if (t.length() > 4 && t.endsWith("ies")) {
            return t.substring(0, t.length() - 3) + "y";
        }
        if (t.length() > 5 && t.endsWith("uses")) {
            return t.substring(0, t.length() - 2);
        }
        if (t.length() > 4 && (t.endsWith("ches") || t.endsWith("shes") || t.endsWith("sses") || t.endsWith("xes"))) {
            return t.substring(0, t.length() - 2);
        }
        if (t.length() > 3 && t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("us") && !t.endsWith("is")) {
            return t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** Two stems name the same thing: equal, or one starts the other (German compounds, plurals). */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        if (shorter.length() >= 5 && longer.startsWith(shorter)) {
            return true;
        }
        String ra = root(a);
        return ra.length() >= 5 && ra.equals(root(b));
    }

    /** "submission" and "submitted", "approval" and "approved", "arrival" and "arrived": one English root. */
    static String root(String w) {
        if (w.length() < 7) {
            return w;
        }
        // this runs for every pair of words compared, thousands of times per message, on few distinct words: kept once
        String known = ROOTS.get(w);
        if (known != null) {
            return known;
        }
        String r = w;
        if (LOWER_WORD.matcher(w).matches()) {
            r = ROOT_SS.matcher(w).replaceFirst("t");
            r = ROOT_T.matcher(r).replaceFirst("t");
            r = ROOT_END.matcher(r).replaceFirst("");
        }
        if (ROOTS.size() > 50_000) {
            ROOTS.clear();
        }
        ROOTS.put(w, r);
        return r;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, String> ROOTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final Pattern LOWER_WORD = Pattern.compile("[a-z]+");
    private static final Pattern ROOT_SS = Pattern.compile("(?:ssions?|tted|tting)$");
    private static final Pattern ROOT_T = Pattern.compile("(?:tions?|ted|ting)$");
    private static final Pattern ROOT_END = Pattern.compile("(?:als?|ed|ing)$");

    /** The texts between quotes, in order. */
    static List<String> quoted(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }

    /** Removes the quote marks around words, keeping the words. */
    static String unquote(String s) {
        return s.replaceAll("[\"“”«»‘’]", "").replaceAll("(^|\\s)'|'(\\s|$|[,.;:!?])", "$1$2").strip();
    }

    /** A list, then a remark in brackets after its last value: "a, b, c (can have several)". */
    private static final java.util.regex.Pattern TRAILING_REMARK = java.util.regex.Pattern.compile("^(.*[,;/].*?\\S)\\s*\\(([^()]*)\\)\\s*[.!?]*$");
    private static final java.util.regex.Pattern LIST_EDGES = java.util.regex.Pattern.compile("^[:(\\-–—\\s]+|[\\s.!?]+$");
    private static final java.util.regex.Pattern TRAIL_PUNCT = java.util.regex.Pattern.compile("[\\s.!?]+$");
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");
    /**
     * A joining phrase between two values (session 15): "A and also B", "A as well as B", "A or maybe B", "A ainsi que B",
     * "A et aussi B", "A y además B", ", además de B", "A sowie B", "A und auch B", "A oder vielleicht B". It separates
     * like a comma; its adverb is no part of the next value.
     */
    private static final java.util.regex.Pattern JOINING_PHRASE = java.util.regex.Pattern.compile("(?iu)\\s*,?\\s+(?:"
            + "and\\s+(?:also|then)|as\\s+well\\s+as|or\\s+(?:maybe|perhaps|possibly)"
            + "|ainsi\\s+que|et\\s+(?:aussi|puis|encore)|ou\\s+(?:bien|encore|peut[-\\s]?[eê]tre)"
            + "|y\\s+(?:tambi[eé]n|adem[aá]s)|adem[aá]s\\s+de|o\\s+(?:tambi[eé]n|quiz[aá]s?|tal\\s+vez)"
            + "|sowie|und\\s+(?:auch|noch)|oder\\s+(?:auch|vielleicht|eventuell))\\s+(?=\\S)");

    /**
     * The values of a list such as "Open, Returned or Lost", "hoch, mittel, niedrig", "A/B/C":
     * trimmed, quotes and articles removed, the first letter of each upper-cased.
     */

    static List<String> values(String list) {
        String t = list.strip();
        java.util.regex.Matcher remark = TRAILING_REMARK.matcher(t);
        if (remark.find() && BLANKS.split(remark.group(2).strip()).length >= 3) {
            // "…, marisco, ninguna (puede tener varias)": a remark after the last value, not part of it
            t = remark.group(1);
        }
        t = LIST_EDGES.matcher(t).replaceAll("");
        if (t.endsWith(")") && t.chars().filter(ch -> ch == '(').count() < t.chars().filter(ch -> ch == ')').count()) {
            t = t.substring(0, t.length() - 1); // "(low, medium, high)"; "…, Cancelled (by customer)" keeps its own
        }
        String s = keptSlashes(JOINING_PHRASE.matcher(ValueLeads.cut(TRAIL_PUNCT.matcher(t).replaceAll(""))).replaceAll(", "));
        String[] parts = s.split("\\s*(?:,|;|/(?!-?(?:in|innen|frau|mann)\\b)|\\||\\s+(?:and|or|et|ou|y|o|und|oder|plus|e(?=\\s+h?[iíIÍ])|u(?=\\s+h?[oóOÓ]))\\s+|\\s+&\\s+)\\s*");
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            // "a 'Critical' level on top", "'Withdrawn' at the end": the quoted value, not where it goes
            p = p.replaceAll("^\\s*(?:an?\\s+|the\\s+|another\\s+)?(['\"])([^'\"]{1,60})\\1\\s+(?:(?:level|option|value|status|stage|choice|category|type|tier|grade)\\s*)?(?:on top|at the (?:end|top|bottom|start)|first|last|too|as well|also)?\\s*$", "$2");
            String v = unquote(p).replaceAll("^(?i)(?:and|or|et|ou|y|o|und|oder)\\s+", "")
                    .replaceAll("(?i)\\s+(?:too|as well|also|instead|from now on|aussi|à la place|a la place|plutôt|plutot|desormais|désormais|tambien|también|en su lugar|stattdessen|auch)$", "")
                    .replaceAll("^(?i)(?:an?|the|another|our|notre|nos|nuestr[oa]s?|unser\\w*)\\s+(?=\\S)", "").replaceAll("[.!?]+$", "").strip();
            if (out.isEmpty() && parts.length > 1 && INTERJECTION.matcher(v).matches()) {
                continue; // "Oh and Billing and Reports are missing": the sigh before the list is no value
            }
            if (!v.isEmpty() && v.length() <= 200) {
                out.add(capitalize(unkeptSlash(v)));
            }
        }
        return ValueLeads.quotedOnly(parts, out);
    }

    /** A word said before a list that is no part of it: "Oh", "ah", "btw", "euh", "pues", "ach" ("bon", "bueno" can be values). */
    private static final java.util.regex.Pattern INTERJECTION = java.util.regex.Pattern.compile("(?iu)(?:oh|ah|ahh|hmm+|um+|uh|btw|oops|euh|pues|eh|ach|naja|achso)");

    /** A slash inside a value, kept while the list is split (a character no one types). */
    private static final char KEPT_SLASH = '\u2044';
    /** "5/0", "24/7", "1/2": a slash between digits, no spaces, is one value. */
    private static final java.util.regex.Pattern DIGIT_SLASH = java.util.regex.Pattern.compile("(?<=\\d)/(?=\\d)");
    /** "Elbow and Wrist/Hand", "A&E, Ear/Nose/Throat": a slash between letters, no spaces, in a list joined otherwise. */
    private static final java.util.regex.Pattern WORD_SLASH = java.util.regex.Pattern.compile("(?<=\\p{L})/(?=\\p{L})");
    /** A separator other than a slash: comma, semicolon, bar, ampersand, or a joining word between spaces. */
    private static final java.util.regex.Pattern OTHER_SEPARATOR = java.util.regex.Pattern.compile(
            "(?iu)[,;|]|\\s&\\s|\\s(?:and|or|et|ou|y|o|und|oder|plus)\\s");

    /**
     * Slashes that join the parts of one value, not two values (session 14, r3): between digits ("2/0 und 4/2", "24/7"),
     * and between words written without spaces when the list is joined by another separator ("add Elbow and Wrist/Hand",
     * "Knie, Hüfte/Becken"). Alone, "Open/Closed" is still two values. Restored by {@link #unkeptSlash}.
     */
    static String keptSlashes(String list) {
        if (list.indexOf('/') < 0) {
            return list;
        }
        String t = DIGIT_SLASH.matcher(list).replaceAll(String.valueOf(KEPT_SLASH));
        if (t.indexOf('/') >= 0 && OTHER_SEPARATOR.matcher(t).find()) {
            t = WORD_SLASH.matcher(t).replaceAll(String.valueOf(KEPT_SLASH));
        }
        return t;
    }

    static String unkeptSlash(String value) {
        return value.replace(KEPT_SLASH, '/');
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first))) + s.substring(Character.charCount(first));
    }

    /** A label from words people typed: quotes and articles off, first letter up. */
    static String label(String words) {
        String s = unquote(words).replaceAll("[\\s,.;:!?]+$", "").replaceAll("^[\\s,.;:(-]+", "")
                .replaceAll("^(?i)(?:the|a|an|le|la|les|l'|un|une|el|la|los|las|un|una|der|die|das|den|dem|ein|eine|einen|einem|einer)\\s+", "")
                // "l'e-mail", "l’adresse": the elided French article, then "… ou non" / "… or not" (a yes/no said twice)
                .replaceAll("^(?i)[ld]['’](?=\\p{L})", "")
                .replaceAll("(?i)\\s+(?:or not|ou non|ou pas|o no|oder nicht)$", "")
                .replaceAll("\\s+", " ").strip();
        return capitalize(s);
    }
}

package org.toolsmith.draft.offline;

import java.util.List;

/**
 * Kinds listed in prose, each with its fields in parentheses, where the words before a group are
 * more than its name: "Dans notre école de musique il y a des professeurs (nom, instrument,
 * téléphone) et des élèves (…)", "Es gibt Tutoren (Name, Klasse, Fach) und Schüler (Name,
 * Klasse)", "Organizamos rutas (nombre, dificultad, fecha)". The kind is the noun phrase that ends
 * right before the parenthesis: the words after the last article, count word, "we have" phrase or
 * verb the lexicon knows, at most three.
 */
final class ProseGroups {
    private final Lexicon lex;

    ProseGroups(Lexicon lex) {
        this.lex = lex;
    }

    /** The noun phrase that closes {@code before} (as written), or null when none stands out. */
    String trailingNoun(String before) {
        String b = before.strip();
        int cut = Math.max(Math.max(b.lastIndexOf(','), b.lastIndexOf(';')), Math.max(b.lastIndexOf(':'), b.lastIndexOf('.')));
        b = b.substring(cut + 1).strip();
        String[] words = b.split("\\s+");
        if (words.length < 2) {
            return null;
        }
        int start = words.length;
        for (int k = words.length - 1; k >= 0; k--) {
            String f = Text.fold(words[k]).replaceAll("^[^\\p{L}]+|[^\\p{L}']+$", "");
            if (f.isEmpty() || opener(f, words[k]) || lex.and.contains(f)) {
                break;
            }
            if (lex.stopwords.contains(f) && !(lex.lang == Lang.FR || lex.lang == Lang.ES) ) {
                break;
            }
            start = k;
        }
        // "professeurs de musique": a French or Spanish name may hold "de"; it must not open or close the name
        while (start < words.length && lex.stopwords.contains(Text.fold(words[start]))) {
            start++;
        }
        for (int k = 0; k < start; k++) {
            // "las vacunas que ponemos a los perros (…)": after a relative, the noun is no kind of its own
            String f = Text.fold(words[k]).replaceAll("[^\\p{L}']", "");
            if (lex.subordinators.contains(f) || lex.whWords.contains(f)) {
                return null;
            }
        }
        int n = words.length - start;
        if (n == 0 || n > 3 || start == 0 || lex.stopwords.contains(Text.fold(words[words.length - 1]))) {
            return null;
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
        String last = Text.fold(words[words.length - 1]);
        // only a plural names a collection of records here ("des professeurs", "rutas"); German plurals
        // often look like their singular ("Schüler"), so there a capitalised noun will do
        String first = Text.fold(words[start]);
        boolean plural = !Inflector.singularWord(lex.lang, last).equals(last)
                || lex.lang == Lang.DE && Character.isUpperCase(words[words.length - 1].charAt(0))
                // "entreprises d'accueil", "notes de frais": a French or Spanish name is plural by its first word
                || (lex.lang == Lang.FR || lex.lang == Lang.ES) && n >= 2 && !Inflector.singularWord(lex.lang, first).equals(first);
        return plural ? name : null;
    }

    /**
     * Whether the sentence lists two kinds or more this way: two groups of two items or more at depth
     * zero, each after a plural noun phrase, each of short items with a word that names a field type.
     */
    boolean listed(String s, ListSplitter splitter, FieldReader fields) {
        int groups = 0;
        int depth = 0;
        int open = -1;
        int lastEnd = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' && depth++ == 0) {
                open = i;
            } else if (c == ')' && depth > 0 && --depth == 0) {
                List<ListSplitter.Item> items = splitter.split(s.substring(open + 1, i));
                if (items.size() >= 2 && trailingNoun(s.substring(lastEnd, open)) != null && fields.someFieldWord(items)
                        && items.stream().allMatch(x -> Text.wordCount(x.text()) <= 4)) {
                    groups++;
                }
                lastEnd = i + 1;
            }
        }
        return groups >= 2;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern LETTERS2 = java.util.regex.Pattern.compile("\\p{L}{2,}");
    private static final java.util.regex.Pattern LETTERS3 = java.util.regex.Pattern.compile("\\p{L}{3,}");
    private static final java.util.regex.Pattern QU_PRONOUN = java.util.regex.Pattern.compile("qu'(?:on|ils|elles|il|elle)");

    /**
     * "the feeds we keep (…)", "les aliments qu'on stocke (…)", "los piensos que tenemos (…)", "the vans that we run (…)":
     * a short relative clause after the noun only says which records; the noun before it names the kind.
     */
    String withoutRelative(String before) {
        String b = before.stripTrailing();
        String[] w = SPACES.split(b);
        int n = w.length;
        // German relative clauses stand between commas with the verb last; "gibt es Sänger (…)" is a verb, a pronoun, the noun
        if (n < 3 || lex.lang == Lang.DE || !LETTERS2.matcher(w[n - 1]).matches()) {
            return before;
        }
        String prev = Text.fold(w[n - 2]);
        int cut = -1;
        if (lex.pronouns.contains(prev) || lex.subordinators.contains(prev) && !prev.equals("when") && !prev.equals("if")) {
            cut = n - 2;
        } else if (QU_PRONOUN.matcher(prev).matches()) {
            cut = n - 2;
        }
        if (cut > 0 && lex.subordinators.contains(Text.fold(w[cut - 1])) && lex.pronouns.contains(prev)) {
            cut--; // "that we run", "que nous avons"
        }
        String noun = cut < 1 ? "" : Text.fold(w[cut - 1]);
        if (cut < 1 || lex.pronouns.contains(noun) || lex.verbs.contains(noun) || lex.has.contains(noun) || !LETTERS3.matcher(w[cut - 1]).matches()) {
            return before;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(w, 0, cut)) + " ";
    }

    /** Whether the phrase opens with a verb said by "we" ("Organizamos rutas"), which is no part of a kind's name. */
    boolean verbFirst(String phrase) {
        String[] w = phrase.strip().split("\\s+");
        return w.length >= 2 && w.length <= 4 && opener(Text.fold(w[0]), w[0]) && !lex.articles.contains(Text.fold(w[0]))
                && !lex.pronouns.contains(Text.fold(w[0]));
    }

    /** Words that open the noun phrase after them: articles, count words, "we have", verbs. */
    private boolean opener(String f, String written) {
        if (lex.articles.contains(f) || lex.articles.contains(f + "'") || lex.pronouns.contains(f) || lex.verbs.contains(f)
                || lex.has.contains(f) || lex.recordVerbs.contains(f) || f.chars().allMatch(Character::isDigit)) {
            return true;
        }
        for (List<String> phrases : List.of(lex.weHave, lex.several, lex.numberWords)) {
            for (String p : phrases) {
                List<String> pw = Text.words(p);
                if (!pw.isEmpty() && pw.get(pw.size() - 1).equals(f)) {
                    return true;
                }
            }
        }
        // "organizamos", "betreuen", "gérons": a first-person plural verb
        return switch (lex.lang) {
            case ES -> f.matches("\\p{L}{3,}(?:amos|emos|imos)");
            case FR -> f.matches("\\p{L}{3,}ons");
            case DE -> f.matches("\\p{Ll}{3,}en") && Character.isLowerCase(written.charAt(0));
            default -> false;
        };
    }
}

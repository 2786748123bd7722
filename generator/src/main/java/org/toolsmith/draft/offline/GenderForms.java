package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Both genders said at once, read as one word: "un ou une responsable", "le ou la bénévole", "el
 * restaurador o restauradora", "el o la responsable", "técnico/a", "Referent:innen", "Mitarbeiter*innen".
 * The field or kind is named once, in the first form written.
 */
final class GenderForms {
    private GenderForms() {
    }

    private static final Pattern FR_ARTICLES = Pattern.compile("(?iu)\\b(un|le|du|au) ou (?:une|la|de la|à la) ");
    private static final Pattern FR_PARENS = Pattern.compile("(?u)\\b(\\p{L}{3,})\\(e\\)(s?)\\b");
    private static final Pattern ES_ARTICLES = Pattern.compile("(?iu)\\b(el|un|del|al) o (?:la|una|de la|a la) ");
    private static final Pattern ES_NOUNS = Pattern.compile("(?iu)\\b(\\p{L}{3,}?)(or|o|e)(s?) o (?:la |una )?(\\p{L}{3,}?)(ora|a)(s?)\\b");
    private static final Pattern ES_SLASH = Pattern.compile("(?u)\\b(\\p{L}{3,}(?:o|or))(s?)/as?\\b");
    private static final Pattern DE_SUFFIX = Pattern.compile("(?u)(\\p{L}{3,})[:*_](?:innen|in)\\b");

    static String normalize(Lang lang, String text) {
        switch (lang) {
            case FR -> {
                text = FR_ARTICLES.matcher(text).replaceAll("$1 ");
                return FR_PARENS.matcher(text).replaceAll("$1$2");
            }
            case ES -> {
                text = ES_ARTICLES.matcher(text).replaceAll("$1 ");
                text = ES_SLASH.matcher(text).replaceAll("$1$2");
                Matcher m = ES_NOUNS.matcher(text);
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    // "restaurador o restauradora": the same stem both times
                    boolean same = m.group(1).equalsIgnoreCase(m.group(4)) && (m.group(2).equalsIgnoreCase("or") ? m.group(5).equalsIgnoreCase("ora") : !m.group(5).equalsIgnoreCase("ora"));
                    m.appendReplacement(out, Matcher.quoteReplacement(same ? m.group(1) + m.group(2) + m.group(3) : m.group()));
                }
                m.appendTail(out);
                return out.toString();
            }
            case DE -> {
                return DE_SUFFIX.matcher(text).replaceAll("$1");
            }
            default -> {
                return text;
            }
        }
    }
}

package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English notes that name kinds with their fields in brackets and no verb at all: "Boats (name, length), trips
 * (boat, date, skipper) and crew members (name, phone)." Such a sentence is read as the request it stands for, "We
 * need boats (…), trips (…) and crew members (…)". Only a sentence made of nothing but plural nouns, each with a
 * bracketed list of two or more items, joined by commas, "and" or semicolons.
 */
final class VerblessGroups {
    // each word opens with a letter: "- riders (name, phone)" is a bullet, whose dash is no word
    private static final String GROUP = "(?:the\\s+)?(?:\\p{L}[\\p{L}-]*\\s+){0,2}\\p{L}[\\p{L}-]*s\\s*\\([^()]*,[^()]*\\)";
    private static final Pattern SENTENCE = Pattern.compile("(?im)(?<=^|[.!?]\\s)(\\s*)(" + GROUP + "(?:\\s*(?:,|;|\\band\\b|,\\s*and\\b)\\s*" + GROUP + ")*)(?=\\s*(?:[.!?]|$))");

    private VerblessGroups() {
    }

    static String rewrite(Lang lang, String text) {
        if (lang != Lang.EN || text == null || text.indexOf('(') < 0) {
            return text;
        }
        Matcher m = SENTENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String group = m.group(2);
            String lowered = Character.toLowerCase(group.charAt(0)) + group.substring(1);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "We need " + lowered));
        }
        m.appendTail(out);
        return out.toString();
    }
}

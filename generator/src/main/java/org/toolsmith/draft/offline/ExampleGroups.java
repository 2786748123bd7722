package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Examples in parentheses between a kind's plural and what it has: "a list of funders (trusts,
 * foundations, the arts council) with their website and …", "Unsere Geräte (Rüttelplatten, Bagger,
 * Gerüste …) haben eine Bezeichnung, …". The group names kinds of the thing, not its fields, and hid
 * the "X with …" / "X have …" shape; it is dropped. A group with a field word ("(name, phone)") or one
 * item is left alone, and so is a closed set ("(gas, electricity or water)", a type with its options) or a
 * group not followed by a with-word or a has-verb of the lexicon.
 */
final class ExampleGroups {
    private static final Pattern GROUP = Pattern.compile("(\\p{L}{3,}) \\(([^()]{3,120})\\)\\s+(\\p{L}+(?: \\p{L}+)?)");

    private ExampleGroups() {
    }

    /**
     * "gear list: cameras, lenses, lights etc — name, category, serial", "Material: Kabel, Dosen usw. – Bezeichnung,
     * Menge": a run of sample records closed by "etc." and a dash, the fields after the dash. The samples are
     * dropped when none of them reads as a field; a run of fields closed by "etc." ("name, phone etc. - all
     * optional") is left alone.
     */
    private static final Pattern SAMPLE_RUN = Pattern.compile("(?<=[:,]|^)([^:,()—–]{2,40}(?:,[^:,()—–]{2,40}){1,11}?),?\\s*(?:etc\\.?|etc\\.? pp\\.?|usw\\.?|u\\.\\s?s\\.\\s?w\\.|…|\\.{3})\\s*[—–-]\\s+(?=\\S)");

    static String dropSamples(Lexicon lex, ListSplitter splitter, String s) {
        if (s.indexOf('—') < 0 && s.indexOf('–') < 0 && s.indexOf(" - ") < 0) {
            return s;
        }
        Matcher m = SAMPLE_RUN.matcher(s);
        if (!m.find() || !samples(lex, splitter, m.group(1))) {
            return s;
        }
        return (s.substring(0, m.start()).stripTrailing() + " " + s.substring(m.end())).strip();
    }

    /** Whether every item of the run is a bare noun phrase that names no field: sample records, not details. */
    private static boolean samples(Lexicon lex, ListSplitter splitter, String run) {
        List<ListSplitter.Item> items = splitter.split(run);
        if (items.size() < 2) {
            return false;
        }
        FieldVocabulary vocabulary = FieldVocabulary.of(lex);
        for (ListSplitter.Item i : items) {
            String f = Text.fold(i.text());
            if (FieldTyper.hasTypeWord(lex, f) || Text.wordCount(f) > 3 || Text.words(f).stream().anyMatch(vocabulary::isFieldWord)
                    || lex.statusWords.contains(f)) {
                return false;
            }
        }
        return true;
    }

    static String drop(Lexicon lex, ListSplitter splitter, String s) {
        s = dropSamples(lex, splitter, s);
        if (s.indexOf('(') < 0) {
            return s;
        }
        Matcher m = GROUP.matcher(s);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (examples(lex, splitter, m.group(1), m.group(2), m.group(3))) {
                out.append(s, last, m.end(1));
                last = m.start(3) - 1;
            }
        }
        return last == 0 ? s : out.append(s.substring(last)).toString();
    }

    private static boolean examples(Lexicon lex, ListSplitter splitter, String noun, String group, String next) {
        String fn = Text.fold(noun);
        // the kind's noun is plural ("funders", "Geräte"): examples of a kind, not one thing's details
        boolean plural = !Inflector.singularWord(lex.lang, fn).equals(fn) || lex.lang == Lang.DE && Character.isUpperCase(noun.charAt(0));
        List<String> nw = Text.words(Text.fold(next));
        boolean opens = !nw.isEmpty() && (lex.withWords.contains(nw.get(0)) || lex.has.contains(nw.get(0)) || lex.has.contains(String.join(" ", nw)));
        if (!plural || !opens) {
            return false;
        }
        List<String> gw = Text.words(Text.fold(group));
        if (gw.stream().anyMatch(lex.or::contains)) {
            // "meters (gas, electricity or water) with …": a closed set, the kind's type, is left to the other readers
            return false;
        }
        return samples(lex, splitter, group.replaceAll("(?:\\.{2,}|…)\\s*$", ""));
    }
}

package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/** Record kinds and links said in passing: "we have 4 freezers", "each project has several tasks", "a loan belongs to a member". */
final class KindMentions extends ReaderPart {
    private static final Pattern DIFFERENT = Pattern.compile("\\b(?:with different|of different|with various|with their own)\\s+([\\p{L}-]+)");
    private static final Pattern SOME_HAVE = Pattern.compile("\\bsome (?:have|has|with) (?:a |an )?([\\p{L}-]+)");
    private static final Pattern ON_DIFFERENT = Pattern.compile("\\b(?:with|on|at|in|of) (?:different|various|several) ([\\p{L}-]+)");
    private static final Pattern AS_NAMED = Pattern.compile("\\b(?:as|called|named)\\s+(\\p{L}+)");
    KindMentions(RequestReader reader) {
        super(reader);
    }

    /** "We have 4 freezers", "there are 12 rooms with different capacities, some have a screen". */
    boolean weHave(String s) {
        String f = Text.fold(s);
        if (f.length() != s.length()) {
            return false;
        }
        for (Pattern weHavePattern : lex.weHavePatterns) {
            Matcher m = weHavePattern.matcher(f);
            if (m.find()) {
                String noun = s.substring(m.start(2), m.end(2));
                String[] words = noun.split("\\s+");
                if (words.length == 2 && (lex.stopwords.contains(Text.fold(words[1])) || lex.withWords.contains(Text.fold(words[1])))) {
                    noun = words[0];
                }
                String name = Text.capitalize(Inflector.singular(lex.lang, noun));
                DraftEntity e = out.entity(name, s);
                e.add(new DraftField(lex.nameLabel, FieldType.TEXT, s));
                String tf = f.substring(m.end(1));
                Matcher diff = DIFFERENT.matcher(tf);
                if (diff.find()) {
                    String label = Text.capitalize(Inflector.singular(lex.lang, diff.group(1)));
                    e.add(new DraftField(label, FieldTyper.type(lex, label), s));
                }
                Matcher some = SOME_HAVE.matcher(tf);
                if (some.find()) {
                    e.add(new DraftField(lex.hasLabel + " " + some.group(1), FieldType.BOOLEAN, s));
                }
                out.collections.add(name);
                return true;
            }
        }
        return false;
    }

    /** "each project has several tasks" → task points to project; "a loan belongs to a member". */
    void links(String s) {
        String f = Text.fold(s);
        for (String sev : lex.several) {
            int i = f.indexOf(" " + sev + " ");
            if (i < 0) {
                continue;
            }
            String before = f.substring(0, i);
            String after = f.substring(i + sev.length() + 2);
            String owner = lastNoun(before);
            String many = firstNounAfterAs(after);
            if (owner != null && many != null) {
                out.links.add(new String[] {many, before, s});
                describe(Text.capitalize(many), s.substring(Math.min(s.length(), i + sev.length() + 2)), s);
                return;
            }
        }
        for (String bl : lex.belongs) {
            int i = f.indexOf(" " + bl + " ");
            if (i > 0) {
                String child = lastNoun(f.substring(0, i));
                String parent = firstNoun(f.substring(i + bl.length() + 2));
                if (child != null && parent != null) {
                    out.links.add(new String[] {f.substring(0, i), parent, s, "child-text"});
                    return;
                }
            }
        }
    }

    /** "sessions on different dates, each with a max number of seats" → date, max number of seats. */
    void describe(String name, String tail, String because) {
        String tf = Text.fold(tail);
        if (tf.length() != tail.length()) {
            return;
        }
        DraftEntity e = out.entity(name, because);
        Matcher diff = ON_DIFFERENT.matcher(tf);
        if (diff.find()) {
            String label = Text.capitalize(Inflector.singular(lex.lang, diff.group(1)));
            e.add(new DraftField(label, FieldTyper.type(lex, label), because));
        }
        for (String w : lex.withWords) {
            int at = tf.indexOf(w + " ");
            if (at >= 0 && w.contains(" ")) {
                for (DraftField f : fields.readAll(splitter.split(tail.substring(at + w.length() + 1)))) {
                    e.add(f);
                }
                break;
            }
        }
        if (e.fields.isEmpty()) {
            out.entities.remove(e);
        }
    }

    String lastNoun(String folded) {
        String[] tokens = nlp.tokens(lex.lang, folded);
        var tags = nlp.tags(lex.lang, tokens);
        if (tags.isPresent()) {
            for (int i = tokens.length - 1; i >= 0; i--) {
                if (NlpPipeline.isNoun(tags.get()[i]) && tokens[i].length() > 2) {
                    return Inflector.singular(lex.lang, tokens[i]);
                }
            }
        }
        List<String> w = Text.words(folded);
        for (int i = w.size() - 1; i >= 0; i--) {
            if (!lex.stopwords.contains(w.get(i)) && !lex.articles.contains(w.get(i)) && w.get(i).length() > 2
                    && !lex.has.contains(w.get(i)) && !lex.verbs.contains(w.get(i))) {
                return Inflector.singular(lex.lang, w.get(i));
            }
        }
        return null;
    }

    String firstNoun(String folded) {
        for (String w : Text.words(folded)) {
            if (!lex.stopwords.contains(w) && !lex.articles.contains(w) && w.length() > 2 && !w.matches("\\d+")) {
                return Inflector.singular(lex.lang, w);
            }
        }
        return null;
    }

    /** "several times a year as sessions" → "session"; "several tasks" → "task". */
    String firstNounAfterAs(String folded) {
        Matcher as = AS_NAMED.matcher(folded);
        if (as.find()) {
            return Inflector.singular(lex.lang, as.group(1));
        }
        return firstNoun(folded);
    }
}

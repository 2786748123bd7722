package org.toolsmith.draft.offline;

import java.util.List;
import org.toolsmith.spec.FieldType;

/**
 * Short questions standing as sentences of their own, each asking for one field: "What happened?
 * Where? Was anyone hurt?", "Also, is it temporary? If so, until when?". Questions the writer asks
 * of the reader ("Can we have something for this?") and long ones are left to the other shapes.
 */
final class QuestionSentences extends ReaderPart {
    private static final int MAX_WORDS = 8;

    QuestionSentences(RequestReader reader) {
        super(reader);
    }

    /** Reads {@code raw} as one asked-for field and returns true, or returns false and leaves it. */
    boolean read(String raw) {
        String t = raw.strip();
        if (!t.endsWith("?")) {
            return false;
        }
        t = t.replaceFirst("^[¿¡]+", "").replaceAll("[?\\s]+$", "").strip();
        t = withoutLead(t);
        String f = Text.fold(t);
        List<String> w = Text.words(f);
        if (w.isEmpty() || w.size() > MAX_WORDS || f.length() != t.length() || t.contains(",")
                || w.stream().anyMatch(x -> lex.askers.contains(x) || lex.questionSkip.contains(x))) {
            return false;
        }
        List<DraftField> read;
        if (lex.whStart(f)) {
            read = fields.read(new ListSplitter.Item(t + "?"));
        } else if (lex.wh.stream().anyMatch(x -> x.pattern().matcher(f).matches())) {
            // "until when?": a question the lexicon knows that opens with no question word
            DraftField d = fields.questions.read(t, f, raw.strip(), new java.util.ArrayList<>(), new StringBuilder());
            read = d == null ? List.of() : List.of(d);
        } else {
            String aux = lex.questionAux.stream().filter(a -> f.startsWith(a + " ")).findFirst().orElse(null);
            if (aux == null) {
                return false;
            }
            String label = stripSubject(t.substring(aux.length()).strip());
            if (label.isEmpty() || Text.wordCount(label) > 4) {
                return false;
            }
            read = List.of(new DraftField(Text.capitalize(label), FieldType.BOOLEAN, raw.strip()));
        }
        if (read.isEmpty()) {
            return false;
        }
        DraftEntity target = reader.clauseTarget != null ? reader.clauseTarget
                : reader.lastEntity != null && out.entities.contains(reader.lastEntity) ? reader.lastEntity : out.main;
        for (DraftField d : read) {
            if (target.add(d) && target == out.main) {
                out.listedFields++;
            }
        }
        return true;
    }

    /** "Also, is it temporary" → "is it temporary"; "If so, until when" → "until when". */
    private String withoutLead(String t) {
        boolean changed = true;
        while (changed) {
            changed = false;
            String f = Text.fold(t);
            for (String l : lex.questionLeads) {
                if (f.startsWith(l + " ") || f.startsWith(l + ",")) {
                    t = t.substring(l.length()).replaceFirst("^[\\s,]+", "");
                    changed = true;
                    break;
                }
            }
        }
        return t;
    }

    /** "anyone hurt", "it temporary" → "temporary": the words after the verb, without subject words. */
    private String stripSubject(String s) {
        StringBuilder out = new StringBuilder();
        for (String w : s.split("\\s+")) {
            String fw = Text.fold(w);
            if (lex.subjectWords.contains(fw) || lex.articles.contains(fw)) {
                continue;
            }
            out.append(out.length() == 0 ? "" : " ").append(w);
        }
        return out.toString().strip();
    }
}

package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * Kinds noted with their fields in brackets and no verb, in any of the four languages and in the singular too:
 * "rucher (nom, commune), ruches (numéro, rucher, année) et les visites : date, ruche", "cliente (nombre, teléfono),
 * la bici (marca, modelo) y cada reparación: …", "Sendungen (Nummer, Importeur, Warenwert).", "- customer (company,
 * contact, phone)". Each bracketed group that opens a sentence, a line (not a bullet: the block readers know those) or the part after a colon becomes a sentence
 * "Noun: items." of its own, the shape every reader knows; what follows the last group after "and" goes on as the next
 * sentence. A group is taken only when its noun has no verb, pronoun or other function word, its head is no typed
 * field word ("status", "size"), and its brackets hold two or more items, one of them a field word (not a list of
 * options or examples).
 */
final class BracketKinds {
    private static final Pattern GROUP = Pattern.compile(
            "(\\p{L}[\\p{L}'’º-]*(?:\\s+\\p{L}[\\p{L}'’º-]*){0,3})[ \\t]*\\(([^()\\n]{3,300})\\)");
    private static final Pattern START = Pattern.compile("(?m)^[ \\t]*(?![-*•·])|(?<=[.!?;:])[ \\t]+");
    private static final Pattern SEP = Pattern.compile("[ \\t]*(?:[,;+&][ \\t]*)?");

    private BracketKinds() {
    }

    static String rewrite(Lexicon lex, String text) {
        if (text == null || text.indexOf('(') < 0) {
            return text;
        }
        FieldVocabulary vocab = FieldVocabulary.of(lex);
        text = ChildGroupsOut.rewrite(lex, text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        Matcher starts = START.matcher(text);
        Matcher g = GROUP.matcher(text);
        Matcher sep = SEP.matcher(text);
        while (starts.find()) {
            int s = starts.end();
            if (s < copied) {
                continue;
            }
            List<String> groups = new ArrayList<>();
            int at = s;
            int restStart = -1;
            while (true) {
                g.region(at, text.length());
                if (!g.lookingAt() || !kindNoun(lex, vocab, g.group(1)) || !fieldList(lex, vocab, g.group(2))) {
                    break;
                }
                groups.add(g.group(1).strip() + ": " + g.group(2).strip());
                at = g.end();
                sep.region(at, text.length());
                sep.lookingAt();
                int next = sep.end();
                String conj = conjunction(lex, text, next);
                int after = conj == null ? next : next + conj.length();
                while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
                    after++;
                }
                g.region(after, text.length());
                if (after > at && g.lookingAt() && kindNoun(lex, vocab, g.group(1)) && fieldList(lex, vocab, g.group(2))) {
                    at = after;
                    continue;
                }
                if (after >= text.length() || ".!?\n".indexOf(text.charAt(after)) >= 0) {
                    restStart = after;
                } else if (conj != null || text.substring(at, next).strip().equals(";")) {
                    restStart = after; // "… y cada reparación: …" goes on as a sentence of its own
                }
                break;
            }
            if (groups.isEmpty() || restStart < 0) {
                continue;
            }
            int cut = s;
            int before = s - 1;
            while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
                before--;
            }
            if (before >= copied && before >= 0 && text.charAt(before) == ':') {
                out.append(text.substring(copied, before).stripTrailing()).append('.').append(text, before + 1, cut);
            } else {
                out.append(text, copied, cut);
            }
            out.append(String.join(". ", groups));
            if (restStart < text.length() && ".!?".indexOf(text.charAt(restStart)) >= 0) {
                out.append(text.charAt(restStart));
                restStart++;
            } else if (restStart < text.length() && text.charAt(restStart) != '\n') {
                out.append(". ").append(text.charAt(restStart));
                restStart++;
            } else {
                out.append('.');
            }
            copied = restStart;
        }
        out.append(text, Math.min(copied, text.length()), text.length());
        return out.toString();
    }

    /** "and", "et", "y", "und" at {@code i}, with the space after it, or null. */
    private static String conjunction(Lexicon lex, String text, int i) {
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        if (j == i || j >= text.length() || text.charAt(j) != ' ') {
            return null;
        }
        return lex.and.contains(Text.fold(text.substring(i, j))) ? text.substring(i, j + 1) : null;
    }

    static boolean kindNoun(Lexicon lex, FieldVocabulary vocab, String np) {
        return kindNoun(lex, vocab, np, false);
    }

    /** As above; with {@code loose}, any head (a separate-list marker says it is a kind: "guests" reads as a count). */
    static boolean kindNoun(Lexicon lex, FieldVocabulary vocab, String np, boolean loose) {
        List<String> w = Text.words(Text.fold(np));
        if (w.isEmpty()) {
            return false;
        }
        int first = lex.articles.contains(w.get(0)) && w.size() > 1 ? 1 : 0;
        String head = w.get(w.size() - 1);
        for (int i = first; i < w.size(); i++) {
            String x = w.get(i);
            boolean inner = i > first && i < w.size() - 1 && vocab.prepositions.contains(x);
            if (!inner && (vocab.function.contains(x) || x.length() < 2)) {
                return false;
            }
        }
        FieldType t = FieldTyper.type(lex, head);
        return head.length() >= 3 && (loose || t == FieldType.TEXT);
    }

    static boolean fieldList(Lexicon lex, FieldVocabulary vocab, String items) {
        String f = Text.fold(items);
        if (f.startsWith("e.g") || f.startsWith("z.b") || f.startsWith("p. ex") || f.startsWith("p.ej") || f.startsWith("p. ej")
                || f.startsWith("ex.") || f.startsWith("i.e") || f.startsWith("etc")) {
            return false;
        }
        List<String> first = Text.words(f);
        if (first.isEmpty() || vocab.function.contains(first.get(0)) && !lex.articles.contains(first.get(0))) {
            return false; // "(we have a list - name, city)": a remark, not a list
        }
        String[] parts = items.split("[,+;]");
        if (parts.length < 2) {
            return false;
        }
        for (String p : parts) {
            for (String x : Text.words(Text.fold(p))) {
                if (vocab.isFieldWord(x)) {
                    return true;
                }
            }
        }
        return false;
    }
}

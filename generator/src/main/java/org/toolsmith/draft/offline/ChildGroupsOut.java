package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * A party noted inside its parent's field list with its own details in brackets: "Chaque commande : le client (nom,
 * téléphone, mail), l'ouvrage, la couleur …", "festhalten: Lieferant (Name, Ort und Telefon), Lieferdatum, Holzart …".
 * The bracketed details are a kind of their own, not fields of the parent: the item stays in the list as a field
 * ("le client", which becomes a link) and "le client: nom, téléphone, mail." is said after the sentence. Only for an
 * item in the singular that opens the list after the colon, with three or more details, one of them a name, phone or e-mail (a party);
 * "emplacement (carré, rang, numéro)" or "titulaire (nom + adresse)" stay parts of the parent.
 */
final class ChildGroupsOut {
    private static final Pattern GROUP = Pattern.compile(
            "(?<=:[ \\t]{0,3})(\\p{L}[\\p{L}'’º-]*(?:[ \\t]+\\p{L}[\\p{L}'’º-]*){0,3})[ \\t]*\\(([^()\\n]{3,300})\\)(?=[ \\t]*(?:[,;.!?]|$))");
    private static final Pattern ITEM_SPLIT = Pattern.compile("\\s*(?:[,;+/–-]|\\s(?:and|et|y|und|e|u\\.)\\s)\\s*");

    private ChildGroupsOut() {
    }

    static String rewrite(Lexicon lex, String text) {
        FieldVocabulary vocab = FieldVocabulary.of(lex);
        Matcher m = GROUP.matcher(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        while (m.find()) {
            if (m.start() < copied || !singular(lex, m.group(1)) || afterGroup(text, m.start())
                    || !BracketKinds.kindNoun(lex, vocab, m.group(1)) || !party(lex, vocab, m.group(2))) {
                continue;
            }
            int end = sentenceEnd(text, m.end());
            out.append(text, copied, m.start()).append(m.group(1)).append(text, m.end(), end);
            if (end < text.length() && ".!?".indexOf(text.charAt(end)) >= 0) {
                out.append(text.charAt(end));
                end++;
            } else {
                out.append('.');
            }
            out.append(' ').append(m.group(1).strip()).append(": ").append(m.group(2).strip()).append('.');
            copied = end;
        }
        out.append(text, copied, text.length());
        return out.toString();
    }

    /** "le client", "Lieferant": one party of the parent; "suppliers (…), orders (…)" after "want:" name kinds. */
    private static boolean singular(Lexicon lex, String np) {
        List<String> w = Text.words(Text.fold(np));
        String head = w.get(w.size() - 1);
        return Inflector.singularWord(lex.lang, head).equals(head);
    }

    /** The item before is itself a bracketed group: a list of kinds, not a parent's fields. */
    private static boolean afterGroup(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) {
            i--;
        }
        return i >= 0 && text.charAt(i) == ')';
    }

    private static int sentenceEnd(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (c == '\n' || (".!?".indexOf(c) >= 0 && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))))) {
                return i;
            }
        }
        return text.length();
    }

    /** Three details or more, one a name, phone or e-mail. */
    private static boolean party(Lexicon lex, FieldVocabulary vocab, String items) {
        if (!BracketKinds.fieldList(lex, vocab, items.replace(" and ", ", ").replace(" und ", ", ").replace(" et ", ", ").replace(" y ", ", "))) {
            return false;
        }
        List<String> parts = List.of(ITEM_SPLIT.split(items.strip()));
        if (parts.size() < 3) {
            return false;
        }
        String name = Text.fold(lex.nameLabel);
        for (String p : parts) {
            List<String> w = Text.words(Text.fold(p));
            if (w.isEmpty()) {
                continue;
            }
            String last = w.get(w.size() - 1);
            FieldType t = FieldTyper.type(lex, last);
            if (last.equals(name) || w.get(0).equals(name) || t == FieldType.PHONE || t == FieldType.EMAIL) {
                return true;
            }
        }
        return false;
    }
}

package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.toolsmith.spec.FieldType;

/**
 * A terse list that names several kinds one after the other, each with its fields: "Objekt (Adresse,
 * Anzahl Wohnungen), Mängelmeldung mit Objekt, Wohnungsnummer, …", "Auftraggeber (Firma, E-Mail),
 * Proben mit Probennummer, …", "clientes (nombre, teléfono), pedidos con fecha, …". A segment opens
 * with a noun and either a parenthesised group of fields or a with-word; the items that follow a
 * segment, up to the next one, are its fields too. Two segments at least, and the list must open with one.
 */
final class KindSegments {
    private static final EnumSet<FieldType> KIND_TYPES = EnumSet.of(FieldType.TEXT, FieldType.PERSON);

    private KindSegments() {
    }

    /** {kind, its fields as list text} for each segment, or an empty list when the text is not so. */
    static List<String[]> read(Lexicon lex, FieldReader fields, ListSplitter splitter, String s) {
        String list = s;
        int colon = depthZero(s, ':');
        if (colon > 0 && Text.wordCount(s.substring(0, colon)) <= 4) {
            list = s.substring(colon + 1).strip();
        }
        List<String> items = new ArrayList<>();
        for (String item : topItems(list)) {
            items.addAll(andSplit(lex, fields, splitter, item));
        }
        List<String[]> out = new ArrayList<>();
        for (String item : items) {
            String[] start = start(lex, fields, splitter, item);
            if (start != null) {
                out.add(start);
            } else if (out.isEmpty()) {
                return List.of();
            } else {
                String[] last = out.get(out.size() - 1);
                last[1] = last[1].isEmpty() ? item : last[1] + ", " + item;
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** {kind, fields} when the item opens a segment, else null. */
    private static String[] start(Lexicon lex, FieldReader fields, ListSplitter splitter, String item) {
        String t = item.strip();
        String f = Text.fold(t);
        for (String a : lex.and) {
            if (f.startsWith(a + " ") && f.length() == t.length()) {
                t = t.substring(a.length() + 1).strip();
                break;
            }
        }
        String[] w = t.split("\\s+", 3);
        int i = w.length > 1 && lex.ownerDeterminers.contains(Text.fold(w[0])) ? 1 : 0;
        if (w.length < i + 2) {
            return null;
        }
        String noun = w[i];
        if (!kindNoun(lex, noun)) {
            return null;
        }
        String rest = t.substring(t.indexOf(noun) + noun.length()).strip();
        if (rest.startsWith("(") && rest.endsWith(")") && depthZero(rest.substring(1), ')') == rest.length() - 2) {
            String inner = rest.substring(1, rest.length() - 1);
            List<ListSplitter.Item> sub = splitter.split(inner);
            return sub.size() >= 2 && fields.fieldLike(sub) ? new String[] {name(lex, noun), inner} : null;
        }
        String fr = Text.fold(rest);
        for (String with : lex.withWords) {
            if (fr.startsWith(with + " ") && !with.contains(" ")) {
                // a plural (or, in German, any capitalised noun) opens the records listed with it
                boolean plural = !Text.fold(Inflector.singular(lex.lang, noun)).equals(Text.fold(noun));
                boolean each = i == 1 && lex.forEach.contains(Text.fold(w[0]));
                return plural || each || !lex.invertedSubjects.isEmpty() ? new String[] {name(lex, noun), rest.substring(with.length()).strip()} : null;
            }
        }
        return null;
    }

    /** "donante (nombre, teléfono) y cada donación con fecha": the item cut before an and-word that opens a segment. */
    private static List<String> andSplit(Lexicon lex, FieldReader fields, ListSplitter splitter, String item) {
        String f = Text.fold(item);
        if (f.length() != item.length()) {
            return List.of(item);
        }
        int depth = 0;
        for (int k = 0; k < item.length(); k++) {
            char c = item.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == ' ' && depth == 0 && k > 0) {
                for (String a : lex.and) {
                    if (f.startsWith(a + " ", k + 1) && start(lex, fields, splitter, item.substring(k + 1)) != null
                            && start(lex, fields, splitter, item.substring(0, k)) != null) {
                        List<String> out = new ArrayList<>(List.of(item.substring(0, k).strip()));
                        out.addAll(andSplit(lex, fields, splitter, item.substring(k + 1 + a.length()).strip()));
                        return out;
                    }
                }
            }
        }
        return List.of(item);
    }

    private static boolean kindNoun(Lexicon lex, String noun) {
        String fn = Text.fold(noun);
        if (noun.length() < 3 || !noun.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                || !lex.invertedSubjects.isEmpty() && !Character.isUpperCase(noun.charAt(0))
                || lex.stopwords.contains(fn) || lex.articles.contains(fn) || lex.pronouns.contains(fn) || lex.tool.contains(fn)) {
            return false;
        }
        return KIND_TYPES.contains(FieldTyper.type(lex, Text.fold(Inflector.singular(lex.lang, noun))));
    }

    private static String name(Lexicon lex, String noun) {
        return Text.capitalize(Inflector.singular(lex.lang, noun));
    }

    /** The list's items split at commas and semicolons outside parentheses. */
    private static List<String> topItems(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int k = 0; k < list.length(); k++) {
            char c = list.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ';') && depth == 0) {
                out.add(list.substring(from, k).strip());
                from = k + 1;
            }
        }
        out.add(list.substring(from).strip());
        out.removeIf(String::isEmpty);
        return out;
    }

    private static int depthZero(String s, char wanted) {
        int depth = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == wanted && depth == 0) {
                return k;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return -1;
    }
}

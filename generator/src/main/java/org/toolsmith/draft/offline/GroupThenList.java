package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;

/**
 * One kind with its fields in parentheses, then "and" and the next kind with a list: "noter mes
 * fournisseurs (nom, téléphone) et chaque commande : le fournisseur, la date, …", "eine Liste der
 * Filialen (Name, Ort) und die Termine mit Datum, Filiale, …", "tener a los socios (nombre, teléfono)
 * y registrar cada pago: fecha, importe", "a list of our venues (name, address) and for each gig the
 * venue, the date, …". Read as two: the group's kind (the plural noun right before it, as {@link
 * ProseGroups} finds it) with its fields, then the rest as a sentence of its own. Before, the first kind
 * was lost or the whole sentence went to one kind.
 */
final class GroupThenList {
    /** End marks and a closing "please" after the group: "(name, contact email) please." */
    private static final java.util.regex.Pattern END_MARKS = java.util.regex.Pattern.compile(
            "(?:\\s*[,-]?\\s+(?:please|pls|plz|thanks|thank you|svp|merci|por favor|gracias|bitte|danke))?[.!]*$",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    private final RequestReader reader;
    private final Lexicon lex;
    private final ProseGroups prose;

    GroupThenList(RequestReader reader) {
        this.reader = reader;
        this.lex = reader.lex;
        this.prose = new ProseGroups(reader.lex);
    }

    /** Reads the sentence when it has this shape; false otherwise (nothing read). */
    boolean read(String s) {
        List<int[]> groups = groups(s);
        for (int j = 0; j < groups.size(); j++) {
            String rest = restAfter(s, groups.get(j)[1]);
            if (rest != null) {
                return kinds(s, groups.subList(0, j + 1), rest);
            }
        }
        return false;
    }

    /**
     * "We also need the prep evenings (date, who leads it)", "on a aussi besoin des ateliers (date, animateur)": a plural
     * noun with its own field list, alone in what the person wants, is a kind of its own (not fields of the record, nor
     * a list to pick from). Not "contact details (phone, email)" (a generic head) nor "sizes (S, M, L)" (values).
     */
    boolean alone(String clause) {
        String c = END_MARKS.matcher(clause.strip()).replaceAll("").strip();
        List<int[]> groups = c.endsWith(")") ? groups(c) : List.of();
        if (groups.size() != 1 || groups.get(0)[1] != c.length() - 1) {
            return false;
        }
        int[] g = groups.get(0);
        String noun = prose.trailingNoun(prose.withoutRelative(c.substring(0, g[0])));
        if (noun == null || lex.whStart(Text.fold(noun))) {
            return false;
        }
        List<String> nw = Text.words(Text.fold(noun));
        String head = nw.get(nw.size() - 1);
        String inner = c.substring(g[0] + 1, g[1]);
        List<ListSplitter.Item> items = reader.splitter.split(inner);
        if (lex.generic.contains(head) || lex.generic.contains(Inflector.singularWord(lex.lang, head)) || items.size() < 2
                || !fieldWords(items) || !BracketKinds.fieldList(lex, FieldVocabulary.of(lex), inner)
                || !BracketKinds.kindNoun(lex, FieldVocabulary.of(lex), noun)) {
            return false;
        }
        String name = reader.heads.headName(noun);
        if (name == null) {
            return false;
        }
        reader.addFields(name, items, c);
        return true;
    }

    /** What follows a group when it is "and" and the next kind's list; null otherwise. */
    private String restAfter(String s, int close) {
        String rest = s.substring(close + 1).strip();
        String restFolded = Text.fold(rest);
        List<String> rw = Text.words(restFolded);
        if (rw.isEmpty() || restFolded.length() != rest.length() || !(rest.startsWith(",") || lex.and.contains(rw.get(0)))) {
            return null;
        }
        rest = rest.replaceFirst("^,\\s*", "");
        List<String> restWords = Text.words(Text.fold(rest));
        if (!restWords.isEmpty() && lex.and.contains(restWords.get(0)) && rest.indexOf(' ') > 0) {
            rest = rest.substring(rest.indexOf(' ') + 1).strip();
        }
        return opensList(rest) ? rest : null;
    }

    private boolean kinds(String s, List<int[]> groups, String rest) {
        List<String[]> kinds = new ArrayList<>();
        int from = 0;
        for (int[] g : groups) {
            String before = prose.withoutRelative(s.substring(from, g[0]));
            String noun = prose.trailingNoun(before);
            if (noun == null) {
                noun = aloneAfterColon(before);
            }
            noun = noun == null ? null : ownedBy(before, noun);
            List<ListSplitter.Item> items = reader.splitter.split(s.substring(g[0] + 1, g[1]));
            if (noun == null || items.size() < 2 || !fieldWords(items) || lex.whStart(Text.fold(noun))) {
                return false;
            }
            String name = reader.heads.headName(noun);
            if (name == null) {
                return false;
            }
            kinds.add(new String[] {name, s.substring(g[0] + 1, g[1]), noun});
            from = g[1] + 1;
        }
        for (String[] k : kinds) {
            reader.addFields(k[0], reader.splitter.split(k[1]), k[2] + " (" + k[1] + ")");
        }
        reader.sentence(rest);
        return true;
    }

    /**
     * "die Fahrzeuge der Kunden (…)", "the vehicles of our customers (…)": the group is the first noun's, the
     * second only says whose; the noun itself otherwise ("eine Liste der Filialen (…)": a list is no kind).
     */
    private String ownedBy(String before, String noun) {
        String b = before.strip();
        if (!b.endsWith(noun)) {
            return noun;
        }
        String[] w = b.substring(0, b.length() - noun.length()).strip().split("\\s+");
        int k = w.length - 1;
        while (k >= 1 && (lex.articles.contains(Text.fold(w[k])) || lex.stopwords.contains(Text.fold(w[k])))) {
            k--;
        }
        if (k < 1 || k == w.length - 1) {
            return noun;
        }
        String owner = w[k].replaceAll("[^\\p{L}-]", "");
        String f = Text.fold(owner);
        boolean plural = !Inflector.singularWord(lex.lang, f).equals(f) || lex.lang == Lang.DE && !owner.isEmpty() && Character.isUpperCase(owner.charAt(0));
        boolean named = owner.length() > 2 && plural && !lex.generic.contains(f) && !lex.tool.contains(f) && !lex.stopwords.contains(f)
                && !lex.verbs.contains(f) && !lex.has.contains(f) && FieldTyper.type(lex, f) == org.toolsmith.spec.FieldType.TEXT;
        return named ? owner : noun;
    }

    /** "Ich hätte gern: Objekte (…)": one plural noun right after a colon or comma; null otherwise. */
    private String aloneAfterColon(String before) {
        String b = before.strip();
        int cut = Math.max(b.lastIndexOf(':'), b.lastIndexOf(','));
        if (cut < 0) {
            return null;
        }
        String w = b.substring(cut + 1).strip();
        String f = Text.fold(w);
        boolean plural = !Inflector.singularWord(lex.lang, f).equals(f) || lex.lang == Lang.DE && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
        return w.matches("\\p{L}{3,}") && plural && !lex.stopwords.contains(f) ? w : null;
    }

    /** A word that names a field type or a field of the language in some item ("Baujahr", "adresse"). */
    private boolean fieldWords(List<ListSplitter.Item> items) {
        FieldVocabulary vocabulary = FieldVocabulary.of(lex);
        return reader.fields.someFieldWord(items)
                || items.stream().anyMatch(i -> Text.words(Text.fold(i.text())).stream().anyMatch(vocabulary::isFieldWord));
    }

    /** The rest opens the next kind's list: a colon, a with-word or an each-word in its first eight words, and a list after. */
    private boolean opensList(String rest) {
        String f = Text.fold(rest);
        List<String> w = Text.words(f);
        int colon = rest.indexOf(':');
        boolean opener = colon > 0 && Text.wordCount(rest.substring(0, colon)) <= 8;
        for (int i = 0; i < Math.min(8, w.size()) && !opener; i++) {
            String x = w.get(i);
            opener = lex.withWords.contains(x) && i > 0 || lex.forEach.contains(x) && !lex.per.contains(x) && x.length() > 3;
        }
        return opener && rest.chars().filter(c -> c == ',').count() >= 2;
    }

    /** Depth-zero parenthesised groups as {open, close}; none when the parentheses do not close or there are many. */
    private List<int[]> groups(String s) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int open = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' && depth++ == 0) {
                open = i;
            } else if (c == ')' && depth > 0 && --depth == 0) {
                out.add(new int[] {open, i});
            }
        }
        return depth == 0 && out.size() <= 4 ? out : List.of();
    }
}

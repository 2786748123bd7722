package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * A kind named in passing with its own fields in brackets: "we keep our machines (type, serial number, site) and for
 * each machine the services …", "les bâtiments (adresse, gardien) ont un ou plusieurs ascenseurs …", "los socios
 * (nombre, teléfono, email) y sus cuotas …", "Wohnungen (Adresse, Zimmer, Miete) und dazu die Bewerber …". When the
 * sentence around it was read as about another kind, the plural and its list were lost. After assembly, a plural noun
 * followed by a bracket whose items read as fields (a type word among them, no catch-all value) that no drafted kind
 * is named after becomes a kind holding those fields; a field of another kind named after it becomes a link to it,
 * else the first drafted kind named after the bracket in the request points to it.
 *
 * <p>Not when the noun is a field word itself ("dates (start, end)"), a generic word ("details (phone, email)"), not
 * a plural ("the machine (type, serial)" is read as a field group), when the items read as values ("(violins,
 * cellos, flutes)", "(fridge, freezer, other)"), or when a drafted kind already holds most of those fields. Session 17,
 * k1 (docs/offline-drafting.md).
 */
final class PassingBrackets {
    /** A word and the bracket right after it (no bracket inside). */
    private static final Pattern WORD_BRACKET = Pattern.compile("(\\p{L}[\\p{L}'’-]*)\\s*\\(([^()\\n]{3,200})\\)");
    /** How far after the bracket the kind that points to the new one is looked for, in characters. */
    private static final int OWNER_SPAN = 400;
    private static final int MAX_ITEMS = 12;
    private static final int MAX_ITEM_WORDS = 4;

    private PassingBrackets() {
    }

    static void apply(Lexicon lex, String request, List<DraftEntity> entities) {
        if (request == null || entities.isEmpty() || request.indexOf('(') < 0) {
            return;
        }
        ListSplitter splitter = null;
        FieldReader reader = null;
        Matcher m = WORD_BRACKET.matcher(request);
        while (m.find()) {
            String head = elided(m.group(1));
            String folded = Text.fold(head);
            String one = Inflector.singular(lex.lang, head);
            String oneFolded = Text.fold(one);
            if (head.length() < 3 || oneFolded.equals(folded) || !plainNoun(lex, folded, oneFolded) || named(entities, folded, oneFolded)) {
                continue;
            }
            if (afterPlural(lex, request, m.start()) || verbLike(lex, folded) && !determined(lex, request, m.start())) {
                continue;
            }
            if (splitter == null) {
                splitter = new ListSplitter(lex);
                reader = new FieldReader(lex);
            }
            List<ListSplitter.Item> items = splitter.split(m.group(2));
            if (items.size() < 2 || items.size() > MAX_ITEMS || items.stream().anyMatch(i -> Text.wordCount(i.text()) > MAX_ITEM_WORDS)
                    || reader.valueList(items) || !(reader.someFieldWord(items) || reader.fieldLike(items))) {
                continue;
            }
            List<DraftField> read = reader.readAll(items);
            if (read.size() < 2 || heldElsewhere(entities, read)) {
                continue;
            }
            DraftEntity kind = new DraftEntity(Text.capitalize(one), m.group());
            read.forEach(kind::add);
            if (kind.fields.size() < 2) {
                continue;
            }
            link(lex, request, m.end(), entities, kind, folded, oneFolded);
            entities.add(kind);
        }
    }

    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\s+$");

    /**
     * Whether the word before is a plural too ("fichiers joints (logo, photos)", "spare parts (…)"): the word is then an
     * adjective or the head of a compound, not a kind said on its own. Function words do not count ("les", "unsere").
     */
    private static boolean afterPlural(Lexicon lex, String request, int start) {
        Matcher w = LAST_WORD.matcher(request.substring(Math.max(0, start - 40), start));
        if (!w.find()) {
            return false;
        }
        String f = Text.fold(w.group(1));
        return !lex.stopwords.contains(f) && !lex.articles.contains(f) && !lex.possessives.contains(f)
                && !Text.fold(Inflector.singular(lex.lang, w.group(1))).equals(f);
    }

    /**
     * Spanish endings of a verb or a participle that end in a plural mark ("los menús que ofrecemos (…)", "los tenemos
     * identificados (…)"): such a word names a kind only after an article, a possessive or a determiner, or opening
     * its sentence ("Préstamos (…)", "los pedidos (…)").
     */
    private static boolean verbLike(Lexicon lex, String folded) {
        return lex.lang == Lang.ES && (folded.endsWith("mos") || folded.endsWith("ados") || folded.endsWith("idos"));
    }

    /** Whether an article, a possessive or a determiner is the word before, or no word of its sentence is. */
    private static boolean determined(Lexicon lex, String request, int start) {
        String before = request.substring(Math.max(0, start - 40), start);
        Matcher w = LAST_WORD.matcher(before);
        if (!w.find()) {
            return true;
        }
        String f = Text.fold(w.group(1));
        return lex.articles.contains(f) || lex.possessives.contains(f) || lex.ownerDeterminers.contains(f);
    }

    /** "l'agence" → "agence", "d’Gebäude" stays. */
    static String elided(String w) {
        int q = Math.max(w.indexOf('\''), w.indexOf('’'));
        return q > 0 && q <= 2 ? w.substring(q + 1) : w;
    }

    /** A noun that may name a kind: not a stopword, a generic or tool word, a field word or a status. */
    private static boolean plainNoun(Lexicon lex, String folded, String one) {
        for (String w : new String[] {folded, one}) {
            if (lex.stopwords.contains(w) || lex.generic.contains(w) || lex.tool.contains(w) || lex.statusWords.contains(w)
                    || lex.notFields.contains(w) || lex.attributeWords.contains(w) || FieldTyper.hasTypeWord(lex, w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a drafted kind is named after the noun (or holds it as a word or compound part). */
    private static boolean named(List<DraftEntity> entities, String plural, String one) {
        for (DraftEntity e : entities) {
            if (e.name == null) {
                continue;
            }
            String n = Text.fold(e.name);
            if (n.equals(one) || n.equals(plural) || Text.words(n).contains(one) || Text.words(n).contains(plural)
                    || n.endsWith(one) || one.endsWith(n) && n.length() >= 4) {
                return true;
            }
        }
        return false;
    }

    /** Whether one drafted kind already holds most of the bracket's fields (the list was read, under another name). */
    private static boolean heldElsewhere(List<DraftEntity> entities, List<DraftField> read) {
        for (DraftEntity e : entities) {
            int held = 0;
            for (DraftField f : read) {
                if (e.find(f.label).isPresent()) {
                    held++;
                }
            }
            if (held * 5 >= read.size() * 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * Points a field named after the noun to the new kind; else the first drafted kind named in the request after the
     * bracket gets a link to it.
     */
    private static void link(Lexicon lex, String request, int end, List<DraftEntity> entities, DraftEntity kind, String plural, String one) {
        boolean linked = false;
        for (DraftEntity e : entities) {
            List<DraftField> same = new ArrayList<>();
            for (DraftField f : e.fields) {
                String l = Text.fold(f.label.strip());
                if ((l.equals(one) || l.equals(plural)) && f.type != FieldType.REFERENCE && f.options.isEmpty()) {
                    same.add(f);
                }
            }
            if (same.isEmpty()) {
                continue;
            }
            DraftField first = same.get(0);
            first.type = FieldType.REFERENCE;
            first.target = kind.name;
            first.label = kind.name;
            e.fields.removeAll(same.subList(1, same.size()));
            linked = true;
        }
        if (linked) {
            return;
        }
        String after = Text.fold(request.substring(end, Math.min(request.length(), end + OWNER_SPAN)));
        DraftEntity owner = null;
        int best = Integer.MAX_VALUE;
        for (DraftEntity e : entities) {
            if (e.name == null) {
                continue;
            }
            int at = firstMention(lex, after, e.name);
            if (at >= 0 && at < best) {
                best = at;
                owner = e;
            }
        }
        if (owner != null) {
            new KindLinker(lex).addReference(owner, kind, kind.because);
        }
    }

    /** Where the kind's name, singular or plural stem, first occurs as a word start in the folded text, or -1. */
    private static int firstMention(Lexicon lex, String text, String name) {
        String n = Text.fold(name);
        String one = Text.fold(Inflector.singular(lex.lang, name));
        String stem = one.length() < n.length() ? one : n;
        if (stem.length() < 3) {
            return -1;
        }
        int from = 0;
        while (true) {
            int at = text.indexOf(stem, from);
            if (at < 0) {
                return -1;
            }
            if (at == 0 || !Character.isLetter(text.charAt(at - 1))) {
                return at;
            }
            from = at + 1;
        }
    }
}

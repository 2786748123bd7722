package org.toolsmith.draft.offline;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.toolsmith.spec.FieldType;

/**
 * The words a language uses to name fields, gathered from what the engine already knows: the
 * lexicon's type words and identifier words, and the labels of the archetype catalog. Used to find
 * fields in a message written without commas ({@link RunOnLists}) and to mend misspelled field
 * words ({@link TypoFix}); it never adds a word of its own. Built once per language.
 */
final class FieldVocabulary {
    private static final Map<Lang, FieldVocabulary> CACHE = new ConcurrentHashMap<>();
    private static volatile ArchetypeCatalog catalog;

    /** Single field words ("phone", "date", "quantity", "prenom"). */
    final Set<String> words;
    /** Field phrases of two to four words ("phone number", "date de naissance"). */
    final Set<String> phrases;
    /** Words of the language that are no field head (articles, prepositions, verbs, pronouns …). */
    final Set<String> function;
    /** Prepositions, which may sit inside a field phrase ("duration in hours", "date de naissance"). */
    final Set<String> prepositions;
    final Lang lang;
    /** Words for a detail of someone or something: name, number, code, phone, e-mail, link. */
    private final Set<String> contact;
    /** Field words that may own such a detail: people and plain text words ("owner", "supplier"). */
    private final Set<String> ownerWords;

    private FieldVocabulary(Lexicon lex) {
        lang = lex.lang;
        Set<String> w = new HashSet<>();
        Set<String> p = new HashSet<>();
        Set<String> c = new HashSet<>(lex.identifier);
        Set<String> o = new HashSet<>();
        for (Lexicon.TypeWords tw : lex.types) {
            if (java.util.EnumSet.of(FieldType.PHONE, FieldType.EMAIL, FieldType.URL).contains(tw.type())) {
                c.addAll(tw.words());
            }
            if (tw.type() == FieldType.PERSON) {
                o.addAll(tw.words());
            }
        }
        for (Lexicon.TypeWords tw : lex.types) {
            if (tw.type() == FieldType.BOOLEAN) {
                continue; // "paid", "returned": participles and option values more than field heads
            }
            w.addAll(tw.words());
            tw.phrases().stream().filter(x -> x.indexOf(' ') > 0 && x.split(" ").length <= 4).forEach(p::add);
        }
        w.addAll(lex.identifier);
        for (ArchetypeCatalog.Archetype a : catalog().all()) {
            for (ArchetypeCatalog.Slot s : a.fields()) {
                if (s.type() == FieldType.BOOLEAN) {
                    continue;
                }
                List<String> lw = Text.words(Text.fold(s.label(lex.lang)));
                if (lw.size() == 1) {
                    w.add(lw.get(0));
                } else if (lw.size() <= 4) {
                    p.add(String.join(" ", lw));
                }
            }
        }
        Set<String> f = new HashSet<>(lex.stopwords);
        f.addAll(lex.articles);
        f.addAll(lex.npStop);
        f.addAll(lex.and);
        f.addAll(lex.or);
        f.addAll(lex.pronouns);
        f.addAll(lex.modals);
        f.addAll(lex.possessives);
        f.addAll(lex.subordinators);
        f.addAll(lex.whWords);
        f.addAll(lex.negations);
        f.addAll(lex.verbs);
        f.addAll(lex.greetings);
        f.addAll(lex.questionAux);
        f.addAll(lex.linkAux);
        lex.has.stream().filter(x -> x.indexOf(' ') < 0).forEach(f::add);
        w.removeIf(x -> x.length() < 2 || f.contains(x));
        contact = Set.copyOf(c);
        for (String x : w) {
            if (!c.contains(x) && FieldTyper.type(lex, x) == FieldType.TEXT) {
                o.add(x);
            }
        }
        Set<String> plurals = new HashSet<>();
        o.forEach(x -> plurals.add(x + "s"));
        o.addAll(plurals);
        ownerWords = Set.copyOf(o);
        words = Set.copyOf(w);
        phrases = Set.copyOf(p);
        function = Set.copyOf(f);
        Set<String> pre = new HashSet<>(lex.npStop);
        pre.removeAll(lex.and);
        pre.removeAll(lex.or);
        pre.removeAll(lex.whWords);
        pre.removeAll(lex.subordinators);
        pre.removeAll(lex.relative);
        prepositions = Set.copyOf(pre);
    }

    static FieldVocabulary of(Lexicon lex) {
        return CACHE.computeIfAbsent(lex.lang, l -> new FieldVocabulary(lex));
    }

    private static ArchetypeCatalog catalog() {
        ArchetypeCatalog c = catalog;
        if (c == null) {
            synchronized (FieldVocabulary.class) {
                if (catalog == null) {
                    catalog = ArchetypeCatalog.load();
                }
                c = catalog;
            }
        }
        return c;
    }

    /**
     * Whether field word {@code a} right before field word {@code b} is one field named by whose it
     * is ("owner name", "customer phone", "supplier email"), not two: {@code b} names or reaches
     * something, {@code a} is a person or thing word that names no such detail itself ("name email"
     * stays two fields).
     */
    boolean modifies(String a, String b) {
        String head = b.substring(b.lastIndexOf(' ') + 1);
        return contact.contains(head) && !contact.contains(a.substring(a.lastIndexOf(' ') + 1)) && ownerWords.contains(a);
    }

    /** Whether a folded word names a field by itself; German compounds by their last part ("bestellnummer"). */
    boolean isFieldWord(String w) {
        if (words.contains(w)) {
            return true;
        }
        if (lang == Lang.DE && w.length() >= 7) {
            for (int i = 3; i <= w.length() - 4; i++) {
                if (words.contains(w.substring(i)) && !function.contains(w.substring(i))) {
                    return true;
                }
            }
        }
        return false;
    }
}

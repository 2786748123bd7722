package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * A record said to be for one thing that has become a kind of its own, when nothing links the two yet: "each trip is
 * made with a vehicle", "chaque trajet se fait avec un véhicule", "cada revisión es de una colmena", "jede Durchsicht
 * betrifft einen Bienenstock". After the kinds are made (the thing's details were given elsewhere: "for the vehicles we
 * need …"), the record points to the thing.
 *
 * <p>Keyed on word families, not on the verb: in one sentence an each-word before the record's noun, then an indefinite
 * article before the thing's noun; the thing is a noun an analyst makes a kind of (a party, a person, a vehicle, an
 * asset, a place, an animal, or a kind-worthy noun of {@code kind-nouns.json}), the record is not one of those. A field
 * of the record named after the thing (a text "Vehicle") becomes the link; otherwise a link is added.
 */
final class SaidLinks {
    private SaidLinks() {
    }

    private static final Pattern SENTENCES = Pattern.compile("[.!?;:\\n]+");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}'-]+");
    private static final int MAX_GAP = 8;
    private static final int MAX_REQUEST = 4000;
    private static final Map<Lang, Set<String>> EACH = new EnumMap<>(Map.of(
            Lang.EN, Set.of("each", "every"),
            Lang.FR, Set.of("chaque"),
            Lang.ES, Set.of("cada"),
            Lang.DE, Set.of("jede", "jeder", "jedes", "jeden", "jedem")));
    private static final Map<Lang, Set<String>> ONE = new EnumMap<>(Map.of(
            Lang.EN, Set.of("a", "an", "one"),
            Lang.FR, Set.of("un", "une"),
            Lang.ES, Set.of("un", "una"),
            Lang.DE, Set.of("ein", "eine", "einen", "einem", "einer", "eines")));

    static void apply(Lexicon lex, String request, List<DraftEntity> entities) {
        if (entities.size() < 2 || entities.size() > 4 || request.length() > MAX_REQUEST) {
            return;
        }
        List<List<String>> sentences = new ArrayList<>();
        for (String s : SENTENCES.split(request)) {
            List<String> words = new ArrayList<>();
            for (String w : WORDS.split(Text.fold(s))) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            sentences.add(words);
        }
        for (DraftEntity a : entities) {
            String an = Text.fold(Inflector.singular(lex.lang, a.name));
            if (an.contains(" ") || OwnerLists.owner(lex.lang, a.name) != null) {
                continue;
            }
            for (DraftEntity b : entities) {
                if (b == a || linked(a, b) || linked(b, a) || OwnerLists.owner(lex.lang, b.name) == null) {
                    continue;
                }
                String bn = Text.fold(Inflector.singular(lex.lang, b.name));
                if (!bn.contains(" ") && said(lex.lang, sentences, an, bn)) {
                    link(a, b);
                }
            }
        }
    }

    /** Some sentence says "each A … a B": the each-word right before A, an indefinite article right before B, B a few words after A. */
    private static boolean said(Lang lang, List<List<String>> sentences, String a, String b) {
        for (List<String> w : sentences) {
            for (int i = 1; i < w.size(); i++) {
                if (!EACH.get(lang).contains(w.get(i - 1)) || !same(lang, w.get(i), a)) {
                    continue;
                }
                for (int j = i + 2; j < w.size() && j <= i + MAX_GAP; j++) {
                    if (ONE.get(lang).contains(w.get(j - 1)) && same(lang, w.get(j), b)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The word is the noun, or (German) the noun with a case ending ("Kunden", "Fahrzeugs"). */
    private static boolean same(Lang lang, String word, String noun) {
        if (word.equals(noun)) {
            return true;
        }
        return lang == Lang.DE && word.startsWith(noun) && word.length() - noun.length() <= 2 && noun.length() >= 3;
    }

    private static boolean linked(DraftEntity a, DraftEntity b) {
        return a.fields.stream().anyMatch(f -> f.type == FieldType.REFERENCE && b.name.equals(f.target));
    }

    /** The record's field named after the thing becomes the link; or a link is added first. */
    static void link(DraftEntity a, DraftEntity b) {
        String bn = Text.fold(b.name);
        for (DraftField f : a.fields) {
            if (f.type != FieldType.REFERENCE && Text.fold(f.label).equals(bn)) {
                f.type = FieldType.REFERENCE;
                f.target = b.name;
                f.options.clear();
                return;
            }
        }
        DraftField ref = new DraftField(b.name, FieldType.REFERENCE, a.because);
        ref.target = b.name;
        a.fields.add(0, ref);
    }
}

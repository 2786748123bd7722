package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.toolsmith.spec.FieldType;

/**
 * A kind introduced in passing, by a clause that names it and then lists what is kept about it:
 * "…, and for pupils we only keep name and class", "y del vino guardamos nombre, añada y variedad",
 * "Les clients, on note juste nom et téléphone", "de los clientes nombre, teléfono y dirección",
 * "Bei den Fahrern speichern wir nur Name und Telefon". The opening is the lexicon's {@code for_kind}
 * (or an {@code owner_preps} word and a determiner, or a French/Spanish topic "Les clients, on …"),
 * then the noun, then who records it (a pronoun, the lexicon's {@code passing_adverbs}, a record
 * verb in any order), then a list of two short items at least. No word of any language is in here.
 */
final class PassingKinds {
    private static final EnumSet<FieldType> KIND_TYPES = EnumSet.of(FieldType.TEXT, FieldType.PERSON);

    private PassingKinds() {
    }

    /** Reads the sentence, or a clause of it after ", and", when it opens so; whether it did. */
    static boolean sentence(RequestReader r, String s) {
        String[] whole = read(r, s);
        if (whole != null) {
            add(r, whole, s);
            return true;
        }
        int cut = clauseStart(r, s);
        if (cut < 0) {
            return false;
        }
        String head = s.substring(0, cut).replaceAll("[\\s,;]+$", "");
        String[] tail = read(r, s.substring(cut));
        r.sentence(head);
        add(r, tail, s);
        return true;
    }

    private static void add(RequestReader r, String[] kind, String because) {
        r.addFields(kind[0], r.lead.stripLead(r.splitter.split(kind[1])), because);
    }

    /** Where a passing-kind clause starts after ", and" (or a bare comma before a for-word), or -1. */
    static int clauseStart(RequestReader r, String s) {
        Lexicon lex = r.lex;
        for (int i = s.indexOf(','); i > 0; i = s.indexOf(',', i + 1)) {
            String rest = s.substring(i + 1).strip();
            List<String> w = Text.words(Text.fold(rest));
            if (w.isEmpty() || Text.wordCount(s.substring(0, i)) < 3) {
                continue;
            }
            if (lex.and.contains(w.get(0)) && read(r, rest) != null) {
                return s.indexOf(rest, i);
            }
        }
        return -1;
    }

    /** {kind, list} for a clause that introduces a kind and lists its fields, or null. */
    static String[] read(RequestReader r, String clause) {
        Lexicon lex = r.lex;
        if (clause.indexOf(':') >= 0) {
            return null;
        }
        List<String> w = new ArrayList<>(List.of(clause.strip().split("\\s+")));
        List<String> f = new ArrayList<>(w.stream().map(x -> Text.fold(x.replaceAll("[,;.]+$", ""))).toList());
        int i = 0;
        while (i < f.size() && (lex.and.contains(f.get(i)) || lex.passingAdverbs.contains(f.get(i)))) {
            i++;
        }
        boolean determiner = false;
        boolean topic = false;
        int open = opener(lex.forKind, f, i);
        if (open > i) {
            determiner = open - i >= 2;
            i = open;
        } else if (i + 1 < f.size() && lex.ownerPreps.contains(f.get(i)) && lex.ownerDeterminers.contains(f.get(i + 1))
                && !lex.forEach.contains(f.get(i + 1)) && !lex.forEach.contains(f.get(i) + " " + f.get(i + 1))) {
            determiner = true;
            i += 2;
        } else if (lex.invertedSubjects.isEmpty() && i + 2 < f.size() && lex.ownerDeterminers.contains(f.get(i))
                && !lex.forEach.contains(f.get(i)) && w.get(i + 1).endsWith(",") && lex.pronouns.contains(f.get(i + 2))) {
            // "Les clients, on note juste …": the kind set before the clause
            topic = true;
            determiner = true;
            i++;
        } else {
            return null;
        }
        if (i >= f.size() - 2) {
            return null;
        }
        String noun = w.get(i).replaceAll("[,;.]+$", "");
        if (!lex.invertedSubjects.isEmpty() && determiner && Text.fold(noun).matches(".*[^aeiou]e[lr]n")) {
            // "bei den Fahrern": the dative plural adds an n
            noun = noun.substring(0, noun.length() - 1);
        }
        if (!kindNoun(lex, noun, determiner)) {
            return null;
        }
        boolean comma = w.get(i).endsWith(",");
        i++;
        if (!comma) {
            for (String filler : lex.ownerFillers) {
                List<String> fw = List.of(filler.split(" "));
                if (i + fw.size() < f.size() && fw.equals(f.subList(i, i + fw.size()))) {
                    comma = w.get(i + fw.size() - 1).endsWith(",");
                    i += fw.size();
                    break;
                }
            }
        }
        boolean pronoun = false;
        boolean verb = false;
        boolean adverb = false;
        int start = i;
        while (i < f.size() && i < start + 5) {
            String x = f.get(i);
            if (lex.pronouns.contains(x) && !pronoun) {
                pronoun = true;
            } else if (lex.passingAdverbs.contains(x)) {
                // "only", "juste", "solo", "nur"
                adverb = true;
            } else if (!verb && i + 1 < f.size() && recordVerb(lex, x + " " + f.get(i + 1))) {
                // the longer verb first: "on a besoin du nom" is no verb "a" and a field "besoin du nom"
                verb = true;
                i++;
            } else if (!verb && recordVerb(lex, x)) {
                verb = true;
            } else {
                break;
            }
            if (w.get(i).endsWith(",")) {
                i++;
                break;
            }
            i++;
        }
        if (topic && !(pronoun && verb)) {
            return null;
        }
        if (lex.lang == Lang.EN && verb && !pronoun) {
            // "for pupils keep …" is an order to the reader, not a kind's list
            return null;
        }
        while (verb && i < f.size() - 1 && lex.stopwords.contains(f.get(i)) && !lex.articles.contains(f.get(i))
                && !lex.ownerDeterminers.contains(f.get(i))) {
            i++;
        }
        for (int k = 0; verb && k < 3 && !lex.invertedSubjects.isEmpty() && i < f.size() - 1 && Character.isLowerCase(w.get(i).charAt(0))
                && !lex.articles.contains(f.get(i)); k++) {
            // "reichen uns Adresse, …": in German the first field opens at a capital
            i++;
        }
        String rest = String.join(" ", w.subList(i, w.size())).strip();
        List<ListSplitter.Item> items = r.splitter.split(rest);
        if (items.size() < 2 || items.stream().anyMatch(it -> Text.wordCount(RequestReader.noParens(it.text())) > 5)) {
            return null;
        }
        boolean adverbOnly = adverb && !pronoun && !comma && determiner && items.size() >= 2 && r.fields.fieldish(items);
        if (!verb && !adverbOnly && !(i == start && !comma && determiner && items.size() >= 3 && r.fields.fieldish(items))) {
            // "de los clientes nombre, teléfono y dirección": no verb only for a plain list of three, or a list after
            // "only" and its kin ("for the suppliers just the name and the phone", "pour les salles juste …")
            return null;
        }
        String first = Text.fold(items.get(0).text());
        if (lex.withWords.stream().anyMatch(x -> first.startsWith(x + " ")) || lex.whStart(first) && items.size() < 3) {
            return null;
        }
        for (ListSplitter.Item it : items) {
            List<String> iw = Text.words(Text.fold(it.text()));
            if (iw.stream().anyMatch(lex.pronouns::contains)) {
                // "we keep it, and they sign it": clauses, not fields
                return null;
            }
        }
        if (!saidElsewhere(r, noun)) {
            // "for emergencies we keep a phone number": a kind in passing is one another record names
            return null;
        }
        return new String[] {Text.capitalize(Inflector.singular(lex.lang, noun)), rest};
    }

    /** Whether the noun (any number) appears twice at least in the whole request: here and where a record names it. */
    private static boolean saidElsewhere(RequestReader r, String noun) {
        String one = Inflector.singularWord(r.lex.lang, Text.fold(noun));
        long n = Text.words(Text.fold(r.request)).stream().filter(x -> x.equals(one) || Inflector.singularWord(r.lex.lang, x).equals(one)).count();
        return n >= 2;
    }

    /** The index after the longest opening of the list that the words start with at i, or i. */
    private static int opener(List<String> openings, List<String> f, int i) {
        for (String o : openings) {
            List<String> ow = List.of(o.split(" "));
            if (i + ow.size() <= f.size() && ow.equals(f.subList(i, i + ow.size()))) {
                return i + ow.size();
            }
        }
        return i;
    }

    private static boolean recordVerb(Lexicon lex, String x) {
        return lex.recordVerbs.contains(x) || lex.passingVerbs.contains(x);
    }

    /** A noun that can name a kind: no small word, no typed word ("dates", "costs"), plural in English without a determiner. */
    private static boolean kindNoun(Lexicon lex, String noun, boolean determiner) {
        String fn = Text.fold(noun);
        if (noun.length() < 3 || !noun.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                || lex.stopwords.contains(fn) || lex.articles.contains(fn) || lex.pronouns.contains(fn) || lex.forEach.contains(fn)
                || lex.generic.contains(fn) || lex.tool.contains(fn)) {
            return false;
        }
        if (!lex.invertedSubjects.isEmpty() && !Character.isUpperCase(noun.charAt(0))) {
            return false;
        }
        String singular = Text.fold(Inflector.singular(lex.lang, noun));
        if (!KIND_TYPES.contains(FieldTyper.type(lex, singular)) || lex.statusWords.contains(singular)) {
            return false;
        }
        return determiner || lex.lang != Lang.EN || !singular.equals(fn);
    }
}

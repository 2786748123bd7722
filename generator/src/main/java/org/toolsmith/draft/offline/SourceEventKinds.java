package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * Events that hang off a main record, said with details of their own: "each call-out is noted with the day, the
 * fitter …", "le suivi de chaque révision avec le jour, le garage et le prix", "en cada limpieza quién la hizo …",
 * "ein Wartungsprotokoll mit Datum, Techniker …". An analyst keeps such events as a kind of their own that points to
 * the main record (a thing has many visits, repairs, payments); read as one list, their details had become fields
 * of the main kind.
 *
 * <p>After assembly, an event or record noun (visit, service, repair, inspection, move, payment, delivery, session,
 * ride, loan, booking, reading, cleaning … in four languages; German compounds ending in one) said with a sign of
 * repetition beside it (each, every, several, log, history, diary …; not "per", which says a rate; the words are in
 * {@code lexicon/kind-nouns.json}) is the head of the details said after it in the same sentence. When two or more fields of one drafted kind
 * come from there, one of them a date, a time, a person, an amount or a result, and that kind is not itself named
 * after the event, those fields move to a new kind named after the event, which points to the kind that held them.
 * A field that only named the event ("Every call-out", "Journal des pesées avec date") goes, or keeps what followed
 * "with". When nothing else was left on the kind and another kind carries its name (the request named the main record
 * twice), the kind is renamed after the event and points to that other kind instead.
 *
 * <p>Not when the event noun is the kind's own name, when a kind of that event is drafted already, nor without a sign
 * of repetition ("the next service date" stays a field).
 */
final class SourceEventKinds {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;\\n]");
    /** How many words before the event noun a sign of repetition may stand, and after it ("visit log"). */
    private static final int SIGN_BEFORE = 4;
    private static final int SIGN_AFTER = 2;
    private static final int MIN_DETAILS = 2;
    /** The shortest German head a compound may end in ("-wartung", "-besuch"). */
    private static final int MIN_COMPOUND_HEAD = 5;

    /** Types that are details of their own of an event: when, who, how much, what came of it. */
    private static final Set<FieldType> DETAIL = java.util.EnumSet.of(FieldType.DATE, FieldType.DATETIME, FieldType.PERSON,
            FieldType.MONEY, FieldType.BOOLEAN, FieldType.FILE);

    private SourceEventKinds() {
    }

    /** A word of the folded request and where it stands. */
    private record Word(String text, int start, int end) {
    }

    /** Events and parts of each language, one set (parts first: "Bestellposition" ends in a part, not in an event). */
    private static final Map<Lang, Set<String>> HEADS = heads();

    private static Map<Lang, Set<String>> heads() {
        Map<Lang, Set<String>> out = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) {
            KindNouns n = KindNouns.of(l);
            if (n != null) {
                Set<String> all = new LinkedHashSet<>(n.parts());
                all.addAll(n.events());
                out.put(l, Collections.unmodifiableSet(all));
            }
        }
        return out;
    }

    static void apply(Lexicon lex, String request, List<DraftEntity> entities) {
        Set<String> events = HEADS.get(lex.lang);
        if (request == null || entities.isEmpty() || events == null) {
            return;
        }
        String folded = Text.fold(request);
        List<Word> words = new ArrayList<>();
        for (Matcher m = WORD.matcher(folded); m.find();) {
            words.add(new Word(m.group(), m.start(), m.end()));
        }
        KindLinker linker = new KindLinker(lex);
        Set<String> done = new HashSet<>();
        for (int k = 0; k < words.size(); k++) {
            String noun = event(lex, events, words.get(k).text());
            if (noun == null || done.contains(noun) || !signed(lex, folded, words, k) && !perKind(lex, folded, words, k, entities)) {
                continue;
            }
            int to = sentenceEnd(folded, words.get(k).end());
            // "order lines", "time entries": an English part keeps the noun before it in its name
            String modifier = lex.lang == Lang.EN && k > 0 && KindNouns.of(lex.lang).parts().contains(noun)
                    && joined(folded, words.get(k - 1), words.get(k)) && modifier(lex, words.get(k - 1).text()) ? words.get(k - 1).text() : null;
            if (split(lex, linker, request, folded, entities, noun, words.get(k), to, modifier)) {
                done.add(noun);
            }
        }
    }

    /** The event noun a word is (singular, folded), or null; German compounds ending in one count. */
    static String event(Lexicon lex, Set<String> events, String word) {
        String w = PassingBrackets.elided(word);
        String one = Text.fold(Inflector.singularWord(lex.lang, w));
        if (events.contains(one)) {
            return one;
        }
        if (events.contains(w)) {
            return w;
        }
        if (lex.lang == Lang.DE) {
            for (String e : events) {
                if (compoundOf(one, e)) {
                    return one;
                }
                if (e.length() >= MIN_COMPOUND_HEAD && one.startsWith(e) && logWord(one)) {
                    // "Wartungsprotokoll", "Besuchsliste": the log of an event
                    return e;
                }
            }
        }
        return null;
    }

    /** Whether a folded German word is a compound ending in the head ("arbeitsschritt" in "schritt"). */
    static boolean compoundOf(String word, String head) {
        return head.length() >= MIN_COMPOUND_HEAD && word.length() > head.length() + 2 && word.endsWith(head);
    }

    /**
     * Whether a sign of repetition governs the noun: "every visit", "each of the inspections", "a log of every tuning",
     * "journal des pesées", "visit log", with nothing but small words between them and no comma or bracket.
     */
    static boolean signed(Lexicon lex, String folded, List<Word> words, int k) {
        Set<String> every = KindNouns.of(lex.lang).every();
        Set<String> logs = KindNouns.of(lex.lang).logs();
        for (int i = k - 1; i >= Math.max(0, k - SIGN_BEFORE) && joined(folded, words.get(i), words.get(i + 1)); i--) {
            String w = PassingBrackets.elided(words.get(i).text());
            if (every.contains(w) || logs.contains(w) || lex.lang == Lang.DE && logWord(w)) {
                return true;
            }
            if (!lex.stopwords.contains(w) && !lex.articles.contains(w) && !(lex.lang == Lang.EN && (i == k - 1 && modifier(lex, w) || w.equals("up")))) {
                return false;
            }
        }
        for (int i = k + 1; i <= Math.min(words.size() - 1, k + SIGN_AFTER) && joined(folded, words.get(i - 1), words.get(i)); i++) {
            String w = words.get(i).text();
            if (logs.contains(w) || lex.lang == Lang.DE && logWord(w)) {
                return true;
            }
        }
        return lex.lang == Lang.DE && logWord(words.get(k).text());
    }

    /** "several order lines", "many time entries": an English noun before the head, not a sign or a verb ("made up of" skips its "up"). */
    private static boolean modifier(Lexicon lex, String w) {
        return !KindNouns.of(lex.lang).every().contains(w) && !KindNouns.of(lex.lang).logs().contains(w) && !lex.withWords.contains(w)
                && !lex.stopwords.contains(w) && !lex.articles.contains(w) && !lex.pronouns.contains(w) && !lex.per.contains(w);
    }

    /** How many words after the noun a per-word may stand ("readings are recorded per meter"). */
    private static final int PER_AFTER = 4;

    /**
     * "Readings are recorded per meter, with …", "les relevés sont saisis par compteur", "die Ablesungen werden pro
     * Zähler erfasst": a per-word after the noun (nothing but words between, no comma) before a drafted kind's name says
     * the noun's records come many to each of that kind. "Per" alone says a rate ("hours per week"), so only before a
     * kind drafted. The noun must be said in the plural: "one entry per van" is the van's own record.
     */
    private static boolean perKind(Lexicon lex, String folded, List<Word> words, int k, List<DraftEntity> entities) {
        String said = words.get(k).text();
        if (Text.fold(Inflector.singularWord(lex.lang, said)).equals(said)) {
            // "one entry per van", "une fiche par client": one record per kind is that kind's own record
            return false;
        }
        for (int i = k + 1; i < words.size() - 1 && i <= k + PER_AFTER && joined(folded, words.get(i - 1), words.get(i)); i++) {
            if (!lex.per.contains(words.get(i).text()) || !joined(folded, words.get(i), words.get(i + 1))) {
                continue;
            }
            String next = Text.fold(Inflector.singularWord(lex.lang, words.get(i + 1).text()));
            for (DraftEntity e : entities) {
                List<String> name = e.name == null ? List.of() : Text.words(Text.fold(e.name));
                if (!name.isEmpty() && (name.get(0).equals(next) || name.get(name.size() - 1).equals(next))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether only spaces stand between two words (no comma, colon, bracket or sentence end). */
    private static boolean joined(String folded, Word a, Word b) {
        for (int i = a.end(); i < b.start(); i++) {
            if (!Character.isWhitespace(folded.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A German compound that ends in a log ("Wartungsprotokoll", "Fahrtenbuch", "Besuchsliste"). */
    private static boolean logWord(String w) {
        return w.endsWith("protokoll") || w.endsWith("buch") || w.endsWith("liste") || w.endsWith("verlauf") || w.endsWith("historie");
    }

    private static int sentenceEnd(String folded, int from) {
        Matcher m = SENTENCE_END.matcher(folded);
        return m.find(from) ? m.start() : folded.length();
    }

    /**
     * Moves the fields of one kind said after the event noun (up to {@code to}) to a kind of that event; whether it did.
     */
    private static boolean split(Lexicon lex, KindLinker linker, String request, String folded, List<DraftEntity> entities,
            String noun, Word at, int to, String modifier) {
        if (linker.find(entities, noun).isPresent()) {
            return false;
        }
        DraftEntity owner = null;
        List<DraftField> moved = List.of();
        DraftField naming = null;
        for (DraftEntity e : entities) {
            List<DraftField> here = new ArrayList<>();
            DraftField name = null;
            int pos = 0;
            for (DraftField f : e.fields) {
                if (f.because == null || f.because.isBlank()) {
                    continue;
                }
                String fb = Text.fold(f.because);
                int i = folded.indexOf(fb, pos);
                if (i < 0) {
                    i = folded.indexOf(fb);
                }
                if (i < 0) {
                    continue;
                }
                pos = i;
                if (i <= at.start() && i + fb.length() >= at.end()) {
                    name = f;
                } else if (i >= at.end() && i < to) {
                    here.add(f);
                }
            }
            if (here.size() > moved.size()) {
                owner = e;
                moved = here;
                naming = name;
            }
        }
        if (owner == null || moved.size() + (naming == null ? 0 : 1) < MIN_DETAILS || ownName(lex, owner, noun)) {
            return false;
        }
        if (naming != null && !namesEvent(lex, naming.label, noun)) {
            // "registration number", "hora de salida": the noun only qualifies another
            return false;
        }
        DraftField withPart = naming == null ? null : afterWith(lex, naming);
        List<DraftField> details = new ArrayList<>(moved);
        if (withPart != null) {
            details.add(0, withPart);
        }
        // a part (a line, a step, a comment …) is told by any detail that is not plain text ("quantity", "duration")
        boolean part = KindNouns.of(lex.lang).parts().contains(noun);
        if (details.size() < MIN_DETAILS || details.stream().noneMatch(f -> DETAIL.contains(f.type) || part && f.type != FieldType.TEXT)) {
            return false;
        }
        DraftField nameField = naming;
        List<DraftField> said = moved;
        List<DraftField> rest = owner.fields.stream()
                .filter(f -> !said.contains(f) && f != nameField && f.type != FieldType.REFERENCE && !f.suggested).toList();
        String name = Text.capitalize((modifier == null ? "" : modifier + " ") + original(lex.lang, request, noun));
        if (rest.isEmpty()) {
            // the kind held only the events: it is the events', and the main record is the other kind of its name
            DraftEntity self = owner;
            Optional<DraftEntity> main = entities.stream().filter(e -> e != self && e.name != null && self.name != null
                    && Text.fold(e.name).equals(Text.fold(self.name))).findFirst();
            if (main.isEmpty()) {
                return false;
            }
            owner.fields.remove(naming);
            if (withPart != null) {
                owner.fields.add(owner.fields.indexOf(moved.get(0)), withPart);
            }
            String old = owner.name;
            owner.name = name;
            main.get().fields.removeIf(f -> f.type == FieldType.REFERENCE && f.target != null
                    && (Text.fold(f.target).equals(Text.fold(old)) || Text.fold(f.target).equals(Text.fold(name))));
            linker.addReference(owner, main.get(), owner.because);
            return true;
        }
        DraftEntity kind = new DraftEntity(name, naming == null ? moved.get(0).because : naming.because);
        details.forEach(kind::add);
        owner.fields.removeAll(moved);
        if (naming != null) {
            owner.fields.remove(naming);
        }
        linker.addReference(kind, owner, kind.because);
        entities.add(entities.indexOf(owner) + 1, kind);
        return true;
    }

    /**
     * Whether the kind is named after the event itself ("Visit", "Service log", "Wartungen"): the noun is its head, or
     * it stands with a log word ("Maintenance history"); not a plan or a queue of them ("Plan de lavage").
     */
    private static boolean ownName(Lexicon lex, DraftEntity e, String noun) {
        if (e.name == null) {
            return false;
        }
        List<String> words = Text.words(Text.fold(e.name));
        if (words.isEmpty()) {
            return false;
        }
        String head = FieldTyper.head(lex, words);
        for (String w : words) {
            String one = Text.fold(Inflector.singularWord(lex.lang, w));
            if (lex.lang == Lang.DE && (one.endsWith(noun) || one.startsWith(noun))) {
                return true;
            }
            if ((one.equals(noun) || w.equals(noun))
                    && (w.equals(head) || KindNouns.of(lex.lang).logs().contains(head) || words.size() == 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a label is about the event itself ("Every call-out", "À chaque lavage", "Journal des pesées avec date",
     * "Protokoll jeder Wartung mit Datum"), not a field the noun only qualifies ("Registration number", "hora de salida").
     */
    private static boolean namesEvent(Lexicon lex, String label, String noun) {
        List<String> words = new ArrayList<>();
        for (String w : Text.words(Text.fold(label))) {
            words.add(PassingBrackets.elided(w));
        }
        int at = -1;
        for (int i = 0; i < words.size() && at < 0; i++) {
            String one = Text.fold(Inflector.singularWord(lex.lang, words.get(i)));
            if (one.equals(noun) || words.get(i).equals(noun) || lex.lang == Lang.DE && (one.endsWith(noun) || one.startsWith(noun))) {
                at = i;
            }
        }
        if (at < 0) {
            return false;
        }
        if (lex.lang.headLast()) {
            // the head comes last: nothing but small words may follow the noun
            return at == words.size() - 1 || small(lex, words.get(at + 1));
        }
        // the head comes first: the first word that says something is the noun or a log
        for (String w : words) {
            if (!small(lex, w) && !KindNouns.of(lex.lang).every().contains(w)) {
                return w.equals(words.get(at)) || KindNouns.of(lex.lang).logs().contains(w);
            }
        }
        return false;
    }

    private static boolean small(Lexicon lex, String w) {
        return lex.stopwords.contains(w) || lex.articles.contains(w);
    }

    /** "Journal des pesées avec date": the field said after "with" in a label that named the event, or null. */
    private static DraftField afterWith(Lexicon lex, DraftField f) {
        String label = f.label;
        String low = Text.fold(label);
        for (String w : lex.withWords) {
            int i = Text.indexOfPhrase(low, w);
            if (i > 0) {
                String rest = label.substring(Math.min(label.length(), i + w.length())).strip();
                if (!rest.isEmpty() && Text.fold(rest).equals(low.substring(Math.min(low.length(), i + w.length())).strip())) {
                    DraftField d = new DraftField(Text.capitalize(rest), f.type, rest);
                    d.options(f.options);
                    return d;
                }
            }
        }
        return null;
    }

    /** The noun as the request wrote it (accents kept), singular. */
    private static String original(Lang lang, String request, String noun) {
        for (Matcher m = WORD.matcher(request); m.find();) {
            String w = Inflector.singularWord(lang, PassingBrackets.elided(m.group()));
            if (Text.fold(w).equals(noun)) {
                return w.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return noun;
    }
}

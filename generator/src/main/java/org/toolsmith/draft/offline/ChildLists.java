package org.toolsmith.draft.offline;

import java.util.List;
import org.toolsmith.spec.FieldType;

/**
 * The records a kind has many of, named in the plural between "for each X" and their list: "For every
 * tool we keep its repairs - the date, …", "Pour chaque gîte on garde les réservations : …", "Sur
 * chaque chantier il y a des interventions : …", "Each show has performances (date, time, …)", or
 * the other way round, "the certifications of each site with …", "las certificaciones de cada obra
 * con …", "die Spiele jeder Mannschaft: …". The plural names a kind of its own that holds the list
 * and points to the owner (when the owner is drafted); before, the list went to the owner.
 */
final class ChildLists {
    private final RequestReader reader;
    private final Lexicon lex;

    ChildLists(RequestReader reader) {
        this.reader = reader;
        this.lex = reader.lex;
    }

    /** Reads the sentence when it has this shape (the child's fields added, its link noted); false otherwise. */
    boolean read(String s) {
        int open = opener(s);
        if (open <= 0) {
            return false;
        }
        String head = s.substring(0, open);
        String list = s.substring(open).replaceFirst("^\\s*(?:[:(\\-–]|\\p{L}+)\\s*", "");
        if (s.charAt(open) == '(' || s.startsWith(" (", open)) {
            int close = list.indexOf(')');
            if (close < 0 || !list.substring(close + 1).replaceAll("[\\s.!]", "").isEmpty()) {
                return false;
            }
            list = list.substring(0, close);
        }
        List<String> hw = Text.words(Text.fold(head));
        if (hw.size() > 12) {
            return false;
        }
        int[] owner = owner(hw);
        if (owner == null) {
            // "During an inspection we can raise any number of hazards: …": a count word before the plural, and a
            // kind drafted before named in the heading
            return severalOfKnown(s, head, hw, list);
        }
        String ownerWord = Inflector.singularWord(lex.lang, hw.get(owner[1]));
        String childPhrase;
        if (owner[1] >= hw.size() - 2) {
            // "las certificaciones de cada obra": the child before the owner phrase, its preposition cut
            childPhrase = childNoun(cutBefore(head, hw, owner[0]));
        } else {
            childPhrase = childNoun(head);
        }
        if (childPhrase == null) {
            return false;
        }
        if (owner[1] < hw.size() - 2 && listBefore(head, hw.get(owner[1]), childPhrase)) {
            // "En cada visita anotamos la fecha, el técnico y los productos usados (…)": the plural ends a list of the
            // owner's own fields, read as such (NestedKinds)
            return false;
        }
        if (owner[2] == 1 && subject(hw, owner[0]) && !counted(Text.fold(before(head, childPhrase)))) {
            // "Each order goes to a supplier: …": a link clause of the owner, read elsewhere; "Each show has performances (…)" counts
            return false;
        }
        String childFolded = Text.fold(Inflector.singular(lex.lang, childPhrase));
        List<String> cw = Text.words(childFolded);
        FieldType childType = FieldTyper.type(lex, childFolded);
        if (cw.isEmpty() || childFolded.equals(ownerWord) || cw.stream().anyMatch(w -> lex.generic.contains(w) || lex.stopwords.contains(w))
                || childType != FieldType.TEXT && !several(Text.fold(before(head, childPhrase)))
                        && childType != FieldType.CHOICE
                || lex.peopleKinds.contains(childFolded)) {
            return false;
        }
        // a word that is also a choice field ("shifts", "créneaux") names records only before a list of three fields
        boolean choiceWord = childType == FieldType.CHOICE;
        List<ListSplitter.Item> items = childItems(list, choiceWord ? 3 : 2);
        if (items == null || choiceWord && items.stream().filter(i -> FieldTyper.hasTypeWord(lex, Text.fold(i.text()))).count() < 2) {
            return false;
        }
        String name = Text.capitalize(Inflector.singular(lex.lang, childPhrase.strip()));
        reader.addFields(name, items, s);
        reader.out.aboutLinks.add(new String[] {name, ownerWord, s});
        return true;
    }

    /** The child's fields: at least {@code min} short items, half of the list or more, one naming a field type; or null. */
    private List<ListSplitter.Item> childItems(String list, int min) {
        List<ListSplitter.Item> all = reader.lead.stripLead(reader.splitter.split(list));
        // "cost - so we know when to bin it": an aside among the fields is left out, not a reason to give up
        List<ListSplitter.Item> items = all.stream().filter(i -> Text.wordCount(i.text()) <= 6 && !aside(i.text())).toList();
        return items.size() < min || items.size() * 2 < all.size() || !reader.fields.someFieldWord(items) ? null : items;
    }

    /**
     * The heading ends on a count word and a plural ("any number of hazards", "plusieurs anomalies") and names a
     * kind the request drafted before ("during an inspection"): the plural is many records of that kind, with
     * the list as their fields.
     */
    private boolean severalOfKnown(String s, String head, List<String> hw, String list) {
        String childPhrase = childNoun(head);
        if (childPhrase == null) {
            return false;
        }
        // the whole count phrase ("any number of", "plusieurs"), not only its last word ("a list of")
        String lead = " " + String.join(" ", Text.words(Text.fold(head.substring(0, Math.max(0, head.lastIndexOf(childPhrase))))));
        if (lex.several.stream().noneMatch(p -> lead.endsWith(" " + String.join(" ", Text.words(p))))) {
            return false;
        }
        String childFolded = Text.fold(Inflector.singular(lex.lang, childPhrase));
        List<String> cw = Text.words(childFolded);
        String owner = null;
        for (DraftEntity e : reader.out.entities) {
            String en = Text.fold(e.name);
            if (e.fields.isEmpty() || en.equals(childFolded) || Text.words(en).size() != 1) {
                continue;
            }
            for (int i = 0; i + cw.size() < hw.size() && owner == null; i++) {
                if (Inflector.singularWord(lex.lang, hw.get(i)).equals(en)) {
                    owner = e.name;
                }
            }
        }
        for (int i = 1; owner == null && i + cw.size() < hw.size(); i++) {
            // "during an inspection", "lors d'une inspection", "bei der Prüfung": the thing after an article, linked
            // when that kind is drafted (the main kind is named only later)
            String w = hw.get(i);
            if (lex.articles.contains(hw.get(i - 1)) && w.length() > 3 && !lex.stopwords.contains(w) && !lex.pronouns.contains(w)
                    && !lex.articles.contains(w) && FieldTyper.type(lex, w) == FieldType.TEXT && !several(w)) {
                owner = Inflector.singularWord(lex.lang, w);
            }
        }
        if (owner == null || cw.isEmpty() || cw.stream().anyMatch(w -> lex.generic.contains(w) || lex.stopwords.contains(w))
                || lex.peopleKinds.contains(childFolded)) {
            return false;
        }
        if (childItems(list, 3) == null) {
            return false;
        }
        String name = Text.capitalize(Inflector.singular(lex.lang, childPhrase.strip()));
        reader.addFields(name, reader.lead.stripLead(reader.splitter.split(list)), s);
        reader.out.links.add(new String[] {name, owner, s});
        return true;
    }

    /** Whether the words between the owner and the child are a list that the child ends ("la fecha, el técnico y …"). */
    private boolean listBefore(String head, String ownerWord, String childPhrase) {
        String f = Text.fold(head);
        int from = f.indexOf(ownerWord);
        int to = head.lastIndexOf(childPhrase);
        if (from < 0 || to <= from || f.length() != head.length()) {
            return false;
        }
        return reader.splitter.split(head.substring(from + ownerWord.length(), to + childPhrase.length())).size() >= 3;
    }

    /** Whether the for-each word opens the clause as its subject ("Each show has …", "Und jede Abrechnung …"). */
    private boolean subject(List<String> hw, int at) {
        int i = 0;
        while (i < at && lex.and.contains(hw.get(i))) {
            i++;
        }
        return i == at;
    }

    /** The word right before the child phrase in the head. */
    private static String before(String head, String child) {
        int at = head.lastIndexOf(child);
        String[] w = (at < 0 ? "" : head.substring(0, at)).strip().split("\\s+");
        return w.length == 0 ? "" : w[w.length - 1];
    }

    /** An item that reads as a remark: a clause with a subject pronoun ("so we know when to bin it"). */
    private boolean aside(String item) {
        List<String> w = Text.words(Text.fold(item));
        return w.size() >= 3 && w.stream().anyMatch(x -> lex.pronouns.contains(x) && !lex.articles.contains(x)) && !lex.whStart(Text.fold(item));
    }

    /**
     * The plural noun phrase that ends {@code before} (one or two words), opened by an article, a
     * possessive, a count word or a has-verb: "its repairs", "des interventions", "plusieurs licences",
     * "die Spiele"; null otherwise.
     */
    private String childNoun(String before) {
        String[] w = before.strip().split("\\s+");
        if (w.length < 2) {
            return null;
        }
        String last = w[w.length - 1].replaceAll("[^\\p{L}-]", "");
        String fl = Text.fold(last);
        boolean plural = !Inflector.singularWord(lex.lang, fl).equals(fl) || lex.lang == Lang.DE && !last.isEmpty() && Character.isUpperCase(last.charAt(0));
        if (last.length() < 3 || !plural || lex.stopwords.contains(fl)) {
            return null;
        }
        if (w.length >= 4 && IN_GROUPS.contains(Text.fold(w[w.length - 2])) && opens(Text.fold(w[w.length - 4]).replaceAll("[^\\p{L}']", ""))) {
            // "we need volunteers in shifts", "il faut des bénévoles en créneaux": the records are the groups they come in
            String people = Text.fold(w[w.length - 3]);
            if (!Inflector.singularWord(lex.lang, people).equals(people)) {
                return last.replaceAll("[^\\p{L}-]", "");
            }
        }
        for (int n = 1; n <= 2 && w.length - n - 1 >= 0; n++) {
            String opener = Text.fold(w[w.length - n - 1]).replaceAll("[^\\p{L}']", "");
            if (opens(opener)) {
                return String.join(" ", java.util.Arrays.copyOfRange(w, w.length - n, w.length)).replaceAll("[^\\p{L}\\s-]", "");
            }
            if (lex.stopwords.contains(opener) || lex.and.contains(opener)) {
                return null;
            }
        }
        return null;
    }

    /** The preposition of "people in shifts", "bénévoles en créneaux", "voluntarios en turnos", "Helfer in Schichten". */
    private static final java.util.Set<String> IN_GROUPS = java.util.Set.of("in", "en");

    /** German determiners that can open a plural ("die Spiele", "ihre Fahrzeuge"); "einen Lieferanten" is one thing. */
    private static final java.util.Set<String> GERMAN_PLURAL = java.util.Set.of("die", "den", "ihre", "ihren", "seine", "seinen",
            "unsere", "unseren", "alle", "allen", "mehrere", "viele", "keine");

    private boolean opens(String f) {
        if (lex.and.contains(f)) {
            return false;
        }
        if (lex.articles.contains(f)) {
            return lex.lang != Lang.DE || GERMAN_PLURAL.contains(f);
        }
        return counted(f);
    }

    /** A word that ends a several-phrase ("lots of", "several", "plusieurs"): what follows is many records, whatever its type alone. */
    private boolean several(String f) {
        return lex.several.stream().map(Text::words).anyMatch(pw -> !pw.isEmpty() && pw.get(pw.size() - 1).equals(f));
    }

    /** A has-verb or a count word: "has performances", "plusieurs licences", "varios alumnos". */
    private boolean counted(String f) {
        if (lex.has.contains(f)) {
            return true;
        }
        for (List<String> phrases : List.of(lex.several, lex.numberWords, lex.weHave)) {
            for (String p : phrases) {
                List<String> pw = Text.words(p);
                if (!pw.isEmpty() && pw.get(pw.size() - 1).equals(f)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the list opens: a colon, a parenthesis, a dash or a with-word, or -1. */
    private int opener(String s) {
        int best = -1;
        for (String o : List.of(":", " (", " - ", " – ")) {
            int at = s.indexOf(o);
            if (at > 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        String f = Text.fold(s);
        if (f.length() == s.length()) {
            for (String w : lex.withWords) {
                int at = w.contains(" ") ? -1 : f.indexOf(" " + w + " ");
                if (at > 0 && (best < 0 || at < best)) {
                    best = at;
                }
            }
        }
        return best;
    }

    /** A kind of people owns records as well as a thing does ("each owner can have a few pets - …"). */
    private static final java.util.Set<FieldType> OWNER_TYPES = java.util.EnumSet.of(FieldType.TEXT, FieldType.PERSON);

    /** {index of the for-each phrase's first word, index of the owner noun, the phrase's length} in the head's words, or null. */
    private int[] owner(List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            for (String fe : lex.forEach) {
                List<String> p = Text.words(fe);
                // "per" alone is too common ("per week", "par mois"); the others name every one of a kind
                if (p.isEmpty() || lex.per.contains(fe) || !each(p.get(p.size() - 1)) || i + p.size() >= w.size()
                        || !w.subList(i, i + p.size()).equals(p)) {
                    continue;
                }
                int k = i + p.size();
                String noun = w.get(k);
                if (noun.length() > 2 && !lex.stopwords.contains(noun) && !lex.articles.contains(noun) && !lex.pronouns.contains(noun)
                        && OWNER_TYPES.contains(FieldTyper.type(lex, Inflector.singularWord(lex.lang, noun)))) {
                    return new int[] {i, k, p.size()};
                }
            }
        }
        return null;
    }

    /** "each", "chaque", "cada", "jedem": a word that alone says every one of a kind ("zum", "zu einem" do not). */
    private boolean each(String word) {
        return word.length() > 3 && lex.forEach.contains(word) && !lex.per.contains(word) && !lex.articles.contains(word);
    }

    /** The head as written up to the for-each phrase, without the small word that joins them ("of", "de", "zu"). */
    private String cutBefore(String head, List<String> hw, int phraseAt) {
        String f = Text.fold(head);
        int pos = 0;
        for (int i = 0; i < phraseAt; i++) {
            pos = f.indexOf(hw.get(i), pos) + hw.get(i).length();
        }
        String before = head.substring(0, Math.min(pos, head.length()));
        List<String> bw = Text.words(Text.fold(before));
        if (!bw.isEmpty() && (lex.stopwords.contains(bw.get(bw.size() - 1)) || lex.linkPreps.contains(bw.get(bw.size() - 1)))) {
            before = before.replaceFirst("\\s*\\S+\\s*$", "");
        }
        return before;
    }
}

package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;

/**
 * A yes/no question in a list, "do they need catering?", "is it urgent?", "has it been paid?": the field is
 * what is asked about ("Catering", "Urgent", "Paid"), not the auxiliary that opens the question ("Do").
 * Said without its question mark ("did it pass", "has the owner been contacted", "wurde es bezahlt") it is the same
 * question: an auxiliary before a subject opens it, and the field is named from the predicate ("Passed",
 * "Owner contacted", "Bezahlt").
 */
final class AskedYesNo {
    private AskedYesNo() {
    }

    /** Whether an item opens as a yes/no question: an auxiliary ("did", "hat", "est-ce") then a subject or article. */
    static boolean opens(Lexicon lex, String item) {
        String[] words = item.strip().split("\\s+");
        if (words.length < 3) {
            return false;
        }
        String aux = Text.fold(words[0]);
        String subject = Text.fold(words[1]);
        if (!lex.questionAux.contains(aux) || lex.pronouns.contains(aux)) {
            return false;
        }
        if (!lex.articles.contains(subject)) {
            return lex.subjectWords.contains(subject) || lex.pronouns.contains(subject);
        }
        if (!lex.has.contains(aux) && (lex.lang == Lang.EN || lex.lang == Lang.DE)) {
            // "was the invoice sent", "did the client pay", "wurde der Bericht geschickt": only a has-verb before an
            // article may state ("has a pool"); a Spanish or French "es el técnico principal" / "est le responsable"
            // states, its question shows only by its marks (or the French inversion "a-t-il")
            return true;
        }
        // "has the owner been contacted": a noun subject, then the question's own auxiliary; "has a pool" states
        for (int i = 3; i < words.length; i++) {
            String w = Text.fold(words[i]);
            if (lex.subjectWords.contains(w) && !lex.articles.contains(w) && !lex.has.contains(w) && !lex.pronouns.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The label the question asks about, or the question itself when it opens with no auxiliary and subject. */
    static String label(Lexicon lex, String question) {
        String[] words = question.strip().split("\\s+");
        if (words.length < 3 || !lex.questionAux.contains(Text.fold(words[0])) || !lex.subjectWords.contains(Text.fold(words[1]))
                && !lex.articles.contains(Text.fold(words[1]))) {
            return question;
        }
        int k = 1;
        while (k < words.length - 1 && (lex.subjectWords.contains(Text.fold(words[k])) || lex.articles.contains(Text.fold(words[k]))
                || lex.generic.contains(Text.fold(words[k])) || lex.has.contains(Text.fold(words[k])))) {
            k++;
        }
        // the verb stands right after a pronoun subject ("did it pass"), not after a skipped verb ("do they need catering")
        boolean pronoun = lex.pronouns.contains(Text.fold(words[k - 1]));
        List<String> rest = new ArrayList<>(List.of(words).subList(k, words.length));
        // "the owner been contacted" → "owner contacted": the subject said as a noun keeps, its auxiliary goes
        while (rest.size() > 2 && lex.subjectWords.contains(Text.fold(rest.get(1))) && !lex.articles.contains(Text.fold(rest.get(1)))) {
            rest.remove(1);
        }
        // "did it pass" → "Passed", "does it need medication" → "Needs medication", "did the client pay" → "Client paid":
        // the predicate as a state; its verb stands right after a pronoun, or after a noun an article opened
        int v = pronoun ? 0 : lex.articles.contains(Text.fold(words[1])) && k == 2 ? 1 : -1;
        if (lex.lang == Lang.EN && v >= 0 && v < rest.size()) {
            String aux = Text.fold(words[0]);
            String verb = rest.get(v);
            if (aux.equals("did") && verb.chars().allMatch(Character::isLetter)) {
                rest.set(v, Inflector.pastParticiple(verb));
            } else if (aux.equals("does") && verb.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                rest.set(v, Inflector.thirdPerson(verb));
            }
        }
        return String.join(" ", rest);
    }

    /**
     * "does it need medication and what" → "does it need medication": the question without the tail that asks for
     * its details ("and what", "et quoi", "y cuál", "und welche"), or null when no such tail ends it.
     */
    static String withoutDetails(Lexicon lex, String item) {
        String f = Text.fold(item);
        for (String t : lex.detailsTail) {
            if (f.endsWith(" " + t) && f.length() == item.length()) {
                return item.substring(0, item.length() - t.length()).strip();
            }
        }
        return null;
    }

    /**
     * "does it need repair (y/n)" then "what", joined by "and": the list splitter cut the question from the tail that
     * asks for its details; put them back together so that the question gives its text field too.
     */
    static void joinDetails(Lexicon lex, List<ListSplitter.Item> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            ListSplitter.Item b = items.get(i);
            if (!b.joined() || !b.options().isEmpty()) {
                continue;
            }
            String fb = Text.fold(b.text().strip());
            for (String t : lex.detailsTail) {
                int sp = t.indexOf(' ');
                if (sp > 0 && t.substring(sp + 1).equals(fb)) {
                    ListSplitter.Item a = items.get(i - 1);
                    if (!asks(lex, a.text())) {
                        break;
                    }
                    items.set(i - 1, new ListSplitter.Item(a.text().strip() + " " + t, a.options(), a.joined()));
                    items.remove(i);
                    break;
                }
            }
        }
    }

    /** Whether an item asks yes or no: a question without its mark, a "whether", a "(y/n)" or a question mark. */
    static boolean asks(Lexicon lex, String item) {
        String f = Text.fold(item.strip());
        return item.strip().endsWith("?") || opens(lex, item) || lex.whether.stream().anyMatch(w -> f.startsWith(w + " "))
                || lex.yesNo.stream().anyMatch(yn -> Text.containsPhrase(f, yn));
    }

    /** "Medication details", "Détails traitement": the text that holds what the yes/no question's answer is. */
    static String detailsLabel(Lexicon lex, String label) {
        String[] w = label.strip().split("\\s+");
        String noun = lex.lang == Lang.DE || lex.detailsLabel.startsWith("$") ? w[w.length - 1] : w[w.length - 1].toLowerCase(java.util.Locale.ROOT);
        return Text.capitalize(lex.detailsLabel.replace("$", noun).strip());
    }
}

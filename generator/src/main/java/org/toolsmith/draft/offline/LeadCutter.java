package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts the words that only introduce a list item ("they pick the type", "can add a comment"), using the part-of-speech tagger. */
final class LeadCutter {
    private static final Pattern PARENS = Pattern.compile("\\([^()]*\\)");
    private final Lexicon lex;
    private final NlpPipeline nlp;

    LeadCutter(Lexicon lex, NlpPipeline nlp) {
        this.lex = lex;
        this.nlp = nlp;
    }

    /**
     * The first item of a list often carries the sentence's start ("Usually I have the supplier",
     * "They pick the type"), the last one a verb ("and can add a comment"): keep the noun phrase.
     */
    List<ListSplitter.Item> stripLead(List<ListSplitter.Item> items) {
        List<ListSplitter.Item> out = new ArrayList<>(items);
        if (!out.isEmpty()) {
            // "for each request the item" → "the item"
            ListSplitter.Item first = out.get(0);
            String f = Text.fold(first.text());
            for (String fe : lex.forEach) {
                if (f.startsWith(fe + " ") && f.length() == first.text().length()) {
                    String[] rest = first.text().substring(fe.length()).strip().split("\\s+", 2);
                    if (rest.length == 2 && !lex.invertedSubjects.isEmpty() && !rest[0].isEmpty() && Character.isLowerCase(rest[0].charAt(0))
                            && Character.isUpperCase(rest[1].charAt(0))) {
                        // "zu jeder offenen Stelle gehören ein Titel": the adjective, then the noun
                        rest = rest[1].split("\\s+", 2);
                    }
                    if (rest.length == 2) {
                        out.set(0, new ListSplitter.Item(rest[1], first.options(), first.joined()));
                    } else if (out.size() >= 2 && !lex.per.contains(fe)) {
                        // "Pour chaque bénévole, il me faut le prénom, …": the first item only names the kind
                        out.remove(0);
                    }
                    break;
                }
            }
            // "erfassen wir den Lieferanten" → "den Lieferanten" (German verb, then its subject)
            ListSplitter.Item lead = out.get(0);
            String cut = InvertedClauses.cutLead(lex, lead.text());
            if (cut != null) {
                out.set(0, new ListSplitter.Item(cut, lead.options(), lead.joined()));
            }
            for (int k = 0; k < Math.min(2, out.size()); k++) {
                ListSplitter.Item opened = out.get(k);
                String fo = Text.fold(opened.text());
                for (String il : lex.itemLeads) {
                    // "on a besoin de l'immatriculation" → "l'immatriculation" (also after "Pour les véhicules,")
                    if (fo.length() == opened.text().length() && fo.startsWith(il) && fo.length() > il.length()
                            && (il.endsWith("'") || fo.charAt(il.length()) == ' ')) {
                        out.set(k, new ListSplitter.Item(opened.text().substring(il.length()).strip(), opened.options(), opened.joined()));
                        break;
                    }
                }
            }
            if (out.size() >= 2 && leadOnly(out.get(0).text())) {
                // "Wir müssten wissen, wann jemand anfängt, …": German sets the question off by a comma
                out.remove(0);
            }
        }
        for (int idx = 0; idx < out.size(); idx++) {
            ListSplitter.Item it = out.get(idx);
            String t = it.text();
            boolean edge = idx == 0 || idx == out.size() - 1 || Text.wordCount(t) >= 3;
            if (!edge || Text.wordCount(t) < 2 || lex.whStart(Text.fold(t)) || t.strip().endsWith("?")) {
                continue;
            }
            String cut = afterLastVerb(t);
            if (cut != null && !cut.isBlank()) {
                String fc = Text.fold(cut);
                int with = -1;
                for (String w : lex.withWords) {
                    with = Math.max(with, fc.lastIndexOf(" " + w + " "));
                }
                if (Text.wordCount(cut) > 4 && with >= 0 && fc.length() == cut.length()) {
                    cut = cut.substring(with).strip().replaceFirst("^\\S+\\s+", "");
                }
                out.set(idx, new ListSplitter.Item(cut, it.options(), it.joined()));
            }
        }
        return out;
    }

    /** Whether an item is only a subject, modals and a verb of recording ("wir müssten wissen", "ich möchte sehen"). */
    private boolean leadOnly(String item) {
        List<String> w = Text.words(Text.fold(item));
        if (w.isEmpty() || w.size() > 5) {
            return false;
        }
        boolean verb = false;
        for (String x : w) {
            boolean rec = lex.recordVerbs.contains(x) || lex.verbs.contains(x);
            verb |= rec;
            if (!rec && !lex.pronouns.contains(x) && !lex.invertedSubjects.contains(x) && !lex.modals.contains(x)
                    && !lex.wants.contains(x) && !lex.stopwords.contains(x) && !lex.articles.contains(x)) {
                return false;
            }
        }
        return verb && !lex.invertedSubjects.isEmpty();
    }

    /**
     * The part of an item after its verb when the verb only introduces it ("they pick the type",
     * "can add a comment", "track asset tag", "every evening the manager enters shop"), found by
     * the part-of-speech tagger, or null to keep the item as it is ("next follow-up date", "the
     * note if they sent one").
     */
    String afterLastVerb(String item) {
        StringBuilder blanked = new StringBuilder(item);
        Matcher pm = PARENS.matcher(item);
        while (pm.find()) {
            for (int k = pm.start(); k < pm.end(); k++) {
                blanked.setCharAt(k, ' ');
            }
        }
        // "fill-up date": a hyphenated word is not a verb
        String noParen = blanked.toString().replaceAll("(?<=\\p{L})-(?=\\p{L})", "_");
        String[] tokens = nlp.tokens(lex.lang, noParen);
        if (tokens.length < 2) {
            return null;
        }
        var tags = nlp.tags(lex.lang, tokens);
        int verbAt = -1;
        for (int i = 0; i < tokens.length - 1; i++) {
            String ft = Text.fold(tokens[i]);
            if (i > 0 && (lex.whWords.contains(ft) || lex.subordinators.contains(ft))) {
                break;
            }
            boolean known = lex.recordVerbs.contains(ft) || lex.verbs.contains(ft);
            boolean verb = tags.isPresent() ? NlpPipeline.isVerb(tags.get()[i]) || known : known || lex.has.contains(ft);
            if (verb && i == 0 && !known) {
                // a list item rarely starts with a verb the lexicon does not know: "rating from 1 to 5"
                verb = false;
            }
            if (verb) {
                verbAt = i;
            }
        }
        if (verbAt < 0) {
            return null;
        }
        boolean prefixHasPronoun = false;
        for (int i = 0; i < verbAt; i++) {
            String ft = Text.fold(tokens[i]);
            if (lex.pronouns.contains(ft) || lex.actors.contains(ft) || (tags.isPresent() && tags.get()[i].equals("AUX"))) {
                prefixHasPronoun = true;
                break;
            }
            // "the date it came in": a noun before the pronoun makes it a relative clause
            if (tags.isPresent() && (NlpPipeline.isNoun(tags.get()[i]) || tags.get()[i].equals("ADJ"))) {
                break;
            }
        }
        int suffixWords = tokens.length - verbAt - 1;
        String next = Text.fold(tokens[verbAt + 1]);
        boolean recordVerb = lex.recordVerbs.contains(Text.fold(tokens[verbAt]));
        boolean cut = verbAt == 0 || prefixHasPronoun || recordVerb || lex.whWords.contains(next);
        if (!cut) {
            return null;
        }
        int pos = indexOfToken(noParen, tokens, verbAt);
        if (pos < 0) {
            return null;
        }
        String rest = item.substring(Math.min(item.length(), pos + tokens[verbAt].length())).strip();
        return rest.isEmpty() ? null : rest;
    }

    static int indexOfToken(String text, String[] tokens, int upTo) {
        int from = 0;
        for (int i = 0; i <= upTo; i++) {
            int at = text.indexOf(tokens[i], from);
            if (at < 0) {
                return -1;
            }
            from = at + (i == upTo ? 0 : tokens[i].length());
        }
        return from;
    }
}

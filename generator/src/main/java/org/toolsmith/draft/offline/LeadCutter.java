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
            String cut = dropForEach(first.text());
            if (cut == null && out.size() > 1) {
                // "Pour chaque prêt, il faut savoir quel livre, ...": the kind alone is no field
                out.remove(0);
            } else if (cut != null && !cut.equals(first.text())) {
                out.set(0, new ListSplitter.Item(cut, first.options(), first.joined()));
            }
            // "erfassen wir den Lieferanten" → "den Lieferanten" (German verb, then its subject)
            ListSplitter.Item lead = out.get(0);
            String inverted = InvertedClauses.cutLead(lex, lead.text());
            if (inverted != null) {
                out.set(0, new ListSplitter.Item(inverted, lead.options(), lead.joined()));
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
            ListSplitter.Item said = out.get(idx);
            ListSplitter.Item it = FieldReader.wishedItem(lex, said);
            if (it != said) {
                // "it would be nice to see the amount owed too": the thing wished for, whose participle is no verb to cut after
                out.set(idx, it);
                continue;
            }
            String t = it.text();
            boolean edge = idx == 0 || idx == out.size() - 1 || Text.wordCount(t) >= 3;
            String ft = Text.fold(t);
            if (!edge || Text.wordCount(t) < 2 || lex.whStart(ft) || t.strip().endsWith("?")
                    || lex.whether.stream().anyMatch(w -> ft.startsWith(w + " "))
                    // "note de 1 à 10", "rate 1 to 5": a name and its range, not a verb and its object
                    || RangeChoice.read(lex, t) != null) {
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
     * "for each request the item" → "the item"; null when nothing follows the kind ("for each loan");
     * the text as it was when it does not open with "for each".
     */
    String dropForEach(String text) {
        String f = Text.fold(text);
        for (String fe : lex.forEach) {
            if (f.startsWith(fe + " ") && f.length() == text.length()) {
                String[] rest = text.substring(fe.length()).strip().split("\\s+", 2);
                if (rest.length == 2) {
                    return rest[1];
                }
                return rest[0].isEmpty() || fe.contains(" ") ? null : text;
            }
        }
        return text;
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
        int scan = 0;
        if (tags.isPresent() && (lex.forKind.contains(Text.fold(tokens[0])) || lex.forEach.contains(Text.fold(tokens[0])))) {
            // "for pupils I need the name": the noun after "for" is the topic, not a relative clause's head
            while (scan < verbAt && !NlpPipeline.isNoun(tags.get()[scan])) {
                scan++;
            }
            scan++;
        }
        for (int i = scan; i < verbAt; i++) {
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
        for (String particle : lex.particles) {
            // "note down which key it is": the particle belongs to the verb
            if (Text.fold(rest).startsWith(particle + " ")) {
                rest = rest.substring(particle.length()).strip();
            }
        }
        String[] rw = rest.split("\\s+", 3);
        if (rw.length >= 2 && lex.pronouns.contains(Text.fold(rw[0]))) {
            // "notieren wir das Kennzeichen": the subject after the verb
            rest = rest.substring(rw[0].length()).strip();
        } else if (rw.length == 3 && lex.forKind.contains(Text.fold(rw[0])) && lex.articles.contains(Text.fold(rw[1]))) {
            // "asks for an item": the preposition belongs to the verb
            rest = rest.substring(rw[0].length()).strip();
        }
        rest = dropForEach(rest);
        return rest == null || rest.isEmpty() ? null : rest;
    }

    /**
     * Whether an item reads as a clause of its own rather than a field: a subject and its verb
     * ("couriers drop them off", "nobody knows they're here"), found by the tagger.
     */
    boolean clause(String item) {
        String f = Text.fold(item);
        List<String> fw = Text.words(f);
        if (lex.whStart(f)) {
            // "when something breaks" is a condition; "when it broke" asks for a date
            return fw.size() >= 3 && lex.indefinites.contains(fw.get(1));
        }
        String[] tokens = nlp.tokens(lex.lang, item.strip());
        var tags = nlp.tags(lex.lang, tokens);
        int i = 0;
        while (i < tokens.length && lex.articles.contains(Text.fold(tokens[i]))) {
            i++;
        }
        if (tags.isEmpty() || i + 1 >= tokens.length) {
            return false;
        }
        String subject = Text.fold(tokens[i]);
        String verb = Text.fold(tokens[i + 1]);
        String after = i + 2 < tokens.length ? Text.fold(tokens[i + 2]) : "";
        boolean object = lex.pronouns.contains(after) || lex.askers.contains(after) || lex.articles.contains(after);
        if (FieldTyper.hasFieldWord(lex, verb) && !object) {
            // "customers phone", "staff email": a field word, not a subject and its verb ("people email us" is one)
            return false;
        }
        boolean person = lex.pronouns.contains(subject) || lex.actors.contains(subject);
        if ((person && (lex.pronouns.contains(after) || lex.askers.contains(after)))
                || (lex.pronouns.contains(subject) && !lex.possessives.contains(subject))) {
            // "people email us": whatever the tagger says, a verb sits between two persons
            return true;
        }
        boolean plural = NlpPipeline.isNoun(tags.get()[i]) && !Inflector.singularWord(lex.lang, subject).equals(subject);
        // "items ordered" is a field: a participle after a plural names a state
        return NlpPipeline.isVerb(tags.get()[i + 1]) && (person || (plural && !verb.endsWith("ed")));
    }

    /**
     * Whether most items read as noun phrases (or questions, or type words): "then", "from abroad
     * now" and "HR has to say yes or no" are not fields.
     */
    boolean nounItems(List<ListSplitter.Item> items, List<ListSplitter.Item> asWritten) {
        if (!items.isEmpty() && clause(items.get(0).text())) {
            // "complaints come in by phone, email and letter": the sentence tells a story
            return false;
        }
        int hits = 0;
        for (int k = 0; k < items.size(); k++) {
            ListSplitter.Item it = items.get(k);
            String f = Text.fold(it.text());
            List<String> w = Text.words(f);
            if (w.isEmpty()) {
                continue;
            }
            // "..., and we lose track": the item as written tells whether it was a clause
            if (clause(it.text()) || (k > 0 && asWritten.size() == items.size() && clause(asWritten.get(k).text()))) {
                continue;
            }
            if (lex.whStart(f) || !it.options().isEmpty() || FieldTyper.hasTypeWord(lex, f)) {
                hits++;
                continue;
            }
            if (lex.npStop.contains(w.get(0)) && !lex.articles.contains(w.get(0))) {
                // "from abroad now" (German lists its articles among the stop words: "den Gast" is a noun phrase)
                continue;
            }
            String[] tokens = nlp.tokens(lex.lang, it.text().strip());
            var tags = nlp.tags(lex.lang, tokens);
            if (tags.isEmpty() || java.util.Arrays.stream(tags.get()).anyMatch(NlpPipeline::isNoun)) {
                hits++;
            }
        }
        return hits * 10 >= items.size() * 6;
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

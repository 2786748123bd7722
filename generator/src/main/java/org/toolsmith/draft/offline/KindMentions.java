package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/** Record kinds and links said in passing: "we have 4 freezers", "each project has several tasks", "a loan belongs to a member". */
final class KindMentions extends ReaderPart {
    private static final Pattern DIFFERENT = Pattern.compile("\\b(?:with different|of different|with various|with their own)\\s+([\\p{L}-]+)");
    private static final Pattern SOME_HAVE = Pattern.compile("\\bsome (?:have|has|with) (?:a |an )?([\\p{L}-]+)");
    private static final Pattern ON_DIFFERENT = Pattern.compile("\\b(?:with|on|at|in|of) (?:different|various|several) ([\\p{L}-]+)");
    private static final Pattern AS_NAMED = Pattern.compile("\\b(?:as|called|named)\\s+(\\p{L}+)");
    KindMentions(RequestReader reader) {
        super(reader);
    }

    /** "We have 4 freezers", "there are 12 rooms with different capacities, some have a screen". */
    boolean weHave(String s) {
        String f = Text.fold(s);
        if (f.length() != s.length()) {
            return false;
        }
        for (Pattern weHavePattern : lex.weHavePatterns) {
            Matcher m = weHavePattern.matcher(f);
            if (m.find()) {
                String noun = s.substring(m.start(2), m.end(2));
                String[] words = noun.split("\\s+");
                int nounEnd = m.end(2);
                if (words.length == 2 && (lex.stopwords.contains(Text.fold(words[1])) || lex.withWords.contains(Text.fold(words[1])))) {
                    noun = words[0];
                    // "We have 90 playgrounds with a name, …": the list opens with the with-word
                    nounEnd = m.start(2) + words[0].length();
                }
                String name = Text.capitalize(Inflector.singular(lex.lang, noun));
                DraftEntity e = out.entity(name, s);
                e.add(new DraftField(lex.nameLabel, FieldType.TEXT, s));
                String tf = f.substring(m.end(1));
                Matcher diff = DIFFERENT.matcher(tf);
                if (diff.find()) {
                    String label = Text.capitalize(Inflector.singular(lex.lang, diff.group(1)));
                    e.add(new DraftField(label, FieldTyper.type(lex, label), s));
                }
                Matcher some = SOME_HAVE.matcher(tf);
                if (some.find()) {
                    e.add(new DraftField(lex.hasLabel + " " + some.group(1), FieldType.BOOLEAN, s));
                }
                if (!diff.find(0) && !some.find(0) && !CountedGroup.read(reader, e, s, m.start(2) + noun.length())) {
                    eachWith(e, s, nounEnd);
                }
                out.collections.add(name);
                return true;
            }
        }
        return false;
    }

    /** "We have six rooms, each with a name, a floor and a capacity": the fields after "each with". */
    private void eachWith(DraftEntity e, String s, int from) {
        String f = Text.fold(s);
        for (String w : lex.withWords) {
            int at = f.indexOf(" " + w + " ", from);
            if (at < 0 || at - from > 3) {
                continue;
            }
            List<ListSplitter.Item> items = splitter.split(s.substring(at + w.length() + 2));
            if (!items.isEmpty() && items.stream().allMatch(i -> Text.wordCount(RequestReader.noParens(i.text())) <= 8)) {
                for (DraftField df : fields.readAll(items)) {
                    e.add(df);
                }
                reader.lastEntity = e;
            }
            return;
        }
    }

    /**
     * "Candidates apply to an opening", "members sign up for a class": a plural subject, its verb and a
     * preposition before one thing; linked at assembly only when both are drafted. Reads nothing else.
     */
    void passingLink(String s) {
        String f = Text.fold(s);
        List<String> w = Text.words(f);
        if (lex.lang != Lang.EN || w.size() < 5 || f.length() != s.length()) {
            return;
        }
        int a = lex.articles.contains(w.get(0)) ? 1 : 0;
        String subject = w.get(a);
        if (Inflector.singularWord(lex.lang, subject).equals(subject) || lex.stopwords.contains(subject) || lex.pronouns.contains(subject)) {
            return;
        }
        // "People register for a workshop with ...": the record is the one the sentence names ("Registration")
        boolean actor = lex.actors.contains(subject);
        int p = a + 2;
        if (p < w.size() && PARTICLES.contains(w.get(p))) {
            p++;
        }
        String verb = w.get(a + 1);
        if (p + 2 > w.size() || lex.stopwords.contains(verb) || lex.has.contains(verb) || !lex.kindPreps.contains(w.get(p))
                || w.get(p).equals("of") || !(lex.articles.contains(w.get(p + 1)) || ONE.contains(w.get(p + 1)))) {
            return;
        }
        if (p + 2 >= w.size()) {
            return;
        }
        String object = w.get(p + 2);
        if (lex.stopwords.contains(object) || FieldTyper.type(lex, object) != FieldType.TEXT) {
            return;
        }
        out.aboutLinks.add(new String[] {actor ? "" : Inflector.singularWord(lex.lang, subject), Inflector.singularWord(lex.lang, object), s});
    }

    private static final java.util.Set<String> PARTICLES = java.util.Set.of("up", "in", "out", "on", "off");

    /** "each project has several tasks" → task points to project; "a loan belongs to a member". */
    boolean links(String s) {
        String f = Text.fold(s);
        for (String sev : lex.several) {
            int i = f.indexOf(" " + sev + " ");
            if (i < 0) {
                continue;
            }
            String before = f.substring(0, i);
            String after = f.substring(i + sev.length() + 2);
            String owner = lastNoun(before);
            String many = firstNounAfterAs(after);
            if (owner != null && many != null) {
                boolean has = Text.words(before).stream().anyMatch(w -> lex.has.contains(w)) || HasAfter.said(lex, before, after);
                String person = Text.words(before).stream().filter(w -> !lex.stopwords.contains(w) && !lex.articles.contains(w))
                        .findFirst().filter(reader::peopleWord).orElse(null);
                if (!has && person != null) {
                    // "un alumno puede apuntarse a varios talleres": people and things, many to many; a record
                    // described beside them carries it, else the things point to the people
                    out.pairings.add(new String[] {Inflector.singularWord(lex.lang, person), Inflector.singular(lex.lang, many), s, "or-link"});
                    return false;
                }
                out.links.add(new String[] {many, before, s});
                // "each account has several contacts with a name, email and phone": the fields are the contacts'
                int described = describe(Text.capitalize(many), s.substring(Math.min(s.length(), i + sev.length() + 2)), s);
                // "every event can have several catering orders": the link is all the sentence says
                // "every event can have several catering orders" after the events were described: only a link
                boolean known = out.entities.stream().anyMatch(e -> Text.fold(e.name).equals(Text.fold(owner)));
                if (!known && has && described < 2 && SeveralKinds.bare(lex, before, after)) {
                    SeveralKinds.draft(lex, out, s, owner, many);
                    return true;
                }
                return described >= 2 || (known && Text.words(after).size() <= 3);
            }
        }
        // the link said first decides the child ("chaque dossier appartient à un client et est suivi par un avocat")
        String first = null;
        int at = -1;
        for (String bl : lex.belongs) {
            int i = f.indexOf(" " + bl + " ");
            if (i > 0 && (at < 0 || i < at)) {
                first = bl;
                at = i;
            }
        }
        if (first != null) {
            String child = lastNoun(f.substring(0, at));
            String rest = f.substring(at + first.length() + 2);
            String parent = firstNoun(rest);
            if (child != null && parent != null) {
                out.links.add(new String[] {f.substring(0, at), parent, s, "child-text"});
                String second = secondParent(rest);
                if (second == null) {
                    second = andBelongs(rest);
                }
                if (second != null && !second.equals(parent)) {
                    // "est rattachée à un chantier et à un sous-traitant", "… et est suivi par un avocat": only to a kind
                    // the request describes (a second kind said in passing is no kind of its own)
                    out.links.add(new String[] {f.substring(0, at), second, s, "child-text", "join-one"});
                }
            }
        }
        return false;
    }

    /** "un client et est suivi par un avocat" → "avocat": a second link phrase right after "and"; null when none. */
    private String andBelongs(String folded) {
        for (String a : lex.and) {
            int i = folded.indexOf(" " + a + " ");
            if (i < 0 || Text.words(folded.substring(0, i)).size() > 3) {
                continue;
            }
            String after = folded.substring(i + a.length() + 2);
            for (String bl : lex.belongs) {
                if (after.startsWith(bl + " ")) {
                    String p = firstNoun(after.substring(bl.length() + 1));
                    return p == null || FieldTyper.type(lex, p) != FieldType.TEXT && FieldTyper.type(lex, p) != FieldType.PERSON ? null : p;
                }
            }
        }
        return null;
    }

    /**
     * "An enrolment links an employee and a course, with the date and whether they passed": a
     * record that ties other kinds together. It points to each of them; what follows a comma or
     * "with" are its fields. Returns whether the sentence was read.
     */
    boolean join(String s) {
        String f = Text.fold(s);
        if (f.length() != s.length()) {
            return false;
        }
        for (String j : lex.joins) {
            int i = f.indexOf(" " + j + " ");
            if (i <= 0) {
                continue;
            }
            String before = f.substring(0, i);
            List<String> bw = Text.words(before);
            String child = lastNoun(before);
            if (child == null || bw.size() > 5 || bw.stream().anyMatch(lex.pronouns::contains)) {
                continue;
            }
            String after = s.substring(i + j.length() + 2);
            String fa = Text.fold(after);
            int comma = fa.indexOf(',');
            String parentsText = comma >= 0 ? fa.substring(0, comma) : fa;
            String tail = comma >= 0 ? after.substring(comma + 1) : "";
            List<String> parts = new java.util.ArrayList<>(List.of(parentsText.split("\\s+(?:" + String.join("|",
                    lex.joinSplit.stream().map(java.util.regex.Pattern::quote).toList()) + ")\\s+")));
            List<String> parents = new java.util.ArrayList<>();
            int used = 0;
            for (String p : parts) {
                List<String> pw = Text.words(p);
                if (!pw.isEmpty() && (lex.has.contains(pw.get(0)) || lex.recordVerbs.contains(pw.get(0)))) {
                    // "is about one application and has a title, ...": the kinds end where the fields begin
                    break;
                }
                pw = pw.stream().filter(w -> !lex.articles.contains(w) && !lex.stopwords.contains(w) && !ONE.contains(w)).toList();
                if (pw.isEmpty() || pw.size() > 2 || parents.size() == 3 || !KIND_TYPES.contains(FieldTyper.type(lex, String.join(" ", pw)))) {
                    break;
                }
                parents.add(Inflector.singular(lex.lang, String.join(" ", pw)));
                used++;
            }
            if (parents.isEmpty()) {
                continue;
            }
            if (used < parts.size()) {
                // "links a member to a class with a date and a grade", "is for a meeting and lists the
                // number of people, the menu ...": the rest after the kinds
                int at = fa.indexOf(parts.get(used));
                tail = at >= 0 ? after.substring(at) : tail;
            }
            tail = dropHasVerb(tail);
            DraftEntity e = out.entity(Text.capitalize(Inflector.singular(lex.lang, originalWords(s, child))), s);
            reader.lastEntity = e;
            for (String p : parents) {
                // one kind ("each order is for a meeting") links only to a kind the request names;
                // two or more ("links a guest and a room") are kinds of their own
                out.links.add(new String[] {before, p, s, "child-text", parents.size() > 1 ? "join" : "join-one"});
            }
            List<ListSplitter.Item> items = splitter.split(tail.replaceFirst("^\\s*(?:" + String.join("|",
                    lex.withWords.stream().map(java.util.regex.Pattern::quote).toList()) + ")\\s+", ""));
            for (DraftField df : fields.readAll(lead.stripLead(items))) {
                if (e.add(df)) {
                    // fields listed here count like any list: the request is not terse
                    out.listedFields++;
                }
            }
            return true;
        }
        return false;
    }

    /** "has a date and a court" → "a date and a court": the verb that opens the fields is no label. */
    private String dropHasVerb(String tail) {
        String t = tail.strip();
        String ft = Text.fold(t);
        if (ft.length() != t.length()) {
            return tail;
        }
        String best = null;
        for (String h : lex.has) {
            if (ft.startsWith(h + " ") && (best == null || h.length() > best.length())) {
                best = h;
            }
        }
        return best == null ? tail : t.substring(best.length() + 1);
    }

    private static final java.util.Set<String> LINK_PREPS = java.util.Set.of("a", "to", "zu", "au", "al", "an");

    /** "a un chantier et à un sous-traitant" → "sous-traitant": a second kind right after "and"; null when none. */
    private String secondParent(String folded) {
        List<String> w = Text.words(folded);
        int k = 0;
        while (k < w.size() && (lex.stopwords.contains(w.get(k)) || lex.articles.contains(w.get(k)) || ONE.contains(w.get(k))
                || w.get(k).length() <= 2)) {
            k++;
        }
        if (k + 2 >= w.size() || !lex.and.contains(w.get(k + 1))) {
            return null;
        }
        String after = w.get(k + 2);
        if (!LINK_PREPS.contains(after) && !lex.articles.contains(after) && !ONE.contains(after)) {
            // "es de una herramienta y anotamos …": a verb, not a second kind
            return null;
        }
        for (int j = k + 2; j < Math.min(w.size(), k + 6); j++) {
            String x = w.get(j);
            if (LINK_PREPS.contains(x) || lex.articles.contains(x) || ONE.contains(x)) {
                continue;
            }
            boolean kindWord = !lex.stopwords.contains(x) && x.length() > 2 && !lex.has.contains(x) && !lex.verbs.contains(x)
                    && !lex.modals.contains(x) && KIND_TYPES.contains(FieldTyper.type(lex, x));
            return kindWord ? Inflector.singular(lex.lang, x) : null;
        }
        return null;
    }

    /** "an employee" is a person word, yet a kind a record can point to. */
    private static final java.util.Set<FieldType> KIND_TYPES = java.util.EnumSet.of(FieldType.TEXT, FieldType.PERSON);

    private static final java.util.Set<String> ONE = java.util.Set.of("one", "single", "un", "une", "uno", "una", "ein", "eine",
            "einen", "einem", "einer", "exactly", "a", "an");

    /** The word of {@code text} that folds to {@code folded}, with its accents and capitals. */
    private static String originalWords(String text, String folded) {
        return FieldReader.original(text, folded);
    }

    /** "sessions on different dates, each with a max number of seats" → date, max number of seats. */
    int describe(String name, String tail, String because) {
        String tf = Text.fold(tail);
        if (tf.length() != tail.length()) {
            return 0;
        }
        DraftEntity e = out.entity(name, because);
        Matcher diff = ON_DIFFERENT.matcher(tf);
        if (diff.find()) {
            String label = Text.capitalize(Inflector.singular(lex.lang, diff.group(1)));
            e.add(new DraftField(label, FieldTyper.type(lex, label), because));
        }
        for (String w : lex.withWords) {
            int at = tf.indexOf(w + " ");
            // "each with ...", or "with" right after the noun ("contacts with a name and a phone")
            boolean near = at > 0 && Text.wordCount(tail.substring(0, at)) <= 2 && tf.charAt(at - 1) == ' ';
            if (at >= 0 && (w.contains(" ") || near)) {
                for (DraftField f : fields.readAll(splitter.split(tail.substring(at + w.length() + 1)))) {
                    e.add(f);
                }
                break;
            }
        }
        if (e.fields.isEmpty()) {
            out.entities.remove(e);
        }
        return e.fields.size();
    }

    String lastNoun(String folded) {
        String[] tokens = nlp.tokens(lex.lang, folded);
        var tags = nlp.tags(lex.lang, tokens);
        if (tags.isPresent()) {
            for (int i = tokens.length - 1; i >= 0; i--) {
                if (NlpPipeline.isNoun(tags.get()[i]) && tokens[i].length() > 2 && !lex.modals.contains(tokens[i]) && !lex.has.contains(tokens[i]) && !lex.hasInfinitives.contains(tokens[i])) {
                    return Inflector.singular(lex.lang, tokens[i]);
                }
            }
        }
        List<String> w = Text.words(folded);
        for (int i = w.size() - 1; i >= 0; i--) {
            if (!lex.stopwords.contains(w.get(i)) && !lex.articles.contains(w.get(i)) && w.get(i).length() > 2
                    && !lex.has.contains(w.get(i)) && !lex.verbs.contains(w.get(i)) && !lex.modals.contains(w.get(i)) && !lex.hasInfinitives.contains(w.get(i))) {
                return Inflector.singular(lex.lang, w.get(i));
            }
        }
        return null;
    }

    String firstNoun(String folded) {
        for (String w : Text.words(folded)) {
            // "gehört zu welchem Kunden", "belongs to which customer": the noun after the which-word
            if (!lex.stopwords.contains(w) && !lex.articles.contains(w) && !ONE.contains(w) && !lex.pairWhich.contains(w) && w.length() > 2 && !w.matches("\\d+")) {
                return Inflector.singular(lex.lang, w);
            }
        }
        return null;
    }

    /** "several times a year as sessions" → "session"; "several tasks" → "task". */
    String firstNounAfterAs(String folded) {
        Matcher as = AS_NAMED.matcher(folded);
        if (as.find()) {
            return Inflector.singular(lex.lang, as.group(1));
        }
        List<String> w = Text.words(folded);
        if (lex.lang == Lang.EN && w.size() >= 2 && firstNoun(folded) != null && firstNoun(folded).equals(w.get(0))
                && !lex.stopwords.contains(w.get(1)) && !lex.npStop.contains(w.get(1)) && !lex.withWords.contains(w.get(1))
                && !Inflector.singularWord(lex.lang, w.get(1)).equals(w.get(1))) {
            // "several catering orders": a singular noun before a plural one is one name
            return w.get(0) + " " + Inflector.singularWord(lex.lang, w.get(1));
        }
        return firstNoun(folded);
    }
}

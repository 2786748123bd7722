package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/** Fields and kinds named in running text: "people book a room for a time slot", "IT records who granted it", "approves or rejects". */
final class NarrativeReader extends ReaderPart {
    NarrativeReader(RequestReader reader) {
        super(reader);
    }

    /**
     * "People book a room for a time slot and say what the meeting is for": a record named after
     * the verb ("Booking"), a link to what it is about, and the fields the rest of the sentence names.
     */
    boolean actor(String s) {
        String f = Text.fold(s);
        List<String> w = Text.words(f);
        int a = 0;
        // "Every month someone checks each one": the time phrase only says how often
        Matcher often = lex.periodic.matcher(f);
        boolean periodic = often.find() && often.start() == 0;
        if (periodic) {
            a = Text.words(f.substring(0, often.end())).size();
        }
        while (a < w.size() && lex.articles.contains(w.get(a))) {
            a++;
        }
        // "someone", "staff", or a role ("a mechanic services them")
        if (w.size() < a + 3 || f.length() != s.length()
                || !(lex.actors.contains(w.get(a)) || (a > 0 && FieldTyper.type(lex, w.get(a)) == FieldType.PERSON))) {
            return false;
        }
        DraftEntity before = reader.lastEntity;
        w = new ArrayList<>(w.subList(a, w.size()));
        if (w.size() > 3 && lex.modals.contains(w.get(1))) {
            // "staff can book a bike": the verb after the modal
            w.remove(1);
        }
        String verb = w.get(1);
        String two = w.size() > 2 ? w.get(1) + " " + w.get(2) : verb;
        String name = lex.nominal.get(two);
        int objStart = 2;
        if (name == null) {
            name = heads.nominalVerb(verb);
        } else {
            objStart = 3;
        }
        if (name == null) {
            return false;
        }
        DraftEntity e = out.entity(name, s);
        reader.lastEntity = e;
        List<String> rest = w.subList(objStart, w.size());
        int i = 0;
        while (i < rest.size() && (lex.npStop.contains(rest.get(i)) || lex.articles.contains(rest.get(i)))) {
            i++;
        }
        if (i < rest.size() && anaphor(rest.subList(i, Math.min(rest.size(), i + 2))) && before != null && out.entities.contains(before)
                && before != e) {
            // "someone checks each one", "we service them": the kind named just before
            DraftField ref = new DraftField(before.name, FieldType.REFERENCE, s);
            ref.target = before.name;
            e.add(ref);
            if (periodic) {
                e.add(new DraftField(lex.dateLabel, FieldType.DATE, s));
            }
            i = rest.size();
        } else if (i < rest.size()) {
            String obj = Inflector.singular(lex.lang, rest.get(i));
            if (!lex.stopwords.contains(obj) && !lex.pronouns.contains(obj) && !lex.generic.contains(obj)) {
                DraftField ref = new DraftField(Text.capitalize(obj), FieldType.REFERENCE, s);
                ref.target = obj;
                ref.narrative = true;
                e.add(ref);
            }
            i++;
        }
        // the rest: "for a time slot and say what the meeting is for"
        String tail = String.join(" ", rest.subList(Math.min(i, rest.size()), rest.size()));
        for (ListSplitter.Item it : splitter.split(tail)) {
            String t = Text.fold(it.text());
            List<String> tw = new ArrayList<>(Text.words(t));
            while (!tw.isEmpty() && (lex.npStop.contains(tw.get(0)) || lex.articles.contains(tw.get(0)))) {
                tw.remove(0);
            }
            String item = String.join(" ", tw);
            if (item.isEmpty()) {
                continue;
            }
            String cut = lead.afterLastVerb(item);
            String candidate = cut != null ? cut : item;
            if (lead.clause(candidate)) {
                // "and the receipts keep getting lost"
                continue;
            }
            if (lex.whStart(candidate) || (Text.wordCount(candidate) <= 3 && FieldTyper.hasTypeWord(lex, candidate))) {
                for (DraftField df : fields.read(new ListSplitter.Item(candidate))) {
                    e.add(df);
                }
            }
        }
        narrative(s, e);
        if (e.fields.isEmpty()) {
            out.entities.remove(e);
            return false;
        }
        return true;
    }

    /** "each one", "it", "them", "every one": words that point back to the kind just named. */
    private boolean anaphor(List<String> w) {
        String first = w.get(0);
        if (lex.forEach.contains(first) && w.size() > 1) {
            first = w.get(1);
        }
        return lex.anaphors.contains(first);
    }

    /** A recording verb with a pronoun for its object, then the list: "log it: …", "record them - …" (English). */
    private static final Pattern LOG_IT = Pattern.compile("\\b([a-z]+)\\s+(?:it|them)\\s*[:\\-–]\\s*\\S");

    /** The auxiliaries of a passive event ("is served", "gets treated", "est traitée", "es tratado", "behandelt wird"). */
    private static final java.util.Set<String> EVENT_AUX = java.util.Set.of("is", "are", "gets", "get", "was", "were", "been",
            "est", "sont", "ete", "es", "son", "fue", "wird", "werden", "ist", "wurde");

    /** The thing an event happens to: "when a cow is served" → "cow", or null ("when she calves"). */
    private String eventSubject;

    private String subjectBefore(List<String> w, int verb) {
        for (int j = verb - 1; j >= 1; j--) {
            String x = w.get(j);
            if (EVENT_AUX.contains(x) || lex.stopwords.contains(x) && !lex.articles.contains(x)) {
                continue;
            }
            if (lex.articles.contains(w.get(j - 1)) || "any".equals(w.get(j - 1)) || lex.forEach.contains(w.get(j - 1))) {
                return lex.pronouns.contains(x) || lex.articles.contains(x) ? null : x;
            }
        }
        return null;
    }

    /**
     * "Every time someone borrows one, we note who, the date out and when it came back": a record
     * named after the event's verb ("Loan") with the fields the recording verb lists. It points to
     * the kind the request was about, through the orphan linking of the assembler.
     */
    boolean event(String s) {
        eventSubject = null;
        String f = Text.fold(s);
        List<String> w = Text.words(f);
        String name = null;
        int objectAt = -1;
        int verbAt = -1;
        for (int i = 0; i < w.size() && i < 8 && name == null; i++) {
            verbAt = i;
            if (i + 1 < w.size()) {
                name = lex.nominal.get(w.get(i) + " " + w.get(i + 1));
                objectAt = i + 2;
            }
            for (int j = i + 2; name == null && j <= i + 3 && j < w.size(); j++) {
                // "every time a driver takes a van out": the verb's particle after its object
                if (PARTICLES.contains(w.get(j))) {
                    name = lex.nominal.get(w.get(i) + " " + w.get(j));
                    objectAt = i + 1;
                }
            }
            if (name == null && !(i >= 1 && lex.articles.contains(w.get(i - 1)) && i + 1 < w.size() && EVENT_AUX.contains(w.get(i + 1)))) {
                // "when an order is delivered": the word after the article is the subject, not the event
                name = heads.nominalVerb(w.get(i));
                objectAt = i + 1;
            }
        }
        for (int i = 1; i < w.size() && i < 8 && name == null; i++) {
            // "when a cow is served", "when any animal gets treated", "quand une vache vêle", "wenn ein Tier behandelt wird"
            String ev = lex.eventNouns.get(w.get(i));
            if (ev != null && (EVENT_AUX.contains(w.get(i - 1)) || i + 1 < w.size() && EVENT_AUX.contains(w.get(i + 1))
                    || lex.pronouns.contains(w.get(i - 1)) || i >= 2 && lex.articles.contains(w.get(i - 2)))) {
                name = ev;
                objectAt = w.size();
                eventSubject = subjectBefore(w, i);
            }
        }
        if (name == null && lex.lang == Lang.EN) {
            // "when someone waters a plant" → "Watering"
            for (int i = 1; i < w.size() - 1 && i < 5 && name == null; i++) {
                if ((lex.pronouns.contains(w.get(i - 1)) || lex.actors.contains(w.get(i - 1))) && w.get(i).length() > 4
                        && w.get(i).endsWith("s") && !w.get(i).endsWith("ss") && !lex.stopwords.contains(w.get(i))
                        // "when someone needs access": wanting is no event of its own
                        && !lex.modals.contains(w.get(i)) && !lex.has.contains(w.get(i))) {
                    String stem = w.get(i).substring(0, w.get(i).length() - 1).replaceAll("(?<=[sxz]|ch|sh)e$", "");
                    name = Text.capitalize(stem.replaceAll("e$", "") + "ing");
                    objectAt = i + 1;
                }
            }
        }
        if (name == null && lex.lang == Lang.EN) {
            name = actedOn(s, w);
            objectAt = w.size();
        }
        String logged = loggedObject(s, f);
        if (logged != null) {
            // "When a cleaner spots damage they should be able to log it: what it is, …": the record is what the clause found
            name = logged;
            objectAt = w.size();
        }
        if (name == null) {
            return false;
        }
        if (lex.lang == Lang.DE && objectAt >= 2) {
            // "wenn ein Mitarbeiter ein Werkzeug ausleiht": the object comes before the verb
            objectAt = objectAt - (lex.nominal.containsKey(w.get(objectAt - 1)) ? 2 : 3);
        }
        // "every time a driver takes a van out": the record is about the van
        while (objectAt < w.size() && (lex.articles.contains(w.get(objectAt)) || ONE.contains(w.get(objectAt)))) {
            objectAt++;
        }
        if (objectAt < w.size() && !lex.pronouns.contains(w.get(objectAt)) && !lex.stopwords.contains(w.get(objectAt))
                && !lex.npStop.contains(w.get(objectAt))) {
            out.aboutLinks.add(new String[] {name, Inflector.singularWord(lex.lang, w.get(objectAt)), s});
        } else if (eventSubject != null) {
            // "when a cow is served": the service is about the cow
            out.aboutLinks.add(new String[] {name, Inflector.singularWord(lex.lang, eventSubject), s});
        }
        Matcher best = null;
        for (Pattern verbPattern : lex.recordVerbPatterns) {
            Matcher m = verbPattern.matcher(f);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = m;
            }
        }
        String after;
        if (best != null) {
            after = s.substring(best.start(1));
        } else {
            // "cada vez que un cliente devuelve un producto, apuntamos el motivo, ...": after the clause
            // "when someone needs access: which system, who is asking, ...": a colon opens the list
            int colon = s.indexOf(':');
            int comma = colon > 0 ? colon : s.indexOf(',');
            if (comma < 0) {
                return false;
            }
            List<String> clause = Text.words(Text.fold(s.substring(comma + 1)));
            if (clause.isEmpty()) {
                return false;
            }
            int skip = s.indexOf(' ', comma + 2);
            boolean verbFirst = colon < 0 && !lex.articles.contains(clause.get(0)) && !lex.whWords.contains(clause.get(0))
                    && FieldTyper.type(lex, clause.get(0)) == FieldType.TEXT;
            after = verbFirst && skip > 0 ? s.substring(skip) : s.substring(comma + 1);
        }
        after = after.replaceFirst("^\\s*:\\s*", "");
        // "erfassen wir Datum, ...": the subject after the verb
        List<String> aw = Text.words(Text.fold(after));
        if (!aw.isEmpty() && lex.pronouns.contains(aw.get(0))) {
            after = after.strip().replaceFirst("^\\S+\\s+", "");
        }
        List<ListSplitter.Item> items = lead.stripLead(splitter.split(after));
        if (items.isEmpty() || lead.clause(items.get(0).text())) {
            // "when something breaks, people email us and we lose track": a story, not a record
            return false;
        }
        String actor = name.equals(firstName(w, verbAt)) ? actorBefore(w, verbAt) : null;
        if (actor != null) {
            // "when a driver takes a van out we note: who, mileage, …": "who" is the driver
            String label = Text.capitalize(FieldReader.original(s, actor));
            items = items.stream().map(it -> WHO.contains(Text.fold(it.text()).strip()) ? new ListSplitter.Item(label) : it).toList();
        }
        String record = name;
        reader.addFields(record, items, s);
        DraftEntity e = out.entities.stream().filter(x -> x.name.equals(record)).findFirst().orElse(null);
        if (e == null) {
            return false;
        }
        reader.lastEntity = e;
        return true;
    }

    /**
     * "each time they fetch a hamper we write …", "every time a guest rents a bike": a verb the lexicon names no record
     * for, after a pronoun or a subject with its article; the thing it acts on, with its article, is the record (English).
     */
    private String actedOn(String s, List<String> w) {
        String f = String.join(" ", w);
        if (lex.repeatedEvents.stream().noneMatch(e -> f.startsWith(e + " "))) {
            return null;
        }
        for (int i = 1; i + 2 < w.size() && i < 6; i++) {
            String v = w.get(i);
            String before = w.get(i - 1);
            boolean subject = lex.pronouns.contains(before) || lex.actors.contains(before) || i >= 2 && lex.articles.contains(w.get(i - 2))
                    && !lex.stopwords.contains(before) && !lex.articles.contains(before);
            if (!subject || v.length() <= 2 || lex.stopwords.contains(v) || lex.modals.contains(v) || lex.has.contains(v) || lex.lightVerbs.contains(v)
                    || !lex.articles.contains(w.get(i + 1)) || lex.pronouns.contains(v) || lex.articles.contains(v)) {
                continue;
            }
            String o = w.get(i + 2);
            if (lex.stopwords.contains(o) || lex.pronouns.contains(o) || lex.npStop.contains(o) || lex.articles.contains(o) || o.length() <= 2
                    || FieldTyper.hasTypeWord(lex, o)) {
                return null;
            }
            return Text.capitalize(Inflector.singularWord(lex.lang, FieldReader.original(s, o)));
        }
        return null;
    }

    /**
     * The noun a "when" clause acts on, right before the subject of the clause that logs it: "when a cleaner spots damage they
     * …" → damage; null when that word is a pronoun, a small word or the clause has no such subject.
     */
    private String loggedObject(String s, String f) {
        if (lex.lang != Lang.EN) {
            return null;
        }
        Matcher m = LOG_IT.matcher(f);
        if (!m.find() || !lex.recordVerbs.contains(m.group(1)) && !lex.verbs.contains(m.group(1))) {
            return null;
        }
        String object = eventObject(f.substring(0, m.start()));
        return object == null ? null : Text.capitalize(Inflector.singularWord(lex.lang, FieldReader.original(s, object)));
    }

    private String eventObject(String before) {
        List<String> w = Text.words(before);
        for (int i = 3; i < w.size(); i++) {
            if (lex.pronouns.contains(w.get(i)) || lex.actors.contains(w.get(i))) {
                String o = w.get(i - 1);
                boolean noun = !lex.stopwords.contains(o) && !lex.articles.contains(o) && !lex.pronouns.contains(o) && !lex.npStop.contains(o)
                        && !lex.modals.contains(o) && o.length() > 2 && !lex.pronouns.contains(w.get(i - 2));
                return noun ? o : null;
            }
        }
        return null;
    }

    /**
     * "We inspect every site monthly and note the date, the inspector and the result": a record
     * named after the verb ("Inspection") about the kind it acts on, with the fields the recording
     * verb lists.
     */
    boolean verbEvery(String s) {
        String f = Text.fold(s);
        if (f.length() != s.length()) {
            return false;
        }
        List<String> w = Text.words(f);
        for (int i = 0; i + 3 < w.size() && i < 6; i++) {
            if (!lex.pronouns.contains(w.get(i)) && !lex.actors.contains(w.get(i))) {
                continue;
            }
            String name = heads.nominalVerb(w.get(i + 1));
            if (name == null || !(lex.forEach.contains(w.get(i + 2)) || lex.articles.contains(w.get(i + 2))
                    || lex.possessives.contains(w.get(i + 2)))) {
                continue;
            }
            String noun = w.get(i + 3);
            if (lex.stopwords.contains(noun) || noun.length() < 3) {
                return false;
            }
            Matcher best = null;
            for (Pattern verbPattern : lex.recordVerbPatterns) {
                Matcher m = verbPattern.matcher(f);
                if (m.find() && m.start() > f.indexOf(noun) && (best == null || m.start() < best.start())) {
                    best = m;
                }
            }
            if (best == null) {
                return false;
            }
            List<ListSplitter.Item> items = lead.stripLead(splitter.split(s.substring(best.start(1))));
            if (items.size() < 2) {
                return false;
            }
            reader.addFields(name, items, s);
            out.aboutLinks.add(new String[] {name, Inflector.singularWord(lex.lang, noun), s});
            out.entities.stream().filter(e -> e.name.equals(name)).findFirst().ifPresent(e -> reader.lastEntity = e);
            return true;
        }
        return false;
    }

    /** The name the first loop of {@link #event} gives the verb at {@code at} (null when it names none). */
    private String firstName(List<String> w, int at) {
        if (at < 0 || at >= w.size()) {
            return null;
        }
        String two = at + 1 < w.size() ? lex.nominal.get(w.get(at) + " " + w.get(at + 1)) : null;
        for (int j = at + 2; two == null && j <= at + 3 && j < w.size(); j++) {
            two = PARTICLES.contains(w.get(j)) ? lex.nominal.get(w.get(at) + " " + w.get(j)) : null;
        }
        return two != null ? two : heads.nominalVerb(w.get(at));
    }

    /** The person doing the event, named with an article right before its verb ("a driver takes"), folded; or null. */
    private String actorBefore(List<String> w, int verbAt) {
        if (verbAt < 2 || !lex.articles.contains(w.get(verbAt - 2))) {
            return null;
        }
        String who = w.get(verbAt - 1);
        return FieldTyper.type(lex, who) == FieldType.PERSON && !lex.pronouns.contains(who) && who.length() > 2 ? who : null;
    }

    /** A list item that only asks who did it. */
    private static final java.util.Set<String> WHO = java.util.Set.of("who", "qui", "quien", "wer");

    /** Particles of English phrasal verbs that may follow the object ("takes a van out", "brings the key back"). */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("out", "back", "in", "up", "off", "down", "over");

    private static final java.util.Set<String> ONE = java.util.Set.of("one", "un", "une", "uno", "una", "ein", "eine", "einen", "einem");

    /** "Laptops, monitors, phones, docking stations": kinds of the main record, a choice. */
    boolean kindsList(List<ListSplitter.Item> items) {
        List<String> singular = new ArrayList<>();
        for (ListSplitter.Item it : items) {
            String t = it.text().strip();
            List<String> w = Text.words(Text.fold(t));
            if (w.isEmpty() || w.size() > 2 || lex.whStart(Text.fold(t)) || !it.options().isEmpty()) {
                return false;
            }
            String head = FieldTyper.head(lex, w);
            if (Inflector.singularWord(lex.lang, head).equals(head)) {
                return false;
            }
            singular.add(Text.capitalize(Inflector.singular(lex.lang, t)));
        }
        DraftField type = new DraftField(lex.typeLabel, FieldType.CHOICE, String.join(", ", items.stream().map(ListSplitter.Item::text).toList()));
        type.options(singular);
        out.main.add(type);
        out.listedFields++;
        return true;
    }

    /**
     * Fields named in running text: what follows a recording verb ("IT records who granted it and
     * the date"), and phrases such as "approves or rejects", "how many days", "mark them as paid".
     */
    void narrative(String s, DraftEntity target) {
        String f = Text.fold(s);
        if (f.length() == s.length()) {
            // the last recording verb introduces the fields: "I want to see who is working"
            Matcher best = null;
            for (Pattern verbPattern : lex.recordVerbPatterns) {
                Matcher m = verbPattern.matcher(f);
                if (m.find() && (best == null || m.start() > best.start())) {
                    best = m;
                }
            }
            if (best != null) {
                Matcher m = best;
                String after = s.substring(m.start(1));
                List<ListSplitter.Item> items = splitter.split(after);
                for (ListSplitter.Item it : items) {
                    String t = Text.fold(it.text());
                    List<String> tw = Text.words(t);
                    if (tw.isEmpty() || (!lex.whStart(t) && (tw.size() > 4 || tw.stream().anyMatch(lex.pronouns::contains)
                            || tw.stream().anyMatch(lex.subordinators::contains)))) {
                        continue;
                    }
                    if ((!lex.whStart(t) && !FieldTyper.hasTypeWord(lex, t)) || lex.comparatives.contains(tw.get(0))) {
                        // "I just want fewer phone calls": a wish, not a field
                        continue;
                    }
                    for (DraftField df : fields.read(it)) {
                        df.narrative = true;
                        target.add(df);
                    }
                }
            }
        }
        for (Lexicon.Narrative n : lex.narrative) {
            Matcher m = n.pattern().matcher(f);
            while (m.find()) {
                String label = n.label();
                for (int g = 1; g <= m.groupCount(); g++) {
                    label = label.replace("$" + g, m.group(g) == null ? "" : m.group(g));
                }
                if (label.startsWith("*")) {
                    for (DraftField df : fields.read(new ListSplitter.Item(label.substring(1)))) {
                        df.narrative = true;
                        target.add(df);
                    }
                    continue;
                }
                if (n.type() == FieldType.BOOLEAN && (lex.stopwords.contains(label) || lex.pronouns.contains(label))) {
                    continue;
                }
                DraftField df = new DraftField(Text.capitalize(FieldReader.original(s, label)), n.type(), s);
                df.narrative = true;
                df.options(n.options());
                if (n.type() == FieldType.REFERENCE) {
                    df.target = Inflector.singular(lex.lang, label);
                    if (lex.stopwords.contains(label) || lex.generic.contains(label) || FieldTyper.type(lex, label) != FieldType.TEXT) {
                        continue;
                    }
                }
                if (target.find(df.label).isEmpty() && target.fields.stream().noneMatch(x -> x.type == n.type() && n.type() == FieldType.FILE)) {
                    target.add(df);
                }
            }
        }
    }
}

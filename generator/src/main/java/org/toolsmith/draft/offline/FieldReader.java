package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * Turns list items into fields: label in plain words, type from the lexicon and the shape of the
 * item ("ready?", "(yes/no)", "or not", "(low/medium/high)", "which project", "who approved it").
 */
final class FieldReader {
    private static final Pattern PAREN = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.…]+$");
    private static final Pattern END_MARKS = Pattern.compile("[.;:!]+$");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    /** Types of a way to reach someone: "(phone, email)" after a name are its fields, though a channel's values as well. */
    private static final java.util.Set<FieldType> CONTACT_TYPES = java.util.EnumSet.of(FieldType.PHONE, FieldType.EMAIL, FieldType.URL);
    private static final Pattern LEAD_WORDS = Pattern.compile("(?iu)^(?:also|aussi|également|egalement|también|tambien|además|ademas|auch|außerdem|ausserdem)\\s+");
    /** Relative words asking for a person, after which a preposition belongs to the name ("compté par qui"). */
    private static final java.util.Set<String> PERSON_RELATIVES = java.util.Set.of("who", "whom", "qui", "quien", "quienes", "wer", "wem", "wen");
    /** Words closing an item that say it is one more, not what it is: "too", "as well", "aussi", "también", "auch". */
    private static final Pattern TAIL_WORDS = Pattern.compile("(?iu)\\s+(?:too|as well|also|aussi|également|egalement|en plus|también|tambien|además|ademas|auch|ebenfalls)$");
    /** "date of the incident of course", "la date bien sûr", "Funddatum natürlich": a filler closing the item is no part of it. */
    private static final Pattern FILLER_TAIL = Pattern.compile("(?iu)\\s*,?\\s+(?:of course|obviously|naturally|needless to say|for sure|please|if possible"
            + "|bien s[uû]r|[ée]videmment|naturellement|s'il vous pla[iî]t|si possible|por supuesto|claro|obviamente|naturalmente|por favor|si es posible"
            + "|nat[uü]rlich|selbstverst[aä]ndlich|bitte|wenn m[oö]glich|klar)(\\s*\\([^()]*\\))?$");
    /** "Arrived on", "Bought on": the label a "when" question gives from its participle. */
    private static final Pattern PARTICIPLE_ON = Pattern.compile("^(\\p{L}+) on$");
    private static final Pattern SLASH_PAIR_HEAD = Pattern.compile("^([\\p{L}-]+)\\s*/\\s*([\\p{L}-]+)\\s+([\\p{L}-]+)$");
    private static final Pattern TRAILING_SLASH = Pattern.compile("^(.*?)\\s*((?:[^\\s/]+(?:\\s[^\\s/]+)?\\s*/\\s*)+[^\\s/]+(?:\\s[^\\s/]+)?)$");
    private static final Pattern TRAILING_SLASH_WORDS = Pattern.compile("^(.*?)\\s*((?:[^\\s/]+\\s*/\\s*)+[^\\s/]+)$");

    private final Lexicon lex;
    private final Pattern relative;

    /** A record kind that an item mentions ("which customer (we have 800, each with an address)"). */
    record Mention(String name, List<DraftField> fields, String because, boolean named) {
        Mention(String name, List<DraftField> fields, String because) {
            this(name, fields, because, true);
        }
    }

    final List<Mention> mentions = new ArrayList<>();
    final QuestionReader questions;

    FieldReader(Lexicon lex) {
        this.lex = lex;
        this.relative = lex.relativePattern;
        this.questions = new QuestionReader(lex, this);
    }

    private static final java.util.Set<String> NAME_WORDS = java.util.Set.of("name", "full name", "nom", "nom complet", "nombre",
            "nombre completo", "vorname", "nachname");

    /** Alternatives that are a name and ways to reach the person ("name/email", "nom ou téléphone"): no options. */
    private boolean identifiedBy(List<String> alts) {
        boolean name = false;
        for (String a : alts) {
            String f = Text.fold(a);
            if (NAME_WORDS.contains(f)) {
                name = true;
            } else {
                FieldType t = FieldTyper.type(lex, a);
                if (t != FieldType.EMAIL && t != FieldType.PHONE) {
                    return false;
                }
            }
        }
        return name;
    }

    /** Reads a whole list, carrying heads across "first and last day" and "buyer's name and phone". */
    List<DraftField> readAll(List<ListSplitter.Item> items) {
        List<ListSplitter.Item> fixed = CodeRuns.join(lex, SharedHeads.countRuns(lex, SharedHeads.expand(lex, items)));
        for (int i = 0; i < fixed.size(); i++) {
            fixed.set(i, dropHasVerb(fixed.get(i)));
        }
        AskedYesNo.joinDetails(lex, fixed);
        AddedDetails.whenOfWho(lex.lang, fixed);
        for (int i = 0; i + 1 < fixed.size(); i++) {
            ListSplitter.Item a = fixed.get(i);
            ListSplitter.Item b = fixed.get(i + 1);
            List<String> aw = Text.words(Text.fold(a.text()));
            List<String> bw = Text.words(Text.fold(b.text()));
            if (!b.joined() || SharedHeads.apply(lex, fixed, i)) {
                continue;
            }
            // "the start and end time": an article before the modifier changes nothing
            boolean article = aw.size() == 2 && lex.articles.contains(aw.get(0));
            String mod = article ? a.text().strip().split("\\s+", 2)[1] : a.text().strip();
            if (a.options().isEmpty() && (aw.size() == 1 || article) && bw.size() >= 2 && lex.modifiers.contains(aw.get(aw.size() - 1))
                    && !lex.articles.contains(bw.get(0))) {
                String[] bWords = b.text().strip().split("\\s+");
                String head = lex.lang.headLast() ? bWords[bWords.length - 1] : bWords[0];
                String joined = lex.lang.headLast() ? mod + " " + head : head + " " + mod;
                fixed.set(i, new ListSplitter.Item(joined));
            } else if (sharesPluralHead(a, aw, bw)) {
                // "milk and meat withdrawal dates": two dates, one for each word before the shared head
                String bText = b.text().strip();
                String rest = Inflector.singular(lex.lang, bText.substring(bText.indexOf(' ') + 1));
                fixed.set(i, new ListSplitter.Item(mod + " " + rest, a.options(), a.joined()));
                fixed.set(i + 1, new ListSplitter.Item(Inflector.singular(lex.lang, bText), b.options(), true));
            } else if (lex.lang == Lang.EN && a.text().contains("'s ") && bw.size() == 1 && !lex.whStart(Text.fold(b.text()))) {
                String owner = a.text().substring(0, a.text().indexOf("'s "));
                String[] ow = owner.split("\\s+");
                fixed.set(i + 1, new ListSplitter.Item(ow[ow.length - 1] + " " + b.text().strip(), b.options(), true));
            } else if (!lex.lang.headLast() && aw.size() == 1 && bw.size() >= 3 && lex.ofWords.contains(bw.get(bw.size() - 2))
                    && FieldTyper.type(lex, a.text()) != FieldType.TEXT
                    // "teléfono y fecha de nacimiento": the date has its own head, the phone keeps none of it
                    && !(FieldTyper.type(lex, b.text()) == FieldType.DATE && FieldTyper.type(lex, a.text()) != FieldType.DATE)) {
                String[] bWords = b.text().strip().split("\\s+");
                String tail = bWords[bWords.length - 2] + " " + bWords[bWords.length - 1];
                fixed.set(i, new ListSplitter.Item(a.text().strip() + " " + tail));
            }
        }
        List<DraftField> out = new ArrayList<>();
        for (ListSplitter.Item item : fixed) {
            if (PurposeItems.aside(lex.lang, item.text())) {
                continue;
            }
            out.addAll(read(wishedItem(lex, item)));
        }
        DateRange.placesBesideDate(lex, out);
        TypeHints.foldSeveralItems(lex, out);
        TrailingOptions.fold(lex, out);
        return out;
    }

    /**
     * English "milk and meat withdrawal dates": a bare word that names no field, "and", then another such word before a
     * head of two or more words said in the plural: both words qualify the head. "name and phone numbers" (a field word,
     * a head of one word) and "photos and delivery dates" (the first already plural) stay two things.
     */
    private boolean sharesPluralHead(ListSplitter.Item a, List<String> aw, List<String> bw) {
        if (lex.lang != Lang.EN || aw.size() != 1 || bw.size() < 3 || !a.options().isEmpty() || lex.articles.contains(bw.get(0))) {
            return false;
        }
        String last = bw.get(bw.size() - 1);
        FieldVocabulary vocabulary = FieldVocabulary.of(lex);
        return !Inflector.singularWord(lex.lang, last).equals(last) && Inflector.singularWord(lex.lang, aw.get(0)).equals(aw.get(0))
                && !vocabulary.words.contains(aw.get(0)) && !vocabulary.words.contains(bw.get(0))
                && FieldTyper.type(lex, aw.get(0)) == FieldType.TEXT && !lex.npStop.contains(bw.get(0)) && !lex.whStart(bw.get(0));
    }

    /**
     * "and it would be nice to see the amount owed too", "et ce serait bien d'avoir le montant dû", "y estaría bien ver el
     * importe pendiente": a wish closing the list names only what it wishes for.
     */
    static ListSplitter.Item wishedItem(Lexicon lex, ListSplitter.Item item) {
        String text = item.text().strip();
        String f = Text.fold(text);
        if (f.length() != text.length() || !item.options().isEmpty()) {
            return item;
        }
        int sp = f.indexOf(' ');
        int from = sp > 0 && lex.and.contains(f.substring(0, sp)) ? sp + 1 : 0;
        for (Pattern p : List.of(lex.wishedTo, lex.wished)) {
            Matcher m = p.matcher(f.substring(from));
            if (m.matches() && m.group(1) != null && m.end(1) - m.start(1) < f.length() - from) {
                text = text.substring(from + m.start(1), from + m.end(1));
                // a wish of its own: never the second half of "start and end date"
                item = new ListSplitter.Item(text, item.options(), false);
                break;
            }
        }
        Matcher lead = LEAD_WORDS.matcher(text);
        int rest = lead.find() ? Text.wordCount(text.substring(lead.end())) : 0;
        if (rest >= 2 && rest <= 6) {
            // (a longer clause after "además" is a sentence of its own, read by the kind readers: "además el responsable
            // tiene que rellenar una valoración … con fecha y comentarios")
            // "y también la fecha de devolución": one more field, not the second half of a shared head
            return new ListSplitter.Item(text.substring(lead.end()), item.options(), false);
        }
        Matcher filler = FILLER_TAIL.matcher(END_MARKS.matcher(text).replaceAll(""));
        if (filler.find() && filler.start() > 0 && Text.wordCount(text.substring(0, filler.start())) >= 1) {
            // "the price of course (in euros)": the aside after the filler stays
            text = text.substring(0, filler.start()) + (filler.group(1) == null ? "" : filler.group(1));
            item = new ListSplitter.Item(text, item.options(), item.joined());
        }
        // "the amount owed too": the closing "too" goes before the label is read (it is no participle's object)
        Matcher tail = TAIL_WORDS.matcher(END_MARKS.matcher(text).replaceAll(""));
        if (tail.find() && tail.start() > 0 && Text.wordCount(text.substring(0, tail.start())) >= 2) {
            // "date, et la date de retour aussi": one more field, not the second half of a shared head
            return new ListSplitter.Item(text.substring(0, tail.start()), item.options(), false);
        }
        return item;
    }

    /** "(and when it went back to them)", "(et quand il a été rendu)": a question added in brackets, without its "and". */
    private String andAsked(String inner) {
        String f = Text.fold(inner.strip());
        int sp = f.indexOf(' ');
        if (sp < 0 || f.length() != inner.strip().length() || !lex.and.contains(f.substring(0, sp))) {
            return null;
        }
        String rest = f.substring(sp + 1).strip();
        boolean asks = lex.whStart(rest) || lex.whether.stream().anyMatch(w -> rest.startsWith(w + " "));
        return asks && Text.wordCount(rest) >= 2 ? inner.strip().substring(sp + 1).strip() : null;
    }

    List<DraftField> read(ListSplitter.Item item) {
        String because = item.text().strip();
        for (String h : lex.hedges) {
            // "roughly what it costs": the hedge is no part of the field
            String fb = Text.fold(because);
            if (fb.startsWith(h + " ") && fb.length() == because.length() && Text.wordCount(because) > Text.wordCount(h) + 1) {
                because = because.substring(h.length()).strip();
                item = new ListSplitter.Item(because, item.options(), item.joined());
            }
        }
        List<String> small = Text.words(Text.fold(because));
        String bare = Text.fold(because.replaceAll("[?.!]+$", ""));
        if (item.options().isEmpty() && !small.isEmpty() && !lex.whStart(bare) && lex.wh.stream().noneMatch(w -> w.pattern().matcher(bare).matches())
                && small.stream().allMatch(w -> (lex.articles.contains(w) && !lex.modifiers.contains(w) && !lex.dateSuffix.contains(w)
                        && !lex.npStop.contains(w)) || (lex.forEach.contains(w) && !lex.per.contains(w)))) {
            // "then", "and also": small words name no field ("from", "to", "von", "bis" do: they are dates)
            return List.of();
        }
        String text = InlineExamples.cut(Text.squash(END_MARKS.matcher(because).replaceAll("")));
        // "severity SEV1 to SEV3", "classe (1 à 5)": the range is the options; "rating 1 to 10", "score out of 100": a number
        RangeChoice.Read scale = RangeChoice.read(lex, text);
        if (scale != null) {
            DraftField d = typed(scale.label(), because, "");
            d.type = scale.type();
            d.options(scale.options());
            d.target = null;
            return List.of(d);
        }
        // "du … au …", "Zeitraum (von/bis)", and a bound alone ("von", "bis"): the dates of a range
        String[] range = DateRange.pair(lex, Text.fold(text));
        if (range != null) {
            return List.of(new DraftField(range[0], FieldType.DATE, because), new DraftField(range[1], FieldType.DATE, because));
        }
        String bound = DateRange.single(lex, Text.fold(text));
        if (bound != null) {
            return List.of(new DraftField(bound, FieldType.DATE, because));
        }
        String ticked = TickLabels.quoted(text);
        if (ticked != null) {
            DraftField box = typed(ticked, because, "");
            box.type = FieldType.BOOLEAN;
            return List.of(box);
        }
        List<String> options = new ArrayList<>(item.options());
        boolean yesNo = false;
        StringBuilder hint = new StringBuilder();
        // parentheses: options, a yes/no mark, a group of fields, or a hint such as "(PDF)"
        String outside = Text.squash(PAREN.matcher(text).replaceAll(" "));
        boolean choiceLabel = FieldTyper.type(lex, cleanLabel(outside)) == FieldType.CHOICE
                || (lex.whStart(Text.fold(outside)) && hasChoiceWord(Text.fold(outside)))
                // "why (wrong size, damaged)", "how (card, cash)": a bare question word over its answers
                || Text.words(Text.fold(outside)).size() == 1 && lex.whStart(Text.fold(outside))
                || lex.wh.stream().anyMatch(w -> w.type() == FieldType.CHOICE && w.pattern().matcher(Text.fold(outside)).matches());
        Matcher pm = PAREN.matcher(text);
        StringBuilder rest = new StringBuilder();
        List<DraftField> group = new ArrayList<>();
        boolean pluralMark = false;
        boolean severalAside = false;
        List<DraftField> extra = new ArrayList<>();
        while (pm.find()) {
            String inner = pm.group(1).strip();
            if (OptionAsides.pluralMark(text, pm.start(), inner)) {
                pluralMark = true;
                pm.appendReplacement(rest, "");
                continue;
            }
            String[] aside = OptionAsides.split(inner);
            if (aside != null) {
                inner = aside[0];
                hint.append(' ').append(aside[1]);
                severalAside |= TypeCues.any(TypeCues.of(lex.lang).multi, Text.fold(aside[1]));
            }
            String fi = Text.fold(inner);
            pm.appendReplacement(rest, " ");
            String asked = andAsked(inner);
            if (asked != null && options.isEmpty()) {
                // "if the guest claimed it (and when it went back to them)": one more question, one more field
                extra.addAll(read(new ListSplitter.Item(asked)));
                continue;
            }
            if (isYesNo(fi)) {
                yesNo = true;
                continue;
            }
            if (TypeHints.aside(lex, fi) || InlineExamples.aside(fi)) {
                hint.append(' ').append(inner);
                continue;
            }
            if (questions.mentionsCollection(fi)) {
                hint.append(' ').append(inner);
                continue;
            }
            List<ListSplitter.Item> sub = new ListSplitter(lex).split(inner);
            // "offers a shift (date, start time, end time)": dates and times are fields even after a choice word
            boolean allTyped = sub.stream().allMatch(x -> {
                FieldType t = FieldTyper.type(lex, x.text());
                return t != FieldType.TEXT && t != FieldType.CHOICE && t != FieldType.BOOLEAN;
            });
            // "unit (grams, kg, litres)", "trade (electrician, plumber, painter)": the values of one family, a choice;
            // "contact details (phone, email)" stay the fields they name, though a channel's values too
            boolean family = OptionFamilies.oneFamily(sub.stream().map(ListSplitter.Item::text).toList())
                    && sub.stream().noneMatch(x -> CONTACT_TYPES.contains(FieldTyper.type(lex, x.text())));
            String kind = options.isEmpty() && group.isEmpty() && !choiceLabel && !family ? attributeKind(outside, sub) : null;
            if (kind != null) {
                // "customer (company, contact, email)": a kind of its own, which the record points to
                List<DraftField> own = new ArrayList<>();
                sub.forEach(x -> own.addAll(read(x)));
                String target = Inflector.singular(lex.lang, kind);
                mentions.add(new Mention(target, own, because, false));
                DraftField d = new DraftField(Text.capitalize(kind), FieldType.REFERENCE, because);
                d.target = target;
                return List.of(d);
            }
            if (sub.size() >= 2 && !family && (!choiceLabel || allTyped) && fieldLike(sub) && headsFieldLike(sub) && !valueList(sub) && options.isEmpty() && !startsWithMarker(fi)) {
                for (ListSplitter.Item s : sub) {
                    group.addAll(read(s));
                }
                continue;
            }
            List<String> alts = Options.splitAlternatives(inner, lex);
            boolean plain = alts.stream().allMatch(a -> Text.wordCount(a) <= 4
                    && Text.words(Text.fold(a)).stream().noneMatch(lex.pronouns::contains));
            if (alts.size() >= 2 && options.isEmpty() && plain && identifiedBy(alts)) {
                // "borrower (name/email)", "l'emprunteur (nom ou e-mail)": how the person is written down, not a choice
                hint.append(' ').append(inner);
            } else if (alts.size() >= 2 && options.isEmpty() && plain) {
                if (Options.isYesNo(alts)) {
                    yesNo = true;
                } else {
                    options.addAll(alts);
                }
            } else {
                hint.append(' ').append(inner);
            }
        }
        pm.appendTail(rest);
        text = Text.squash(rest.toString());
        // "is it insured (y/n) and with whom": a yes/no question that also asks which; the answer is a text of its own
        String unasked = options.isEmpty() ? AskedYesNo.withoutDetails(lex, text) : null;
        boolean details = unasked != null && (yesNo || AskedYesNo.opens(lex, unasked)
                || lex.whether.stream().anyMatch(w -> Text.fold(unasked).startsWith(w + " ")));
        text = details ? unasked : text;
        // "did it pass", "has the owner been contacted", "wurde es bezahlt": a yes/no question without its mark
        if (options.isEmpty() && !text.endsWith("?") && AskedYesNo.opens(lex, text)) {
            yesNo = true;
            text = AskedYesNo.label(lex, text);
        }
        // "contact (name, phone)", "an agent offers a shift (date, start time)": the group is what is asked for
        if (!group.isEmpty() && (Text.words(Text.fold(text)).size() <= 3 || !lex.whStart(Text.fold(text)))) {
            DraftField actor = actorField(text, because);
            if (actor != null) {
                group.add(0, actor);
            }
            group.addAll(extra); // "who found it (and when it went back)": the bracketed question too
            return group;
        }
        DraftField actor = options.isEmpty() && !yesNo ? actorField(text, because) : null;
        if (actor != null) {
            return extra.isEmpty() ? List.of(actor) : java.util.stream.Stream.concat(java.util.stream.Stream.of(actor), extra.stream()).toList();
        }
        String f = Text.fold(text);
        // "laptop ordered?" and "returned or not"
        if (text.endsWith("?")) {
            // "when was it granted?" asks for a date, "returned?" for a yes or no
            String asked = Text.fold(text.replaceAll("\\?+$", "").strip());
            // "at what time?", "en qué idioma?": a preposition before the question word still asks for a value
            boolean ledWh = asked.indexOf(' ') > 0 && lex.npStop.contains(asked.substring(0, asked.indexOf(' '))) && lex.whStart(asked.substring(asked.indexOf(' ') + 1));
            yesNo = !lex.whStart(asked) && !ledWh || lex.whether.stream().anyMatch(w -> asked.startsWith(w + " "));
            text = text.replaceAll("\\?+$", "").strip();
            text = yesNo ? AskedYesNo.label(lex, text) : text;
            f = Text.fold(text);
        }
        for (String yn : lex.yesNo) {
            if (Text.containsPhrase(f, yn)) {
                yesNo = true;
                text = TickLabels.afterYesNo(removePhrase(text, yn));
                f = Text.fold(text);
            }
        }
        if (options.isEmpty() && !yesNo) {
            Matcher sp = SLASH_PAIR_HEAD.matcher(text);
            if (sp.matches() && lex.modifiers.contains(Text.fold(sp.group(1)))) {
                return List.of(typed(sp.group(1) + " " + sp.group(3), because, hint),
                        typed(sp.group(2) + " " + sp.group(3), because, hint));
            }
            Matcher ts = TRAILING_SLASH_WORDS.matcher(text);
            if (!ts.matches() || ts.group(1).isBlank()) {
                ts = TRAILING_SLASH.matcher(text);
            }
            if (ts.matches() && !MeasureLabels.hasUnit(TypeCues.of(lex.lang), Text.fold(ts.group(2)))) {
                List<String> parts = Options.splitAlternatives(ts.group(2), lex);
                String label = ts.group(1).strip();
                if (Options.isYesNo(parts)) {
                    yesNo = true;
                    text = label;
                } else if (!label.isEmpty() && parts.size() <= 3 && fieldWords(parts)) {
                    // "student name/email": two fields of the student, not a choice
                    List<DraftField> split = new ArrayList<>();
                    for (String part : parts) {
                        split.add(typed(label + " " + Character.toLowerCase(part.charAt(0)) + part.substring(1), because, hint));
                    }
                    return split;
                } else if (label.isEmpty() && parts.size() == 2 && parts.stream().allMatch(p -> lex.modifiers.contains(Text.fold(p)))) {
                    return List.of(typed(parts.get(0), because, hint), typed(parts.get(1), because, hint));
                } else if (parts.size() >= 3 || (!label.isEmpty() && parts.size() >= 2)) {
                    options.addAll(parts);
                    text = label;
                }
            }
            f = Text.fold(text);
        }
        // a bare "a or b" with no label: a choice
        boolean lengths = options.isEmpty() && !yesNo && Text.words(f).size() <= 6 && lengthsOfTime(f);
        if (options.isEmpty() && !yesNo && Text.words(f).size() <= 5 && (FieldTyper.type(lex, text) == FieldType.TEXT
                || Options.lookLikeStatus(Options.splitAlternatives(text, lex), lex) || lengths)) {
            for (String o : lex.or) {
                if (Text.containsPhrase(f, o) && !f.startsWith(o + " ") && !lex.whStart(f)) {
                    List<String> alts = Options.splitAlternatives(text, lex);
                    if (alts.size() >= 2 && alts.stream().allMatch(a -> Text.wordCount(a) <= 2)) {
                        options.addAll(alts);
                        // "15 or 45 min", "half day or full day": a choice of how long
                        text = lengths ? lex.durationLabel : "";
                        f = Text.fold(text);
                    }
                }
            }
        }
        DraftField field = null;
        // "at which site", "on what date", "for which project": the preposition only leads in
        List<String> lead = Text.words(f);
        if (lead.size() >= 3 && lex.npStop.contains(lead.get(0)) && !lex.whWords.contains(lead.get(0))
                && lex.whStart(f.substring(f.indexOf(' ') + 1)) && f.length() == text.length()) {
            text = text.substring(text.indexOf(' ') + 1).strip();
            f = Text.fold(text);
        }
        // "the date it arrived", "date we bought it": the "when" question it stands for ("when it arrived" → Arrived on)
        Matcher dc = options.isEmpty() && !yesNo && f.length() == text.length() ? lex.dateClause.matcher(f) : null;
        String dateWord = null;
        if (dc != null && dc.matches()) {
            String[] said = BLANKS.split(text.substring(0, dc.start(1)).strip());
            dateWord = said[said.length > 1 && lex.articles.contains(Text.fold(said[0])) ? 1 : 0];
            text = lex.dateClauseWh + " " + text.substring(dc.start(1)).strip();
            f = Text.fold(text);
        }
        // questions: who, when, what, which, whether ("by when" too: a question the lexicon knows)
        String asked = f;
        if (lex.whStart(f) || lex.wh.stream().anyMatch(w -> w.pattern().matcher(asked).matches())
                || lex.whether.stream().anyMatch(w -> asked.startsWith(w + " "))) {
            field = questions.read(text, f, because, options, hint);
            if (field == null) {
                group.addAll(extra);
                return group;
            }
            Matcher on = PARTICIPLE_ON.matcher(field.label);
            if (dateWord != null && on.matches()) {
                // "the date it arrived" → Date arrived (the date word said stays in the name; "when it arrived" is Arrived on)
                field.label = Text.capitalize(dateWord) + " " + on.group(1).toLowerCase(java.util.Locale.ROOT);
            }
        }
        if (field == null) {
            String label = cleanLabel(text);
            if (label.isEmpty()) {
                label = options.isEmpty() ? "" : OptionFamilies.label(lex, options, Options.lookLikeStatus(options, lex) ? lex.statusLabel : lex.typeLabel);
            }
            if (label.isEmpty()) {
                group.addAll(extra);
                return group;
            }
            field = typed(label, because, hint);
        }
        if (yesNo) {
            field.type = FieldType.BOOLEAN;
            field.options.clear();
        } else if (Options.isYesNo(options)) {
            field.type = FieldType.BOOLEAN;
            field.options.clear();
        } else if (!options.isEmpty() && (TypeHints.several(lex, options, because) | pluralMark | severalAside | multi(field.label) | TypeHints.pluralThenParticiple(lex, field.label)) && !options.isEmpty()) {
            field.type = FieldType.MULTI_CHOICE;
            field.options(options);
            field.target = null;
        } else if (!options.isEmpty()) {
            field.type = FieldType.CHOICE;
            field.options(options);
            field.target = null;
        }
        List<DraftField> out = new ArrayList<>(group);
        out.addAll(extra);
        // "when the contract starts and ends": one phrase, two fields
        String[] labels = field.label.split("\\|");
        for (int i = labels.length - 1; i >= 0; i--) {
            DraftField one = i == 0 ? field : new DraftField(labels[i], field.type, field.because);
            one.label = Text.capitalize(labels[i].strip());
            out.add(0, one);
        }
        if (details) {
            out.add(labels.length, new DraftField(AskedYesNo.detailsLabel(lex, field.label), FieldType.LONG_TEXT, field.because));
        }
        return out;
    }

    /** Units of time that end each alternative of a choice of lengths ("30 or 60 min", "demi-journée ou journée"). */
    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("min", "mins", "minute", "minutes", "hr", "hrs",
            "hour", "hours", "h", "day", "days", "week", "weeks", "night", "nights", "month", "months", "heure", "heures",
            "jour", "jours", "journee", "journees", "semaine", "semaines", "nuit", "nuits", "mois", "minuto", "minutos", "hora",
            "horas", "dia", "dias", "jornada", "jornadas", "semana", "semanas", "noche", "noches", "mes", "meses", "minuten",
            "stunde", "stunden", "std", "tag", "tage", "woche", "wochen", "nacht", "nachte", "monat", "monate");
    private static final java.util.regex.Pattern OR_SPLIT = java.util.regex.Pattern.compile("\\s*,\\s*|\\s+(?:or|ou|o|oder)\\s+");
    private static final java.util.regex.Pattern GLUED_LENGTH = java.util.regex.Pattern.compile("\\d+(?:min|mins|h|hr|hrs)");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)?");

    /** Whether {@code folded} is only lengths of time joined by "or": "15 or 45 min", "half day or full day". */
    private static boolean lengthsOfTime(String folded) {
        String[] alts = OR_SPLIT.split(folded.strip());
        if (alts.length < 2) {
            return false;
        }
        boolean measured = false;
        for (int i = 0; i < alts.length; i++) {
            List<String> w = Text.words(alts[i]);
            if (w.isEmpty() || w.size() > 2) {
                return false;
            }
            String last = w.get(w.size() - 1);
            if (last.indexOf('-') > 0) {
                // "demi-journée", "half-day": the unit after the hyphen
                last = last.substring(last.lastIndexOf('-') + 1);
                measured = true;
            }
            boolean glued = GLUED_LENGTH.matcher(last).matches();
            boolean bareNumber = i < alts.length - 1 && w.size() == 1 && NUMBER.matcher(last).matches();
            if (!TIME_UNITS.contains(last) && !glued && !bareNumber) {
                return false;
            }
            measured |= w.size() == 2 || glued || bareNumber;
        }
        // "45 min", "half day", "30min" say a length; lone "day or night" is a period
        return measured;
    }

    /** The words of {@code text} that fold to {@code folded}, as the person wrote them. */
    static String original(String text, String folded) {
        String ft = Text.fold(text);
        int i = ft.indexOf(folded);
        if (i < 0 || ft.length() != text.length()) {
            return folded;
        }
        return text.substring(i, i + folded.length());
    }

    /** Label without articles, trailing clauses ("supplier if known"), or end punctuation. */
    String cleanLabel(String text) {
        String t = text.strip();
        String f = Text.fold(t);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String w : lex.withWords) {
                // "with the purpose" → "purpose"
                if (!w.contains(" ") && f.startsWith(w + " ") && f.length() == t.length() && Text.wordCount(t) >= 2) {
                    t = t.substring(w.length() + 1).strip();
                    f = Text.fold(t);
                    changed = true;
                }
            }
            for (String a : lex.articles) {
                if (f.startsWith(a + " ") && f.length() == t.length()) {
                    t = t.substring(a.length() + 1).strip();
                    f = Text.fold(t);
                    changed = true;
                } else if (a.endsWith("'") && f.startsWith(a) && f.length() > a.length()) {
                    t = t.substring(a.length()).strip();
                    f = Text.fold(t);
                    changed = true;
                }
            }
        }
        Matcher r = relative.matcher(" " + f);
        if (r.find() && r.start() > 0) {
            int cut = r.start() - 1;
            if (cut > 0 && cut <= t.length()) {
                t = t.substring(0, cut).strip();
                // "obra en la que se usa", "le projet sur lequel ça part": the preposition and article led into the clause
                // ("compté par qui" keeps its "par": a person is asked for)
                List<String> left = new ArrayList<>(List.of(BLANKS.split(t)));
                while (left.size() > 1 && !PERSON_RELATIVES.contains(r.group().strip())
                        && (lex.npStop.contains(Text.fold(left.get(left.size() - 1))) || lex.articles.contains(Text.fold(left.get(left.size() - 1))))) {
                    left.remove(left.size() - 1);
                }
                t = String.join(" ", left);
            }
        }
        t = t.replaceAll("[?.!,:;\\-]+$", "").strip();
        // "the due date as well", "la date de retour aussi", "el importe también", "das Rückgabedatum auch": said in passing
        Matcher tail = TAIL_WORDS.matcher(t);
        if (tail.find() && tail.start() > 0) {
            t = t.substring(0, tail.start()).strip();
        }
        for (Lexicon.Rewrite rw : lex.rewrites) {
            Matcher m = rw.pattern().matcher(Text.fold(t));
            if (m.matches() && Text.fold(t).length() == t.length()) {
                String rep = rw.replacement();
                for (int g = 1; g <= m.groupCount(); g++) {
                    rep = rep.replace("$" + g, m.group(g) == null ? "" : t.substring(m.start(g), m.end(g)));
                }
                t = Text.squash(rep);
                break;
            }
        }
        t = t.replaceAll("^[\"']|[\"']$", "");
        if (lex.lang == Lang.DE) {
            t = GermanLabels.normalize(t, lex.participles, lex.verbs);
        }
        if (Text.words(Text.fold(t)).size() > 6) {
            return "";
        }
        return Text.capitalize(t);
    }

    private static final java.util.regex.Pattern FORMAT_SUFFIX = java.util.regex.Pattern.compile(
            "(?iu)^(\\p{L}.*?)\\s+(?:als|as an?|as|en|in|como)\\s+(\\p{L}+)$");

    private static final java.util.regex.Pattern ANY_LEAD = java.util.regex.Pattern.compile("(?i)\\s*(?:and |plus |also |with )?any\\s");

    private DraftField typed(String label, String because, CharSequence hint) {
        String clean = cleanLabel(label);
        FieldType type = TypeHints.apply(lex, hint, FieldTyper.type(lex, clean), clean);
        if ((type == FieldType.BOOLEAN || type == FieldType.TEXT) && lex.lang == Lang.EN && Text.wordCount(clean) == 1
                && (ANY_LEAD.matcher(label).lookingAt() || ANY_LEAD.matcher(because).lookingAt())) {
            // "any defects", "any damage": an account of whatever there is, written out
            type = FieldType.LONG_TEXT;
        }
        if (type == FieldType.FILE) {
            // "Zertifikat als PDF", "contrat signé en PDF": the format says the type, the rest names the field
            Matcher fm = FORMAT_SUFFIX.matcher(clean);
            if (fm.matches() && lex.types.stream().anyMatch(t -> t.type() == FieldType.FILE && t.words().contains(Text.fold(fm.group(2))))) {
                clean = fm.group(1).strip();
            }
        }
        DraftField d = new DraftField(clean, type, because);
        if (type.hasOptions()) {
            d.options(lex.defaultOptions(Text.fold(clean)));
        }
        return d;
    }

    /** Person words too plain to name a field: "the person doing it" reads as the deed, not "Person". */
    private static final java.util.Set<String> GENERIC_PEOPLE = java.util.Set.of("person", "staff", "worker", "employee", "staff member", "team member");

    /** "an agent offers a shift", "another agent can take it": a person doing something to the record, "Offered by". */
    private DraftField actorField(String text, String because) {
        Matcher m = lex.actorVerb.matcher(Text.fold(text.strip()));
        boolean person = m.matches() && m.groupCount() >= 2 && (FieldTyper.type(lex, m.group(1)) == FieldType.PERSON || lex.actors.contains(m.group(1) + "s"));
        if (!person || lex.stopwords.contains(m.group(2))) {
            return null;
        }
        if (lex.lang == Lang.EN && m.group(2).length() >= 5 && m.group(2).endsWith("ing") && !lex.actors.contains(m.group(1))
                && FieldTyper.type(lex, m.group(1)) == FieldType.PERSON && !GENERIC_PEOPLE.contains(m.group(1))) {
            // "the nurse running it", "the engineer fixing it": the person is named by their own noun, "Nurse"
            return new DraftField(Text.capitalize(FieldReader.original(text, m.group(1))), FieldType.PERSON, because);
        }
        String verb = m.group(2).replaceAll("(?<=[^s])s$|(?<=ss|sh|ch|x|o)es$", "");
        if (lex.lang == Lang.EN && verb.length() >= 5 && verb.endsWith("ing")) {
            // "the person doing it" → "Done by", "someone running it" → "Run by"
            verb = verb.substring(0, verb.length() - 3);
            int n = verb.length();
            if (n > 2 && verb.charAt(n - 1) == verb.charAt(n - 2) && "bdgmnprt".indexOf(verb.charAt(n - 1)) >= 0) {
                String single = verb.substring(0, n - 1);
                // "running" → "Run by", but "logging" → "Logged by", "shipping" → "Shipped by": the doubled consonant stays
                verb = Inflector.pastParticiple(single).equals(single + "ed") ? verb + "ed" : single;
            }
        }
        return new DraftField(Text.capitalize(Inflector.pastParticiple(verb) + " " + lex.byWord), FieldType.PERSON, because);
    }

    /** "name/email", "phone/e-mail": each part is a field word of its own (a type word or a name). */
    private boolean fieldWords(List<String> parts) {
        boolean typed = false;
        for (String p : parts) {
            String f = Text.fold(p);
            FieldType t = FieldTyper.type(lex, f);
            if (Text.wordCount(p) != 1 || t == FieldType.CHOICE || t == FieldType.BOOLEAN || (t == FieldType.TEXT && !lex.identifier.contains(f))) {
                return false;
            }
            typed |= t != FieldType.TEXT;
        }
        return typed;
    }

    private boolean hasChoiceWord(String folded) {
        return lex.types.stream().filter(t -> t.type() == FieldType.CHOICE)
                .anyMatch(t -> Text.words(folded).stream().anyMatch(t.words()::contains));
    }

    private boolean multi(String label) {
        String f = Text.fold(label);
        List<String> words = Text.words(f);
        for (String w : words) {
            if (lex.multiWords.contains(w)) {
                return true;
            }
        }
        // "channels (press, radio, social media)": a list of values under a plural name means several may apply
        return !words.isEmpty() && pluralHead(words);
    }

    /** Whether the phrase's head word is a plural ("allergens", "canales", "langues"). */
    private boolean pluralHead(List<String> words) {
        String head = FieldTyper.head(lex, words);
        return head.length() > 4 && !Text.fold(Inflector.singularWord(lex.lang, head)).equals(head);
    }

    private boolean isYesNo(String folded) {
        for (String yn : lex.yesNo) {
            if (folded.equals(yn) || folded.equals(yn.replace(" ", ""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The head of "customer (company, contact, email)", "la bici (marca, modelo)", "Objekt (Adresse, Anzahl
     * Wohnungen)" when the bracket holds what a party or thing has (attribute words, typed words), the head is a
     * plain noun of one or two words (no question, no choice, no attribute itself: "contact (name, phone)" stays the
     * fields of a contact) and nothing in it reads as a value; else null. A person ("customer", "tenant") is a kind
     * only with what an organisation has (party words: company, contact person, country).
     */
    private String attributeKind(String outside, List<ListSplitter.Item> sub) {
        if (sub.size() < 2) {
            return null;
        }
        String head = cleanLabel(outside);
        String fh = Text.fold(head);
        List<String> hw = Text.words(fh);
        if (hw.isEmpty() || hw.size() > 2 || fh.length() != head.length() || lex.whStart(fh)
                || hw.stream().anyMatch(w -> lex.stopwords.contains(w) || lex.pronouns.contains(w) || lex.npStop.contains(w)
                        || lex.verbs.contains(w) || lex.attributeWords.contains(w) || lex.namingWords.contains(w))) {
            return null;
        }
        FieldType ht = FieldTyper.type(lex, head);
        boolean party = lex.peopleKinds.contains(Text.fold(Inflector.singular(lex.lang, head))) || ht == FieldType.PERSON;
        // "the client (name, phone)" are the details of one person on the record; "customer (company, contact)" a kind
        if (ht != FieldType.TEXT && ht != FieldType.PERSON || party && sub.stream().noneMatch(x -> lex.partyWords.contains(
                TRAILING_DOTS.matcher(Text.fold(x.text())).replaceAll("").strip()))) {
            return null;
        }
        int attr = 0;
        int said = 0;
        for (ListSplitter.Item s : sub) {
            String f = TRAILING_DOTS.matcher(Text.fold(s.text())).replaceAll("").strip();
            int n = Text.words(f).size();
            if (n == 0 || n > 4 || !s.options().isEmpty() || lex.statusWords.contains(f) || lex.otherValues.contains(f)) {
                return null;
            }
            if (lex.attributeWords.contains(f) || lex.namingWords.contains(f)) {
                said++;
                attr++;
            } else if (n <= 3 && FieldTyper.hasTypeWord(lex, f)) {
                attr++;
            }
        }
        // "die Einheit (g, kg, ml oder Liter)": typed words alone may be units, values of a choice
        // "the machine (type, serial number, hours meter)": one attribute word and every other item a typed field word
        boolean allAttributes = said >= 1 && attr == sub.size() && sub.size() >= 3;
        return (said * 2 >= sub.size() || allAttributes) && attr >= 2 && attr * 3 >= sub.size() * 2 ? head : null;
    }

    /** Whether most sub-items read as fields rather than options ("name, email, order number"). */
    boolean fieldLike(List<ListSplitter.Item> sub) {
        int hits = 0;
        for (ListSplitter.Item s : sub) {
            String f = Text.fold(s.text());
            if ((FieldTyper.hasTypeWord(lex, f) || lex.whStart(f) || !s.options().isEmpty()) && !lex.statusWords.contains(f)) {
                hits++;
            }
        }
        return hits * 5 >= sub.size() * 2 && hits >= 2;
    }

    /**
     * Whether bracketed items still read as fields when a type word counts only as an item's head: "the reason
     * (damaged, end of season, overstock, price match)" has "price" only as a modifier of "match", so the items are
     * values; "(name, date of birth, phone number)" keeps its heads. English "amount paid": the head is before a
     * trailing participle.
     */
    private boolean headsFieldLike(List<ListSplitter.Item> sub) {
        int hits = 0;
        for (ListSplitter.Item s : sub) {
            String f = Text.fold(s.text());
            List<String> w = new ArrayList<>(Text.words(f));
            w.removeIf(x -> lex.articles.contains(x) || lex.possessives.contains(x));
            if (!s.options().isEmpty() || lex.whStart(f)) {
                hits++;
                continue;
            }
            if (w.isEmpty() || lex.statusWords.contains(f)) {
                continue;
            }
            if (lex.lang == Lang.EN && w.size() >= 2 && w.get(w.size() - 1).endsWith("ed")) {
                w.remove(w.size() - 1);
            }
            String head = FieldTyper.head(lex, w);
            // "damaged", "livré cassé": a state, which a value list names as often as a field does
            boolean state = FieldTyper.type(lex, head) == FieldType.BOOLEAN;
            if (!state && FieldTyper.hasTypeWord(lex, head) || phraseHead(f, head)) {
                hits++;
            }
        }
        return hits * 5 >= sub.size() * 2 && hits >= 2;
    }

    /** Whether a multi-word type phrase ("phone number", "date de naissance") in the item holds its head. */
    private boolean phraseHead(String folded, String head) {
        for (Lexicon.TypeWords tw : lex.types) {
            if (tw.type() == FieldType.TEXT) {
                continue;
            }
            for (String p : tw.phrases()) {
                if (Text.containsPhrase(folded, p) && Text.words(p).contains(head)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether bracketed items read as the values of the field before them, not as fields of their own: one is a
     * catch-all ("other", "autre", "sonstige"). (Counting attribute words as well, so that "the role (till, floor,
     * supervisor)" reads as values, lowered a hidden set by an app and was taken out; see docs/offline-drafting.md.)
     */
    boolean valueList(List<ListSplitter.Item> sub) {
        return sub.stream().anyMatch(s -> lex.otherValues.contains(TRAILING_DOTS.matcher(Text.fold(s.text())).replaceAll("").strip()));
    }

    /** Whether at least one item names a field type and none reads as a status. */
    boolean someFieldWord(List<ListSplitter.Item> items) {
        return items.stream().anyMatch(i -> FieldTyper.hasTypeWord(lex, Text.fold(i.text())))
                && items.stream().noneMatch(i -> lex.statusWords.contains(Text.fold(i.text())));
    }

    /** Whether a list without heading reads as fields: short items, questions or type words. */
    /** "has a date" → "a date": a has-verb before an article only opens the field. */
    private ListSplitter.Item dropHasVerb(ListSplitter.Item item) {
        String t = item.text().strip();
        Matcher some = lex.someHave.matcher(Text.fold(t));
        if (some.matches() && Text.fold(t).length() == t.length()) {
            // "most have names", "some also have a nickname": the field is the thing, said once ("names" → Name)
            String thing = t.substring(some.start(1)).strip();
            boolean bare = !lex.articles.contains(Text.words(Text.fold(thing)).get(0));
            return new ListSplitter.Item(bare && Text.wordCount(thing) <= 2 ? Inflector.singular(lex.lang, thing) : thing, item.options(), item.joined());
        }
        String[] w = t.split("\\s+", 3);
        if (w.length == 3 && lex.has.contains(Text.fold(w[0])) && lex.articles.contains(Text.fold(w[1])) && !AskedYesNo.opens(lex, t)) {
            return new ListSplitter.Item(w[1] + " " + w[2], item.options(), item.joined());
        }
        return item;
    }

    boolean fieldish(List<ListSplitter.Item> items) {
        int hits = 0;
        for (ListSplitter.Item s : items) {
            String f = Text.fold(s.text().replaceAll("\\([^()]*\\)", " "));
            int n = Text.words(f).size();
            boolean pronoun = Text.words(f).stream().anyMatch(lex.pronouns::contains);
            if ((n <= 3 && !pronoun) || lex.whStart(f) || (n <= 6 && FieldTyper.hasTypeWord(lex, f)) || !s.options().isEmpty()) {
                hits++;
            }
        }
        return hits >= 3 && hits * 10 >= items.size() * 6;
    }

    private boolean startsWithMarker(String folded) {
        return lex.optionMarkers.stream().anyMatch(m -> folded.startsWith(m + " "));
    }

    private static String removePhrase(String text, String folded) {
        String f = Text.fold(text);
        int i = f.indexOf(folded);
        if (i < 0 || f.length() != text.length()) {
            return text.replaceAll("(?i)" + Pattern.quote(folded), "").strip();
        }
        return Text.squash(text.substring(0, i) + " " + text.substring(i + folded.length()));
    }
}

package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * List items that are questions: "whether they paid" (a yes/no, or a status when it names
 * alternatives), "who approved it" (a person), "which project" (a link), "how many nights".
 */
final class QuestionReader {
    private static final Pattern ED = Pattern.compile("\\{ed:([a-z]+)\\}");
    private static final String WHOLE_GROUP = "$1";
    private static final Pattern BY = Pattern.compile("\\{by:([A-Za-z]*)\\}");
    /** "{noun:replace}" → Replacement, "{noun:cleaning}" → Cleaning: the act a verb names, from the lexicon's nominal list. */
    private static final Pattern NOUN = Pattern.compile("\\{noun:([A-Za-z]*)\\}");
    /** A lexicon's last who-pattern ("^qui\\b.*"): any item the specific ones did not name. */
    private static final Pattern BARE_WHO = Pattern.compile("\\^\\p{L}+\\\\b\\.\\*");

    private final Lexicon lex;
    private final FieldReader fields;

    QuestionReader(Lexicon lex, FieldReader fields) {
        this.lex = lex;
        this.fields = fields;
    }

    DraftField read(String text, String f, String because, List<String> options, StringBuilder hint) {
        if (Text.words(f).stream().anyMatch(lex.negations::contains)) {
            return null;
        }
        VerbFamily.Hit fam = VerbFamily.ask(lex.lang, f);
        if (fam != null && fam.role() != VerbFamily.Role.AGENT && fam.role() != VerbFamily.Role.DATE && options.isEmpty()) {
            // "how many were delivered" → Quantity delivered, "why it was turned down" → Rejection reason (VerbFamily)
            return new DraftField(fam.label(), fam.type(), because);
        }
        for (String w : lex.whether) {
            if (f.startsWith(w + " ")) {
                String label = stripSubject(text.substring(text.length() - f.length() + w.length()).strip());
                if (label.isEmpty()) {
                    return null;
                }
                List<String> alts = Options.splitAlternatives(label, lex);
                if (alts.size() >= 2 && Text.words(Text.fold(label)).stream().anyMatch(lex.or::contains)
                        && alts.stream().allMatch(x -> Text.wordCount(x) <= 3)) {
                    return new DraftField(OptionFamilies.label(lex, alts, lex.statusLabel), FieldType.CHOICE, because).options(alts);
                }
                return new DraftField(Text.capitalize(label), FieldType.BOOLEAN, because);
            }
        }
        for (Lexicon.Wh wh : lex.wh) {
            Matcher m = wh.pattern().matcher(f);
            if (m.matches()) {
                DraftField d = fromWh(wh, m, text, because, options);
                if (fam != null && VerbFamily.bare(d.label) && d.type == fam.type()) {
                    d.label = fam.label(); // "quand il a été expédié": Date d'expédition, not a bare Date
                }
                d.label = DoerLabels.doerLabel(lex.lang, d.label); // "qui l'a validée": Validé par
                return d;
            }
        }
        Matcher wm = lex.which.matcher(f);
        if (wm.matches() && !lex.ofWords.contains(wm.group(1).split(" ")[0]) && !lex.articles.contains(wm.group(1).split(" ")[0])
                && !lex.pronouns.contains(wm.group(1).split(" ")[0])) {
            String noun = wm.group(1);
            String[] nw = noun.split(" ");
            // keep a two-word noun only when the second word is not a verb or pronoun ("which project it")
            if (nw.length == 2 && (lex.relative.contains(nw[1]) || lex.stopwords.contains(nw[1]) || lex.pronouns.contains(nw[1])
                    || lex.npStop.contains(nw[1]) || lex.verbForms.contains(nw[1]) || lex.verbs.contains(nw[1])
                    || (lex.lang == Lang.EN && nw[1].length() > 4 && nw[1].endsWith("ed")))) {
                noun = nw[0];
            }
            String label = FieldReader.original(text, noun);
            DraftField d = new DraftField(Text.capitalize(label), FieldType.REFERENCE, because);
            d.target = Inflector.singular(lex.lang, label);
            FieldType own = FieldTyper.type(lex, label);
            // "quel livre": a word that also reads as a state ("livré") still names a thing
            if (own != FieldType.TEXT && own != FieldType.CHOICE && own != FieldType.BOOLEAN) {
                d.type = own;
                d.target = null;
            }
            if (mentionsCollection(Text.fold(hint.toString()))) {
                fields.mentions.add(new FieldReader.Mention(d.target == null ? label : d.target, fieldsAfterWith(hint.toString()), because));
            }
            return d;
        }
        return null;
    }

    private DraftField fromWh(Lexicon.Wh wh, Matcher m, String text, String because, List<String> options) {
        String label = wh.label();
        for (int g = 1; g <= m.groupCount(); g++) {
            label = label.replace("$" + g, m.group(g) == null ? "" : trimTail(FieldReader.original(text, m.group(g))));
        }
        // "by whom" → "Done by", "checked by who" → "Checked by": the doer named by the participle said, else "Done"
        Matcher by = BY.matcher(label);
        if (by.find()) {
            label = by.replaceFirst(by.group(1).isEmpty() ? "done" : by.group(1));
        }
        Matcher noun = NOUN.matcher(label);
        if (noun.find()) {
            label = noun.replaceFirst(Matcher.quoteReplacement(nounOf(noun.group(1))));
        }
        Matcher ed = ED.matcher(label);
        StringBuilder sb = new StringBuilder();
        while (ed.find()) {
            ed.appendReplacement(sb, Inflector.pastParticiple(ed.group(1)));
        }
        ed.appendTail(sb);
        label = Text.squash(sb.toString());
        String[] lw = label.split(" ");
        if (lex.lang == Lang.EN && lw.length == 2 && List.of("by", "on", "to").contains(lw[1]) && Inflector.irregularParticiple(lw[0]) != null) {
            // "who did it" → "Done by", not "Did by"
            label = Inflector.irregularParticiple(lw[0]) + " " + lw[1];
        }
        label = WhoParticiple.mend(lex.lang, label);
        if (wh.type() == FieldType.PERSON && m.groupCount() == 0 && BARE_WHO.matcher(wh.pattern().pattern()).matches()) {
            // "qui valide", "wer anfragt": the verb names the person field
            String named = WhoParticiple.label(lex.lang, m.group(), text);
            label = named == null ? label : named;
        }
        FieldType type = wh.type();
        if (type == FieldType.TEXT && WHOLE_GROUP.equals(wh.label())) {
            // "which of our engineers got assigned": one of them, typed as its noun says ("Engineer" is a person)
            label = Inflector.singular(lex.lang, label);
            FieldType own = FieldTyper.type(lex, label);
            type = own == FieldType.PERSON ? own : type;
        }
        if (type == FieldType.TEXT && !options.isEmpty()) {
            type = FieldType.CHOICE;
        }
        DraftField d = new DraftField(Text.capitalize(label), type, because);
        if (type.hasOptions() && options.isEmpty()) {
            d.options(lex.defaultOptions(Text.fold(label)));
        }
        return d;
    }

    /** "people we" → "people": a captured phrase without trailing pronouns or small words. */
    private String trimTail(String phrase) {
        List<String> lw = new ArrayList<>(List.of(phrase.strip().split(" ")));
        while (lw.size() > 1 && (lex.pronouns.contains(Text.fold(lw.get(lw.size() - 1)))
                || lex.stopwords.contains(Text.fold(lw.get(lw.size() - 1))))) {
            lw.remove(lw.size() - 1);
        }
        return String.join(" ", lw);
    }

    /** "they've paid for their ticket" → "paid for ticket". */
    private String stripSubject(String s) {
        List<String> keep = new ArrayList<>();
        for (String w : s.split("\\s+")) {
            String fw = Text.fold(w).replaceAll("[^\\p{L}'-]", "");
            if (lex.subjectWords.contains(fw) || lex.articles.contains(fw)) {
                continue;
            }
            keep.add(w.replaceAll("[?.!]+$", ""));
        }
        return String.join(" ", keep).strip();
    }

    boolean mentionsCollection(String folded) {
        for (String w : lex.weHave) {
            if (Text.containsPhrase(folded, w)) {
                return true;
            }
        }
        return false;
    }

    /** Fields after "each with" / "with" in a hint ("we have 800, each with an address and a region"). */
    private List<DraftField> fieldsAfterWith(String rawHint) {
        String hint = Text.squash(rawHint);
        String f = Text.fold(hint);
        for (String w : lex.withWords) {
            int i = f.indexOf(" " + w + " ");
            if (i >= 0 && f.length() == hint.length()) {
                List<DraftField> out = new ArrayList<>();
                for (ListSplitter.Item it : new ListSplitter(lex).split(hint.substring(i + w.length() + 2))) {
                    out.addAll(fields.read(it));
                }
                return out;
            }
        }
        return List.of();
    }

    /** The act a verb names: "replace" → Replacement, "replacing" → Replacement, "delivery" stays Delivery. */
    private String nounOf(String word) {
        String w = Text.fold(word);
        String stem = w.endsWith("ing") && w.length() > 5 ? w.substring(0, w.length() - 3) : w;
        for (String k : List.of(w, stem, stem + "e")) {
            String n = lex.nominal.get(k);
            if (n != null) {
                return n;
            }
        }
        return Text.capitalize(word);
    }
}

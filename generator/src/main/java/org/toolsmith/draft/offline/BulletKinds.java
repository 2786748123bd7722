package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * Bullets that each open a kind, written in mixed ways under one heading:
 * <pre>
 * - customer (company, contact, phone)
 * - hire: customer, site address, start date, weekly rate
 * - and whether the inspection tag is done
 * </pre>
 * "Kind: fields", "kind (fields)", "a list of kinds …", "for each kind …" and "kinds with a, b, c" each
 * open a kind; a bullet that opens none goes on describing the kind of the bullet before it. The
 * bullets are read this way when most of them (and two at least) open a kind; otherwise they are one
 * kind's fields, as before ("- status: open, closed" is a field with its options, not a kind: its
 * items name no field type).
 */
final class BulletKinds extends ReaderPart {
    private static final Pattern COLON = Pattern.compile("^([^:,;()]{2,60}?)\\s*:\\s*(.+)$");
    private static final Pattern PARENS = Pattern.compile("^([^:,;()]{2,60}?)\\s*\\(([^()]+)\\)\\s*(.*)$");

    BulletKinds(RequestReader reader) {
        super(reader);
    }

    /**
     * For each bullet, the text to read as a sentence that opens a kind, or null for a bullet that
     * opens none; null as a whole when the bullets are not one kind each.
     */
    List<String> kindOpenings(List<String> bullets) {
        if (bullets.size() < 2) {
            return null;
        }
        List<String> out = new ArrayList<>();
        int kinds = 0;
        for (String b : bullets) {
            String k = opening(b.strip());
            out.add(k);
            if (k != null) {
                kinds++;
            }
        }
        if (kinds >= 2 && kinds * 2 >= bullets.size() && out.get(0) == null) {
            // "- rooms: number, floor, beds" beside other kinds: a bare plural that also reads as a count ("rooms")
            // opens a kind too when its list holds fields
            out.set(0, pluralOpening(bullets.get(0).strip()));
        }
        return kinds >= 2 && kinds * 2 >= bullets.size() && out.get(0) != null ? out : null;
    }

    /** "rooms: number, floor, beds": one or two words ending in a plural, a name of a kind, and a list of fields. */
    private String pluralOpening(String b) {
        Matcher c = COLON.matcher(b);
        if (!c.matches()) {
            return null;
        }
        String head = c.group(1).strip();
        List<String> w = Text.words(Text.fold(head));
        if (w.isEmpty() || w.size() > 2 || lex.whStart(Text.fold(head)) || heads.headName(head) == null
                || Text.fold(Inflector.singular(lex.lang, head)).equals(Text.fold(head))) {
            return null;
        }
        List<ListSplitter.Item> items = splitter.split(c.group(2));
        return items.size() >= 2 && fields.fieldLike(items) ? b : null;
    }

    /** The bullet as a sentence that opens a kind, or null. */
    private String opening(String b) {
        String with = KindBullets.withLine(lex, b);
        if (with != null) {
            return with;
        }
        if (heads.forEachKind(b) != null) {
            return b;
        }
        Matcher p = PARENS.matcher(b);
        if (p.matches() && kindHead(p.group(1))) {
            List<ListSplitter.Item> items = splitter.split(p.group(2));
            if (items.size() >= 2 && (fields.fieldLike(items) || items.size() >= 3 && fields.someFieldWord(items))) {
                String rest = p.group(3).replaceAll("^[\\s,;.]+", "");
                return p.group(1).strip() + ": " + p.group(2).strip() + (rest.isBlank() ? "" : ", " + rest);
            }
        }
        Matcher c = COLON.matcher(b);
        if (c.matches() && kindHead(c.group(1))) {
            List<ListSplitter.Item> items = splitter.split(c.group(2));
            // "paints: colour, finish, base type, drying time": a type word among three items or more is enough, as in brackets
            if (items.size() >= 2 && fields.fieldLike(items) || items.size() >= 3 && fields.someFieldWord(items)) {
                return b;
            }
        }
        return listOf(b) ? b : null;
    }

    /** A bullet's label and what follows it: "findings: …", "amendments - …", "Nachträge – …". */
    private static final Pattern LABELLED = Pattern.compile("^([^:,;()]{2,40}?)\\s*(?::|\\s[-–]\\s)\\s*(.+)$");

    /** A noun (one word, or two in {@link #NOUN2_THEN_LIST}) and what opens its list: a colon, a comma, a dash or a with-word. */
    private static final Pattern NOUN_THEN_LIST = Pattern.compile("^(\\p{L}[\\p{L}'-]*)(?:\\s*[:,]\\s*|\\s+[-–]\\s+|\\s+(\\p{L}+)\\s+)(.+)$");
    private static final Pattern NOUN2_THEN_LIST = Pattern.compile(
            "^(\\p{L}[\\p{L}'-]*\\s+\\p{L}[\\p{L}'-]*)(?:\\s*[:,]\\s*|\\s+[-–]\\s+|\\s+(\\p{L}+)\\s+)(.+)$");

    /**
     * Bullets under a heading that names a kind, the first ones that kind's fields and others a kind of their own
     * that belongs to it:
     * <pre>
     * Audits:
     * - title, date, auditor
     * - findings: each finding with description, owner, due date and status
     * - actions - for each finding: what, who, by when
     * </pre>
     * For each bullet, {child kind, owner kind or null for the heading's, its list} or null; null as a whole when no
     * bullet opens a child or none is left to the heading's kind (the first bullet must be one of those).
     */
    List<String[]> children(List<String> bullets) {
        if (bullets.size() < 2) {
            return null;
        }
        List<String[]> out = new ArrayList<>();
        boolean any = false;
        for (String b : bullets) {
            String[] c = out.isEmpty() ? null : child(b.strip());
            out.add(c);
            any |= c != null;
        }
        return any ? out : null;
    }

    /** One bullet as {child, owner or null, list}, or null when it opens no child kind. */
    private String[] child(String b) {
        Matcher m = LABELLED.matcher(b);
        String[] c = null;
        if (m.matches() && Text.wordCount(m.group(1)) <= 4) {
            // a label that reads as a field ("findings") still heads its records when "each finding" follows
            c = child(m.group(1).strip(), m.group(2).strip());
        }
        if (c == null) {
            c = child(null, b);
        }
        return c != null ? c : pluralList(b);
    }

    private static final Pattern BRACKETED = Pattern.compile("^([^:,;()]{2,40}?)\\s*\\(([^()]+)\\)\\s*[.;]?$");

    /**
     * "- visits: date, vet, cost", "- les interventions (date, technicien, durée)": among a kind's field bullets, a
     * plural noun (an article before it at most) with a list of its own that reads as fields names records of its own
     * that belong to the heading's kind; {child, null, list}, or null. Not a field word ("dates: start, end"), a status,
     * or a list of values ("allergies: nuts, dairy"). Session 17, k1.
     */
    private String[] pluralList(String b) {
        Matcher m = LABELLED.matcher(b);
        if (!m.matches()) {
            m = BRACKETED.matcher(b);
            if (!m.matches()) {
                return null;
            }
        }
        List<String> w = new ArrayList<>(Text.words(Text.fold(m.group(1))));
        if (w.size() >= 2 && lex.articles.contains(w.get(0))) {
            w.remove(0);
        }
        String label = m.group(1).strip();
        String noun = label.substring(label.lastIndexOf(' ') + 1);
        if (w.size() > 1) {
            // "expense items: …", "lignes de commande : …", "líneas de pedido: …": a label of two or three words whose
            // head is a part or an event word (session 26) names the records as one word does
            String head = partHead(w);
            if (head == null) {
                return null;
            }
            return pluralParts(label, head, m.group(2));
        }
        String one = Inflector.singular(lex.lang, noun);
        String oneFolded = Text.fold(one);
        if (oneFolded.equals(w.get(0)) || lex.statusWords.contains(oneFolded) || lex.notFields.contains(w.get(0))) {
            return null;
        }
        List<ListSplitter.Item> items = splitter.split(m.group(2));
        if (items.size() < 2 || fields.valueList(items) || !fields.fieldLike(items) && !fields.someFieldWord(items)) {
            return null;
        }
        // "fees: date, amount", "cotisations : date, montant": a word typed as an amount or a state still names records
        // when a dated list of fields follows; "dates: start, end" stays a field group
        FieldType own = FieldTyper.type(lex, oneFolded);
        boolean dated = own != FieldType.DATE && own != FieldType.DATETIME
                && items.stream().anyMatch(i -> FieldTyper.type(lex, Text.fold(i.text())) == FieldType.DATE);
        if (!dated && !partWord(oneFolded) && (!kindWord(noun) || FieldTyper.hasTypeWord(lex, oneFolded))) {
            return null;
        }
        return new String[] {Text.capitalize(one), null, m.group(2)};
    }

    /** The head of a label of two or three words when it is a plural part or event word ("items", "lignes"), else null. */
    private String partHead(List<String> w) {
        KindNouns nouns = KindNouns.of(lex.lang);
        if (w.size() > 3 || nouns == null) {
            return null;
        }
        String head = lex.lang.headLast() ? w.get(w.size() - 1) : w.get(0);
        if (!lex.lang.headLast() && !OF.contains(w.get(1))) {
            return null;
        }
        String one = Text.fold(Inflector.singularWord(lex.lang, head));
        return !one.equals(head) && partWord(one) ? head : null;
    }

    /** A part or event word, singular and folded ("step", "aufgabe"), or a German compound ending in one ("arbeitsschritt"). */
    private boolean partWord(String one) {
        KindNouns nouns = KindNouns.of(lex.lang);
        if (nouns == null) {
            return false;
        }
        if (nouns.parts().contains(one) || nouns.events().contains(one)) {
            return true;
        }
        if (lex.lang == Lang.DE) {
            for (String p : nouns.parts()) {
                if (SourceEventKinds.compoundOf(one, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "de", "del", "du", "des", "d'": what joins a Romance head to its noun ("lignes de commande"). */
    private static final Set<String> OF = Set.of("de", "del", "du", "des", "d");

    /** {child named by the whole label in the singular, null, list} when the list reads as fields, else null. */
    private String[] pluralParts(String label, String head, String list) {
        List<ListSplitter.Item> items = splitter.split(list);
        if (items.size() < 2 || fields.valueList(items) || !fields.fieldLike(items) && !fields.someFieldWord(items)) {
            return null;
        }
        String one = Inflector.singular(lex.lang, label);
        return new String[] {Text.capitalize(one), null, list};
    }

    /** The bullet's rest after its label (or the whole bullet, label null) as {child, owner or null, list}, or null. */
    private String[] child(String label, String rest) {
        boolean kindLabel = label != null && kindHead(label);
        String f = Text.fold(rest);
        if (f.length() != rest.length()) {
            return null;
        }
        for (String fe : lex.forEach) {
            // "per X" opens a child only after its own label ("Vorfälle - pro Baustelle: …")
            if (!f.startsWith(fe + " ") || lex.per.contains(fe) && label == null) {
                continue;
            }
            String after = rest.substring(fe.length()).strip();
            Matcher n = nounList(NOUN_THEN_LIST, after);
            if (n == null && lex.lang == Lang.EN) {
                // "each time entry with …": English puts two nouns together
                n = nounList(NOUN2_THEN_LIST, after);
            }
            if (n == null || !kindWord(n.group(1))) {
                continue;
            }
            String noun = n.group(1);
            List<ListSplitter.Item> items = splitter.split(n.group(3));
            if (items.size() < 2 || !fields.fieldLike(items) && !fields.someFieldWord(items)) {
                return null;
            }
            String nounKind = Text.capitalize(Inflector.singular(lex.lang, noun));
            boolean ownerPhrase = Text.words(fe).size() > 1 || lex.per.contains(fe);
            if (label == null || Text.fold(Inflector.singular(lex.lang, label)).equals(Text.fold(nounKind))) {
                // "each finding with …", "findings: each finding with …"; "for each finding: …" under its own label only
                return ownerPhrase ? null : new String[] {nounKind, null, n.group(3)};
            }
            if (!kindLabel) {
                return null;
            }
            if (!ownerPhrase) {
                // "Nachträge - jeder Nachtrag mit …": the noun after "each" names the records, in the singular
                return new String[] {nounKind, null, n.group(3)};
            }
            // "actions - for each finding: …": the label names the records, the for-each phrase their owner
            return new String[] {Text.capitalize(Inflector.singular(lex.lang, label)), nounKind, n.group(3)};
        }
        return null;
    }

    /** The noun and list after an each-word, when a colon, a comma, a dash or a with-word opens the list; or null. */
    private Matcher nounList(Pattern p, String after) {
        Matcher n = p.matcher(after);
        return n.matches() && (n.group(2) == null || lex.withWords.contains(Text.fold(n.group(2)))) ? n : null;
    }

    /** A noun that can name a kind: no small word, no time unit, no field type of its own but a yes/no reading. */
    private boolean kindWord(String noun) {
        String f = Text.fold(noun);
        List<String> w = Text.words(f);
        if (w.isEmpty() || w.stream().anyMatch(x -> lex.stopwords.contains(x) || lex.articles.contains(x) || lex.generic.contains(x)
                || lex.pronouns.contains(x) || lex.withWords.contains(x))) {
            return false;
        }
        FieldType t = FieldTyper.type(lex, Inflector.singular(lex.lang, f));
        return t == FieldType.TEXT || t == FieldType.BOOLEAN;
    }

    /** "a list of suppliers", "la liste des formations": the bullet names a collection. */
    private boolean listOf(String b) {
        List<String> w = Text.words(Text.fold(b));
        List<String> lo = Text.words(lex.listOf);
        for (int at = 0; at <= 1 && at + lo.size() < w.size(); at++) {
            if (w.subList(at, at + lo.size()).equals(lo) && (at == 0 || lex.articles.contains(w.get(0)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A heading that can name a kind: a few words that type as no field of their own ("address", "status" and "due
     * date" are fields); a yes/no reading ("commande" also reads as "commandé") does not count against it.
     */
    boolean kindHead(String head) {
        String h = head.strip();
        String f = Text.fold(h);
        List<String> w = Text.words(f);
        if (w.isEmpty() || w.size() > 5 || lex.whStart(f)) {
            return false;
        }
        FieldType t = FieldTyper.type(lex, f);
        return (t == FieldType.TEXT || t == FieldType.PERSON || t == FieldType.BOOLEAN) && heads.headName(h) != null;
    }
}

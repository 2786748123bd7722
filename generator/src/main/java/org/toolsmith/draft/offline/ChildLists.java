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
    /** What comes before the list: a colon, bracket or dash, or the verb word that opened it. */
    private static final java.util.regex.Pattern LIST_OPENER = java.util.regex.Pattern.compile("^\\s*(?:[:(\\-–]|\\p{L}+)\\s*");
    private static final java.util.regex.Pattern SPACE_OR_END = java.util.regex.Pattern.compile("[\\s.!]");

    private final RequestReader reader;
    private final Lexicon lex;
    /** The owner phrases ("for each", "per", "for a"), split into words once per request rather than per call. */
    private final List<OwnerPhrase> ownerPhrases;

    /** An owner phrase's words, and whether it is one of the "per" words (which stand alone even when short). */
    private record OwnerPhrase(List<String> words, boolean per) {
    }

    ChildLists(RequestReader reader) {
        this.reader = reader;
        this.lex = reader.lex;
        List<OwnerPhrase> phrases = new java.util.ArrayList<>();
        for (List<String> group : List.of(lex.forEach, List.copyOf(lex.per), FOR_ONE.getOrDefault(lex.lang, List.of()))) {
            for (String ph : group) {
                List<String> p = Text.words(ph);
                if (!p.isEmpty()) {
                    phrases.add(new OwnerPhrase(p, lex.per.contains(ph)));
                }
            }
        }
        this.ownerPhrases = List.copyOf(phrases);
    }

    /** Reads the sentence when it has this shape (the child's fields added, its link noted); false otherwise. */
    boolean read(String s) {
        int open = opener(s);
        if (open <= 0) {
            return false;
        }
        String head = s.substring(0, open);
        String list = LIST_OPENER.matcher(s.substring(open)).replaceFirst("");
        if (s.charAt(open) == '(' || s.startsWith(" (", open)) {
            int close = list.indexOf(')');
            if (close < 0 || !SPACE_OR_END.matcher(list.substring(close + 1)).replaceAll("").isEmpty()) {
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
            String verbless = childPhrase == null ? withoutVerbTail(head) : null;
            if (verbless != null) {
                // "Für jede Maschine werden Wartungen eingetragen: …", "per dog several vaccinations can be recorded (…)":
                // the plural before a passive verb at the end of the head
                childPhrase = passiveChild(verbless, ownerWord);
                head = verbless;
                hw = Text.words(Text.fold(head));
            }
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
        boolean people = lex.peopleKinds.contains(childFolded);
        if (cw.isEmpty() || childFolded.equals(ownerWord) || cw.stream().anyMatch(w -> lex.generic.contains(w) || lex.stopwords.contains(w))) {
            return false;
        }
        // a word that is also a field of its own ("shifts", "payments", "Beiträge", "créneaux") names records only
        // before a list of three fields, two of them typed, one typed otherwise than the word ("date, amount, method");
        // so does a people word ("for each branch the employees: name, phone, start date"; "…: Ann, Bob" stays)
        boolean typedWord = people || childType != FieldType.TEXT && !several(Text.fold(before(head, childPhrase)));
        List<ListSplitter.Item> items = childItems(list, typedWord ? 3 : 2);
        if (items == null || typedWord && !typedList(items, childType)) {
            return false;
        }
        String name = Text.capitalize(Inflector.singular(lex.lang, childPhrase.strip()));
        reader.addFields(name, items, s);
        reader.out.aboutLinks.add(new String[] {name, ownerWord, s});
        return true;
    }

    /**
     * Whether a list is the fields of records named by a word of that type: two items with a type word, and (but for a
     * choice word, whose records have no type of their own) one typed otherwise than the word.
     */
    private boolean typedList(List<ListSplitter.Item> items, FieldType wordType) {
        int typed = 0;
        boolean other = wordType == FieldType.CHOICE;
        for (ListSplitter.Item i : items) {
            String f = Text.fold(i.text());
            if (FieldTyper.hasTypeWord(lex, f)) {
                typed++;
                other |= FieldTyper.type(lex, f) != wordType;
            }
        }
        return typed >= 2 && other;
    }

    /** A section line: its label, the colon or dash after it, and the rest. */
    private static final java.util.regex.Pattern SECTION = java.util.regex.Pattern.compile("^([^:,;()/–-]{2,40}?)\\s*(?::|\\s[-–]\\s)\\s*(.+)$");

    /**
     * A heading that ends on a remark in parentheses or after a dash: "Findings (each audit can have several)",
     * "Schäden (je Fahrzeug)", "DAMAGES - each vehicle can have many".
     */
    private static final java.util.regex.Pattern REMARK_HEAD = java.util.regex.Pattern.compile(
            "^([^:,;()/–-]{2,40}?)\\s*(?:\\(([^()]{3,80})\\)|\\s[-–]\\s+([^:,;()]{3,80}?))\\s*$");

    /** "for a course", "pour une formation", "para un curso", "für einen Kurs": the owner said with an indefinite article. */
    private static final java.util.Map<Lang, List<String>> FOR_ONE = java.util.Map.of(Lang.EN, List.of("for a", "for an", "for one"),
            Lang.FR, List.of("pour un", "pour une"), Lang.ES, List.of("para un", "para una", "de un", "de una"),
            Lang.DE, List.of("fur einen", "fur eine", "fur ein"));

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern SLASH = java.util.regex.Pattern.compile("\\s*/\\s*");

    /** An owner phrase: words only ("for each room", "par cas de test"). */
    private static final java.util.regex.Pattern OWNER_TEXT = java.util.regex.Pattern.compile("[\\p{L}' -]+");

    /** Labels of a type that names values, not records ("Status: per order, …", "Costs: per project, …"). */
    private static final java.util.Set<FieldType> VALUE_LABELS = java.util.EnumSet.of(FieldType.DATE, FieldType.MONEY, FieldType.INTEGER,
            FieldType.DECIMAL, FieldType.CHOICE, FieldType.BOOLEAN);

    /**
     * A section whose label names its records and whose list opens with their owner(s): "Incidents : pour chaque
     * chantier, date, gravité, …", "Bookings - for each room: who booked, date, …", "Sessions: for a course, date,
     * room", "Attendance: per session per employee -> present / absent / excused", "Vorfälle - pro Baustelle: …".
     * The label's kind gets the rest (values alone become its status) and points to each owner. False when the
     * sentence is not so.
     */
    boolean section(String s) {
        int headEnd = s.indexOf(':');
        String[] owned = headEnd > 0 ? ownedHeading(s.substring(0, headEnd)) : null;
        java.util.regex.Matcher m = SECTION.matcher(s);
        if (owned == null && !m.matches()) {
            return false;
        }
        String label = owned != null ? owned[0] : m.group(1).strip();
        if (!recordLabel(label)) {
            return false;
        }
        List<String> owners;
        String list;
        if (owned != null) {
            // "Damages (per vehicle): …", "Schäden (je Fahrzeug): …", "Bookings - for each room: …"
            owners = List.of(owned).subList(1, owned.length);
            list = s.substring(headEnd + 1).strip();
        } else {
            String rest = m.group(2).strip();
            // the owners end at a colon ("Bookings - for each room: …"), an arrow or slash, or the first comma
            int colon = rest.indexOf(':');
            int comma = rest.indexOf(',');
            int slash = rest.indexOf(" / ");
            int end = java.util.stream.IntStream.of(colon, comma, slash).filter(i -> i > 0).min().orElse(-1);
            if (end < 0) {
                return false;
            }
            String ownerText = rest.substring(0, end);
            list = rest.substring(end + (end == slash ? 3 : 1)).strip();
            String of = Text.fold(ownerText);
            List<String> ow = Text.words(of);
            owners = of.length() != ownerText.length() || !OWNER_TEXT.matcher(ownerText).matches() ? null : owners(ow);
            String[] written = SPACES.split(ownerText.strip());
            for (int j = ow.size() - 1; owners == null && lex.lang == Lang.DE && j >= Math.max(2, ow.size() - 3) && written.length == ow.size()
                    && OWNER_TEXT.matcher(ownerText).matches() && Character.isUpperCase(written[j].charAt(0)); j--) {
                // "für jeden Lieferanten Datum, Menge, …": no comma after the owner, the first field (a noun) follows it
                owners = owners(ow.subList(0, j));
                if (owners != null) {
                    list = String.join(" ", java.util.Arrays.copyOfRange(written, j, written.length)) + ", " + list;
                }
            }
        }
        if (label.length() >= 4 && label.equals(label.toUpperCase(java.util.Locale.ROOT))) {
            // "DAMAGES - each vehicle can have many": a heading typed in capitals
            label = label.toLowerCase(java.util.Locale.ROOT);
        }
        int space = label.indexOf(' ');
        if (space > 0 && lex.articles.contains(Text.fold(label.substring(0, space)))) {
            // "- les pannes : pour chaque machine, …"
            label = label.substring(space + 1).strip();
        }
        String child = Text.capitalize(Inflector.singular(lex.lang, label));
        if (owners == null || owners.stream().anyMatch(o -> Text.fold(Inflector.singular(lex.lang, o)).equals(Text.fold(child)))) {
            return false;
        }
        List<ListSplitter.Item> items = reader.lead.stripLead(reader.splitter.split(list));
        String[] values = SLASH.split(list);
        if (values.length >= 2 && !list.contains(",") && java.util.Arrays.stream(values).allMatch(v -> !v.isBlank() && Text.wordCount(v) <= 3
                && !FieldTyper.hasTypeWord(lex, Text.fold(v)))) {
            // "-> present / absent / excused": values alone say the record's status
            items = List.of(new ListSplitter.Item(OptionFamilies.label(lex, java.util.Arrays.asList(values), lex.statusLabel) + " (" + String.join(", ", values) + ")"));
        }
        if (items.isEmpty() || !reader.fields.someFieldWord(items) && items.size() < 2 && owners.size() < 2) {
            return false;
        }
        reader.addFields(child, items, s);
        for (String o : owners) {
            reader.out.links.add(new String[] {Text.fold(child), Text.fold(Inflector.singular(lex.lang, o)), s, "child-text", "join"});
        }
        return true;
    }

    /** A label that can name records: one to three words, no for-each phrase, not a word for values ("Status", "Costs"). */
    private boolean recordLabel(String label) {
        String lf = Text.fold(label);
        List<String> lw = Text.words(lf);
        return !lw.isEmpty() && lw.size() <= 3 && ownerPhrase(lw, true) == null && !VALUE_LABELS.contains(FieldTyper.type(lex, lf))
                && !lex.and.contains(lw.get(0)) && reader.heads.headName(label) != null
                && lw.stream().noneMatch(w -> lex.stopwords.contains(w) && !lex.articles.contains(w) || verb(w));
    }

    /**
     * A heading whose remark in parentheses names the owner of its records: "Findings (each audit can have several)",
     * "Damages (per vehicle)", "Incidents (par chantier)"; {the heading without it, owner, …} or null.
     */
    String[] ownedHeading(String head) {
        java.util.regex.Matcher m = REMARK_HEAD.matcher(head.strip());
        if (!m.matches() || !recordLabel(m.group(1).strip())) {
            return null;
        }
        List<String> owners = parenOwners(m.group(2) != null ? m.group(2).strip() : m.group(3).strip());
        String label = Text.fold(Inflector.singular(lex.lang, m.group(1).strip()));
        if (owners == null || owners.stream().anyMatch(o -> Inflector.singular(lex.lang, o).equals(label))) {
            return null;
        }
        List<String> out = new java.util.ArrayList<>();
        out.add(m.group(1).strip());
        owners.forEach(o -> out.add(Inflector.singular(lex.lang, o)));
        return out.toArray(String[]::new);
    }

    /**
     * The owners a remark in parentheses names: the whole remark an owner phrase ("per vehicle", "pour chaque
     * chantier"), or a short remark with one each-word and its noun ("each audit can have several", "plusieurs par
     * audit", "varias por obra"); null otherwise.
     */
    private List<String> parenOwners(String paren) {
        String f = Text.fold(paren);
        if (f.length() != paren.length()) {
            return null;
        }
        List<String> w = Text.words(f);
        List<String> whole = owners(w);
        if (whole != null || w.size() > 8) {
            return whole;
        }
        for (int i = 0; i < w.size(); i++) {
            List<String> p = ownerPhrase(w.subList(i, w.size()), true);
            if (p == null || i + p.size() >= w.size()) {
                continue;
            }
            String noun = w.get(i + p.size());
            if (ownerNoun(noun)) {
                return List.of(noun);
            }
        }
        return null;
    }

    /** The owner nouns of "for each room", "per session per employee", "par session et par salarié", or null. */
    private List<String> owners(List<String> w) {
        List<String> owners = new java.util.ArrayList<>();
        int i = 0;
        boolean afterAnd = false;
        while (i < w.size()) {
            List<String> p = ownerPhrase(w.subList(i, w.size()), false);
            if (p == null && !afterAnd) {
                return null;
            }
            // "per test case and run": after "and" the for-each word may be left out
            int k = p == null ? i : i + p.size();
            if (k < w.size() && lex.articles.contains(w.get(k)) && k + 1 < w.size()) {
                k++;
            }
            if (k >= w.size()) {
                return null;
            }
            int end = k + 1;
            if (lex.lang == Lang.EN && end < w.size() && nounWord(w, end)) {
                // "per test case": English puts two nouns together
                end++;
            } else if ((lex.lang == Lang.FR || lex.lang == Lang.ES) && end + 1 < w.size() && OF.contains(w.get(end)) && nounWord(w, end + 1)) {
                // "par cas de test", "por caso de prueba"
                end += 2;
            }
            String noun = String.join(" ", w.subList(k, end));
            if (!ownerNoun(lex.lang == Lang.EN ? w.get(end - 1) : w.get(k)) && !drafted(noun)) {
                return null;
            }
            owners.add(noun);
            i = end;
            afterAnd = i < w.size() && lex.and.contains(w.get(i));
            if (afterAnd) {
                i++;
            }
        }
        return owners.isEmpty() ? null : owners;
    }

    /** The small word of "cas de test", "caso de prueba". */
    private static final java.util.Set<String> OF = java.util.Set.of("de", "del", "du");

    /** Whether word {@code at} goes on a noun: no small word, no "and", no for-each phrase. */
    private boolean nounWord(List<String> w, int at) {
        String x = w.get(at);
        return x.length() >= 3 && !lex.and.contains(x) && !lex.stopwords.contains(x) && !lex.articles.contains(x) && !lex.pronouns.contains(x)
                && !verb(x) && ownerPhrase(w.subList(at, w.size()), true) == null;
    }

    /** "has", "can", "keeps": a word that makes a clause, not a name. */
    private boolean verb(String x) {
        return lex.has.contains(x) || lex.modals.contains(x) || lex.verbs.contains(x) || lex.recordVerbs.contains(x);
    }

    /** A noun that can own records: no small word or time ("per month"), a thing, a person, or a kind drafted already. */
    private boolean ownerNoun(String noun) {
        FieldType t = FieldTyper.type(lex, Inflector.singularWord(lex.lang, noun));
        return noun.length() >= 3 && !lex.stopwords.contains(noun) && !lex.pronouns.contains(noun) && !lex.articles.contains(noun)
                && !HeadNames.TIME_UNITS.contains(noun) && (OWNER_TYPES.contains(t) || t == FieldType.BOOLEAN || drafted(noun));
    }

    /** Whether a kind of that name is drafted already ("Termine: …" before "pro Termin"). */
    private boolean drafted(String folded) {
        String n = Inflector.singularWord(lex.lang, folded);
        return reader.out.entities.stream().anyMatch(e -> Text.fold(e.name).equals(n) || Text.fold(e.name).equals(folded));
    }

    /**
     * The for-each, per or for-one phrase that opens these words (the longest), or null; a lone each-word ("each talk has
     * …" names the records themselves) only when {@code plainEach}.
     */
    private List<String> ownerPhrase(List<String> w, boolean plainEach) {
        List<String> best = null;
        for (OwnerPhrase ph : ownerPhrases) {
            List<String> p = ph.words();
            if (p.size() <= w.size() && w.subList(0, p.size()).equals(p) && (best == null || p.size() > best.size())
                    && (plainEach || p.size() > 1 || ph.per())) {
                best = p;
            }
        }
        return best;
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
        String last = NOT_WORD.matcher(w[w.length - 1]).replaceAll("");
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

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}-]");
    private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^\\p{L}]");

    /** The be-words of a passive: "can be recorded", "peuvent être saisies", "pueden ser anotadas", "dokumentiert werden". */
    private static final java.util.Set<String> BE = java.util.Set.of("be", "been", "being", "have", "has", "etre", "ete", "ser", "sido", "werden", "worden", "sein");

    /** Spanish participles and "-se" infinitives: "registradas", "anotados", "apuntarse". */
    private static final java.util.regex.Pattern ES_PARTICIPLE = java.util.regex.Pattern.compile(".{3,}(?:ad[oa]s?|id[oa]s?|rse)");

    /** French participles as written: "saisies", "notés", "enregistrées", "inscrits". */
    private static final java.util.regex.Pattern FR_PARTICIPLE = java.util.regex.Pattern.compile(".{3,}(?:é|ée|és|ées|ies|ise|ises|its|ites)");

    /**
     * The head without the passive verb that ends it ("…, breakdowns are logged", "werden Wartungen eingetragen",
     * "plusieurs cotisations peuvent être saisies", "harvests are written down"), or null when it does not end on one.
     */
    private String withoutVerbTail(String head) {
        String[] w = SPACES.split(head.strip());
        int end = w.length;
        boolean participle = false;
        while (end > 3) {
            String x = NOT_WORD.matcher(w[end - 1]).replaceAll("");
            String f = Text.fold(x);
            if (x.isEmpty()) {
                break;
            }
            if (!participle && end == w.length && lex.particles.contains(f)) {
                end--;
            } else if (participleWord(x, f)) {
                participle = true;
                end--;
            } else if (participle && (BE.contains(f) || lex.modals.contains(f))) {
                end--;
            } else {
                break;
            }
        }
        return participle ? String.join(" ", java.util.Arrays.copyOfRange(w, 0, end)) : null;
    }

    /** A participle or passive word as written: from the lexicon, English "-ed", a German lower-case word, a French or Spanish ending. */
    private boolean participleWord(String written, String folded) {
        if (lex.participles.contains(folded)) {
            return true;
        }
        return switch (lex.lang) {
            case EN -> folded.length() > 4 && folded.endsWith("ed") && !folded.endsWith("eed") && !lex.identifier.contains(folded);
            case DE -> written.length() > 3 && Character.isLowerCase(written.charAt(0)) && !lex.stopwords.contains(folded)
                    && !lex.articles.contains(folded) && !lex.and.contains(folded);
            case FR -> FR_PARTICIPLE.matcher(written.toLowerCase(java.util.Locale.ROOT)).matches();
            case ES -> ES_PARTICIPLE.matcher(folded).matches();
        };
    }

    /**
     * The plural that ends a head cut before its passive verb: opened as {@link #childNoun} wants, or right after a
     * passive or modal word ("werden Wartungen") or the owner itself ("for each room, bookings"); null otherwise.
     */
    private String passiveChild(String head, String ownerWord) {
        String c = childNoun(head);
        String[] w = SPACES.split(head.strip());
        if (c != null || w.length < 3) {
            return c;
        }
        String last = NOT_WORD.matcher(w[w.length - 1]).replaceAll("");
        String fl = Text.fold(last);
        if (last.length() < 4 || Inflector.singularWord(lex.lang, fl).equals(fl) || lex.stopwords.contains(fl)
                || lex.lang == Lang.DE && !Character.isUpperCase(last.charAt(0))) {
            return null;
        }
        String prev = NOT_LETTER.matcher(Text.fold(w[w.length - 2])).replaceAll("");
        boolean aux = lex.participles.contains(prev) || BE.contains(prev) || lex.modals.contains(prev) && prev.length() > 2;
        return aux || Inflector.singularWord(lex.lang, prev).equals(ownerWord) ? last : null;
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

    /**
     * Whether a word of that type, followed by {@code next}, can be the owner noun: a noun that also reads as a
     * participle ("por cada pedido las líneas", "pour chaque commande les lignes") when an article follows it.
     */
    private boolean owns(FieldType type, String next) {
        return OWNER_TYPES.contains(type) || type == FieldType.BOOLEAN && lex.articles.contains(next);
    }

    /** {index of the for-each phrase's first word, index of the owner noun, the phrase's length} in the head's words, or null. */
    private int[] owner(List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            for (String fe : lex.forEach) {
                List<String> p = Text.words(fe);
                // "per" alone is too common ("per week", "par mois"); the others name every one of a kind. A per-word
                // opening the head before a kind drafted already counts ("Pro Hund können mehrere …", "Per farm, …")
                boolean per = lex.per.contains(fe);
                if (p.isEmpty() || (per ? i != 0 : !each(p.get(p.size() - 1))) || i + p.size() >= w.size()
                        || !w.subList(i, i + p.size()).equals(p)) {
                    continue;
                }
                int k = i + p.size();
                String noun = w.get(k);
                if (per && !drafted(noun)) {
                    continue;
                }
                if (noun.length() > 2 && !lex.stopwords.contains(noun) && !lex.articles.contains(noun) && !lex.pronouns.contains(noun)
                        && (owns(FieldTyper.type(lex, Inflector.singularWord(lex.lang, noun)), k + 1 < w.size() ? w.get(k + 1) : "") || per)) {
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

package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import org.toolsmith.spec.FieldType;

/**
 * A field that names another kind and gives that kind's own fields in parentheses: "hotel (we have a
 * list - name, city, and the executive housekeeper there)", "the broker (we'd keep brokers as their
 * own list: agency name, agency code, a contact email)", "un client (nom + code client)", "Lieferant
 * (Name, E-Mail, Telefon)". The kind is made with those fields and the item stays a plain field, which
 * the linker turns into its reference. Options in parentheses ("status (open, closed)", "type (A, B,
 * C)") are left alone: the group must read as fields (words that name field types, or a list that
 * opens with a name).
 */
final class NestedKinds {
    private final RequestReader reader;
    private final Lexicon lex;

    NestedKinds(RequestReader reader) {
        this.reader = reader;
        this.lex = reader.lex;
    }

    /**
     * The items with each nested kind read off (its fields added to a kind of its own). A plural item with
     * its group ("the parts used (part, quantity, price)") is many records of the kind {@code owner} (null
     * when not known yet): a kind of its own that points to the owner, and no field of it.
     */
    List<ListSplitter.Item> readOff(List<ListSplitter.Item> items, String because, String owner) {
        List<ListSplitter.Item> out = null;
        for (int k = 0; k < items.size(); k++) {
            ListSplitter.Item item = items.get(k);
            String t = item.text().strip();
            int open = t.indexOf('(');
            if (open <= 0 || !t.endsWith(")") || t.indexOf('(', open + 1) >= 0) {
                continue;
            }
            String outer = t.substring(0, open).strip();
            String inner = t.substring(open + 1, t.length() - 1);
            String child = childKind(outer, inner);
            if (child != null && (owner == null || !Text.fold(child).equals(Text.fold(Inflector.singular(lex.lang, owner))))) {
                // the item is what made the kind (the sentence's "for each visit" says nothing of when a part is used)
                reader.addFields(child, reader.lead.stripLead(reader.splitter.split(inner)), t);
                if (owner != null) {
                    reader.out.links.add(new String[] {child, owner, t});
                }
                if (out == null) {
                    out = new ArrayList<>(items);
                }
                out.set(k, null);
                continue;
            }
            // a field among others: only a long group says the thing is a kind of its own ("the customer (name, phone)" stays fields)
            List<ListSplitter.Item> fields = innerFields(inner, false);
            String name = fields == null || Text.wordCount(outer) > 3 || !oneThing(outer) ? null : reader.heads.headName(outer);
            if (name == null || Text.fold(name).equals(Text.fold(lex.nameLabel))) {
                continue;
            }
            reader.addFields(name, fields, because);
            if (out == null) {
                out = new ArrayList<>(items);
            }
            out.set(k, new ListSplitter.Item(outer, List.of(), item.joined()));
        }
        return out == null ? items : out.stream().filter(java.util.Objects::nonNull).toList();
    }

    /**
     * "For each visit we note the date, the technician and the parts used: part, quantity, price": the last
     * item before the colon is many records with the list after it as their fields, written as the group it
     * stands for ("… and the parts used (part, quantity, price)"); the sentence as it was otherwise.
     */
    String childAfterList(String s) {
        int colon = s.indexOf(':');
        if (colon <= 0 || s.indexOf(':', colon + 1) >= 0 || s.indexOf('(') >= 0) {
            return s;
        }
        String head = s.substring(0, colon);
        String list = s.substring(colon + 1).strip();
        List<ListSplitter.Item> items = reader.splitter.split(head);
        if (items.size() < 2 || list.isEmpty()) {
            return s;
        }
        String last = items.get(items.size() - 1).text().strip();
        if (!head.strip().endsWith(last) || childKind(last, list) == null) {
            return s;
        }
        return head.strip() + " (" + list.replaceAll("[.!\\s]+$", "") + ")";
    }

    /**
     * "the parts used (part, quantity, price)", "les pièces utilisées (référence, quantité, prix)", "die
     * verwendeten Teile (Nummer, Menge, Preis)": a plural thing (a participle after it is no part of the name)
     * with three fields or more of its own, one of them a type word; its singular name, or null.
     */
    String childKind(String outer, String inner) {
        List<String> w = new ArrayList<>(java.util.Arrays.asList(outer.replaceAll("[^\\p{L}\\s'-]", " ").strip().split("\\s+")));
        while (!w.isEmpty() && (lex.articles.contains(Text.fold(w.get(0))) || lex.possessives.contains(Text.fold(w.get(0)))
                || lex.and.contains(Text.fold(w.get(0))))) {
            w.remove(0);
        }
        if (w.size() >= 2 && participle(w.get(w.size() - 1).toLowerCase(java.util.Locale.ROOT))) {
            w.remove(w.size() - 1);
        }
        if (lex.lang == Lang.DE && w.size() >= 2) {
            // "verwendeten Teile": the adjective before the noun keeps its ending
            w = new ArrayList<>(w.subList(w.size() - 1, w.size()));
        }
        if (w.isEmpty() || w.size() > 3) {
            return null;
        }
        // the noun that says how many: the last word, or in French and Spanish the first ("état des signatures" is one)
        String last = Text.fold(w.get(lex.lang == Lang.FR || lex.lang == Lang.ES ? 0 : w.size() - 1));
        String phrase = String.join(" ", w);
        if (last.length() < 3 || Inflector.singularWord(lex.lang, last).equals(last) || lex.stopwords.contains(last)
                || lex.generic.contains(Inflector.singularWord(lex.lang, last))
                || FieldTyper.type(lex, Text.fold(phrase)) != org.toolsmith.spec.FieldType.TEXT || lex.whStart(Text.fold(phrase))) {
            return null;
        }
        if (inner.contains(":") || inner.contains(" - ")) {
            return null;
        }
        List<ListSplitter.Item> items = reader.lead.stripLead(reader.splitter.split(inner.replace(" + ", ", ")));
        if (items.size() < 3 || items.stream().anyMatch(i -> Text.wordCount(i.text()) > 5 || !i.options().isEmpty() || reader.lead.clause(i.text()))
                || !reader.fields.fieldLike(items)) {
            return null;
        }
        return Text.capitalize(Inflector.singular(lex.lang, phrase));
    }

    /** "used", "utilisées", "usadas": a past participle after the noun, by the lexicon or by its ending (as written). */
    private boolean participle(String f) {
        if (lex.participles.contains(Text.fold(f))) {
            return true;
        }
        return switch (lex.lang) {
            case EN -> f.matches("\\p{L}{2,}ed");
            case FR -> f.matches("\\p{L}{2,}(?:é|ée|és|ées)");
            case ES -> f.matches("\\p{L}{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas)");
            default -> false;
        };
    }

    /**
     * The sentence with each nested kind read off: "log each dispute against the broker (we'd keep
     * brokers as their own list: agency name, agency code, a contact email), with …" → the kind
     * Broker, and the sentence without the group.
     */
    String readOff(String s, String because) {
        StringBuilder kept = new StringBuilder();
        int depth = 0;
        int open = -1;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' && depth++ == 0) {
                open = i;
            } else if (c == ')' && depth > 0 && --depth == 0) {
                String inner = s.substring(open + 1, i);
                String nounBefore = noun(s.substring(from, open));
                boolean belongs = belongsBefore(s.substring(from, open));
                List<ListSplitter.Item> fields = inner.indexOf('(') < 0 ? innerFields(inner, linkClause(s.substring(0, open)) || belongs, nounBefore) : null;
                String noun = fields == null ? null : nounBefore;
                // "owner (we keep a list of owners …)": a person word the request keeps a list of is a kind too
                noun = noun != null && oneThing(noun, belongs || fields != null && LIST_WORDS.matcher(Text.fold(inner)).find()) ? noun : null;
                String name = noun == null ? null : reader.heads.headName(noun);
                if (name != null && !Text.fold(name).equals(Text.fold(lex.nameLabel))) {
                    reader.addFields(name, fields, because);
                    kept.append(s, from, open);
                    from = i + 1;
                }
            }
        }
        if (from == 0) {
            return s;
        }
        kept.append(s.substring(from));
        return kept.toString().replaceAll("\\s+([,.;:])", "$1").replaceAll("\\s{2,}", " ").strip();
    }

    /** The noun right before a group: the words after the last article or small word, one to three. */
    private String noun(String before) {
        String b = before.strip();
        int cut = Math.max(Math.max(b.lastIndexOf(','), b.lastIndexOf(';')), Math.max(b.lastIndexOf(':'), b.lastIndexOf(')')));
        String[] w = b.substring(cut + 1).strip().split("\\s+");
        int start = w.length;
        while (start > 0 && start > w.length - 3) {
            String f = Text.fold(w[start - 1]).replaceAll("[^\\p{L}'-]", "");
            if (f.isEmpty() || lex.articles.contains(f) || lex.stopwords.contains(f) || lex.pronouns.contains(f) || lex.and.contains(f)
                    || f.endsWith("'")) {
                break;
            }
            start--;
        }
        String opener = start > 0 ? Text.fold(w[start - 1]) : "";
        if (start == w.length || start > 0 && (!lex.articles.contains(opener) || lex.and.contains(opener)) && !opener.endsWith("'")) {
            // "who complained (name, email)": a question about the record's own details; "es gibt Sänger (…)
            // und Proben (…)": kinds listed, read by the prose shapes. The thing pointed to has its article.
            return null;
        }
        String noun = String.join(" ", java.util.Arrays.copyOfRange(w, start, w.length));
        // "d'un client", "l'hôtel": an elided article stays outside the name
        return noun.replaceFirst("^\\p{L}'", "");
    }

    /**
     * "the broker", "un client", "hotel": one thing a record points to. A plural ("donors (…)") lists
     * kinds, read by the prose shapes; a question word ("who complained (…)") asks for the record's own details.
     */
    private boolean oneThing(String noun) {
        return oneThing(noun, false);
    }

    /** As above; after a link phrase ("belongs to a customer account (…)") a person word names the thing too. */
    private boolean oneThing(String noun, boolean linked) {
        List<String> w = Text.words(Text.fold(noun));
        if (w.isEmpty() || lex.whWords.contains(w.get(0)) || lex.pairWhich.contains(w.get(0))) {
            return false;
        }
        String last = w.get(w.size() - 1);
        // "complained by (name, email)": the person's details belong to the record
        return Inflector.singularWord(lex.lang, last).equals(last) && !lex.stopwords.contains(last)
                && (linked || FieldTyper.type(lex, Text.fold(noun)) != org.toolsmith.spec.FieldType.PERSON);
    }

    /**
     * A clause that opens on one thing and its details in brackets, then says something else of it: "Each ward
     * (bay no, level) has faults", "A client (name, client number, phone) can place several orders", "Client (nom,
     * téléphone, email).", "Cada piso (número, planta) tiene desperfectos", "Jede Wohnung (Nummer, Etage) hat Mängel".
     * The thing is the clause's subject (or the whole sentence), so the group is its own fields: the kind is made with
     * them and the sentence is given back without the group ("Each apartment has snags"), empty when nothing else was
     * said. The sentence as it was when the group is no list of fields (options, a remark, a count), when the thing is
     * written in the plural (read by the prose shapes) or is itself a field word ("the status (open, closed)").
     */
    String subjectGroup(String s) {
        java.util.regex.Matcher m = SUBJECT_GROUP.matcher(s);
        if (!m.matches()) {
            return s;
        }
        String rest = m.group(4).strip();
        boolean aside = rest.startsWith("-") || rest.startsWith("–");
        if (aside) {
            // "Client (name, address, phone) - we visit them every quarter": what follows is a clause of its own
            rest = rest.substring(1).strip();
        }
        String restFold = Text.fold(rest);
        List<String> restWords = Text.words(restFold);
        if (!rest.isEmpty() && (!Character.isLetter(rest.charAt(0)) || restWords.isEmpty() || lex.and.contains(restWords.get(0))
                || lex.or.contains(restWords.get(0)))) {
            // "customer (name, phone), date, …", "customer (…) and supplier (…)": a list, read by the list shapes
            return s;
        }
        List<String> w = new ArrayList<>(Text.words(Text.fold(m.group(2))));
        int d = -1;
        for (int k = 0; k < w.size(); k++) {
            if (lex.articles.contains(w.get(k)) || EACH.contains(w.get(k))) {
                d = k;
            }
        }
        FieldVocabulary vocab = FieldVocabulary.of(lex);
        for (int k = 0; k < d; k++) {
            if (!vocab.function.contains(w.get(k)) && !lex.greetings.contains(w.get(k)) && !lex.passingAdverbs.contains(w.get(k))) {
                // "we note the client (…)": a verb before the thing makes it an object, not what the clause is about
                return s;
            }
        }
        w = new ArrayList<>(w.subList(d + 1, w.size()));
        if (w.isEmpty() || w.size() > 3 || d < 0 && !m.group(1).isEmpty() && !m.group(1).strip().endsWith(":") && !m.group(1).strip().endsWith("-")) {
            // a bare noun opens the sentence or a heading; after other words it is a list item ("we note the date, client (…)")
            return s;
        }
        String noun = String.join(" ", w);
        String head = w.get(w.size() - 1);
        FieldType t = FieldTyper.type(lex, noun);
        if (!Inflector.singularWord(lex.lang, head).equals(head) || head.length() < 3 || lex.stopwords.contains(head)
                || lex.generic.contains(head) || lex.identifier.contains(head) || head.equals(Text.fold(lex.nameLabel))
                || t != FieldType.TEXT && t != FieldType.PERSON || lex.whWords.contains(w.get(0))
                || w.stream().anyMatch(vocab.function::contains)) {
            return s;
        }
        String inner = m.group(3);
        if (!BracketKinds.fieldList(lex, vocab, inner)) {
            return s;
        }
        List<ListSplitter.Item> items = reader.lead.stripLead(reader.splitter.split(inner.replace(" + ", ", ")));
        if (items.size() < 2 || items.size() > 8 || items.stream().anyMatch(i -> Text.wordCount(i.text()) > 4 || !i.options().isEmpty()
                || i.text().indexOf('/') >= 0 || lex.yesNo.contains(Text.fold(i.text())) || reader.lead.clause(i.text())
                || Text.words(Text.fold(i.text())).stream().limit(1).anyMatch(lex.negations::contains))) {
            return s;
        }
        String[] ow = BLANKS.split(m.group(2).strip());
        String phrase = ow.length == w.size() + d + 1 ? String.join(" ", java.util.Arrays.copyOfRange(ow, d + 1, ow.length)) : m.group(2).strip();
        String name = reader.heads.headName(phrase);
        if (name == null) {
            return s;
        }
        reader.addFields(name, items, m.group(2).strip() + " (" + inner + ")");
        return rest.isEmpty() ? "" : aside ? rest : (m.group(1) + m.group(2).strip() + " " + rest).strip();
    }

    /** Lead words or a heading, the thing (one to four words, no punctuation), its group, what is said of it. */
    private static final java.util.regex.Pattern SUBJECT_GROUP = java.util.regex.Pattern.compile(
            "^((?:[^()]*?(?::|\\s[-–]))?\\s*)([^()\\-–:,;.!?]{2,60}?)\\s*\\(([^()]+)\\)\\s*([^()]*)$");
    /** Words that open a clause on one thing: "each", "every", "chaque", "cada", "jede". */
    private static final java.util.Set<String> EACH = java.util.Set.of("each", "every", "chaque", "cada", "jede", "jeder", "jedes");

    /** A sentence ending on a group in brackets: what comes before it, and the group. */
    private static final java.util.regex.Pattern GROUP_AT_END = java.util.regex.Pattern.compile("^([^()]*\\p{L})\\s*\\(([^()]+)\\)\\s*$");
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.Set<String> ONE_OF = java.util.Set.of("a", "an", "one", "un", "une", "una", "uno", "ein", "eine", "einen", "einem", "einer");

    /**
     * "each repair is for a customer machine (serial number, model, location)", "staff log hours against a client job
     * (job number, client, job name)", "chaque visite concerne un patient (nom, adresse, téléphone)": the group is the
     * fields of the thing said right before it (one to three words after "a / un / una / ein …"), not of the sentence's
     * subject. The sentence without the group, and the thing's own list ("customer machine: serial number, …"); null when
     * the sentence has no such end or the group reads as options or a remark.
     */
    String[] groupAtEnd(String s) {
        java.util.regex.Matcher m = GROUP_AT_END.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String[] w = BLANKS.split(m.group(1).strip());
        int det = -1;
        for (int k = w.length - 2; k >= Math.max(2, w.length - 4) && det < 0; k--) {
            if (ONE_OF.contains(Text.fold(w[k]))) {
                det = k;
            }
        }
        if (det < 0) {
            return null;
        }
        String noun = String.join(" ", java.util.Arrays.copyOfRange(w, det + 1, w.length));
        if (!oneThing(noun, true) || !groupOfFields(m.group(2), noun)) {
            return null;
        }
        return new String[] {m.group(1), noun + ": " + m.group(2)};
    }

    /** Short items, no values or remarks, and either what {@link #innerFields} accepts or three items with a type word. */
    private boolean groupOfFields(String inner, String noun) {
        if (innerFields(inner, true, noun) != null) {
            return true;
        }
        List<ListSplitter.Item> items = reader.lead.stripLead(reader.splitter.split(inner.replace(" + ", ", ")));
        return items.size() >= 3 && items.stream().allMatch(i -> Text.wordCount(i.text()) <= 4 && i.options().isEmpty() && i.text().indexOf('/') < 0
                && !lex.yesNo.contains(Text.fold(i.text()))) && reader.fields.someFieldWord(items);
    }

    /** A with-word (or "w/") opening the list after a list word: "a list of owners with …", "una lista con …". */
    private static final java.util.regex.Pattern LIST_WITH = java.util.regex.Pattern.compile(
            "(?iu)(?<=(?:list|liste|lista|listen|register|registre|registro|verzeichnis|fichier|fiche|ficha|kartei)\\b[^,()]{0,40}?)\\s*,?\\s(?:with|w/|avec|con|mit)\\s");
    private static final java.util.regex.Pattern LIST_WORDS = java.util.regex.Pattern.compile("list|regist|verzeichnis|stammdat|fichier|fiche|kartei");

    /**
     * Whether the words before the group are a link clause that ends on the thing pointed to: "Cada
     * pedido va a un proveedor (…)", "Une réclamation concerne un client (…)" (a subject word, its
     * noun, a verb, then the thing).
     */
    private boolean linkClause(String before) {
        List<String> w = Text.words(Text.fold(before));
        return w.size() >= 4 && w.size() <= 10 && lex.linkSubjects.contains(w.get(0));
    }

    /**
     * The group's fields, or null when it reads as options or a remark. A group that opens with a name
     * makes a kind after a link clause ({@code linked}) or with four items or more: "the customer (name,
     * phone)" among a record's fields is more often the record's own details.
     */
    private List<ListSplitter.Item> innerFields(String inner, boolean linked) {
        return innerFields(inner, linked, null);
    }

    /**
     * "… and belongs to a customer account (…)", "appartient à un compte client (…)", "gehört zu einem Kundenkonto
     * (…)": a link phrase, then one to four words of the thing pointed to.
     */
    private boolean belongsBefore(String before) {
        String f = " " + Text.fold(before).strip();
        for (String bl : lex.belongs) {
            int at = f.lastIndexOf(" " + bl + " ");
            if (at >= 0) {
                int n = Text.words(f.substring(at + bl.length() + 2)).size();
                if (n >= 1 && n <= 4) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the first item names the thing again: "customer account (account number, owner)", "compte client
     * (numéro de compte, …)", "Kundenkonto (Kontonummer, …)" (a word of four letters or more shared, or in German
     * the end of the compound opening the item's word).
     */
    private boolean namesThing(String first, String noun) {
        if (noun == null) {
            return false;
        }
        for (String x : Text.words(Text.fold(noun))) {
            String sx = Inflector.singularWord(lex.lang, x);
            for (String y : Text.words(first)) {
                if (sx.length() >= 4 && y.length() >= 4 && (y.startsWith(sx) || y.equals(x))) {
                    return true;
                }
                for (int k = 4; lex.lang == Lang.DE && k <= Math.min(sx.length(), y.length()) - 0; k++) {
                    if (sx.endsWith(y.substring(0, k)) && k >= 4 && y.length() > k) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private List<ListSplitter.Item> innerFields(String inner, boolean linked, String noun) {
        String list = inner;
        // "we have a list - name, city, …", "their own list: agency name, …": what opens the list is no field
        int cut = Math.max(inner.lastIndexOf(':'), Math.max(inner.lastIndexOf(" - "), inner.lastIndexOf(" – ")));
        boolean led = cut > 0 && inner.substring(0, cut).indexOf(',') < 0;
        if (led) {
            list = inner.substring(cut + (inner.charAt(cut) == ':' ? 1 : 3));
        } else {
            // "we keep a list of owners w/ name, phone", "on a une liste des clients avec nom, …": a with-word after the list word
            java.util.regex.Matcher wm = LIST_WITH.matcher(inner);
            if (wm.find() && inner.substring(0, wm.start()).indexOf(',') < 0) {
                cut = wm.start();
                led = true;
                list = inner.substring(wm.end());
            }
        }
        list = list.replace(" + ", ", ");
        List<ListSplitter.Item> items = reader.lead.stripLead(reader.splitter.split(list));
        if (items.size() < 2 || items.stream().anyMatch(i -> Text.wordCount(i.text()) > 5 || !i.options().isEmpty())) {
            return null;
        }
        // the first item without its article ("the name"; "account number" keeps its "a")
        String first = Text.fold(items.get(0).text()).strip();
        int sp = first.indexOf(' ');
        if (sp > 0 && lex.articles.contains(first.substring(0, sp))) {
            first = first.substring(sp + 1).strip();
        } else if (first.startsWith("l'")) {
            first = first.substring(2);
        }
        if (items.stream().anyMatch(i -> lex.yesNo.contains(Text.fold(i.text())) || Text.fold(i.text()).contains("/")
                || Text.words(Text.fold(i.text())).stream().anyMatch(lex.negations::contains) || reader.lead.clause(i.text()))) {
            // "any damage (yes/no + photo)": how the field is answered; "cliente (nombre, no hace falta ficha)": a remark
            return null;
        }
        // a list opens with a name ("name, email, phone", "nom + code client"), or says it is one ("we have a list - …")
        boolean named = first.equals(Text.fold(lex.nameLabel)) || first.endsWith(" " + Text.fold(lex.nameLabel))
                || linked && namesThing(first, noun);
        boolean listed = led && LIST_WORDS.matcher(Text.fold(inner.substring(0, cut))).find();
        return named && (linked && items.size() >= 2 || items.size() >= 4) || listed && reader.fields.someFieldWord(items) ? items : null;
    }
}

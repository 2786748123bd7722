package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * "Each order goes to a supplier and has ...", "every sale is made by a rep", "chaque commande est
 * passée auprès d'un fournisseur, avec ...", "cada venta la hace un vendedor", "jeder Mitarbeiter
 * ist einer Abteilung zugeordnet": a clause that ties one kind to another through a verb, said of
 * each record. The record points to the other kind when both are drafted (many-to-one, the subject
 * is the many side); what follows ("and has a date, ...", "with the date, ...") is read as the
 * record's own fields.
 */
final class LinkClauses extends ReaderPart {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}-]+'?|[,;:()]");

    /** The link was read and the sentence is left to the other shapes as it was. */
    private static final String KEEP = new String("keep");

    private record Tok(String w, int start, int end) {
    }

    LinkClauses(RequestReader reader) {
        super(reader);
    }

    /**
     * Reads a link clause at the start of {@code s}. Returns null when there is none; otherwise what
     * is left to read as a sentence of its own ("Each order has the date, ..."), empty when nothing.
     */
    String read(String s) {
        String f = Text.fold(s);
        if (f.length() != s.length() || lex.linkSubjects.isEmpty()) {
            return null;
        }
        List<Tok> t = tokens(f);
        int i = 0;
        // "Oh, and every trip is charged to a cost centre"
        while (i < Math.min(3, t.size()) && (lex.and.contains(t.get(i).w()) || t.get(i).w().equals(",") || LEADS.contains(t.get(i).w()))) {
            i++;
        }
        if (i >= t.size()) {
            return null;
        }
        boolean plural = false;
        if (!lex.linkSubjects.contains(t.get(i).w())) {
            // "Inspections are done at a site by an inspector", "Les salariés sont rattachés à un service"
            boolean article = PLURAL_ARTICLES.contains(t.get(i).w()) && lex.lang != Lang.EN;
            int n = article ? i + 1 : i;
            if (n >= t.size() || !nounish(t.get(n).w()) || Inflector.singularWord(lex.lang, t.get(n).w()).equals(t.get(n).w())
                    // "People register for ..." (English actors) is read elsewhere; "Los empleados trabajan en una sede" here
                    || lex.actors.contains(t.get(n).w()) && (lex.lang == Lang.EN || !peopleWord(t.get(n).w()))) {
                return null;
            }
            if (!article) {
                t = new ArrayList<>(t);
                t.add(i, new Tok("", t.get(i).start(), t.get(i).start()));
            }
            plural = true;
        }
        int subject = i;
        // "each work order is raised against ...": the longer name first, when its second word is no verb
        for (int np1 = lex.lang == Lang.EN ? 2 : 1; np1 >= 1; np1--) {
            // "applicants apply to ...": after a plural, a verb's base form
            if (np1 == 2 && (subject + 2 >= t.size() || verbForm(t.get(subject + 2).w())
                    || !Inflector.singularWord(lex.lang, t.get(subject + 1).w()).equals(t.get(subject + 1).w())
                    && (lex.verbs.contains(t.get(subject + 2).w()) || reader.heads.nominalVerb(t.get(subject + 2).w()) != null))) {
                continue;
            }
            String r = parse(s, t, subject, np1);
            if (r != null) {
                // a plural subject is less sure to be a record: a sentence that said only the link is read on too
                return plural && r.isEmpty() ? KEEP : r;
            }
        }
        return null;
    }

    /** Whether {@link #read} found a link and left the sentence to be read as it was. */
    static boolean kept(String read) {
        return read == KEEP;
    }

    private static final Set<String> PLURAL_ARTICLES = Set.of("les", "los", "las", "die");

    private static final Set<String> LEADS = Set.of("oh", "ok", "okay", "so", "well", "also", "plus", "then", "aussi", "puis",
            "tambien", "ademas", "auch", "ausserdem", "zudem");

    /**
     * Where a second "each X ..." clause starts after "and" in a sentence that opens with "each"
     * ("Each book belongs to a category and each loan is for one book"), or -1.
     */
    int andEach(String s) {
        String f = Text.fold(s);
        if (f.length() != s.length()) {
            return -1;
        }
        List<Tok> t = tokens(f);
        if (t.size() < 8) {
            return -1;
        }
        for (int k = 3; k + 4 < t.size(); k++) {
            // "We need a list of suppliers, and every order goes to one of them": after a comma, whatever came first
            boolean comma = t.get(k - 1).w().equals(",");
            if ((eachWord(t.get(0).w()) || comma) && lex.and.contains(t.get(k).w()) && eachWord(t.get(k + 1).w()) && nounish(t.get(k + 2).w())) {
                return t.get(k + 1).start();
            }
        }
        return -1;
    }

    /**
     * "who did which training", "quel employé a suivi quelle formation", "wer welche Schulung besucht
     * hat"; "every employee has to complete certain courses": a record ties people to a thing. Noted
     * for assembly, which links such a record when the request describes one; reads nothing else.
     */
    void pairing(String s) {
        List<String> w = Text.words(Text.fold(s));
        for (int i = 0; i + 2 < w.size(); i++) {
            String person;
            int j;
            if (lex.pairWho.contains(w.get(i))) {
                person = "";
                j = i + 1;
            } else if (lex.pairWhich.contains(w.get(i)) && nounish(w.get(i + 1))) {
                person = Inflector.singularWord(lex.lang, w.get(i + 1));
                j = i + 2;
            } else {
                continue;
            }
            // German puts the verb last: "wer welche Schulung besucht hat"
            for (int k = lex.lang == Lang.DE ? j : j + 1; k + 1 < w.size() && k <= j + 3; k++) {
                String x = w.get(k);
                if (lex.pairWhich.contains(x) && nounish(w.get(k + 1))) {
                    out.pairings.add(new String[] {person, Inflector.singularWord(lex.lang, w.get(k + 1)), s});
                    return;
                }
                if (lex.and.contains(x) || lex.articles.contains(x) || lex.stopwords.contains(x) && !lex.has.contains(x)
                        && !lex.verbForms.contains(x) && !lex.modals.contains(x)) {
                    break;
                }
            }
        }
        obligation(w, s);
    }

    /** "Every employee has to complete certain courses each year": people, a duty, and the things it is about. */
    private void obligation(List<String> w, String s) {
        if (w.size() < 5 || !eachWord(w.get(0)) || !peopleWord(w.get(1))) {
            return;
        }
        boolean duty = false;
        for (int k = 2; k < Math.min(w.size(), 10); k++) {
            String x = w.get(k);
            // "has to", "tiene que": a duty; "has several" is not one
            if (lex.duty.contains(x) || lex.has.contains(x) && k + 1 < w.size() && DUTY.contains(w.get(k + 1))) {
                duty = true;
                continue;
            }
            if (duty && k >= 4 && nounish(x) && !Inflector.singularWord(lex.lang, x).equals(x) && !peopleWord(x)) {
                out.pairings.add(new String[] {Inflector.singularWord(lex.lang, w.get(1)), Inflector.singularWord(lex.lang, x), s});
                return;
            }
        }
    }

    private static final Set<String> DUTY = Set.of("to", "que", "zu");

    boolean peopleWord(String folded) {
        String one = Inflector.singularWord(lex.lang, folded);
        return lex.peopleKinds.contains(one) || lex.peopleKinds.contains(folded) || FieldTyper.type(lex, one) == FieldType.PERSON;
    }

    /** "each", "every", "chaque", "cada", "jede": one word that says every record. */
    private boolean eachWord(String w) {
        return lex.forEach.contains(w) && lex.linkSubjects.contains(w);
    }

    private String parse(String s, List<Tok> t, int subject, int np1) {
        int i = subject + 1;
        if (i + np1 > t.size()) {
            return null;
        }
        for (int k = i; k < i + np1; k++) {
            if (!nounish(t.get(k).w())) {
                return null;
            }
        }
        int zoneStart = i + np1;
        int obj = -1;
        // "cada venta la hace un vendedor": an object pronoun opens the verb group
        int from = zoneStart < t.size() && lex.linkClitics.contains(t.get(zoneStart).w()) ? zoneStart + 1 : zoneStart;
        for (int k = from; k < Math.min(t.size(), zoneStart + 5); k++) {
            if (lex.linkObjects.contains(t.get(k).w())) {
                obj = k;
                break;
            }
        }
        if (obj <= zoneStart || obj + 1 >= t.size()) {
            return null;
        }
        List<String> zone = t.subList(zoneStart, obj).stream().map(Tok::w).toList();
        if (np1 == 1 && !zone.isEmpty() && reader.heads.personRecords(
                s.substring(t.get(subject).start(), t.get(zoneStart).end()))) {
            // "next the mechanic writes up the service sheet: …": who fills the record in, not a kind linked to it
            return null;
        }
        boolean one = false;
        int np2 = obj + 1;
        // "exactly one", "a single", "un seul": the count may take two words
        for (String o : lex.one) {
            List<String> ow = Text.words(o);
            if (obj + ow.size() <= t.size() && t.subList(obj, obj + ow.size()).stream().map(Tok::w).toList().equals(ow)) {
                one = true;
                np2 = Math.max(np2, obj + ow.size());
            }
        }
        if (t.get(obj).w().equals("one") || t.get(obj).w().equals("exactly")) {
            one = true;
            np2 = t.get(obj).w().equals("exactly") && np2 < t.size() && t.get(np2).w().equals("one") ? np2 + 1 : np2;
        }
        if (one && np2 + 1 < t.size() && lex.ofWords.contains(t.get(np2).w()) && lex.anaphors.contains(t.get(np2 + 1).w())
                && reader.lastEntity != null && reader.lastEntity.name != null && zoneOk(zone, true, false)) {
            // "every purchase order goes to one of them": the kind named just before
            String childName = Text.capitalize(Inflector.singular(lex.lang, s.substring(t.get(subject + 1).start(), t.get(subject + np1).end())));
            if (!Text.fold(childName).equals(Text.fold(reader.lastEntity.name))) {
                out.aboutLinks.add(new String[] {childName, reader.lastEntity.name, s});
                String rest = np2 + 2 < t.size() ? s.substring(t.get(np2 + 2).start()) : "";
                return rest(s, t, subject, np1, zone, rest);
            }
        }
        // "a cost centre": a compound whose first word alone would be typed ("cost")
        boolean compound = lex.lang == Lang.EN && np2 + 1 < t.size() && !nounish(t.get(np2).w()) && nounish(t.get(np2 + 1).w())
                && !verbForm(t.get(np2 + 1).w()) && KIND_TYPES.contains(FieldTyper.type(lex, t.get(np2).w() + " " + t.get(np2 + 1).w()))
                && !lex.stopwords.contains(t.get(np2).w()) && !lex.articles.contains(t.get(np2).w());
        if (np2 >= t.size() || !nounish(t.get(np2).w()) && !compound) {
            return null;
        }
        if (!zoneOk(zone, one, lex.linkPreps.contains(t.get(obj).w()))) {
            return null;
        }
        int end = np2 + 1;
        String parent = t.get(np2).w();
        if (lex.lang == Lang.EN && end < t.size() && (nounish(t.get(end).w()) || compound) && !lex.and.contains(t.get(end).w())
                && !lex.withWords.contains(t.get(end).w()) && !verbish(t.get(end).w())) {
            // "is made by a sales rep"
            parent = parent + " " + t.get(end).w();
            end++;
        }
        if (lex.lang == Lang.DE && end < t.size() && participle(s, t.get(end))) {
            // "ist einer Abteilung zugeordnet"
            end++;
        } else if (lex.lang == Lang.DE && !endsWithPrep(zone) && !lex.linkPreps.contains(t.get(obj).w())
                && zone.stream().noneMatch(lex.joins::contains)) {
            return null;
        }
        String childFolded = String.join(" ", t.subList(subject + 1, subject + 1 + np1).stream().map(Tok::w).toList());
        String child = Text.capitalize(Inflector.singular(lex.lang, s.substring(t.get(subject + 1).start(), t.get(subject + np1).end())));
        if (Text.fold(Inflector.singular(lex.lang, parent)).equals(Text.fold(Inflector.singular(lex.lang, childFolded)))) {
            return null;
        }
        String record = zone.size() == 1 && !endsWithPrep(zone) ? reader.heads.nominalVerb(zone.get(0)) : null;
        if (record != null) {
            // "a member reserves a book": the reservation points to both
            out.aboutLinks.add(new String[] {record, Inflector.singular(lex.lang, childFolded), s});
            out.aboutLinks.add(new String[] {record, Inflector.singular(lex.lang, parent), s});
            return KEEP;
        }
        if (lex.belongs.contains(String.join(" ", zone))) {
            // "each shelf belongs to a warehouse": the warehouse is a kind even when nothing describes it
            out.links.add(new String[] {childFolded, Inflector.singular(lex.lang, parent), s, "child-text"});
        } else if (lex.agentPreps.contains(zone.get(zone.size() - 1)) && zone.size() >= 2) {
            // "is handled by a technician": the technician is a person when no such kind is described
            String said = s.substring(t.get(np2).start(), t.get(end - 1).end());
            out.aboutLinks.add(new String[] {child, Inflector.singular(lex.lang, parent), s, "agent", said});
        } else {
            out.aboutLinks.add(new String[] {child, Inflector.singular(lex.lang, parent), s});
        }
        String rest = end < t.size() ? s.substring(t.get(end).start()) : "";
        return rest(s, t, subject, np1, zone, rest);
    }

    /** What the record's own fields are, as a sentence about it, or "" when the clause said only the link. */
    private String rest(String s, List<Tok> t, int subject, int np1, List<String> zone, String rest) {
        String r = rest.strip().replaceFirst("^[,;:]\\s*", "");
        String fr = Text.fold(r);
        if (fr.isEmpty()) {
            return "";
        }
        if (rest.strip().startsWith(":")) {
            // "Chaque réparation concerne une voiture : date, travaux, montant": the colon opens the record's fields
            return s.substring(t.get(subject).start(), t.get(subject + np1).end()) + ": " + r;
        }
        boolean and = false;
        for (String a : lex.and) {
            if (fr.startsWith(a + " ")) {
                r = r.substring(a.length() + 1).strip();
                fr = Text.fold(r);
                and = true;
                break;
            }
        }
        String head = s.substring(t.get(subject).start(), t.get(subject + np1).end());
        for (String w : lex.withWords) {
            if (!w.contains(" ") && fr.startsWith(w + " ")) {
                return head + " " + lex.linkHas + " " + r.substring(w.length() + 1);
            }
        }
        List<String> rw = Text.words(fr);
        if (rw.isEmpty()) {
            return "";
        }
        // "and has a code, ...", "und hat ein Datum" → "Each shelf has a code, ..."
        String verb = rw.get(0);
        boolean fields = lex.has.contains(verb) || lex.recordVerbs.contains(verb) || lex.joins.contains(verb)
                || rw.size() >= 2 && lex.modals.contains(verb) && (lex.has.contains(rw.get(1)) || lex.recordVerbs.contains(rw.get(1)));
        if (fields && !lex.joins.contains(verb)) {
            return head + " " + r;
        }
        String next;
        if (!and && lex.linkPreps.contains(verb) && rw.size() >= 3 && lex.linkObjects.contains(rw.get(1))) {
            // "part d'un entrepôt vers un magasin": a second place for the same verb
            List<String> verbs = zone.subList(0, zone.size() - (endsWithPrep(zone) ? 1 : 0));
            next = head + " " + String.join(" ", verbs) + " " + r;
        } else if (and) {
            // "is raised against an asset and is handled by a technician": a second link of the same record
            next = head + " " + r;
        } else {
            return KEEP;
        }
        String more = read(next);
        return more == null ? KEEP : more;
    }

    private boolean zoneOk(List<String> zone, boolean one, boolean contracted) {
        if (zone.isEmpty() || zone.size() > 4) {
            return false;
        }
        for (String z : zone) {
            if (lex.pronouns.contains(z) && !lex.linkClitics.contains(z) && !lex.linkAux.contains(z) || lex.and.contains(z) || z.matches("[,;:()]")
                    || lex.articles.contains(z) && !lex.linkClitics.contains(z) && !lex.linkPreps.contains(z) || lex.recordVerbs.contains(z) || lex.several.contains(z)
                    || lex.negations.contains(z) || z.matches("\\d+")) {
                return false;
            }
        }
        String first = zone.get(0);
        String last = zone.get(zone.size() - 1);
        // "chaque sinistre concerne un contrat": a verb of its own that ties a record to a kind
        boolean prep = endsWithPrep(zone) || contracted || zone.stream().anyMatch(lex.joins::contains);
        if (lex.has.contains(first) && (!prep || zone.size() == 1) || lex.lang == Lang.EN && zone.size() == 1 && lex.verbs.contains(first)
                && !prep && !one && reader.heads.nominalVerb(first) == null) {
            // "each project has one manager": a field, not a link
            return false;
        }
        boolean clitic = zone.size() >= 2 && lex.linkClitics.contains(first);
        boolean aux = zone.stream().allMatch(lex.linkAux::contains);
        if (lex.lang == Lang.EN) {
            // the group must open with a verb, not with more of the noun ("takes place in" is fine)
            if (!verbish(first)) {
                return false;
            }
            for (int k = 1; k < zone.size() - (prep ? 1 : 0); k++) {
                if (!prep && !verbish(zone.get(k)) && !lex.linkPreps.contains(zone.get(k))) {
                    return false;
                }
            }
        }
        if (lex.lang == Lang.DE && aux && !prep) {
            return true;
        }
        boolean event = zone.size() == 1 && reader.heads.nominalVerb(first) != null;
        return prep || clitic || event || (one && !aux && !lex.linkPreps.contains(last));
    }

    private boolean endsWithPrep(List<String> zone) {
        return !zone.isEmpty() && lex.linkPreps.contains(zone.get(zone.size() - 1));
    }

    /** An English word that can be part of a verb group: an auxiliary, an adverb, or a verb form. */
    private boolean verbish(String w) {
        if (lex.linkAux.contains(w) || lex.modals.contains(w) || lex.verbs.contains(w) || lex.verbForms.contains(w)
                || lex.participles.contains(w) || w.endsWith("ly")) {
            return true;
        }
        if (w.length() < 4 || lex.identifier.contains(w)) {
            return false;
        }
        return w.endsWith("ed") || w.endsWith("es") || (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is"))
                || w.endsWith("en") || lex.nominal.containsKey(w);
    }

    /** A word that is surely a verb form, not the second word of a name ("goes", "raised", "is"). */
    private boolean verbForm(String w) {
        return lex.linkAux.contains(w) || lex.modals.contains(w) || lex.verbForms.contains(w) || lex.participles.contains(w)
                || lex.has.contains(w) || lex.linkPreps.contains(w) || w.endsWith("ed")
                || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    private boolean nounish(String w) {
        return w.length() >= 2 && !w.matches("[,;:()]|\\d+") && !lex.stopwords.contains(w) && !lex.articles.contains(w)
                && !lex.pronouns.contains(w) && !lex.linkObjects.contains(w) && !lex.linkPreps.contains(w)
                && !lex.has.contains(w) && KIND_TYPES.contains(FieldTyper.type(lex, w));
    }

    /** A German past participle written in lower case after the noun ("zugeordnet", "zugewiesen"). */
    private static boolean participle(String s, Tok tok) {
        String orig = s.substring(tok.start(), tok.end());
        return !orig.isEmpty() && Character.isLowerCase(orig.charAt(0)) && orig.length() > 4
                && (orig.startsWith("ge") || orig.contains("ge") && (orig.endsWith("t") || orig.endsWith("en")))
                && (orig.endsWith("t") || orig.endsWith("en"));
    }

    // "commande" reads as "commandé" (a yes/no word) once folded: a noun all the same
    private static final Set<FieldType> KIND_TYPES = java.util.EnumSet.of(FieldType.TEXT, FieldType.PERSON, FieldType.BOOLEAN);

    private static List<Tok> tokens(String f) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(f);
        while (m.find()) {
            out.add(new Tok(m.group(), m.start(), m.end()));
        }
        return out;
    }
}

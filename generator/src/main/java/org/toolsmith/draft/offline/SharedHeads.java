package org.toolsmith.draft.offline;

import java.util.List;
import org.toolsmith.spec.FieldType;

/**
 * Words that two items joined by "and" share: "lease start and end" (Lease end), "the mileage at the
 * start and at the end" (Mileage at the end), "how many adults and children" (how many children),
 * German "Vor- und Nachname" (Vorname, Nachname), "Brutto- und Nettobetrag".
 */
final class SharedHeads {
    private SharedHeads() {
    }

    /** German first parts that open a compound ("Vor-", "Ein-", "Hin-"): where the second item's compound splits. */
    private static final List<String> GERMAN_PARTS = List.of("nach", "vor", "aus", "ein", "hin", "ruck", "zuruck", "ab", "an", "auf",
            "zu", "uber", "unter", "ober", "innen", "aussen", "haupt", "neben", "tages", "nacht", "sommer", "winter", "brutto",
            "netto", "soll", "ist", "end", "anfangs", "start", "ziel", "heim", "gast", "mindest", "hochst", "einzel", "gesamt",
            "privat", "dienst", "geschafts", "arbeits", "vater", "mutter", "ankunfts", "abfahrts", "abhol", "liefer", "ruckgabe",
            "ausgabe", "eingangs", "ausgangs");

    /** Changes {@code items} at {@code i} or {@code i + 1}; true when it did. */
    static boolean apply(Lexicon lex, List<ListSplitter.Item> items, int i) {
        ListSplitter.Item a = items.get(i);
        ListSplitter.Item b = items.get(i + 1);
        if (!b.joined() || !a.options().isEmpty()) {
            return false;
        }
        String at = a.text().strip();
        String bt = b.text().strip();
        String af = Text.fold(at);
        String bf = Text.fold(bt);
        if (af.length() != at.length() || bf.length() != bt.length()) {
            return false;
        }
        List<String> aw = Text.words(af);
        List<String> bw = Text.words(bf);
        if (aw.isEmpty() || bw.isEmpty()) {
            return false;
        }
        // "Vor- und Nachname"
        if (lex.lang == Lang.DE && at.endsWith("-") && aw.size() == 1 && bw.size() == 1) {
            for (String part : GERMAN_PARTS) {
                if (bf.startsWith(part) && bf.length() >= part.length() + 3) {
                    String tail = bt.substring(part.length());
                    items.set(i, new ListSplitter.Item(at.substring(0, at.length() - 1) + tail, a.options(), a.joined()));
                    return true;
                }
            }
            return false;
        }
        // "how many adults and children"
        for (String lead : COUNT_LEADS.getOrDefault(lex.lang, List.of())) {
            if (af.startsWith(lead + " ") && bw.size() <= 2 && !lex.whStart(bf) && !lex.articles.contains(bw.get(0))
                    && Text.words(lead).size() < aw.size()) {
                items.set(i + 1, new ListSplitter.Item(at.substring(0, lead.length()) + " " + bt, b.options(), true));
                return true;
            }
        }
        // "the mileage at the start and at the end"
        if (aw.size() >= 3 && bw.size() >= 2 && bw.size() <= 3 && lex.npStop.contains(bw.get(0)) && !lex.whStart(bf)) {
            int at2 = af.lastIndexOf(" " + bw.get(0) + " ");
            if (at2 > 0 && Text.words(af.substring(0, at2)).stream().noneMatch(w -> lex.npStop.contains(w) && !lex.articles.contains(w))) {
                String head = at.substring(0, at2);
                if (lex.lang == Lang.EN) {
                    // "withdrawal dates for milk and for meat": one date each
                    String one = Inflector.singular(lex.lang, head);
                    if (!one.equals(head)) {
                        items.set(i, new ListSplitter.Item(one + at.substring(at2), a.options(), a.joined()));
                        head = one;
                    }
                }
                items.set(i + 1, new ListSplitter.Item(head + " " + bt, b.options(), true));
                return true;
            }
        }
        // "fechas de inicio y fin", "date de début et fin"
        if (!lex.lang.headLast() && aw.size() >= 3 && bw.size() == 1 && lex.ofWords.contains(aw.get(aw.size() - 2))
                && lex.modifiers.contains(aw.get(aw.size() - 1)) && lex.modifiers.contains(bw.get(0))) {
            items.set(i + 1, new ListSplitter.Item(at.substring(0, at.lastIndexOf(' ')) + " " + bt, b.options(), true));
            return true;
        }
        // "lease start and end"
        if (lex.lang.headLast() && aw.size() == 2 && bw.size() == 1 && lex.modifiers.contains(aw.get(1)) && lex.modifiers.contains(bw.get(0))
                && !lex.articles.contains(aw.get(0))) {
            items.set(i + 1, new ListSplitter.Item(at.substring(0, at.lastIndexOf(' ')) + " " + bt, b.options(), true));
            return true;
        }
        return false;
    }

    /** A count head over the item's own noun: "counts of", "the total number of", "how many", "le nombre d'", "cuántas", "die Anzahl der". */
    private static final java.util.regex.Pattern COUNT_HEAD = java.util.regex.Pattern.compile(
            "^(?:(?:the|our|le|les|el|la|los|las|die)\\s+)?(?:total\\s+)?"
                    + "(?:(?:numbers?|counts?|quantity|quantities|tally|tallies|nombres?|quantites?|numeros?|cantidad(?:es)?)\\s+(?:of|for|de|d')\\s*(?:(?:the|les|los|las)\\s+)?"
                    + "|how many\\s+|combien\\s+(?:de\\s+|d'\\s*)|cuant[oa]s\\s+|wie viele\\s+|anzahl\\s+(?:(?:der|an|von)\\s+)?)(?=\\p{L})");
    private static final java.util.Set<String> IRREGULAR_PLURALS = java.util.Set.of("children", "people", "men", "women", "mice", "geese",
            "teeth", "feet", "sheep", "fish", "staff", "cattle", "deer");
    private static final java.util.regex.Pattern ASIDE = java.util.regex.Pattern.compile("\\s*\\([^)]*\\)\\s*$");

    /**
     * "counts of towels, sheets and pillowcases", "le nombre de serviettes, draps et taies", "Anzahl Stühle, Tische und
     * Bänke": a count head before a run of bare plurals that "and" closes counts every one of them. The run stops at an
     * item with an article, a wh-word, options or a type of its own ("number of guests, photos and comments" keeps Photos).
     */
    static List<ListSplitter.Item> countRuns(Lexicon lex, List<ListSplitter.Item> items) {
        List<ListSplitter.Item> out = null;
        for (int i = 0; i + 1 < items.size(); i++) {
            ListSplitter.Item a = items.get(i);
            String at = a.text().strip();
            String af = Text.fold(at);
            java.util.regex.Matcher m = COUNT_HEAD.matcher(af);
            if (!a.options().isEmpty() || af.length() != at.length() || !m.find() || !bare(lex, at.substring(m.end()))) {
                continue;
            }
            int end = i;
            while (end + 1 < items.size() && items.get(end + 1).options().isEmpty() && bare(lex, items.get(end + 1).text())) {
                end++;
            }
            while (end > i && !items.get(end).joined()) { // the run ends on its "and"
                end--;
            }
            if (end == i) {
                continue;
            }
            if (out == null) {
                out = new java.util.ArrayList<>(items);
            }
            String lead = switch (lex.lang) {
                case FR -> "nombre de ";
                case ES -> "número de ";
                case DE -> "Anzahl ";
                default -> "number of ";
            };
            if (FieldTyper.type(lex, at) != FieldType.INTEGER) {
                out.set(i, new ListSplitter.Item(counted(lex, lead, at.substring(m.end())), a.options(), a.joined()));
            }
            for (int j = i + 1; j <= end; j++) {
                ListSplitter.Item b = items.get(j);
                out.set(j, new ListSplitter.Item(counted(lex, lead, b.text().strip()), b.options(), b.joined()));
            }
            i = end;
        }
        return out == null ? items : out;
    }

    private static String counted(Lexicon lex, String lead, String noun) {
        return lex.lang == Lang.FR && Text.fold(noun).matches("^[aeiouyh].*") ? "nombre d'" + noun : lead + noun;
    }

    /** One or two words, no article or wh-word, a plural where the language shows one, and nothing the typer reads as a date, file, …. */
    private static boolean bare(Lexicon lex, String text) {
        String core = ASIDE.matcher(text.strip()).replaceFirst("");
        String f = Text.fold(core);
        List<String> w = Text.words(f);
        if (w.isEmpty() || w.size() > 2 || lex.articles.contains(w.get(0)) || lex.whStart(f)) {
            return false;
        }
        String last = w.get(w.size() - 1);
        if (lex.lang != Lang.DE && !(last.endsWith("s") && !last.endsWith("ss") || lex.lang == Lang.FR && last.endsWith("x")
                || lex.lang == Lang.EN && IRREGULAR_PLURALS.contains(last))) {
            return false;
        }
        FieldType t = FieldTyper.type(lex, core);
        return t == FieldType.TEXT || t == FieldType.PERSON;
    }

    private static final java.util.Map<Lang, List<String>> COUNT_LEADS = java.util.Map.of(
            Lang.EN, List.of("how many"),
            Lang.FR, List.of("combien de", "combien d'"),
            Lang.ES, List.of("cuantos", "cuantas"),
            Lang.DE, List.of("wie viele"));

    /** The types of a head said once for two details: a date, a time, an amount, a number. */
    private static final java.util.Set<FieldType> TYPED_HEADS = java.util.EnumSet.of(FieldType.DATE, FieldType.DATETIME, FieldType.MONEY,
            FieldType.DECIMAL, FieldType.INTEGER);

    /** A past participle said as a detail's modifier: "claimed", "demandé(e)(s)", "reclamado/a(s)". */
    private static final java.util.regex.Pattern PARTICIPLE = java.util.regex.Pattern.compile(
            "(?iu)\\p{L}{3,}(?:ed|é|ée|és|ées|ado|ada|ados|adas|ido|ida|idos|idas)");

    /**
     * Refine's list items with the words two details share, as drafting reads them ({@link #apply}): "the tyre pressure
     * at drop-off and at collection", "l'heure de dépôt et de retrait", "la fecha de entrada y de salida", "les dates de
     * devis et d'accord"; and two more shapes said of one head: a modifier
     * before the head said once at the end ("the start and finish times", "the claimed and the approved amount": the
     * first is a phase word or a participle, the head a detail the typer reads as a date, time, amount or number), and a
     * participle said after the head once ("les montants demandé et accordé", "el importe reclamado y el aprobado").
     */
    static List<RefineClause> refineDetails(RefineSession s, List<RefineClause> items) {
        Lexicon lex = s.lex;
        if (lex == null || items.size() < 2) {
            return items;
        }
        List<RefineClause> out = null;
        for (int i = 0; i + 1 < items.size(); i++) {
            List<RefineClause> cur = out == null ? items : out;
            String at = cur.get(i).orig.strip();
            String bt = cur.get(i + 1).orig.strip();
            // "… and at return to the rentals": the kind said at the end of the list is no part of the detail
            String core = RefineResolver.scope(s, new RefineClause(bt)).phrase().orig.strip();
            String kindTail = !core.isEmpty() && bt.startsWith(core) ? bt.substring(core.length()) : "";
            bt = kindTail.isEmpty() ? bt : core;
            if (lex.whStart(Text.fold(at)) || Text.fold(bt).matches("^\\S+\\s+(?:quel\\w*|what|which|que|cual\\w*|welch\\w*)\\b.*")) {
                continue; // "quel client a déposé la plainte et à quelle date": two questions, no head shared
            }
            String changedA = null;
            String changedB = null;
            // "d'analyse" after "de réception": the same "de"
            String bSaid = lex.lang == Lang.FR && Text.fold(bt).matches("^d'\\p{L}.*") && Text.fold(at).contains(" de ")
                    ? "de " + bt.substring(2) : bt;
            List<ListSplitter.Item> two = new java.util.ArrayList<>(List.of(new ListSplitter.Item(at, List.of(), false),
                    new ListSplitter.Item(bSaid, List.of(), true)));
            if (!at.endsWith("-") && apply(lex, two, 0)) {
                changedA = two.get(0).text();
                changedB = two.get(1).text();
                if (!bSaid.equals(bt) && changedB.endsWith(bSaid)) {
                    changedB = changedB.substring(0, changedB.length() - bSaid.length()) + bt;
                }
            } else {
                String[] shared = modifierFirst(lex, at, bt);
                if (shared == null) {
                    shared = participleAfter(lex, at, bt);
                }
                if (shared != null) {
                    changedA = shared[0];
                    changedB = shared[1];
                }
            }
            if (changedA == null || changedA.equals(at) && changedB.equals(bt)) {
                continue;
            }
            if (out == null) {
                out = new java.util.ArrayList<>(items);
            }
            out.set(i, new RefineClause(changedA));
            out.set(i + 1, new RefineClause(changedB + kindTail));
        }
        return out == null ? items : out;
    }

    /** Words after a leading article (folded words, and the typed words beside them). */
    private static int content(Lexicon lex, List<String> folded) {
        int k = 0;
        while (k < folded.size() && lex.articles.contains(folded.get(k))) {
            k++;
        }
        return k;
    }

    /** "the start and finish times", "the claimed and the approved amount": the first item is the modifier alone. */
    private static String[] modifierFirst(Lexicon lex, String at, String bt) {
        if (lex.lang != Lang.EN) {
            return null;
        }
        List<String> aw = Text.words(Text.fold(at));
        List<String> bw = Text.words(Text.fold(bt));
        int ka = content(lex, aw);
        int kb = content(lex, bw);
        if (aw.size() - ka != 1 || bw.size() - kb != 2) {
            return null;
        }
        String first = aw.get(ka);
        String head = bw.get(kb + 1);
        boolean modifier = lex.modifiers.contains(first) || first.length() > 4 && first.endsWith("ed") && PARTICIPLE.matcher(first).matches();
        String typedHead = Inflector.singularWord(lex.lang, bt.substring(bt.length() - head.length()));
        // the head is a thing said once, never a participle ("start, end and helpers needed" share nothing)
        if (!modifier || first.equals(bw.get(kb)) || lex.npStop.contains(first) || PARTICIPLE.matcher(head).matches()
                || !TYPED_HEADS.contains(FieldTyper.type(lex, typedHead)) && !TYPED_HEADS.contains(FieldTyper.type(lex, bt))) {
            return null;
        }
        return new String[] {at + " " + typedHead, bt.substring(0, bt.length() - head.length()) + typedHead};
    }

    /** "les montants demandé et accordé", "el importe reclamado y el aprobado": a participle said once after the head. */
    private static String[] participleAfter(Lexicon lex, String at, String bt) {
        if (lex.lang != Lang.FR && lex.lang != Lang.ES) {
            return null;
        }
        List<String> aw = Text.words(Text.fold(at));
        List<String> bw = Text.words(Text.fold(bt));
        int ka = content(lex, aw);
        int kb = content(lex, bw);
        String[] typedA = at.split("\\s+");
        String[] typedB = bt.split("\\s+");
        if (aw.size() - ka < 2 || aw.size() - ka > 3 || bw.size() - kb != 1 || typedA.length != aw.size() || typedB.length != bw.size()
                || !PARTICIPLE.matcher(typedA[typedA.length - 1]).matches() || !PARTICIPLE.matcher(typedB[typedB.length - 1]).matches()
                || lex.npStop.contains(aw.get(aw.size() - 2))) {
            return null;
        }
        // "les montants demandé": one amount each, said in the singular
        String head = Inflector.singular(lex.lang, String.join(" ", java.util.Arrays.copyOfRange(typedA, ka, typedA.length - 1)));
        return new String[] {head + " " + typedA[typedA.length - 1], head + " " + typedB[typedB.length - 1]};
    }

    /**
     * Refine's list items: "Start-" then "Enddatum" ("fehlt noch Start- und Enddatum") are Startdatum and Enddatum.
     * Only German, only a one-word item ending in a hyphen before a one-word compound that opens with a known first part.
     */
    static List<RefineClause> refineItems(Lang lang, List<RefineClause> items) {
        if (lang != Lang.DE || items.size() < 2) {
            return items;
        }
        List<RefineClause> out = new java.util.ArrayList<>(items);
        for (int i = 0; i + 1 < out.size(); i++) {
            String at = out.get(i).orig.strip();
            String bt = out.get(i + 1).orig.strip();
            String bf = out.get(i + 1).text.strip();
            java.util.regex.Matcher a = REFINE_FIRST.matcher(at);
            java.util.regex.Matcher b = REFINE_SECOND.matcher(bt);
            if (!a.matches() || !b.matches() || bf.length() != bt.length()) {
                continue;
            }
            String second = b.group(2);
            String secondFolded = bf.substring(b.start(2), b.end(2));
            String longest = null;
            for (int cut = 3; cut + 4 <= secondFolded.length() && longest == null; cut++) {
                // "den Forderungs- und den Auszahlungsbetrag": the last part is a common head (Betrag), not what follows "Aus"
                if (GermanEllipsis.HEADS.contains(secondFolded.substring(cut))) {
                    longest = secondFolded.substring(0, cut);
                }
            }
            for (String part : longest != null ? List.<String>of() : GERMAN_PARTS) { // the longest first part: "Rückgabe-datum", not "Rück-gabedatum"
                if (secondFolded.startsWith(part) && secondFolded.length() >= part.length() + 3 && (longest == null || part.length() > longest.length())) {
                    longest = part;
                }
            }
            if (longest != null) {
                out.set(i, new RefineClause(a.group(1) + a.group(2) + second.substring(longest.length())));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern REFINE_FIRST = java.util.regex.Pattern.compile("^(.*?)(\\p{L}+)-$");
    private static final java.util.regex.Pattern REFINE_SECOND = java.util.regex.Pattern.compile("^((?:(?:der|die|das|den|ein|eine|einen)\\s+)?)(\\p{L}+)(?:[\\s.!?].*)?$");

    private static final java.util.regex.Pattern GERMAN_PAIR = java.util.regex.Pattern.compile("^(.*?)(\\p{L}+)-\\s+(und|oder|bzw\\.?)\\s+(\\p{L}+)$");

    /** "Vor- und Nachname" said as one item: the two compounds, each whole. */
    static List<ListSplitter.Item> expand(Lexicon lex, List<ListSplitter.Item> items) {
        if (lex.lang != Lang.DE) {
            return items;
        }
        List<ListSplitter.Item> out = new java.util.ArrayList<>();
        for (ListSplitter.Item it : items) {
            java.util.regex.Matcher m = GERMAN_PAIR.matcher(it.text().strip());
            List<ListSplitter.Item> two = new java.util.ArrayList<>(List.of(new ListSplitter.Item(m.matches() ? m.group(1) + m.group(2) + "-" : ""),
                    new ListSplitter.Item(m.matches() ? m.group(4) : "", it.options(), true)));
            if (m.matches() && apply(lex, two, 0)) {
                out.add(new ListSplitter.Item(two.get(0).text(), List.of(), it.joined()));
                out.add(two.get(1));
            } else {
                out.add(it);
            }
        }
        return out;
    }
}

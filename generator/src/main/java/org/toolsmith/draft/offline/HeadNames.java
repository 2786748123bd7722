package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.toolsmith.spec.FieldType;

/** Record-kind names from headings: "For each new hire I need" → "New hire", "People register with" → "Registration", "log a visit" → "Visit". */
final class HeadNames {
    private final Lexicon lex;

    HeadNames(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * A record-kind name from a heading ("For each new hire I need" → "New hire", "IT helpdesk
     * tickets" → "IT helpdesk ticket"), or null when the heading names no kind ("Columns", "I need").
     */
    String headName(String head) {
        String h = GermanDative.undo(lex, head.strip().replaceAll("[:\\-–]+$", "").strip());
        if (personRecords(h)) {
            // "Next the mechanic writes up the service sheet", "ensuite le technicien note": who fills the record in, not a kind
            return null;
        }
        String aspect = AspectHeads.inner(lex.lang, h);
        if (aspect != null) {
            // "On the customer side:", "Côté client :", "Beim Kunden:": the kind is the noun inside the frame
            h = aspect;
        }
        String given = givenRecord(h);
        if (given != null) {
            // "Each day each room gets a cleaning job": what each one gets is the record the list describes
            return given;
        }
        String opened = listOpener(h);
        if (opened != null) {
            // "Parents book their kids in, so for each booking": the "for each X" that opens the list names its kind
            return opened;
        }
        String inverted = InvertedClauses.kind(lex, h);
        if (inverted == null) {
            inverted = InvertedClauses.subjectKind(lex, h);
        }
        if (inverted != null) {
            // "Wareneingänge buchen wir mit …", "Außerdem wollen wir die Zahlungen festhalten: …"
            return Text.capitalize(Inflector.singular(lex.lang, inverted));
        }
        String f = Text.fold(h);
        if (f.length() != h.length()) {
            h = f;
        }
        String led = afterLead(h);
        if (led != null) {
            h = led;
            f = Text.fold(h);
        }
        String held = containerKind(h);
        if (held != null) {
            // "a daily sign-in sheet for the club" → "Sign-in", "a fault tracker" → "Fault": the sheet holds the kind
            return held;
        }
        String nominal = nominal(f);
        if (nominal != null) {
            return nominal;
        }
        String obj = verbObject(h);
        if (obj != null) {
            h = obj;
            f = Text.fold(h);
        }
        // "one inspection per site per month" → "inspection"; "members of each team" → "members"
        for (String fe : lex.forEach) {
            int at = f.indexOf(" " + fe + " ");
            if (at <= 0 || f.length() != h.length()) {
                continue;
            }
            List<String> before = Text.words(f.substring(0, at));
            boolean perWord = lex.per.contains(fe);
            boolean ofEach = !before.isEmpty() && lex.npStop.contains(before.get(before.size() - 1)) && before.size() >= 2;
            if (perWord || ofEach) {
                int cut = perWord ? at : f.lastIndexOf(" " + before.get(before.size() - 1), at);
                if (cut > 0 && Text.words(f.substring(0, cut)).stream().anyMatch(x -> !lex.stopwords.contains(x) && !lex.articles.contains(x))) {
                    h = h.substring(0, cut).strip();
                    f = Text.fold(h);
                }
                break;
            }
        }
        // "each day every room" → "room"
        for (String fe : lex.forEach) {
            int at = f.lastIndexOf(" " + fe + " ");
            if (at > 0 && f.length() == h.length()) {
                h = h.substring(at + fe.length() + 2);
                f = Text.fold(h);
                List<String> after = Text.words(f);
                if (after.size() >= 3 && lex.articles.contains(after.get(1)) && !lex.and.contains(after.get(1)) && f.length() == h.length()) {
                    // "for each project the costs": the kind is the one after "each"; what it has follows the article
                    h = h.substring(0, after.get(0).length());
                    f = Text.fold(h);
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String p : lex.intro) {
                if (f.startsWith(p + " ") || f.equals(p)) {
                    h = h.substring(Math.min(h.length(), p.length())).strip();
                    f = Text.fold(h);
                    changed = true;
                }
            }
            // "Tenemos varios almacenes con ...", "we have two vans with ...": the kind is the noun
            for (String a : weHaveAndCounts()) {
                if (f.startsWith(a + " ") && f.length() == h.length()) {
                    h = h.substring(Math.min(h.length(), a.length())).strip();
                    f = Text.fold(h);
                    changed = true;
                }
            }
            for (String a : ADVERBS_AND(lex)) {
                // "... and a log of fuel fill-ups: ...", "Außerdem Tankbelege mit ..."
                if (f.startsWith(a + " ") && f.length() == h.length()) {
                    h = h.substring(a.length()).strip();
                    f = Text.fold(h);
                    changed = true;
                }
            }
            for (String a : lex.one) {
                if (f.startsWith(a + " ")) {
                    h = h.substring(Math.min(h.length(), a.length())).strip();
                    f = Text.fold(h);
                    changed = true;
                }
            }
            for (String a : lex.articles) {
                if (f.startsWith(a + " ") || f.equals(a)) {
                    h = h.substring(Math.min(h.length(), a.length())).strip();
                    f = Text.fold(h);
                    changed = true;
                }
            }
        }
        // cut at a clause ("new hire I need", "properties we're selling")
        Matcher r = lex.headCut.matcher(" " + f);
        while (r.find()) {
            if (compoundOf(" " + f, r.start(), r.end())) {
                // "notes de frais", "solicitudes de vacaciones": one name
                continue;
            }
            if (nounBeforeParticiple(" " + f, r.start(), r.end())) {
                // "maintenance request logged with": a verb word that a participle follows is the noun
                continue;
            }
            h = h.substring(0, Math.max(0, Math.min(h.length(), r.start() - 1))).strip();
            f = Text.fold(h);
            break;
        }
        h = beforeParticiple(h);
        if (h.isEmpty() || Text.wordCount(h) > 4 || hasPronoun(h)) {
            return null;
        }
        // German compounds end with the tool: "Schlüsselverwaltung" → "Schlüssel"
        if (lex.lang == Lang.DE && !h.contains(" ")) {
            for (String t : lex.tool) {
                if (t.length() >= 5 && f.endsWith(t) && f.length() >= t.length() + 4 && f.length() == h.length()) {
                    h = h.substring(0, h.length() - t.length());
                    f = Text.fold(h);
                    break;
                }
            }
        }
        // drop tool words ("tracker", "app", "log") at either end
        List<String> words = new ArrayList<>(List.of(h.split("\\s+")));
        while (!words.isEmpty() && (lex.tool.contains(Text.fold(words.get(words.size() - 1)))) && !EachNoun.after(lex, head, words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        while (!words.isEmpty() && (lex.tool.contains(Text.fold(words.get(0))) && !EachNoun.after(lex, head, words.get(0)) || lex.articles.contains(Text.fold(words.get(0))))) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return null;
        }
        String name = String.join(" ", words).replaceAll("[^\\p{L}\\p{N}' -]", "").strip();
        // "each member's rentals" → "Rental" (the owner is a link, see possessiveOwner)
        name = name.replaceFirst("^\\S+'s?\\s+(?=\\p{L})", "");
        boolean generic = Text.words(Text.fold(name)).stream().allMatch(w -> lex.generic.contains(w) || lex.stopwords.contains(w));
        if (name.isEmpty() || generic) {
            return null;
        }
        return Text.capitalize(Inflector.singular(lex.lang, name));
    }

    /**
     * Whether the heading names a sheet, book or log the records are written in ("medicine book for the farm", "Vet log",
     * "Cahier d'élevage", "Behandlungsbuch"), with or without the kind it holds.
     */
    boolean namesContainer(String head) {
        if (containerKind(head) != null) {
            return true;
        }
        List<String> w = Text.words(Text.fold(head));
        for (int i = 0; i < w.size() && i < 4; i++) {
            String x = w.get(i);
            if (CONTAINERS.contains(x) || ROMANCE_CONTAINERS.contains(x) && i == 0) {
                return true;
            }
            if (lex.lang == Lang.DE && GERMAN_CONTAINERS.stream().anyMatch(c -> x.length() > c.length() + 3 && x.endsWith(c.replace("-", "")))) {
                return true;
            }
        }
        return false;
    }

    /** English words for a sheet, a book or a list that holds records: the words before it name what it holds. */
    private static final java.util.Set<String> CONTAINERS = java.util.Set.of("sheet", "log", "logbook", "register", "book", "tracker",
            "rota", "planner", "list", "form", "spreadsheet", "diary", "record", "database");
    /** Words before a container that say how it is kept, not what it holds: "a daily temperature log". */
    private static final java.util.Set<String> CONTAINER_FILLERS = java.util.Set.of("daily", "weekly", "monthly", "yearly", "nightly",
            "annual", "simple", "new", "shared", "online", "proper", "little", "small", "basic", "digital", "central", "quick", "paper",
            "single", "big", "separate", "dedicated", "master", "general", "main", "electronic", "running", "full", "whole",
            "current", "old", "existing", "same", "one", "easy", "better", "decent", "good", "real", "official", "printed", "printable",
            "tagliche", "taglichen", "tagliches", "wochentliche", "wochentlichen", "monatliche", "einfache", "einfaches", "einfachen", "neue",
            "neues", "neuen", "digitale", "digitales", "quotidienne", "quotidien", "journaliere", "journalier", "hebdomadaire", "mensuel",
            "mensuelle", "diaria", "diario", "semanal", "mensual", "sencilla", "sencillo", "nueva", "nuevo");
    /** Lists that are boxes or lists of a kind of their own, not of a thing: "a pick list", "a to-do list". */
    private static final java.util.Set<String> NOT_HELD = java.util.Set.of("pick", "picklist", "drop-down", "dropdown", "choice", "selection",
            "check", "mailing", "shopping", "to-do", "todo", "price", "reading", "waiting", "wish", "bucket", "guest", "address", "phone",
            "order", "time", "log", "sign-off", "data", "lookup", "look-up", "reference", "menu", "tick", "option", "options", "value",
            "values", "status", "type", "category", "note", "year", "day", "week", "month", "work", "text", "face", "story", "cook",
            "recipe", "pass", "bank", "cheque", "excel", "google", "spread", "rule",
            // French, Spanish, German: "tableau de bord", "feuille de temps", "hoja de cálculo", "Tagebuch", "Adressbuch"
            "bord", "route", "temps", "calcul", "paie", "ruta", "calculo", "tiempo", "horas", "heures", "tage", "tag", "wochen", "stunden",
            "adress", "adressen", "wunsch", "preis", "warte", "einkaufs", "speise", "telefon", "kassen", "gast", "gaste",
            "aufgaben", "koch", "rezept", "spar", "hand", "lehr", "worter", "bilder");
    /** French and Spanish sheets, books and lists: "une feuille de présence", "un cuaderno de averías". */
    private static final java.util.Set<String> ROMANCE_CONTAINERS = java.util.Set.of("feuille", "cahier", "carnet", "registre", "liste",
            "tableau", "journal", "hoja", "libro", "cuaderno", "listado", "lista", "planilla", "cuadrante", "bitacora", "registro");
    private static final java.util.Set<String> ROMANCE_OF = java.util.Set.of("de", "des", "du", "del", "d'");
    private static final java.util.Set<String> FOLLOW_UP = java.util.Set.of("suivi", "seguimiento", "control", "la", "los", "las");
    /** German compound ends that are a sheet, a book or a list: "Anwesenheitsliste", "Besucherbuch", "Ausgabe-Plan". */
    private static final java.util.regex.Pattern JOINING_S = java.util.regex.Pattern.compile(".*(?:heit|keit|ung|ion|tat|schaft|ling)s");
    private static final List<String> GERMAN_CONTAINERS = List.of("liste", "buch", "-plan", "tabelle", "protokoll", "bogen", "heft");
    /** "sign in", "check out": a verb and its particle read as one noun before a container. */
    private static final java.util.Set<String> PARTICLE_VERBS = java.util.Set.of("sign", "check", "clock", "drop", "pick", "log", "book", "hand", "call");
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("in", "out", "off", "up");

    /**
     * "a daily sign in sheet", "a fault tracker", "a log of deliveries", "une feuille de présence quotidienne",
     * "un registro de visitas", "eine tägliche Anwesenheitsliste": the kind a sheet, book or list holds, or null.
     * In English the container is singular and comes after "a", "an", "one", "our" or opens the heading
     * ("sign-off sheets" tracked are a kind of their own); "daily", "simple", "new" say how it is kept.
     */
    String containerKind(String h) {
        String f = Text.fold(h);
        List<String> w = Text.words(f);
        List<String> o = Text.words(Text.plainQuotes(h).toLowerCase(java.util.Locale.ROOT));
        if (o.size() != w.size()) {
            o = w;
        }
        return switch (lex.lang) {
            case EN -> englishContainer(w, o);
            case FR, ES -> romanceContainer(w, o);
            case DE -> germanContainer(w, o);
        };
    }

    private String englishContainer(List<String> w, List<String> o) {
        for (int c = 1; c < w.size(); c++) {
            if (!CONTAINERS.contains(w.get(c)) || verbUse(w, c)) {
                continue;
            }
            if (c + 2 < w.size() && w.get(c + 1).equals("of") && lex.articles.contains(w.get(c - 1))
                    && !lex.possessives.contains(w.get(c - 1)) || c + 2 < w.size() && w.get(c + 1).equals("of") && CONTAINER_FILLERS.contains(w.get(c - 1))) {
                // "a log of deliveries to the warehouse", "a simple register of visitors"
                List<String> np = new ArrayList<>();
                for (int j = c + 2; j < w.size() && np.size() < 3; j++) {
                    String x = w.get(j);
                    if (np.isEmpty() && (lex.articles.contains(x) || CONTAINER_FILLERS.contains(x))) {
                        continue;
                    }
                    if (lex.stopwords.contains(x) || lex.npStop.contains(x) || lex.relative.contains(x) || lex.verbs.contains(x)
                            || lex.pronouns.contains(x) || Character.isDigit(x.charAt(0))) {
                        break;
                    }
                    np.add(o.get(j));
                }
                return held(np);
            }
            List<String> mods = new ArrayList<>();
            int i = c - 1;
            boolean opened = false;
            while (i >= 0 && mods.size() <= 4) {
                String x = w.get(i);
                if (PARTICLES.contains(x) && i > 0 && PARTICLE_VERBS.contains(w.get(i - 1))) {
                    mods.add(0, w.get(i - 1) + "-" + x);
                    i -= 2;
                    continue;
                }
                if (lex.articles.contains(x) || lex.one.contains(x)) {
                    opened = true;
                    break;
                }
                if (lex.stopwords.contains(x) || lex.npStop.contains(x) || lex.pronouns.contains(x) || lex.relative.contains(x)
                        || lex.tool.contains(x) && !CONTAINER_FILLERS.contains(x) || Character.isDigit(x.charAt(0))) {
                    break;
                }
                mods.add(0, o.get(i));
                i--;
            }
            if (i < 0 && !mods.isEmpty() && !CONTAINER_FILLERS.contains(mods.get(0)) && !lex.verbs.contains(mods.get(0))) {
                // "Visitor sign in book for reception:": a heading that opens on the sheet itself
                opened = true;
            }
            if (!opened || mods.isEmpty() || mods.size() > 4) {
                return null;
            }
            for (int k = mods.size() - 1; k > 0; k--) {
                if (mods.get(k).contains("-") && PARTICLES.contains(mods.get(k).substring(mods.get(k).indexOf('-') + 1))) {
                    // "a visitor sign-in sheet": the sign-in is the record, the visitor one of its fields
                    mods = new ArrayList<>(mods.subList(k, mods.size()));
                    break;
                }
            }
            while (!mods.isEmpty() && CONTAINER_FILLERS.contains(mods.get(0))) {
                mods.remove(0);
            }
            if (mods.isEmpty() || NOT_HELD.contains(Text.fold(mods.get(mods.size() - 1)))) {
                return null;
            }
            return held(mods);
        }
        return null;
    }

    /**
     * "wardens log each patrol", "staff record every visit", "drivers list the stops": a container word
     * that no article or filler opens and that a determiner or an each-word follows is a verb; its subject is who
     * records, its object the record (read by {@link #verbObject}), not a kind the sheet holds.
     */
    private boolean verbUse(List<String> w, int c) {
        if (c == 0 || c + 2 >= w.size()) {
            return false;
        }
        String before = w.get(c - 1);
        String next = w.get(c + 1);
        return !lex.articles.contains(before) && !CONTAINER_FILLERS.contains(before) && !lex.possessives.contains(before)
                && (lex.forEach.contains(next) || lex.articles.contains(next) || lex.possessives.contains(next));
    }

    /** "une feuille de présence quotidienne", "un cahier de suivi des pannes", "una hoja de registro diaria". */
    private String romanceContainer(List<String> w, List<String> o) {
        for (int c = 0; c + 2 < w.size(); c++) {
            if (!ROMANCE_CONTAINERS.contains(w.get(c)) || c > 0 && !lex.articles.contains(w.get(c - 1))) {
                continue;
            }
            int j = c + 1;
            // "de suivi des", "de control de": the follow-up is no kind either
            while (j + 1 < w.size() && (ROMANCE_OF.contains(w.get(j)) || FOLLOW_UP.contains(w.get(j)))) {
                j++;
            }
            if (j == c + 1 || j >= w.size() || !ROMANCE_OF.contains(w.get(j - 1)) && !w.get(j - 1).equals("la")) {
                return null;
            }
            String x = w.get(j);
            if (NOT_HELD.contains(x) || lex.stopwords.contains(x) || lex.articles.contains(x) || CONTAINER_FILLERS.contains(x)
                    || Character.isDigit(x.charAt(0))) {
                return null;
            }
            return held(List.of(o.get(j)));
        }
        return null;
    }

    /** "eine tägliche Anwesenheitsliste", "ein Besucherbuch", "die Störungsliste": the compound's first part. */
    private String germanContainer(List<String> w, List<String> o) {
        for (int c = 0; c < w.size(); c++) {
            String x = w.get(c);
            if (c > 0 && !lex.articles.contains(w.get(c - 1)) && !CONTAINER_FILLERS.contains(w.get(c - 1))) {
                continue;
            }
            for (String suffix : GERMAN_CONTAINERS) {
                if (!x.endsWith(suffix) || x.length() < suffix.length() + 4) {
                    continue;
                }
                String stem = o.get(c).substring(0, o.get(c).length() - suffix.length()).replaceAll("-$", "");
                String fs = Text.fold(stem);
                if (suffix.startsWith("-") || !fs.endsWith("-")) {
                    // "Anwesenheits-": the joining s goes after -heit, -keit, -ung, -ion, -tät, -schaft
                    if (JOINING_S.matcher(fs).matches()) {
                        stem = stem.substring(0, stem.length() - 1);
                    }
                }
                if (stem.length() < 3 || NOT_HELD.contains(Text.fold(stem))) {
                    return null;
                }
                return Text.capitalize(Inflector.singular(lex.lang, stem));
            }
        }
        return null;
    }

    private String held(List<String> np) {
        if (np.isEmpty()) {
            return null;
        }
        String name = String.join(" ", np);
        boolean generic = np.stream().allMatch(x -> lex.generic.contains(Text.fold(x)) || lex.stopwords.contains(Text.fold(x)));
        return generic ? null : Text.capitalize(Inflector.singular(lex.lang, name));
    }

    /** "every week", "cada mes", "jeden Tag": after "each" a time, not a kind. */
    static final java.util.Set<String> TIME_UNITS = java.util.Set.of("day", "days", "week", "weeks", "month", "months", "year",
            "years", "morning", "evening", "night", "quarter", "term", "semester", "weekend", "dia", "semana", "mes", "ano", "noche",
            "trimestre", "jour", "semaine", "mois", "an", "annee", "soir", "matin", "tag", "woche", "monat", "jahr", "quartal",
            "abend", "morgen", "wochenende");

    /** Words that only join a heading to what came before: "and", "also", "außerdem", "además". */
    private static List<String> ADVERBS_AND(Lexicon lex) {
        List<String> all = new ArrayList<>(lex.and);
        List.of("also", "plus", "außerdem", "zudem", "auch", "además", "también", "aussi", "également", "puis").forEach(w -> all.add(Text.fold(w)));
        return all;
    }

    private List<String> weHaveAndCounts() {
        List<String> all = new ArrayList<>(lex.weHave);
        all.addAll(lex.several);
        all.addAll(lex.numberWords);
        return all;
    }

    /**
     * "We log each visit to a client" with the record "Visit" → "client": the kind a heading says
     * its record is about, through a preposition right after the record's noun, or null.
     */
    String aboutKind(String head, String record) {
        List<String> w = Text.words(Text.fold(head));
        List<String> rw = Text.words(Text.fold(record));
        if (rw.isEmpty()) {
            return null;
        }
        String recordHead = FieldTyper.head(lex, rw);
        for (int i = 0; i + 2 < w.size(); i++) {
            if (!Inflector.singularWord(lex.lang, w.get(i)).equals(recordHead) && !w.get(i).equals(recordHead)) {
                continue;
            }
            int j = i + 1;
            if (!lex.lang.headLast()) {
                // "les visites de clients": in French and Spanish an adjective may come first
                while (j < w.size() && j <= i + 2 && !aboutPrep(w.get(j))) {
                    j++;
                }
            }
            if (j >= w.size() || !aboutPrep(w.get(j))) {
                continue;
            }
            j++;
            while (j < w.size() && (lex.articles.contains(w.get(j)) || lex.possessives.contains(w.get(j)) || lex.forEach.contains(w.get(j)))) {
                j++;
            }
            if (j >= w.size()) {
                return null;
            }
            String noun = w.get(j);
            if (lex.stopwords.contains(noun) || lex.pronouns.contains(noun) || noun.length() < 3
                    || noun.matches("\\d.*")) {
                return null;
            }
            // only a kind the request drafts is linked, so the word needs no type of its own
            return Inflector.singularWord(lex.lang, noun);
        }
        return null;
    }

    /**
     * A preposition that ties a record to what it is about: the heading's own ("to", "for", "of") or one of the
     * link clauses' ("repairs against a building", "tasks under a project", "relevés sur un compteur"). Only a kind
     * the request drafts is linked, so a wide set of prepositions costs nothing where no such kind exists.
     */
    private boolean aboutPrep(String w) {
        return lex.kindPreps.contains(w) || lex.linkPreps.contains(w);
    }

    /** Where word {@code j} starts in " " + the words joined by spaces, counting its leading space. */
    private static int offset(List<String> words, int j) {
        int at = 0;
        for (int i = 0; i < j; i++) {
            at += words.get(i).length() + 1;
        }
        return at;
    }

    /**
     * Whether the cut word at [start, end) of folded is the "de" of a French or Spanish
     * compound name: "de" then a bare noun ("bons de commande"), not "de nos clients".
     */
    private boolean compoundOf(String folded, int start, int end) {
        if (lex.lang.headLast() || start < 2) {
            return false;
        }
        String word = folded.substring(start, end).strip();
        if (!word.equals("de")) {
            return false;
        }
        List<String> after = Text.words(folded.substring(Math.min(folded.length(), end)));
        List<String> before = Text.words(folded.substring(0, Math.max(0, start)));
        if (before.isEmpty() || after.isEmpty() || lex.articles.contains(before.get(before.size() - 1))
                || lex.stopwords.contains(before.get(before.size() - 1))) {
            return false;
        }
        // the name ends after the bare noun: "notes de frais", "notes de frais des salariés"
        boolean ends = after.size() == 1 || lex.npStop.contains(after.get(1)) || lex.ofWords.contains(after.get(1))
                || lex.relative.contains(after.get(1));
        return ends && !lex.articles.contains(after.get(0))
                && !lex.possessives.contains(after.get(0)) && !lex.stopwords.contains(after.get(0)) && !after.get(0).matches("\\d+");
    }

    /**
     * The heading after a lead clause that only says who wants the tool: "Finance wants expense
     * claims tracked" → "expense claims tracked", "The office manager asked me to set up something
     * for key loans" → "key loans"; null when there is none.
     */
    String afterLead(String head) {
        String h = head;
        String f = Text.fold(h);
        if (f.length() != h.length()) {
            return null;
        }
        boolean changed = false;
        for (String w : lex.wants) {
            int at = f.indexOf(" " + w + " ");
            if (at <= 0) {
                continue;
            }
            List<String> subject = Text.words(f.substring(0, at));
            String rest = h.substring(at + w.length() + 2).strip();
            if (subject.size() > 5 || subject.stream().anyMatch(x -> lex.forEach.contains(x) || lex.verbs.contains(x))
                    || Text.words(Text.fold(rest)).isEmpty()) {
                continue;
            }
            h = rest;
            f = Text.fold(h);
            changed = true;
            break;
        }
        for (String s : lex.something) {
            // "on a besoin d'un outil pour …", "c'est pour l'outil …": an elided word runs into it
            int at = f.startsWith(s + " ") ? 0 : f.indexOf(" " + s + " ") >= 0 ? f.indexOf(" " + s + " ") + 1 : f.indexOf("'" + s + " ") + 1;
            if (at <= 0 && !f.startsWith(s + " ")) {
                continue;
            }
            // "something for key loans", "a way to track visitors"
            List<String> rest = Text.words(f.substring(at + s.length()));
            int i = 0;
            while (i < rest.size() && i < 3 && !lex.npStop.contains(rest.get(i)) && !lex.verbs.contains(rest.get(i))) {
                i++;
            }
            if (i < rest.size() - 1 && i < 3) {
                String tail = String.join(" ", rest.subList(i + 1, rest.size()));
                int pos = f.lastIndexOf(tail);
                h = pos >= 0 ? h.substring(pos) : tail;
                f = Text.fold(h);
                changed = true;
            }
            break;
        }
        return changed ? h : null;
    }

    /** "expense claims tracked" → "expense claims", "equipment handed out to staff" → "equipment". */
    String beforeParticiple(String h) {
        String f = Text.fold(h);
        if (f.length() != h.length()) {
            return h;
        }
        List<String> w = Text.words(f);
        String[] parts = h.split("\\s+");
        if (parts.length != w.size()) {
            return h;
        }
        for (int i = 1; i < w.size(); i++) {
            String x = w.get(i);
            boolean participle = lex.participles.contains(x)
                    || (lex.lang == Lang.EN && x.length() > 5 && x.endsWith("ed") && !x.endsWith("eed") && !lex.identifier.contains(x));
            if (participle) {
                return String.join(" ", java.util.Arrays.asList(parts).subList(0, i));
            }
        }
        return h;
    }

    /** "a log", "the request": after these a verb word is a noun ("also", "then" in the articles list are not). */
    private static final java.util.Set<String> NOUN_DETERMINERS = java.util.Set.of("a", "an", "the");
    private static final java.util.Set<String> PASSIVE_AUX = java.util.Set.of("be", "is", "are", "gets", "get", "being");

    /** English "return request logged", "repair order placed": the word at [start, end) of folded is a noun (it is not the first word). */
    private boolean nounBeforeParticiple(String folded, int start, int end) {
        if (lex.lang != Lang.EN || start < 2) {
            return false;
        }
        String word = folded.substring(start, end).strip();
        if (!lex.verbs.contains(word) || lex.npStop.contains(word) || lex.relative.contains(word)) {
            return false;
        }
        List<String> before = Text.words(folded.substring(0, start));
        List<String> after = Text.words(folded.substring(Math.min(folded.length(), end)));
        if (before.isEmpty() || after.isEmpty() || lex.stopwords.contains(before.get(before.size() - 1))
                || lex.pronouns.contains(before.get(before.size() - 1))) {
            return false;
        }
        String x = after.get(0);
        if (PASSIVE_AUX.contains(x) && after.size() > 1) {
            // "every return request be logged", "each order is placed"
            x = after.get(1);
        }
        return lex.participles.contains(x) || x.length() > 5 && x.endsWith("ed") && !x.endsWith("eed") && !lex.identifier.contains(x);
    }

    /** "Runners sign up", "the tenants report": a plural noun that opens the heading is the subject of the word after it. */
    private boolean pluralSubject(List<String> words, int i) {
        int s = i - 1;
        if (s > 1 || (s == 1 && !lex.articles.contains(words.get(0)) && !lex.possessives.contains(words.get(0)))) {
            return false;
        }
        String w = words.get(s);
        return w.length() > 3 && !Inflector.singularWord(lex.lang, w).equals(w) && !lex.stopwords.contains(w);
    }

    /** "People register with ..." → "Registration": a verb that names a record. */
    /** The record a verb names, whatever its position ("reserve" → "Reservation"), or null. */
    String nominalVerb(String word) {
        String n = lex.nominal.get(word);
        if (n == null && word.length() > 4) {
            n = lex.nominal.get(word.replaceAll("(?:ing|ed|es|s|d)$", ""));
        }
        return n;
    }

    String nominal(String folded) {
        List<String> words = Text.words(folded);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String n = i + 1 < words.size() ? lex.nominal.get(w + " " + words.get(i + 1)) : null;
            int after = i + 2;
            if (n == null) {
                n = lex.nominal.get(w);
                after = i + 1;
            }
            if (n == null && w.length() > 4) {
                n = lex.nominal.get(w.replaceAll("(?:ing|ed|es|s|d)$", ""));
            }
            // only a verb names a record: "people register", "we log hours", "to buy" — not "books"
            boolean verbPosition = i > 0 && (lex.pronouns.contains(words.get(i - 1)) || lex.actors.contains(words.get(i - 1))
                    || lex.modals.contains(words.get(i - 1)) || pluralSubject(words, i));
            // "the properties we're selling": a relative clause, the noun before it is the record
            boolean relative = i >= 2 && lex.pronouns.contains(words.get(i - 1)) && after == i + 1
                    && !lex.stopwords.contains(words.get(i - 2)) && !lex.articles.contains(words.get(i - 2))
                    && !Inflector.singularWord(lex.lang, words.get(i - 2)).equals(words.get(i - 2));
            if (n != null && verbPosition && !relative) {
                // "we register households": the object is the record, not the registration
                if (after < words.size() && !lex.npStop.contains(words.get(after)) && !lex.possessives.contains(words.get(after))
                        && !lex.articles.contains(words.get(after)) && !lex.stopwords.contains(words.get(after))) {
                    return null;
                }
                // "submit their expense claims", "raise a purchase request": the paper is the record
                if (after + 1 < words.size() && (lex.articles.contains(words.get(after)) || lex.possessives.contains(words.get(after)))
                        && words.subList(after + 1, Math.min(words.size(), after + 4)).stream()
                                .anyMatch(x -> lex.recordNouns.contains(Inflector.singularWord(lex.lang, x)))) {
                    return null;
                }
                return n;
            }
        }
        return null;
    }

    /** "I'd like each rep to log a visit on their phone" → "visit". */
    /** "Each loan records the student" → "Loan": the kind an item's leading "each" names, or null. */
    String forEachKind(String item) {
        String f = Text.fold(item);
        for (String a : lex.and) {
            // "and for each repair ...", "y para cada revisión"
            if (f.startsWith(a + " ") && f.length() == item.length()) {
                item = item.substring(a.length() + 1);
                f = f.substring(a.length() + 1);
                break;
            }
        }
        for (String fe : lex.forEach) {
            if (f.startsWith(fe + " ") && f.length() == item.length()) {
                List<String> rest = Text.words(f.substring(fe.length()));
                String[] orig = item.substring(fe.length()).strip().split("\\s+");
                if (!lex.invertedSubjects.isEmpty() && rest.size() >= 2 && orig.length >= 2 && !orig[0].isEmpty()
                        && Character.isLowerCase(orig[0].charAt(0)) && !orig[1].isEmpty() && Character.isUpperCase(orig[1].charAt(0))) {
                    // "zu jeder offenen Stelle": German adjectives are small, the noun after them is the kind
                    rest = rest.subList(1, rest.size());
                }
                // "Für jeden Teilnehmer speichern wir …", "de cada comercial guardamos …": a person word after "for
                // each" is a kind too when who records it comes next ("each employee submits …" stays a person)
                // "para cada alquiler": a word that alone reads as an amount still names a kind after "each";
                // "every week", "cada mes" name a time, not a kind
                if (!rest.isEmpty() && !lex.stopwords.contains(rest.get(0)) && !lex.articles.contains(rest.get(0))
                        && !TIME_UNITS.contains(rest.get(0))
                        && (java.util.EnumSet.of(FieldType.TEXT, FieldType.MONEY).contains(FieldTyper.type(lex, rest.get(0)))
                                || (FieldTyper.type(lex, rest.get(0)) == FieldType.PERSON && rest.size() >= 2 && recorderNext(rest.get(1))))) {
                    int at = f.indexOf(rest.get(0), fe.length());
                    int n = compoundLength(rest);
                    int end = f.indexOf(rest.get(n - 1), at + (n > 1 ? rest.get(0).length() : 0)) + rest.get(n - 1).length();
                    return Text.capitalize(Inflector.singular(lex.lang, item.substring(at, end)));
                }
            }
        }
        return null;
    }

    /**
     * How many words from the start name the kind in "every fuel purchase records ...": up to three,
     * in English only (the head comes last), stopping at a verb, a modal or a small word.
     */
    private int compoundLength(List<String> w) {
        if (lex.lang != Lang.EN) {
            return 1;
        }
        for (int n = 1; n <= Math.min(3, w.size() - 1); n++) {
            if (boundary(w.get(n))) {
                return n;
            }
        }
        return 1;
    }

    private boolean boundary(String word) {
        return lex.recordVerbs.contains(word) || lex.has.contains(word) || lex.modals.contains(word)
                || lex.stopwords.contains(word) || lex.articles.contains(word) || lex.pronouns.contains(word)
                || lex.verbs.contains(word) || lex.npStop.contains(word) || lex.belongs.stream().anyMatch(b -> b.startsWith(word + " "));
    }

    /**
     * "For students we keep the name": "for", a plural noun, a pronoun and a verb that records;
     * the singular of the noun, or null.
     */
    String forPluralKind(String item) {
        String f = Text.fold(item);
        if (f.length() != item.length()) {
            return null;
        }
        for (String fk : lex.forKind) {
            if (!f.startsWith(fk + " ")) {
                continue;
            }
            List<String> w = Text.words(f.substring(fk.length()));
            // "de los clientes guardamos": Spanish and French often drop the pronoun
            int v = w.size() >= 2 && lex.pronouns.contains(w.get(1)) ? 2 : 1;
            if (w.size() < v + 1 || (v == 1 && lex.lang == Lang.EN) || lex.stopwords.contains(w.get(0))
                    || lex.articles.contains(w.get(0)) || FieldTyper.type(lex, w.get(0)) != FieldType.TEXT
                    // "rooms" alone reads as a count, "room" does not
                    && !java.util.EnumSet.of(FieldType.TEXT, FieldType.PERSON).contains(FieldTyper.type(lex, Inflector.singularWord(lex.lang, w.get(0))))
                    || Inflector.singularWord(lex.lang, w.get(0)).equals(w.get(0))) {
                return null;
            }
            String verb = String.join(" ", w.subList(v, w.size()));
            // "for pupils I need the child's name": a wish introduces the list as well as a recording verb
            boolean records = java.util.stream.Stream.concat(lex.recordVerbs.stream(), lex.wants.stream())
                    .anyMatch(r -> verb.equals(r) || verb.startsWith(r + " ") || verb.contains(" " + r + " ") || verb.endsWith(" " + r));
            if (!records) {
                return null;
            }
            int at = f.indexOf(w.get(0), fk.length());
            return Text.capitalize(Inflector.singular(lex.lang, item.substring(at, at + w.get(0).length())));
        }
        return null;
    }

    /** "We keep each volunteer's name" → "Volunteer": the kind whose details a list opens with, or null. */
    String possessiveKind(String item) {
        String f = Text.fold(item);
        Matcher m = EACH_POSSESSIVE.matcher(f);
        if (f.length() != item.length() || !m.find() || !lex.forEach.contains(m.group(1)) || lex.pronouns.contains(m.group(2))
                || FieldTyper.type(lex, m.group(2)) != FieldType.TEXT && FieldTyper.type(lex, m.group(2)) != FieldType.PERSON) {
            return null;
        }
        return Text.capitalize(Inflector.singular(lex.lang, item.substring(m.start(2), m.end(2))));
    }

    private static final java.util.regex.Pattern EACH_POSSESSIVE = java.util.regex.Pattern.compile("\\b(\\p{L}+) (\\p{L}{3,})'s? \\p{L}");

    /** "For the cars I need the plate" → "the plate": what follows the wish, or null. */
    String afterWish(String item) {
        String f = Text.fold(item);
        if (f.length() != item.length()) {
            return null;
        }
        for (String w : lex.wants) {
            int at = f.indexOf(" " + w + " ");
            if (at > 0) {
                return item.substring(at + w.length() + 2);
            }
        }
        return null;
    }

    /**
     * "... so each time entry should say which matter": a kind named by "each" inside the first
     * item, right before the verb that introduces the list; null when there is none.
     */
    String innerEachKind(String item) {
        String f = Text.fold(item);
        if (f.length() != item.length()) {
            return null;
        }
        List<String> w = Text.words(f);
        for (int i = w.size() - 3; i >= 1; i--) {
            if (!lex.forEach.contains(w.get(i)) || w.get(i).contains(" ") || TIME_UNITS.contains(w.get(i + 1))) {
                continue;
            }
            List<String> np = new ArrayList<>();
            int j = i + 1;
            while (j < w.size() && np.size() < 2 && !isListVerb(w.get(j))) {
                np.add(w.get(j));
                j++;
            }
            if (np.isEmpty() || j >= w.size() || !isListVerb(w.get(j)) || np.stream().anyMatch(x -> lex.stopwords.contains(x)
                    || lex.articles.contains(x) || lex.npStop.contains(x))) {
                return null;
            }
            String name = String.join(" ", np);
            int at = f.indexOf(name, f.indexOf(w.get(i)));
            return at < 0 || FieldTyper.type(lex, FieldTyper.head(lex, np)) != FieldType.TEXT ? null
                    : Text.capitalize(Inflector.singular(lex.lang, item.substring(at, at + name.length())));
        }
        return null;
    }

    private boolean isListVerb(String w) {
        return lex.modals.contains(w) || lex.recordVerbs.contains(w) || lex.has.contains(w);
    }

    /**
     * "We do one inspection per forklift per month" → "Inspection": a record counted per another
     * kind, whatever verb comes before; null when the heading has no such count.
     */
    String perRecord(String head) {
        List<String> w = Text.words(Text.fold(head));
        for (int i = 1; i + 2 < w.size(); i++) {
            if (!lex.per.contains(w.get(i + 1)) || !COUNT.contains(w.get(i - 1))) {
                continue;
            }
            String record = w.get(i);
            if (lex.stopwords.contains(record) || lex.articles.contains(record) || FieldTyper.type(lex, record) != FieldType.TEXT) {
                return null;
            }
            String f = Text.fold(head);
            int at = f.indexOf(" " + record + " ");
            String orig = at >= 0 && f.length() == head.length() ? head.substring(at + 1, at + 1 + record.length()) : record;
            return Text.capitalize(Inflector.singular(lex.lang, orig));
        }
        return null;
    }

    /**
     * "Next the mechanic writes up the service sheet", "Ensuite le technicien note", "Después el técnico anota", "Danach notiert
     * der Techniker": a heading led by at most two small words, where a person named with an article records; the list
     * that follows belongs to the record being filled in. "Each inspector records …" (no article) names a kind as before.
     */
    boolean personRecords(String head) {
        return recorder(head) != null;
    }

    /** The person who records in such a heading ("technician"), folded, or null. */
    String recorder(String head) {
        String f = Text.fold(head);
        List<String> w = Text.words(f);
        for (int i = 0; i + 1 < w.size() && i <= 3; i++) {
            // "then the technician": lead words such as "then", "ensuite" count as articles too
            if (!lex.articles.contains(w.get(i)) || lex.forEach.contains(w.get(i)) || lex.articles.contains(w.get(i + 1))) {
                continue;
            }
            String role = w.get(i + 1);
            boolean person = FieldTyper.type(lex, role) == FieldType.PERSON && !lex.pronouns.contains(role)
                    && Inflector.singularWord(lex.lang, role).equals(role);
            if (!person) {
                continue;
            }
            // English, French, Spanish: the verb follows the person; German puts it before ("danach notiert der Techniker")
            boolean after = i + 2 < w.size() && recordingVerb(w.get(i + 2));
            boolean before = i >= 1 && recordingVerb(w.get(i - 1));
            return after || before ? role : null;
        }
        return null;
    }

    /** "fills", "note", "anota" (anotar), "notiert" (notieren): a verb of recording, conjugated or not. */
    private boolean recordingVerb(String v) {
        if (v.length() < 3) {
            return false;
        }
        for (String r : lex.recordVerbs) {
            String first = r.split(" ", 2)[0];
            if (first.equals(v)) {
                return true;
            }
            if (lex.lang == Lang.ES && first.endsWith("r") && first.length() > 4 && v.equals(first.substring(0, first.length() - 1))) {
                return true;
            }
            if (lex.lang == Lang.DE && first.endsWith("en") && first.length() > 6 && v.startsWith(first.substring(0, first.length() - 2))
                    && v.length() <= first.length()) {
                return true;
            }
        }
        return false;
    }

    /** "we", "guardamos", "speichern": the word after a kind that says someone records it. */
    private boolean recorderNext(String w) {
        return lex.pronouns.contains(w) || lex.invertedSubjects.contains(w) || lex.recordVerbs.contains(w) || lex.verbs.contains(w);
    }

    /** "Pour les véhicules", "Für die Fahrzeuge": "for" and a plural noun, nothing else; the kind, or null. */
    String forKindOnly(String item) {
        String f = Text.fold(item.strip());
        if (f.length() != item.strip().length()) {
            return null;
        }
        for (String fk : lex.forKind) {
            if (!f.startsWith(fk + " ")) {
                continue;
            }
            List<String> w = Text.words(f.substring(fk.length()));
            if (w.size() != 1 || lex.stopwords.contains(w.get(0)) || lex.articles.contains(w.get(0))
                    || FieldTyper.type(lex, w.get(0)) != FieldType.TEXT || Inflector.singularWord(lex.lang, w.get(0)).equals(w.get(0))) {
                return null;
            }
            String word = item.strip().substring(f.indexOf(w.get(0), fk.length()));
            return Text.capitalize(Inflector.singular(lex.lang, word.replaceAll("[^\\p{L}-]+$", "")));
        }
        return null;
    }

    private static final java.util.Set<String> COUNT = java.util.Set.of("one", "a", "an", "un", "une", "una", "uno", "ein", "eine",
            "einen", "single");

    /** "I need to see each member's rentals" → "member": the owner named by a possessive before the kind, or null. */
    String possessiveOwner(String head) {
        Matcher m = POSSESSIVE.matcher(Text.fold(head));
        return m.find() && !lex.pronouns.contains(m.group(1)) ? Inflector.singularWord(lex.lang, m.group(1)) : null;
    }

    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("\\b(\\p{L}{3,})'s? \\p{L}");

    /**
     * "Il faudrait noter pour chaque emprunt l'agent" → {"Emprunt", "l'agent"}: "for each" and a noun
     * inside an item, followed by an article that opens the first field; null when the item is not so.
     */
    String[] midForEach(String item) {
        String f = Text.fold(item);
        if (f.length() != item.length()) {
            return null;
        }
        for (String fe : lex.forEach) {
            int at = f.indexOf(" " + fe + " ");
            if (at <= 0 || lex.per.contains(fe)) {
                continue;
            }
            int nounAt = at + fe.length() + 2;
            int nounEnd = f.indexOf(' ', nounAt);
            if (nounEnd < 0) {
                return null;
            }
            String noun = f.substring(nounAt, nounEnd);
            String rest = item.substring(nounEnd + 1).strip();
            String fr = Text.fold(rest);
            boolean article = lex.articles.stream().filter(a -> !lex.and.contains(a))
                    .anyMatch(a -> fr.startsWith(a.endsWith("'") ? a : a + " "));
            if (!article || lex.stopwords.contains(noun) || lex.articles.contains(noun) || lex.anaphors.contains(noun)
                    || lex.pronouns.contains(noun) || noun.equals("one") || FieldTyper.type(lex, noun) != FieldType.TEXT) {
                return null;
            }
            return new String[] {Text.capitalize(Inflector.singular(lex.lang, item.substring(nounAt, nounEnd))), rest};
        }
        return null;
    }

    /** A clause break (comma, semicolon, dash) and an optional "and"/"so"/"then" before a "for each X" that closes the heading. */
    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("[,;]\\s*(?:\\p{L}+\\s+)?$|\\s-\\s*(?:\\p{L}+\\s+)?$");

    /**
     * "Parents book their kids in, so for each booking" → "Booking", "les parents inscrivent leurs enfants, et pour chaque
     * inscription": a "for each X" after a clause break opens the list, so X names the list's kind, not the clause's subject.
     * Only the for-each phrases of two words or more ("for each", "pour chaque", "für jede"), not "each" or "per" alone.
     */
    String listOpener(String h) {
        String f = Text.fold(h);
        if (f.length() != h.length()) {
            return null;
        }
        for (String fe : lex.forEach) {
            if (!fe.contains(" ")) {
                continue;
            }
            int at = f.lastIndexOf(" " + fe + " ");
            if (at <= 0) {
                continue;
            }
            String before = f.substring(0, at + 1);
            Matcher m = CLAUSE_BREAK.matcher(before);
            List<String> prior = Text.words(before);
            String last = prior.isEmpty() ? "" : prior.get(prior.size() - 1);
            if (m.find()) {
                String tail = BREAK_MARKS.matcher(m.group()).replaceAll("").strip();
                if (!tail.isEmpty() && !lex.and.contains(tail) && !LIST_LINKERS.contains(tail)) {
                    continue;
                }
            } else if (prior.size() < 3 || !LIST_LINKERS.contains(last)) {
                // "Members sign up for classes and for each signup": a linker word alone after a clause of its own
                continue;
            }
            String rest = h.substring(at + 1);
            List<String> after = Text.words(Text.fold(rest).substring(fe.length()));
            if (after.isEmpty() || after.size() > 6 || lex.stopwords.contains(after.get(0))) {
                return null;
            }
            String n = headName(rest);
            return n == null || Text.wordCount(n) > 3 ? null : n;
        }
        return null;
    }

    /** "each room gets a cleaning job", "chaque chambre reçoit un ménage", "jedes Zimmer bekommt einen Reinigungsauftrag". */
    private static final java.util.Map<Lang, java.util.regex.Pattern> GIVEN = java.util.Map.of(
            Lang.EN, java.util.regex.Pattern.compile("\\b(?:gets|get|receives|is given|is assigned) (?:a|an|one|its|their|a new) ((?:\\p{L}+(?:[ -]|$)){1,3})$"),
            Lang.FR, java.util.regex.Pattern.compile("\\b(?:recoit|recoivent|a droit a) (?:un|une) ((?:\\p{L}+(?:[ -]|$)){1,3})$"),
            Lang.ES, java.util.regex.Pattern.compile("\\b(?:recibe|reciben|se le asigna|se le hace) (?:un|una) ((?:\\p{L}+(?:[ -]|$)){1,3})$"),
            Lang.DE, java.util.regex.Pattern.compile("\\b(?:bekommt|bekommen|erhalt|erhalten) (?:jede[rsn]? \\p{L}+ )?(?:einen|eine|ein) ((?:\\p{L}+(?:[ -]|$)){1,3})$"));

    private static final java.util.regex.Pattern TRAILING_PERIOD = java.util.regex.Pattern.compile(
            " (?:each|every|per|once a|twice a|a|chaque|tous les|toutes les|par|cada|todos los|todas las|al|por|jeden|jede|jedes|pro|einmal pro|einmal im) (?:day|week|month|year|night|shift|morning|jour|semaine|mois|an|annee|dia|semana|mes|ano|tag|woche|monat|jahr)s?$");

    /** The record "each X gets": "each room gets a cleaning job" → "Cleaning job" (the heading must start with "each"/"every"). */
    String givenRecord(String h) {
        String f = Text.fold(h).strip();
        java.util.regex.Pattern p = GIVEN.get(lex.lang);
        if (f.length() != h.strip().length()) {
            return null;
        }
        Matcher t = TRAILING_PERIOD.matcher(f);
        if (t.find()) {
            // "every van gets a safety inspection each month"
            f = f.substring(0, t.start());
        }
        Matcher m = p.matcher(f);
        if (!m.find()) {
            return null;
        }
        String before = f.substring(0, m.start(1)) + " " + f.substring(m.end());
        boolean each = false;
        for (String fe : lex.forEach) {
            if (!lex.per.contains(fe) && (before.startsWith(fe + " ") || before.contains(" " + fe + " "))) {
                each = true;
            }
        }
        List<String> np = Text.words(m.group(1));
        if (!each || np.isEmpty() || np.stream().anyMatch(w -> lex.stopwords.contains(w) || lex.pronouns.contains(w))) {
            return null;
        }
        String name = h.strip().substring(m.start(1), m.end(1)).strip();
        return Text.capitalize(Inflector.singular(lex.lang, name));
    }

    private static final java.util.regex.Pattern BREAK_MARKS = java.util.regex.Pattern.compile("[,;\\-]");
    private static final java.util.Set<String> LIST_LINKERS = java.util.Set.of("so", "then", "and", "donc", "puis", "et", "asi", "luego",
            "entonces", "y", "also", "dann", "und");

    /** "For every project we log hours" → "project": the kind a heading's records belong to. */
    String forEachOwner(String head) {
        String f = Text.fold(head);
        for (String fe : lex.forEach) {
            // "Pro Projekt erfassen wir Stunden": "per" then the owner, when a verb and its subject follow
            boolean perOwner = lex.per.contains(fe) && InvertedClauses.kind(lex, head) != null;
            if (f.startsWith(fe + " ") && (fe.contains(" ") || perOwner)) {
                List<String> rest = Text.words(f.substring(fe.length()));
                if (!rest.isEmpty() && !lex.stopwords.contains(rest.get(0))) {
                    return Inflector.singular(lex.lang, rest.get(0));
                }
            }
        }
        return null;
    }

    String verbObject(String h) {
        String f = Text.fold(h);
        List<String> words = Text.words(f);
        for (int i = words.size() - 2; i >= 0; i--) {
            if (lex.lang == Lang.EN && (i >= 1 && (NOUN_DETERMINERS.contains(words.get(i - 1)) || lex.forEach.contains(words.get(i - 1)))
                    || i >= 2 && lex.forEach.contains(words.get(i - 2)) && !lex.stopwords.contains(words.get(i - 1)))) {
                // "each return request logged with", "a log of": after "each" or "a" the word is a noun, not a verb
                continue;
            }
            // "we also take in repairs": a verb and its particle first, then a verb of the lexicon alone
            int from = objectVerbEnd(words, i);
            if (from == i && lex.verbs.contains(words.get(i))) {
                from = i + 1;
            }
            if (from > i) {
                List<String> np = new ArrayList<>();
                for (int j = from; j < words.size() && np.size() < 3; j++) {
                    String w = words.get(j);
                    if (compoundOf(" " + String.join(" ", words), offset(words, j), offset(words, j) + w.length() + 1)
                            && np.size() == 1 && j + 1 < words.size()) {
                        // "suivre les notes de frais"
                        np.add(w);
                        np.add(words.get(j + 1));
                        break;
                    }
                    if (lex.articles.contains(w) || lex.forEach.contains(w)) {
                        if (np.isEmpty()) {
                            continue;
                        }
                        break;
                    }
                    // "für jedes Fahrzeug erfassen wir Reparaturen", "pour chaque site on note les visites"
                    if (np.isEmpty() && lex.pronouns.contains(w) && j + 1 < words.size()) {
                        continue;
                    }
                    // "keep a list of our phones" → "phones"
                    if (np.isEmpty() && (lex.tool.contains(w) || lex.generic.contains(w)) && j + 1 < words.size()
                            && lex.ofWords.contains(words.get(j + 1))) {
                        j++;
                        continue;
                    }
                    if (lex.stopwords.contains(w) || lex.relative.contains(w) || lex.npStop.contains(w)) {
                        break;
                    }
                    np.add(w);
                }
                if (!np.isEmpty()) {
                    String found = String.join(" ", np);
                    int at = f.indexOf(found);
                    // give back the words as written (accents, capitals)
                    return at >= 0 && f.length() == h.length() ? h.substring(at, at + found.length()) : found;
                }
            }
        }
        return null;
    }

    /** Words that stand between a subject and its verb: "we also deal with", "we now issue". */
    private static final java.util.Set<String> SUBJECT_ADVERBS = java.util.Set.of("also", "now", "often", "usually", "sometimes", "then", "too");

    /**
     * Where the object starts when an object verb of the lexicon ({@code object_verbs}) opens at {@code i} after a subject
     * ("we also deal with suppliers" → the index of "suppliers"); {@code i} itself when it does not.
     */
    private int objectVerbEnd(List<String> words, int i) {
        if (lex.objectVerbs.isEmpty() || i == 0) {
            return i;
        }
        String before = words.get(i - 1);
        boolean subject = lex.pronouns.contains(before)
                || SUBJECT_ADVERBS.contains(before) && i >= 2 && lex.pronouns.contains(words.get(i - 2));
        if (!subject) {
            return i;
        }
        if (i + 2 < words.size() && lex.objectVerbs.contains(words.get(i) + " " + words.get(i + 1))) {
            return i + 2;
        }
        return lex.objectVerbs.contains(words.get(i)) ? i + 1 : i;
    }

    boolean hasPronoun(String head) {
        for (String w : Text.words(Text.fold(head))) {
            if (lex.pronouns.contains(w)) {
                return true;
            }
        }
        return false;
    }
}

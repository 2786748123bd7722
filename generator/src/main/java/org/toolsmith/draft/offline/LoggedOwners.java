package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * Things logged for an owner: "for every greenhouse we log the harvests: …", "inspections per boat", "every truck's
 * tyre changes", "our trucks and their tyre changes", "pour chaque serre, on enregistre les récoltes …", "las
 * inspecciones de cada barco", "für jede Filiale erfassen wir die Kassenprüfungen …". An analyst keeps the owner as a kind (at least its
 * name) and the logged things as a kind of their own, named by the singular noun, with the details said after them and
 * a reference to the owner. Read as one list, the details had landed on the owner, on the logged kind with no owner,
 * or on a catalog kind.
 *
 * <p>After the kinds are made: in one sentence an each-word (or per-word, a possessive, "our Xs and their Ys") before
 * the owner's noun and a plural noun said with an article as the logged things; the owner a drafted kind or a noun an
 * analyst makes a kind of ({@link OwnerLists#owner}); two or more drafted fields named after them (same or next
 * sentence). Then the kind holding those fields is the logged kind (new when the owner held them), the owner is made
 * when missing, and the logged kind points to it. Nothing when the two are linked already.
 */
final class LoggedOwners {
    private LoggedOwners() {
    }

    private static final int MAX_REQUEST = 4000;
    private static final int MIN_DETAILS = 2;
    private static final Pattern SENTENCE = Pattern.compile("[^.!?;\\n]+[.!?;\\n]*");
    private static final String W = "[a-z][a-z-]*";
    private static final String W2 = W + "(?:\\s+" + W + ")?";
    /** Where a logged noun ends: a list sign, a per-word, the end. */
    private static final String Y_END = "(?=\\s*(?:[:(,.;!?]|$|\\s-)|\\s+(?:per|par|por|pro|in|en|dans|an|with|avec|con|mit|and|et|y|und|de|of|fest|ein)\\b)";

    private static final Map<Lang, List<Pattern>> FORMS = new EnumMap<>(Map.of(
            Lang.EN, List.of(
                    Pattern.compile("\\b(?:each|every)\\s+(?<x>" + W2 + ")(?=\\s*,|\\s+(?:we|i|you|they|the)\\b)\\s*,?\\s+(?:[^\\s,;:]+\\s+){0,4}?"
                            + "(?:the|its|their|all the)\\s+(?<y>" + W2 + ")" + Y_END),
                    Pattern.compile("\\b(?<y>" + W2 + ")\\s+per\\s+(?<x>" + W2 + ")(?=\\s*(?:[:(,.;!?]|$)|\\s+(?:with|we|and)\\b)"),
                    Pattern.compile("\\b(?:each|every)\\s+(?<x>" + W + ")'s\\s+(?<y>" + W2 + ")" + Y_END),
                    Pattern.compile("\\bthe\\s+(?<y>" + W2 + ")\\s+of\\s+(?:each|every)\\s+(?<x>" + W + ")\\b"),
                    Pattern.compile("\\bour\\s+(?<xp>" + W2 + ")\\s+and\\s+their\\s+(?<y>" + W2 + ")" + Y_END),
                    Pattern.compile("\\b(?:each|every)\\s+(?<x>" + W2 + ")\\s+(?:has|have|gets|can have)\\s+(?:several|many|multiple|a few)\\s+(?<y>" + W2 + ")"
                            + Y_END)),
            Lang.FR, List.of(
                    Pattern.compile("\\bchaque\\s+(?<x>" + W + ")\\s*,?\\s+(?:[^\\s,;:]+\\s+){0,4}?(?:les|ses|leurs|tous les)\\s+(?<y>" + W
                            + "(?:\\s+(?:de|d')\\s*" + W + ")?)" + Y_END),
                    Pattern.compile("\\b(?:les|des)\\s+(?<y>" + W + "(?:\\s+de\\s+" + W + ")?)\\s+par\\s+(?<x>" + W + ")\\b"),
                    Pattern.compile("\\b(?:les|des)\\s+(?<y>" + W + "(?:\\s+de\\s+" + W + ")?)\\s+de\\s+chaque\\s+(?<x>" + W + ")\\b"),
                    Pattern.compile("\\bnos\\s+(?<xp>" + W + ")\\s+et\\s+(?:de\\s+)?leurs\\s+(?<y>" + W + "(?:\\s+de\\s+" + W + ")?)" + Y_END),
                    Pattern.compile("\\bchaque\\s+(?<x>" + W + ")\\s+(?:a|peut avoir|comporte)\\s+(?:plusieurs|de nombreux|de nombreuses)\\s+(?<y>" + W
                            + "(?:\\s+de\\s+" + W + ")?)" + Y_END)),
            Lang.ES, List.of(
                    Pattern.compile("\\bcada\\s+(?<x>" + W + ")\\s*,?\\s+(?:[^\\s,;:]+\\s+){0,4}?(?:los|las|sus)\\s+(?<y>" + W
                            + "(?:\\s+de\\s+" + W + ")?)" + Y_END),
                    Pattern.compile("\\b(?:los|las)\\s+(?<y>" + W + "(?:\\s+de\\s+" + W + ")?)\\s+por\\s+(?<x>" + W + ")\\b"),
                    Pattern.compile("\\b(?:los|las)\\s+(?<y>" + W + "(?:\\s+de\\s+" + W + ")?)\\s+de\\s+cada\\s+(?<x>" + W + ")\\b"),
                    Pattern.compile("\\bnuestr[oa]s\\s+(?<xp>" + W + ")\\s+y\\s+(?:de\\s+)?sus\\s+(?<y>" + W + "(?:\\s+de\\s+" + W + ")?)" + Y_END),
                    Pattern.compile("\\bcada\\s+(?<x>" + W + ")\\s+(?:tiene|puede tener)\\s+(?:varios|varias|muchos|muchas)\\s+(?<y>" + W
                            + "(?:\\s+de\\s+" + W + ")?)" + Y_END)),
            Lang.DE, List.of(
                    Pattern.compile("\\bfur\\s+(?:jede|jeden|jedes|jeder)\\s+(?<x>" + W + ")\\s+(?:[^\\s,;:]+\\s+){0,4}?(?:die|ihre|seine|alle)\\s+(?<y>" + W + ")"
                            + Y_END),
                    Pattern.compile("\\bdie\\s+(?<y>" + W + ")\\s+pro\\s+(?<x>" + W + ")\\b"),
                    Pattern.compile("\\bdie\\s+(?<y>" + W + ")\\s+(?:jedes|jeder)\\s+(?<x>" + W + ")\\b"),
                    Pattern.compile("\\bunsere\\s+(?<xp>" + W + ")\\s+und\\s+(?:deren|ihre)\\s+(?<y>" + W + ")" + Y_END),
                    Pattern.compile("\\b(?:jede|jeder|jedes)\\s+(?<x>" + W + ")\\s+hat\\s+(?:mehrere|viele)\\s+(?<y>" + W + ")" + Y_END))));

    /** Plural nouns that name the details or a span of time, not a kind of thing logged. */
    private static final Set<String> NOT_LOGGED = Set.of("details", "fields", "things", "data", "information", "following", "points",
            "informations", "infos", "donnees", "champs", "choses", "elements", "suivants", "datos", "detalles", "campos", "cosas",
            "siguientes", "daten", "angaben", "felder", "folgenden", "dinge", "punkte",
            // time spans ("asks for their days") are amounts, not things logged
            "days", "weeks", "months", "years", "jours", "semaines", "mois", "annees", "dias", "semanas", "meses", "anos",
            "tage", "wochen", "monate", "jahre");

    private static final Set<FieldType> DATA = java.util.EnumSet.of(FieldType.DATE, FieldType.DATETIME, FieldType.PERSON,
            FieldType.MONEY, FieldType.DECIMAL, FieldType.INTEGER, FieldType.EMAIL, FieldType.PHONE, FieldType.FILE);

    private record Said(String owner, String logged, String after) {
    }

    static void apply(Lexicon lex, String request, List<DraftEntity> entities) {
        List<Pattern> forms = FORMS.get(lex.lang);
        if (forms == null || request == null || request.length() > MAX_REQUEST || entities.isEmpty() || entities.size() > 4) {
            return;
        }
        List<String> sentences = new ArrayList<>();
        for (Matcher m = SENTENCE.matcher(request); m.find();) {
            sentences.add(m.group());
        }
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            String f = Text.fold(s);
            for (Pattern p : forms) {
                Matcher m = p.matcher(f);
                if (!m.find()) {
                    continue;
                }
                String after = f.substring(m.end()) + (i + 1 < sentences.size() ? " " + Text.fold(sentences.get(i + 1)) : "");
                Said said = said(lex, s, m, after);
                if (said != null && place(lex, said, entities)) {
                    return;
                }
            }
        }
    }

    private static Said said(Lexicon lex, String s, Matcher m, String after) {
        String y = m.group("y");
        String x = group(m, "x");
        if (x == null) {
            x = Text.fold(Inflector.singular(lex.lang, m.group("xp")));
        }
        String ySg = Text.fold(Inflector.singular(lex.lang, y));
        y = trimmed(y);
        x = trimmed(x);
        if (y == null || x == null) {
            return null;
        }
        ySg = Text.fold(Inflector.singular(lex.lang, FieldReader.original(s, y)));
        // German plurals in -en the inflector keeps ("Prüfungen" is known, "Risiken" may not be) are plural after "die"
        boolean plural = !ySg.equals(y) || lex.lang == Lang.DE && y.endsWith("en") && y.length() > 5;
        if (!plural || NOT_LOGGED.contains(y.split(" ")[0]) || ySg.equals(x) || x.equals(y)) {
            return null;
        }
        String yName = Text.capitalize(Inflector.singular(lex.lang, FieldReader.original(s, y)));
        String xOrig = group(m, "x") != null ? FieldReader.original(s, x) : Inflector.singular(lex.lang, FieldReader.original(s, m.group("xp")));
        return new Said(Text.capitalize(xOrig), yName, after);
    }

    /** A two-word noun loses a function word caught before it ("of deliveries"); null when nothing is left. */
    private static String trimmed(String phrase) {
        String[] w = phrase.split(" ");
        if (FUNCTION.contains(w[0])) {
            return w.length > 1 && !FUNCTION.contains(w[w.length - 1]) ? w[w.length - 1] : null;
        }
        return FUNCTION.contains(w[w.length - 1]) ? null : phrase;
    }

    private static final Set<String> FUNCTION = Set.of("of", "the", "our", "all", "and", "for", "track", "log", "keep", "record", "we",
            "des", "les", "de", "nos", "et", "los", "las", "y", "die", "und", "to", "a", "an", "some", "any", "these", "those");

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean place(Lexicon lex, Said said, List<DraftEntity> entities) {
        String ownerNoun = OwnerLists.owner(lex.lang, said.owner());
        if (lex.lang == Lang.DE && ownerNoun != null) {
            // "jedes Lagers": the genitive ending goes
            said = new Said(ownerNoun, said.logged(), said.after());
        }
        DraftEntity kx = kind(lex, entities, said.owner());
        if (kx == null && ownerNoun == null) {
            return false;
        }
        DraftEntity ky = kind(lex, entities, said.logged());
        if (ky == null) {
            String head = head(lex, said.logged());
            if (!head.equals(said.logged())) {
                ky = kind(lex, entities, head);
            }
        }
        // the kind that holds the details said after the logged noun
        DraftEntity holder = null;
        int best = 0;
        for (DraftEntity e : entities) {
            int n = details(e, said.after()).size();
            if (n > best) {
                best = n;
                holder = e;
            }
        }
        // a logged noun that is a drafted field is a detail ("les dates d'arrivée"); a holder linked elsewhere has its owner
        if (field(lex, entities, said.logged()) || kx == null && holder != null && holder.fields.stream().anyMatch(f -> f.type == FieldType.REFERENCE)) {
            return false;
        }
        // details, not values: one of them at least is data (a date, a person, an amount, a number …)
        if (holder != null && details(holder, said.after()).stream().noneMatch(f -> DATA.contains(f.type))) {
            return false;
        }
        if (best < MIN_DETAILS || ky != null && kx != null && (linked(ky, kx) || linked(kx, ky)) && (ky == holder || linked(kx, ky))) {
            return false;
        }
        if (ky == null) {
            if (holder == kx) {
                ky = new DraftEntity(said.logged(), kx.because);
                for (DraftField f : details(kx, said.after())) {
                    kx.fields.remove(f);
                    ky.fields.add(f);
                }
                entities.add(entities.indexOf(kx) + 1, ky);
            } else {
                long own = details(holder, said.after()).size();
                if (own * 2 < holder.fields.size()) {
                    return false;
                }
                holder.name = said.logged();
                ky = holder;
            }
        } else if (ky != holder) {
            // the logged kind was made bare beside a kind that took its details ("Inspection" beside a catalog kind): one kind
            if (holder == kx || !details(ky, said.after()).isEmpty() || referenced(holder, entities)) {
                return false;
            }
            for (DraftField f : holder.fields) {
                if (f.type != FieldType.REFERENCE || kx != null && kx.name.equals(f.target) && !linked(ky, kx)) {
                    ky.add(f);
                }
            }
            entities.remove(holder);
        }
        if (kx == null) {
            kx = new DraftEntity(said.owner(), ky.because);
            entities.add(entities.indexOf(ky), kx);
        }
        dropEcho(lex, kx, said);
        dropEcho(lex, ky, said);
        if (kx.fields.stream().noneMatch(f -> f.type != FieldType.REFERENCE)) {
            kx.fields.add(0, new DraftField(lex.nameLabel, FieldType.TEXT, kx.because));
        }
        if (!linked(ky, kx)) {
            SaidLinks.link(ky, kx);
        }
        return true;
    }

    /** Fields of a kind named in the text after the logged noun. */
    private static List<DraftField> details(DraftEntity e, String after) {
        List<DraftField> out = new ArrayList<>();
        for (DraftField f : e.fields) {
            if (f.type != FieldType.REFERENCE && !f.suggested && Text.containsPhrase(after, Text.fold(f.label))) {
                out.add(f);
            }
        }
        return out;
    }

    /** Fields that only repeat the sentence's frame ("Several harvests", "For every greenhouse", "Pour chacune"). */
    private static void dropEcho(Lexicon lex, DraftEntity e, Said said) {
        String x = Text.fold(said.owner());
        String y = Text.fold(said.logged());
        String yHead = Text.fold(head(lex, said.logged()));
        e.fields.removeIf(f -> {
            if (f.type == FieldType.REFERENCE) {
                return false;
            }
            String l = Text.fold(f.label);
            String sg = Text.fold(Inflector.singular(lex.lang, f.label));
            return sg.equals(y) || sg.equals(yHead) || FRAME.matcher(l).find() && (l.contains(x) || sg.contains(yHead) || FRAME_ONLY.matcher(l).matches());
        });
    }

    private static final Pattern FRAME = Pattern.compile("\\b(?:each|every|several|many|chaque|chacun|chacune|plusieurs|cada|varios|varias|jede|jeden|jedes|jeder|jedem|mehrere)\\b");
    private static final Pattern FRAME_ONLY = Pattern.compile("(?:for|pour|para|fur|de|zu)\\s+(?:each|every|chacun|chacune|cada uno|cada una|jedem|jeder|jedes)(?:\\s+(?:of them|one))?");

    private static String head(Lexicon lex, String name) {
        String[] w = name.split(" ");
        if (w.length == 1) {
            return name;
        }
        return Text.capitalize(lex.lang.headLast() ? w[w.length - 1] : w[0]);
    }

    /** The kind named so, or named so with a word more before the head ("Weekly harvest", "Barco pesquero"). */
    private static DraftEntity kind(Lexicon lex, List<DraftEntity> entities, String name) {
        String n = Text.fold(Inflector.singular(lex.lang, name));
        for (DraftEntity e : entities) {
            if (Text.fold(Inflector.singular(lex.lang, e.name)).equals(n) || Text.fold(e.name).equals(Text.fold(name))) {
                return e;
            }
        }
        for (DraftEntity e : entities) {
            String f = Text.fold(Inflector.singular(lex.lang, e.name));
            if (lex.lang.headLast() ? f.endsWith(" " + n) : f.startsWith(n + " ")) {
                return e;
            }
        }
        return null;
    }

    private static boolean field(Lexicon lex, List<DraftEntity> entities, String name) {
        String n = Text.fold(Inflector.singular(lex.lang, name));
        return entities.stream().flatMap(e -> e.fields.stream())
                .anyMatch(f -> f.type != FieldType.REFERENCE && Text.fold(Inflector.singular(lex.lang, f.label)).equals(n));
    }

    private static boolean referenced(DraftEntity e, List<DraftEntity> entities) {
        return entities.stream().anyMatch(o -> o != e && linked(o, e));
    }

    private static boolean linked(DraftEntity a, DraftEntity b) {
        return a.fields.stream().anyMatch(f -> f.type == FieldType.REFERENCE && b.name.equals(f.target));
    }
}

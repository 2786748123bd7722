package org.toolsmith.draft.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.toolsmith.spec.FieldType;

/**
 * Which drafted kind a detail belongs to, when a request names two or three kinds and their details came out on one
 * of them: "our drivers and vans: full name, mobile, date of birth, plate, model, mileage", "nom et téléphone du
 * client, capacité et étage de la salle", "matrícula del vehículo", "Fahrzeugkennzeichen".
 *
 * <p>Two readings, after assembly. (1) A label that names another drafted kind as its owner ("the driver's phone",
 * "phone of the driver", "driver phone", "téléphone du chauffeur", "teléfono del conductor", "Telefon des Fahrers",
 * "Fahrertelefon") moves to that kind without the owner's words. (2) A label of a detail family
 * ({@code lexicon/detail-owners.json}: a date of birth, phone, e-mail are a person's or party's; a plate, mileage a
 * vehicle's; a serial number, purchase date an asset's; a capacity, floor a room's; a breed, species an animal's; a
 * quantity, unit price a line's; an order date, total a header's; a dosage a medication's) on a kind of another known
 * class moves to the one drafted kind of its class. A record that gave details away points to where they went when
 * nothing links the two yet (a trip to its vehicle, a line to its order, a pet to its owner). Not when the kind's
 * class is unknown (it may be a party the table does not name), when two kinds share the class, nor for a detail the
 * record itself owns (a loan date stays on the loan, the number of attendees on the booking).
 */
final class DetailOwners {
    /** Owner classes: a record points to what it is about; a line to its header; an animal or medication to its person. */
    private static final Map<String, Set<String>> POINTS_TO = Map.of(
            "record", Set.of("person", "vehicle", "asset", "place", "animal", "medication"),
            "header", Set.of("person"),
            "line", Set.of("header"),
            "animal", Set.of("person"),
            "medication", Set.of("person"));
    private static final Map<Lang, Words> BY_LANG = load();
    /** The classes of owner an owner phrase may add as a kind of its own. */
    private static final Set<String> MADE = Set.of("person", "vehicle", "asset", "place", "animal", "line", "medication");
    /** Classes of kinds that are occasions or documents rather than things: their numbers are readings taken then. */
    private static final Set<String> OCCASIONS = Set.of("record", "header", "line");
    /** The shortest rest of a label once its owner's words are taken off. */
    private static final int MIN_REST = 2;

    /** One language's words, longest first: kind nouns by class, and details with the classes they belong to. */
    private record Words(Map<String, String> kinds, Map<String, List<String>> details, Set<String> exact, Set<String> notMade) {
    }

    private DetailOwners() {
    }

    static void apply(Lexicon lex, List<DraftEntity> entities) {
        Words w = BY_LANG.get(lex.lang);
        if (w == null || entities.isEmpty() || entities.size() > 5) {
            return;
        }
        Map<DraftEntity, String> cls = new LinkedHashMap<>();
        for (DraftEntity e : entities) {
            cls.put(e, kindClass(lex.lang, w, e.name));
        }
        for (DraftEntity a : List.copyOf(entities)) {
            Set<DraftEntity> gave = new java.util.LinkedHashSet<>();
            saidOwners(lex, w, entities, cls, a, gave);
            for (DraftField f : List.copyOf(a.fields)) {
                if (f.type == FieldType.REFERENCE || f.suggested) {
                    continue;
                }
                List<String> classes = detailClasses(lex.lang, w, f.label);
                String mine = cls.get(a);
                // a record keeps the contact details of whom it is for ("phone" on a rental beside a shop kind); a detail
                // said with more than a word around it is the record's own reading ("kilométrage relevé lors de la réparation")
                if (classes.isEmpty() || mine == null || classes.contains(mine) || "person".equals(classes.get(0)) || !bare(lex.lang, w, f.label)) {
                    continue;
                }
                if (OCCASIONS.contains(mine) && (f.type == FieldType.INTEGER || f.type == FieldType.DECIMAL
                        || classes.contains("person") || classes.contains("place"))) {
                    // a number said on an event is read on that occasion (the mileage of a daily check, the km of a trip),
                    // and where it happens or whom it is for is its own (the address of a repair job)
                    continue;
                }
                for (String c : classes) {
                    List<DraftEntity> homes = entities.stream().filter(x -> x != a && c.equals(cls.get(x))).toList();
                    if (homes.size() == 1) {
                        if (move(lex, a, homes.get(0), f, f.label)) {
                            gave.add(homes.get(0));
                        }
                        break;
                    }
                    if (homes.size() > 1) {
                        break;
                    }
                }
            }
            for (DraftEntity b : gave) {
                link(a, b, cls.get(a), cls.get(b));
            }
            if (a.fields.isEmpty()) {
                a.add(new DraftField(lex.nameLabel, FieldType.TEXT, a.because));
            }
        }
    }

    /**
     * Details whose label names their owner: "a, b and phone of the driver" (the owner said after the last detail
     * holds for the details of its family before it), "the driver's a, b and c" (the owner said before the first holds
     * for the details after it, up to the next owner), "Fahrertelefon" (one detail). An owner of a known class that is
     * no drafted kind is made one.
     */
    private static void saidOwners(Lexicon lex, Words w, List<DraftEntity> entities, Map<DraftEntity, String> cls, DraftEntity a,
            Set<DraftEntity> gave) {
        List<DraftField> fields = new ArrayList<>(a.fields);
        Owned[] owned = new Owned[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            DraftField f = fields.get(i);
            if (f.type != FieldType.REFERENCE && !f.suggested) {
                owned[i] = ownerSaid(lex.lang, entities, f.label);
                if (owned[i] == null) {
                    owned[i] = newOwner(lex.lang, w, a, f.label);
                }
            }
        }
        Map<String, Integer> named = new LinkedHashMap<>();
        for (Owned o : owned) {
            String oc = o != null && o.name != null ? kindClass(lex.lang, w, o.name) : null;
            if (oc != null && detailClasses(lex.lang, w, o.rest).contains(oc)) {
                named.merge(Text.fold(o.name), 1, Integer::sum);
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            Owned o = owned[i];
            if (o == null) {
                continue;
            }
            DraftEntity k = o.kind;
            String name = o.name;
            if (k == null) {
                k = entities.stream().filter(x -> Text.fold(Inflector.singular(lex.lang, x.name)).equals(Text.fold(name))).findFirst().orElse(null);
            }
            if (k == a) {
                continue; // "date du prêt" on the loan: its own detail
            }
            String kc = k != null ? cls.get(k) : kindClass(lex.lang, w, name);
            List<DraftField> group = new ArrayList<>();
            group.add(fields.get(i));
            if (o.before && !o.prefix) {
                // "nom complet, téléphone et date de naissance du locataire": back over the details of the owner's family
                for (int j = i - 1; j >= 0 && owned[j] == null; j--) {
                    DraftField g = fields.get(j);
                    if (g.type == FieldType.REFERENCE || g.suggested || kc == null || !detailClasses(lex.lang, w, g.label).contains(kc)) {
                        break;
                    }
                    group.add(g);
                }
            } else if (!o.before && !o.prefix) {
                // "the tenant's full name, phone and date of birth": on to the next owner
                for (int j = i + 1; j < fields.size() && owned[j] == null; j++) {
                    DraftField g = fields.get(j);
                    if (g.type == FieldType.REFERENCE || g.suggested || kc == null || !detailClasses(lex.lang, w, g.label).contains(kc)) {
                        break;
                    }
                    group.add(g);
                }
            }
            // a detail of the owner's own family among them: "phone of the client", not "registro de bajas", "lab fee"
            boolean fits = kc != null && (detailClasses(lex.lang, w, o.rest).contains(kc)
                    || group.stream().skip(1).anyMatch(g -> detailClasses(lex.lang, w, g.label).contains(kc)));
            // a kind is made for two details at least: "a, b et c du locataire", "téléphone du locataire, e-mail du locataire"
            boolean itself = kc != null && detailClasses(lex.lang, w, o.rest).contains(kc);
            if (!fits || k == null && (!itself || group.size() < 2 && named.getOrDefault(Text.fold(name), 0) < 2) || o.prefix && !detailClasses(lex.lang, w, o.rest).contains(kc)) {
                continue;
            }
            if (k == null) {
                k = new DraftEntity(name, a.because);
                entities.add(k);
                cls.put(k, kc);
            }
            for (int j = i + 1; j < fields.size() && !o.before && !o.prefix && owned[j] == null && group.contains(fields.get(j)); j++) {
                owned[j] = new Owned(k, fields.get(j).label, false, false, null);
            }
            group.sort(java.util.Comparator.comparingInt(fields::indexOf)); // in the order they were said
            for (DraftField g : group) {
                String label = g == fields.get(i) ? o.rest : g.label;
                if (a.fields.contains(g) && move(lex, a, k, g, label)) {
                    gave.add(k);
                }
            }
        }
    }

    /** Moves the field to the kind under the label; false when that kind has a field of that label already. */
    private static boolean move(Lexicon lex, DraftEntity from, DraftEntity to, DraftField f, String label) {
        if (to.find(label).isPresent()) {
            return false;
        }
        List<DraftField> own = to.fields.stream().filter(x -> x.type != FieldType.REFERENCE).toList();
        // the kind only had the name it was given for want of fields: a name of the owner takes its place
        if (own.size() == 1 && Text.fold(own.get(0).label).equals(Text.fold(lex.nameLabel)) && nameLike(lex, label)) {
            to.fields.remove(own.get(0));
        }
        from.fields.remove(f);
        f.label = Text.capitalize(label.strip());
        to.fields.add(f);
        return true;
    }

    private static boolean nameLike(Lexicon lex, String label) {
        String l = Text.fold(label);
        String name = Text.fold(lex.nameLabel);
        return l.equals(name) || l.startsWith(name + " ") || l.endsWith(" " + name) || l.contains(" " + name + " ")
                || l.endsWith(name) && lex.lang == Lang.DE;
    }

    /** A record that gave details away points to where they went, unless the two are linked already. */
    private static void link(DraftEntity a, DraftEntity b, String ca, String cb) {
        if (linked(a, b) || linked(b, a)) {
            return;
        }
        DraftEntity from;
        DraftEntity to;
        if (ca != null && cb != null && POINTS_TO.getOrDefault(ca, Set.of()).contains(cb)) {
            from = a;
            to = b;
        } else if (ca != null && cb != null && POINTS_TO.getOrDefault(cb, Set.of()).contains(ca)) {
            from = b;
            to = a;
        } else {
            return;
        }
        DraftField ref = new DraftField(to.name, FieldType.REFERENCE, from.because);
        ref.target = to.name;
        from.fields.add(0, ref);
    }

    private static boolean linked(DraftEntity a, DraftEntity b) {
        return a.fields.stream().anyMatch(f -> f.type == FieldType.REFERENCE && b.name.equals(f.target));
    }

    /**
     * A label with its owner named, and what is left of it; prefix: the owner said as the label's first part ("driver
     * phone", "Fahrertelefon"); before: the owner said after the detail ("phone of the driver"); name: the owner's
     * name when it is no drafted kind.
     */
    record Owned(DraftEntity kind, String rest, boolean prefix, boolean before, String name) {
    }

    /** "phone of the driver", "the driver's phone", "driver phone", "téléphone du chauffeur", "Telefon des Fahrers", "Fahrertelefon". */
    static Owned ownerSaid(Lang lang, List<DraftEntity> entities, String label) {
        String l = Text.fold(label);
        String[] words = l.split(" ");
        if (words.length < 2 && lang != Lang.DE) {
            return null;
        }
        for (DraftEntity e : entities) {
            String sg = Text.fold(Inflector.singular(lang, e.name));
            if (sg.isEmpty() || sg.split(" ").length > 3) {
                continue;
            }
            String rest = switch (lang) {
                case EN -> english(l, sg, Text.fold(e.name));
                case FR -> after(l, sg, new String[] {" du ", " de la ", " de l'", " des ", " de "});
                case ES -> after(l, sg, new String[] {" del ", " de la ", " de los ", " de las ", " de "});
                case DE -> german(l, sg);
            };
            if (rest != null && rest.length() >= MIN_REST) {
                boolean prefix = lang == Lang.EN ? !l.contains(" of ") && !l.contains("'s ") && !l.contains("s' ") : lang == Lang.DE && !l.contains(" ");
                boolean before = lang == Lang.EN ? l.contains(" of ") : !prefix;
                return new Owned(e, original(label, l, rest), prefix, before, null);
            }
        }
        return null;
    }

    private static String english(String l, String sg, String name) {
        for (String k : new String[] {sg, name}) {
            for (String of : new String[] {" of the ", " of each ", " of a ", " of "}) {
                if (l.endsWith(of + k)) {
                    return l.substring(0, l.length() - of.length() - k.length()).strip();
                }
            }
            for (String pre : new String[] {"the " + k + "'s ", k + "'s ", k + "s' ", k + " "}) {
                if (l.startsWith(pre)) {
                    return l.substring(pre.length()).strip();
                }
            }
        }
        return null;
    }

    private static String after(String l, String sg, String[] preps) {
        for (String p : preps) {
            int at = l.lastIndexOf(p);
            if (at > 0) {
                String owner = l.substring(at + p.length()).strip();
                if (owner.equals(sg) || owner.startsWith(sg) && owner.length() - sg.length() <= 2) {
                    return l.substring(0, at).strip();
                }
            }
        }
        return null;
    }

    private static String german(String l, String sg) {
        for (String p : new String[] {" des ", " der ", " vom ", " von der ", " von den "}) {
            int at = l.lastIndexOf(p);
            if (at > 0) {
                String owner = l.substring(at + p.length()).strip();
                if (owner.equals(sg) || owner.startsWith(sg) && owner.length() - sg.length() <= 2 && !owner.contains(" ")) {
                    return l.substring(0, at).strip();
                }
            }
        }
        // "Fahrzeugkennzeichen", "Kunden-E-Mail", "Mitarbeiterdurchwahl": a compound whose first part is the kind
        if (l.contains(" ") || sg.length() < 4) {
            return null;
        }
        for (String stem : new String[] {sg + "en", sg + "n", sg + "s", sg + "es", sg, sg.endsWith("e") ? sg.substring(0, sg.length() - 1) : sg}) {
            if (l.startsWith(stem) && l.length() - stem.length() >= 4) {
                String rest = l.substring(stem.length()).replaceFirst("^-", "");
                return rest.length() >= 4 ? rest : null;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern EN_OF = java.util.regex.Pattern.compile("^(.+?) of (?:the|each|every|our|a|an) ([a-z][a-z' -]*)$");
    private static final java.util.regex.Pattern EN_POSS = java.util.regex.Pattern.compile("^(?:the |each |our )?([a-z]+)'s (.+)$");
    private static final java.util.regex.Pattern FR_OF = java.util.regex.Pattern.compile("^(.+?) (?:du|de la|de l'|de chaque) ?([a-z][a-z' -]*)$");
    private static final java.util.regex.Pattern ES_OF = java.util.regex.Pattern.compile("^(.+?) (?:del|de la|de cada) ([a-z][a-z -]*)$");
    private static final java.util.regex.Pattern DE_OF = java.util.regex.Pattern.compile("^(.+?) (?:des|der|jedes|jeder) ([a-z][a-z-]*)$");

    /**
     * An owner said in the label that is no drafted kind but a kind noun of the table: "… du locataire", "the pet's …",
     * "… des Besitzers". Not the kind's own name, and not a noun of no class.
     */
    static Owned newOwner(Lang lang, Words w, DraftEntity a, String label) {
        String l = Text.fold(label);
        java.util.regex.Matcher m;
        String rest;
        String noun;
        boolean before = true;
        switch (lang) {
            case EN -> {
                m = EN_POSS.matcher(l);
                if (m.matches()) {
                    noun = m.group(1);
                    rest = m.group(2);
                    before = false;
                } else if ((m = EN_OF.matcher(l)).matches()) {
                    rest = m.group(1);
                    noun = m.group(2);
                } else {
                    return null;
                }
            }
            case FR -> {
                if (!(m = FR_OF.matcher(l)).matches()) {
                    return null;
                }
                rest = m.group(1);
                noun = m.group(2);
            }
            case ES -> {
                if (!(m = ES_OF.matcher(l)).matches()) {
                    return null;
                }
                rest = m.group(1);
                noun = m.group(2);
            }
            case DE -> {
                if (!(m = DE_OF.matcher(l)).matches()) {
                    return null;
                }
                rest = m.group(1);
                noun = m.group(2);
            }
            default -> {
                return null;
            }
        }
        String name = null;
        for (String cand : candidates(lang, noun)) {
            String c = w.kinds.get(cand);
            if (c != null) {
                // a record or document is made a kind by what is said of it, not by one detail's owner; nor a bare "person"
                name = MADE.contains(c) && !w.notMade.contains(cand) ? cand : null;
                break;
            }
        }
        if (name == null || rest.length() < MIN_REST || Text.fold(Inflector.singular(lang, a.name)).equals(name)) {
            return null;
        }
        String shown = lang == Lang.DE ? Character.toUpperCase(name.charAt(0)) + name.substring(1) : Text.capitalize(name);
        // the accents the folded table lost come back from the label when it has them
        int at = Text.fold(label).lastIndexOf(name);
        String squashed = Text.squash(Text.plainQuotes(label));
        if (at >= 0 && squashed.length() == l.length()) {
            String said = squashed.substring(at, at + name.length());
            shown = lang == Lang.DE ? Character.toUpperCase(said.charAt(0)) + said.substring(1) : Text.capitalize(said);
        }
        return new Owned(null, original(label, l, rest), false, before, shown);
    }

    /** The noun as said, then as a singular: "fahrzeugs" → "fahrzeug", "kunden" → "kunde", "owners" → "owner". */
    private static List<String> candidates(Lang lang, String noun) {
        List<String> out = new ArrayList<>();
        out.add(noun);
        out.add(Text.fold(Inflector.singular(lang, noun)));
        if (lang == Lang.DE) {
            for (String end : new String[] {"es", "s", "en", "n"}) {
                if (noun.endsWith(end) && noun.length() - end.length() >= 3) {
                    out.add(noun.substring(0, noun.length() - end.length()));
                }
            }
        }
        return out;
    }

    /** The words of the original label that the folded rest stands for (same length: folding keeps one letter per letter). */
    private static String original(String label, String folded, String rest) {
        String squashed = Text.squash(Text.plainQuotes(label));
        int at = folded.indexOf(rest);
        if (squashed.length() == folded.length() && at >= 0) {
            return squashed.substring(at, at + rest.length()).strip();
        }
        return rest;
    }

    /** The class of a kind by its head noun (English last word, French and Spanish first, German compound end), or null. */
    static String kindClass(Lang lang, Words w, String name) {
        String n = Text.fold(Inflector.singular(lang, name));
        for (Map.Entry<String, String> k : w.kinds.entrySet()) {
            if (heads(lang, n, k.getKey(), true)) {
                return k.getValue();
            }
        }
        return null;
    }

    /** Classes of a thing an owner phrase may make a kind of (not occasions, documents, lines). */
    private static final Set<String> OWNABLE = Set.of("person", "vehicle", "asset", "place", "animal");

    /** The noun names a party, a person, a vehicle, an asset, a place or an animal: a thing details may be said of. */
    static boolean ownable(Lang lang, String noun) {
        Words w = BY_LANG.get(lang);
        String c = w == null ? null : kindClass(lang, w, noun);
        return c != null && OWNABLE.contains(c);
    }

    /** The noun names an occasion or a document (a trip, a visit, a repair; an order, an invoice): a record details are said of. */
    static boolean occasion(Lang lang, String noun) {
        Words w = BY_LANG.get(lang);
        String c = w == null ? null : kindClass(lang, w, noun);
        return "record".equals(c) || "header".equals(c);
    }

    /** The noun names a party (a person or a firm the office deals with: customer, supplier, tenant, patient …). */
    static boolean isParty(Lang lang, String noun) {
        Words w = BY_LANG.get(lang);
        return w != null && "person".equals(kindClass(lang, w, noun));
    }

    /** One item of a said list ("name, phone and e-mail") is a detail of a person: phone, e-mail, address, date of birth … */
    static boolean holdsPersonDetail(Lang lang, String list) {
        Words w = BY_LANG.get(lang);
        if (w == null) {
            return false;
        }
        for (String item : LIST_SPLIT.split(list)) {
            if (detailClasses(lang, w, item.strip()).contains("person")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern LIST_SPLIT = java.util.regex.Pattern.compile(
            "\\s*,\\s*|\\s+(?:and|et|y|e|und)\\s+", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A unit or a bracket after a label: "(km)", "in kg", "pro Tag". */
    private static final java.util.regex.Pattern UNIT_TAIL = java.util.regex.Pattern.compile(
            "\\s*(?:\\(.*\\)|\\b(?:in|en|pro|per|par|por)\\s+\\S{1,4})$");

    /** The label without a unit or bracket after it, folded. */
    private static String core(String label) {
        return UNIT_TAIL.matcher(Text.fold(label)).replaceFirst("").strip();
    }

    /** The detail of the table the label is (its head), longest first; null when none. */
    private static String detailOf(Lang lang, Words w, String core) {
        for (String d : w.details.keySet()) {
            if (w.exact.contains(d) ? core.equals(d) : heads(lang, core, d, false)) {
                return d;
            }
        }
        return null;
    }

    /** The classes a label's detail family belongs to, best first; empty when none. */
    static List<String> detailClasses(Lang lang, Words w, String label) {
        String d = detailOf(lang, w, core(label));
        return d == null ? List.of() : w.details.get(d);
    }

    /** The label is the detail with one word more at most: "mileage", "current mileage", "kilométrage actuel", "Fahrzeugkennzeichen". */
    private static boolean bare(Lang lang, Words w, String label) {
        String l = core(label);
        String d = detailOf(lang, w, l);
        return d != null && (lang == Lang.DE || l.split(" ").length - d.split(" ").length <= 1);
    }

    /** The phrase is the head of the text: its end in English and German (German inside a compound too), its start in French and Spanish. */
    private static boolean heads(Lang lang, String text, String phrase, boolean kind) {
        if (text.equals(phrase)) {
            return true;
        }
        return switch (lang) {
            case EN -> text.endsWith(" " + phrase) || text.endsWith("-" + phrase);
            case FR, ES -> text.startsWith(phrase + " ") || text.startsWith(phrase + "-");
            case DE -> {
                String joined = text.replace(" ", "");
                String p = phrase.replace(" ", "");
                yield joined.endsWith(p) && (kind ? joined.length() - p.length() >= 3 : true);
            }
        };
    }

    private static Map<Lang, Words> load() {
        JsonNode root = LexiconFile.read("detail-owners.json");
        Map<Lang, Words> out = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) {
            JsonNode n = root.path(l.code);
            if (n.isMissingNode()) {
                continue;
            }
            List<Map.Entry<String, String>> kinds = new ArrayList<>();
            root.path("order").forEach(c -> n.path("kinds").path(c.asText()).forEach(k -> kinds.add(Map.entry(Text.fold(k.asText()), c.asText()))));
            kinds.sort((a, b) -> b.getKey().length() - a.getKey().length());
            Map<String, String> kindMap = new LinkedHashMap<>();
            kinds.forEach(k -> kindMap.putIfAbsent(k.getKey(), k.getValue()));
            List<Map.Entry<String, List<String>>> details = new ArrayList<>();
            java.util.Set<String> exact = new java.util.HashSet<>();
            n.path("details").fields().forEachRemaining(d -> {
                List<String> cs = new ArrayList<>();
                d.getValue().forEach(c -> cs.add(c.asText()));
                String key = Text.fold(d.getKey());
                if (key.startsWith("=")) {
                    key = key.substring(1);
                    exact.add(key);
                }
                details.add(Map.entry(key, List.copyOf(cs)));
            });
            details.sort((a, b) -> b.getKey().length() - a.getKey().length());
            Map<String, List<String>> detailMap = new LinkedHashMap<>();
            details.forEach(d -> detailMap.putIfAbsent(d.getKey(), d.getValue()));
            Set<String> notMade = new java.util.HashSet<>();
            n.path("not_made").forEach(x -> notMade.add(Text.fold(x.asText())));
            out.put(l, new Words(kindMap, detailMap, Set.copyOf(exact), Set.copyOf(notMade)));
        }
        return out;
    }
}

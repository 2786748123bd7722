package org.toolsmith.draft.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * Things kept and places booked that the request gives details of their own, made kinds the records point to. Keyed on
 * what the words mean, not on the sentence: the thing is a noun of the assets or places of {@code kind-nouns.json}
 * (vehicle, instrument, horse, berth, Fahrzeug …, or a German compound ending in one, "Messgerät"), and its details are
 * words of {@code thing-details.json} (what numbers or names it, what it is, how big, where, when bought: serial
 * number, plate, model, capacity, breed, Kennzeichen …). Two ways the details are said:
 * <ul>
 * <li>on a record, as two or more labels that carry the thing's name ("vehicle plate, vehicle model", "modèle du
 * véhicule", "matrícula del vehículo", "Fahrzeugkennzeichen", "Kilometerstand des Fahrzeugs"): they move to the thing
 * (bare, "Kennzeichen"), and the record points to it;</li>
 * <li>in a bracket a few words after the noun ("les étalonnages de nos appareils (numéro de série, fabricant …)"), when no
 * drafted kind is named by the noun and no drafted kind holds one of those details (then the details were lost): a new
 * kind with them, pointed to by the record whose field names the thing, or else by the kind said last before it in
 * the sentence, or else by the first kind.</li>
 * </ul>
 * Not for a record that is itself a thing or place ("Vehicle: engine number, engine type" keeps its columns), nor for
 * nouns of {@code not_things} ("home address, home phone", "office phone").
 */
final class ThingKinds {
    private record Words(Set<String> details, Set<String> generic, Set<String> notThings) {
    }

    private static final Map<Lang, Words> WORDS = load();
    /** A kind named by any thing or place is a thing, excluded words too. */
    private static final Words NO_EXCLUSIONS = new Words(Set.of(), Set.of(), Set.of());
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final List<String> DE_ENDINGS = List.of("", "e", "n", "en", "er", "s", "es", "nen");
    private static final Set<String> ROMANCE_OF = Set.of("de", "du", "del", "des");
    private static final Set<String> ROMANCE_ART = Set.of("la", "le", "l'", "los", "las", "les");
    private static final Set<String> DE_OF = Set.of("des", "der", "vom", "von");
    /** What follows "or" in a yes/no said as a member ("insured or not", "assuré ou non"). */
    private static final Set<String> NOT = Set.of("not", "non", "no", "nicht", "pas");
    private static final Set<FieldType> NUMBERS = java.util.EnumSet.of(FieldType.DECIMAL, FieldType.INTEGER, FieldType.MONEY);
    private static final int MIN_HEAD = 4;
    private static final int MAX_GAP_WORDS = 4;
    private static final int MAX_GAP_CHARS = 60;
    private static final int MAX_DETAILS = 8;
    private static final int MAX_DETAIL_WORDS = 4;

    private ThingKinds() {
    }

    private static Map<Lang, Words> load() {
        JsonNode root = LexiconFile.read("thing-details.json");
        Map<Lang, Words> out = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) {
            JsonNode n = root.path(l.code);
            if (!n.isMissingNode()) {
                out.put(l, new Words(folded(n.path("details")), folded(n.path("generic")), folded(n.path("not_things"))));
            }
        }
        return out;
    }

    private static Set<String> folded(JsonNode list) {
        Set<String> out = new HashSet<>();
        list.forEach(x -> out.add(Text.fold(x.asText())));
        return Set.copyOf(out);
    }

    static void apply(Lexicon lex, String request, List<DraftEntity> entities) {
        KindNouns nouns = KindNouns.of(lex.lang);
        Words ws = WORDS.get(lex.lang);
        if (nouns == null || ws == null || request == null || entities.isEmpty()) {
            return;
        }
        KindLinker linker = new KindLinker(lex);
        prefixedDetails(lex, nouns, ws, linker, entities);
        bracketDetails(lex, nouns, ws, linker, request, entities);
    }

    // ------------------------------------------------------------------ labels that carry the thing's name

    /** A label split into the thing it names (as said, singular) and the detail ("vehicle plate" → vehicle, plate). */
    private record Split(String thing, String detail) {
    }

    private static void prefixedDetails(Lexicon lex, KindNouns nouns, Words ws, KindLinker linker, List<DraftEntity> entities) {
        for (DraftEntity e : List.copyOf(entities)) {
            if (e.name == null || thingHead(lex, nouns, ws, Text.fold(e.name)) != null) {
                continue;
            }
            Map<String, List<DraftField>> byThing = new LinkedHashMap<>();
            Map<DraftField, Split> splits = new LinkedHashMap<>();
            for (DraftField f : e.fields) {
                if (f.label == null || f.type == FieldType.REFERENCE) {
                    continue;
                }
                Split s = split(lex, nouns, ws, f.label);
                if (s != null) {
                    splits.put(f, s);
                    byThing.computeIfAbsent(Text.fold(s.thing()), k -> new ArrayList<>()).add(f);
                }
            }
            for (List<DraftField> group : byThing.values()) {
                if (group.size() < 2 || readings(group)) {
                    continue;
                }
                String thing = splits.get(group.get(0)).thing();
                if (linker.named(e, thing) || recordOf(e, Text.fold(thing))) {
                    continue;
                }
                Optional<DraftEntity> had = entities.stream().filter(x -> x != e && linker.named(x, thing)).findFirst();
                DraftEntity target = had.orElseGet(() -> new DraftEntity(Text.capitalize(thing), group.get(0).because));
                int at = e.fields.indexOf(group.get(0));
                for (DraftField f : group) {
                    e.fields.remove(f);
                    f.label = Text.capitalize(splits.get(f).detail());
                    target.add(f);
                }
                if (had.isEmpty()) {
                    entities.add(target);
                }
                linker.linkAt(e, target, group.get(0).because, at);
            }
        }
    }

    /** The thing and the detail a label says, or null when it says no thing's detail. */
    private static Split split(Lexicon lex, KindNouns nouns, Words ws, String label) {
        String folded = Text.fold(label);
        List<String> w = Text.words(folded);
        List<String> raw = Text.words(label.strip().replace('’', '\''));
        if (w.isEmpty() || raw.size() != w.size()) {
            return null;
        }
        if (lex.lang == Lang.EN) {
            // "vehicle plate", "water meter number"
            for (int n = 1; n <= 2 && n < w.size(); n++) {
                String head = w.get(n - 1);
                if (thing(nouns, ws, head) && detail(ws, w.subList(n, w.size()))) {
                    return new Split(String.join(" ", raw.subList(0, n)), String.join(" ", raw.subList(n, raw.size())));
                }
            }
            return null;
        }
        if (lex.lang == Lang.DE) {
            return germanSplit(lex, nouns, ws, w, raw);
        }
        // "modèle du véhicule", "número de serie del equipo", "immatriculation de la voiture", "marque de l'outil"
        for (int k = w.size() - 2; k >= 1; k--) {
            if (!ROMANCE_OF.contains(w.get(k)) && !w.get(k).startsWith("l'") && !w.get(k).startsWith("d'")) {
                continue;
            }
            int at = w.get(k).contains("'") ? k : k + 1;
            if (!w.get(k).contains("'") && at < w.size() - 1 && ROMANCE_ART.contains(w.get(at))) {
                at++;
            }
            String first = w.get(at);
            String noun = first.substring(first.indexOf('\'') + 1);
            if (at < w.size() && w.size() - at <= 2 && thing(nouns, ws, Text.fold(Inflector.singularWord(lex.lang, noun)))
                    && detail(ws, w.subList(0, k))) {
                String said = raw.get(at);
                said = said.substring(said.indexOf('\'') + 1);
                String thing = String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of(said),
                        raw.subList(at + 1, raw.size()).stream()).toList());
                return new Split(Inflector.singular(lex.lang, thing), String.join(" ", raw.subList(0, k)));
            }
        }
        return null;
    }

    private static Split germanSplit(Lexicon lex, KindNouns nouns, Words ws, List<String> w, List<String> raw) {
        if (w.size() == 1) {
            // "Fahrzeugkennzeichen", "Laptop-Seriennummer"
            String word = w.get(0);
            String said = raw.get(0);
            int dash = word.indexOf('-');
            if (dash > 0) {
                String head = word.substring(0, dash);
                String tail = word.substring(dash + 1);
                String one = singularDe(lex, nouns, ws, head);
                if (one != null && germanDetail(ws, tail)) {
                    return new Split(said.substring(0, dash), said.substring(dash + 1));
                }
                return null;
            }
            for (int cut = MIN_HEAD; cut <= word.length() - 3; cut++) {
                String head = word.substring(0, cut);
                String tail = word.substring(cut);
                if (thing(nouns, ws, head) && germanDetail(ws, tail)) {
                    return new Split(said.substring(0, cut), Text.capitalize(said.substring(cut)));
                }
            }
            return null;
        }
        // "Kilometerstand des Fahrzeugs"
        if (w.size() == 3 && DE_OF.contains(w.get(1)) && germanDetail(ws, w.get(0))) {
            String one = singularDe(lex, nouns, ws, w.get(2));
            if (one != null) {
                String said = raw.get(2);
                return new Split(said.substring(0, Math.min(said.length(), one.length())), raw.get(0));
            }
        }
        return null;
    }

    /** The singular of a German noun form of a thing ("Fahrzeugs" → "fahrzeug"), or null. */
    private static String singularDe(Lexicon lex, KindNouns nouns, Words ws, String word) {
        for (String end : DE_ENDINGS) {
            if (word.length() > end.length() + 2 && word.endsWith(end)) {
                String stem = word.substring(0, word.length() - end.length());
                if (thing(nouns, ws, stem) || compoundThing(nouns, ws, stem)) {
                    return stem;
                }
            }
        }
        return null;
    }

    private static boolean germanDetail(Words ws, String tail) {
        String t = tail.startsWith("s") && !ws.details().contains(tail) ? tail.substring(1) : tail;
        for (String d : ws.details()) {
            if (d.length() >= 4 ? t.endsWith(d) : t.equals(d)) {
                return true;
            }
        }
        return false;
    }

    private static boolean detail(Words ws, List<String> words) {
        for (String x : words) {
            if (ws.details().contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean thing(KindNouns nouns, Words ws, String noun) {
        return (nouns.assets().contains(noun) || nouns.places().contains(noun)) && !ws.notThings().contains(noun);
    }

    private static boolean compoundThing(KindNouns nouns, Words ws, String noun) {
        for (Set<String> heads : List.of(nouns.assets(), nouns.places())) {
            for (String h : heads) {
                if (h.length() >= MIN_HEAD && noun.length() >= h.length() + 3 && noun.endsWith(h) && !ws.notThings().contains(h)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The thing a kind's name is headed by ("Vehicle", "Meeting room", "Messgerät"), or null. */
    private static String thingHead(Lexicon lex, KindNouns nouns, Words ws, String foldedName) {
        List<String> w = Text.words(foldedName);
        if (w.isEmpty()) {
            return null;
        }
        String head = lex.lang == Lang.EN || lex.lang == Lang.DE ? w.get(w.size() - 1) : w.get(0);
        head = Text.fold(Inflector.singularWord(lex.lang, head));
        if (nouns.assets().contains(head) || nouns.places().contains(head)) {
            return head;
        }
        return lex.lang == Lang.DE && compoundThing(nouns, NO_EXCLUSIONS, head) ? head : null;
    }

    // ------------------------------------------------------------------ a bracket of details after the noun

    private static void bracketDetails(Lexicon lex, KindNouns nouns, Words ws, KindLinker linker, String request,
            List<DraftEntity> entities) {
        for (Matcher m = WORD.matcher(request); m.find();) {
            String said = m.group();
            String one = thingStem(lex, nouns, ws, said);
            if (one == null || lex.peopleKinds.contains(one)) {
                continue;
            }
            int open = openerAfter(request, m.end());
            int close = open < 0 ? -1 : closer(request, open);
            if (close < 0 || request.substring(open + 1, close).indexOf('(') >= 0) {
                continue;
            }
            // a kind of the noun drafted already: left alone, unless it holds a name only (a placeholder of a pick or a count)
            List<DraftEntity> named = entities.stream().filter(x -> linker.named(x, one) || linker.named(x, said)).toList();
            DraftEntity placeholder = named.size() == 1 && placeholder(lex, named.get(0)) ? named.get(0) : null;
            if (!named.isEmpty() && placeholder == null) {
                continue;
            }
            List<ListSplitter.Item> items = new ListSplitter(lex).split(request.substring(open + 1, close));
            if (items.size() < 2 || items.size() > MAX_DETAILS || items.stream().anyMatch(i -> longestSide(lex, i.text()) > MAX_DETAIL_WORDS
                    || !i.options().isEmpty() || i.text().isBlank() || !Character.isLetter(i.text().strip().charAt(0)))) {
                continue;
            }
            FieldReader reader = new FieldReader(lex);
            if (reader.valueList(items) || values(lex, ws, items)) {
                continue;
            }
            List<DraftField> read = reader.readAll(items);
            if (read.size() < 2 || 2 * read.stream().filter(d -> describes(lex, ws, d.label)).count() < read.size()
                    || read.stream().noneMatch(d -> ownDetail(lex, ws, d.label)) || readings(read)) {
                continue;
            }
            // the details may have gone to one record kind (the one the sentence names before the thing): they move
            DraftEntity holder = null;
            boolean elsewhere = false;
            for (DraftField d : read) {
                for (DraftEntity x : entities) {
                    if (x != placeholder && x.find(d.label).isPresent()) {
                        elsewhere |= holder != null && holder != x;
                        holder = x;
                    }
                }
            }
            DraftEntity held = holder;
            if (elsewhere || holder != null && (read.stream().anyMatch(d -> held.find(d.label).isEmpty())
                    || holder.name == null || thingHead(lex, nouns, ws, Text.fold(holder.name)) != null || recordOf(holder, one))) {
                continue;
            }
            if (placeholder != null) {
                fill(linker, entities, placeholder, holder, read);
                continue;
            }
            String name = Text.capitalize(Inflector.singular(lex.lang, said));
            if (holder != null && holder.fields.size() == read.size() && entities.size() > 1) {
                // the whole kind is the thing under a wrong name: it takes the thing's name
                String old = holder.name;
                DraftEntity renamed = holder;
                for (DraftEntity x : entities) {
                    for (DraftField f : x.fields) {
                        if (x != renamed && f.type == FieldType.REFERENCE && old.equals(f.target)) {
                            f.target = name;
                            f.label = name;
                        }
                    }
                }
                holder.name = name;
                DraftEntity from = pointer(lex, linker, request, entities, m.start(), one);
                if (!KindLinker.isLinked(entities, holder) && from != holder) {
                    linker.addReference(from, holder, said);
                }
                continue;
            }
            DraftEntity target = new DraftEntity(name, said);
            if (holder != null) {
                for (DraftField d : read) {
                    DraftField f = holder.find(d.label).get();
                    holder.fields.remove(f);
                    target.add(f);
                }
            } else {
                read.forEach(target::add);
            }
            DraftEntity from = holder != null ? holder : pointer(lex, linker, request, entities, m.start(), one);
            if (recordOf(from, one)) {
                continue;
            }
            entities.add(target);
            Optional<DraftField> field = from.fields.stream()
                    .filter(f -> f.type != FieldType.REFERENCE && f.label != null && linker.named(target, f.label)).findFirst();
            if (field.isPresent()) {
                linker.linkField(from, field.get(), target);
            } else {
                linker.addReference(from, target, said);
            }
        }
    }

    /**
     * Whether the details are all numbers ("weight and length of the boat", "le vélo (poids, taille)"): measures said on a
     * record are its readings, taken on the day, and stay its fields; a thing of its own has something that names it.
     */
    private static boolean readings(List<DraftField> details) {
        return details.stream().allMatch(d -> NUMBERS.contains(d.type));
    }

    /**
     * Whether a kind is the thing's own record, named after it ("Altfahrzeugannahme" for "Fahrzeug", "Vehicle intake"):
     * its details stay its columns.
     */
    private static boolean recordOf(DraftEntity kind, String foldedThing) {
        return kind.name != null && Text.fold(kind.name).contains(foldedThing);
    }

    /** Whether a kind holds its name only ("Vehículo: Nombre", drafted from "qué vehículo" and the plural said besides). */
    private static boolean placeholder(Lexicon lex, DraftEntity kind) {
        return kind.fields.size() == 1 && Text.fold(kind.fields.get(0).label).equals(Text.fold(lex.nameLabel));
    }

    /**
     * The thing's details go to the kind drafted for it with a name only: from the kind that holds them (which then points
     * to the thing, or, when it held nothing else, is the thing under another name and goes: what pointed to it points to
     * the thing), or as read when none holds them.
     */
    private static void fill(KindLinker linker, List<DraftEntity> entities, DraftEntity thing, DraftEntity holder, List<DraftField> read) {
        if (holder == null) {
            read.forEach(thing::add);
            return;
        }
        boolean whole = holder.fields.size() == read.size();
        for (DraftField d : read) {
            DraftField f = holder.find(d.label).get();
            holder.fields.remove(f);
            thing.add(f);
        }
        if (!whole) {
            linker.addReference(holder, thing, thing.because);
            return;
        }
        entities.remove(holder);
        for (DraftEntity x : entities) {
            boolean toHolder = x != thing;
            for (DraftField f : List.copyOf(x.fields)) {
                if (toHolder && f.type == FieldType.REFERENCE && holder.name.equals(f.target)) {
                    if (KindLinker.links(x, thing)) {
                        x.fields.remove(f);
                    } else {
                        f.target = thing.name;
                        f.label = thing.name;
                    }
                }
            }
        }
    }

    /** The folded singular of a word that says a thing or place ("salles" → "salle", "Besprechungsräume" → "besprechungsraum"), or null. */
    private static String thingStem(Lexicon lex, KindNouns nouns, Words ws, String word) {
        String folded = Text.fold(word);
        if (lex.lang == Lang.DE) {
            return folded.length() < MIN_HEAD ? null : singularDe(lex, nouns, ws, folded);
        }
        String one = Text.fold(Inflector.singularWord(lex.lang, word));
        return one.length() >= 3 && thing(nouns, ws, one) ? one : null;
    }

    /**
     * Whether a bracket's members are the values of a choice of the record, not the thing's details ("room (large, small
     * or outdoor)", "casier (petit / moyen / grand)", "Raum (klein, mittel)"): two members joined by or/ou/o/u/oder
     * where neither is a detail word ("plate or fleet number" are two names of one detail, "or not" a yes/no), or at
     * least half of them values of an option family, states, or (German) a lower-case word, an adjective.
     */
    private static boolean values(Lexicon lex, Words ws, List<ListSplitter.Item> items) {
        int said = 0;
        for (ListSplitter.Item i : items) {
            String text = i.text().strip();
            List<String> w = Text.words(Text.fold(text));
            for (int k = 1; k < w.size() - 1; k++) {
                if (lex.or.contains(w.get(k)) && !NOT.contains(w.get(k + 1)) && !lex.negations.contains(w.get(k + 1))
                        && !describes(lex, ws, String.join(" ", w.subList(0, k)))
                        && !describes(lex, ws, String.join(" ", w.subList(k + 1, w.size())))) {
                    return true;
                }
            }
            boolean adjective = lex.lang == Lang.DE && w.size() == 1 && Character.isLowerCase(text.charAt(0)) && !describes(lex, ws, text);
            if (adjective || OptionFamilies.value(text) || lex.statusWords.contains(Text.fold(text))) {
                said++;
            }
        }
        return 2 * said >= items.size();
    }

    /** The words of a member, or of its longer side when two names of a detail are joined by "or" ("nom ou numéro de voile"). */
    private static int longestSide(Lexicon lex, String member) {
        int longest = 0;
        int side = 0;
        for (String w : Text.words(Text.fold(member))) {
            if (lex.or.contains(w)) {
                side = 0;
            } else {
                longest = Math.max(longest, ++side);
            }
        }
        return longest;
    }

    /**
     * Whether a detail says what a thing has of its own (serial number, plate, capacity, breed, "Seriennummer", a name
     * or number qualified: "frame number", "numéro de cadre"), not what any record has (a name, a number, a type).
     */
    private static boolean ownDetail(Lexicon lex, Words ws, String label) {
        boolean generic = false;
        boolean other = false;
        for (String w : Text.words(Text.fold(label))) {
            boolean plain = ws.generic().contains(w) || lex.namingWords.contains(w);
            if (!plain && (ws.details().contains(w) || lex.lang == Lang.DE && germanDetail(ws, w))) {
                return true;
            }
            generic |= plain;
            other |= !plain && w.length() > 3 && !lex.or.contains(w);
        }
        return generic && other;
    }

    /** Whether a detail's label is one of the words of a thing's own details. */
    private static boolean describes(Lexicon lex, Words ws, String label) {
        for (String w : Text.words(Text.fold(label))) {
            if (ws.details().contains(w) || lex.namingWords.contains(w) || lex.lang == Lang.DE && germanDetail(ws, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a bracket or a colon opens a few words after {@code end} in the same clause ("our rooms (…)", "the vehicles
     * themselves: …", "zu den Fahrzeugen selbst: …"), or -1.
     */
    private static int openerAfter(String request, int end) {
        int gap = 0;
        for (int k = end; k < request.length() && k < end + MAX_GAP_CHARS; k++) {
            char c = request.charAt(k);
            if (c == '(' || c == ':') {
                return k;
            }
            if (".;!?\n),".indexOf(c) >= 0) {
                return -1;
            }
            if (c == ' ' && k > end && ++gap > MAX_GAP_WORDS) {
                return -1;
            }
        }
        return -1;
    }

    /** Where the list opened at {@code open} ends: its bracket's close, or the end of a colon's line or sentence; -1 when none. */
    private static int closer(String request, int open) {
        if (request.charAt(open) == '(') {
            return request.indexOf(')', open);
        }
        int k = open + 1;
        while (k < request.length() && request.charAt(k) == ' ') {
            k++;
        }
        if (k >= request.length() || request.charAt(k) == '\n') {
            return -1;
        }
        for (; k < request.length(); k++) {
            char c = request.charAt(k);
            if (c == '\n' || c == ';' || (c == '.' || c == '!' || c == '?') && (k + 1 >= request.length() || request.charAt(k + 1) == ' '
                    || request.charAt(k + 1) == '\n')) {
                return k;
            }
        }
        return k;
    }

    /** The record that points to the thing: one with a field naming it, else the kind said last before it in its sentence, else the first. */
    private static DraftEntity pointer(Lexicon lex, KindLinker linker, String request, List<DraftEntity> entities, int at, String noun) {
        for (DraftEntity x : entities) {
            for (DraftField f : x.fields) {
                if (f.type != FieldType.REFERENCE && f.label != null && Text.fold(Inflector.singular(lex.lang, f.label)).equals(noun)) {
                    return x;
                }
            }
        }
        int from = Math.max(Math.max(request.lastIndexOf('.', at), request.lastIndexOf('\n', at)), 0);
        Optional<DraftEntity> before = linker.lastEntityIn(entities, Text.fold(request.substring(from, at)));
        return before.orElse(entities.get(0));
    }
}

package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;

/**
 * Links said with any verb between two kinds: "each application goes to one funder", "every
 * sponsor supports one event", "chaque client dépend d'une agence", "jedes Gerät wird einem
 * Lieferanten zugeordnet", and "bookings should say which project they are charged to". Both
 * sides must be record kinds; a kind the same message creates later in it counts, so a link that
 * names one not made yet waits for the end of the message ({@link #settle}).
 */
final class RefineEachLink {
    private static final String Y = "([a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?)";
    private static final List<Pattern> EACH = List.of(
            p("^(?:each|every|any)\\s+(.+?)\\s+(?:(?:to|for|with|in|from|under|by|at|against|on|into)\\s+)?(?:exactly\\s+|just\\s+|only\\s+)?(?:one of (?:the|our)|one|a single|a|an|its|their)\\s+"
                    + Y + "(?:\\s+(?:too|as well|also|only|from (?:the|that|this) list|from (?:it|them)))?$"),
            p("^(?:chaque|chacune? des|tout|toute)\\s+(.+?)\\s+(?:(?:a|au|aux|de|du|pour|dans|chez|par|sur|avec)\\s+|d')?(?:un seul|une seule|un|une|le|la|son|sa)\\s+" + Y + "$"),
            p("^(?:chaque|chacune? des|tout|toute)\\s+(.+?)\\s+(?:(?:a|de|pour|dans|chez|par|sur|avec)\\s+)?(l')" + Y + "$"),
            p("^(?:cada|todo|toda)\\s+(.+?)\\s+(?:(?:a|en|de|con|para|por)\\s+)?(?:un solo|una sola|un|una|el|la|al|del|su)\\s+" + Y + "$"),
            p("^(?:jede[rsmn]?)\\s+(.+?)\\s+(?:(?:zu|an|bei|fur|von|mit|in|aus|unter)\\s+)?(?:genau\\s+)?(?:einem|einer|einen|ein|eine|dem|der|den|zum|zur|seinem|seiner|seinen|sein|seine|ihrem|ihrer|ihren|ihr|ihre)\\s+" + Y
                    + "(?:\\s+(?:zugeordnet|zugewiesen|verknupft|verbunden|gebucht|belastet|zu|an)(?:\\s+(?:werden|sein|ist))?)?$"));
    private static final List<Pattern> WHICH = List.of(
            p("^(?:the\\s+|each\\s+|every\\s+|all\\s+)?(.+?)\\s+(?:should|must|need to|needs to|has to|have to|will)\\s+(?:also\\s+)?(?:say|show|record|state|tell|indicate|know|note)\\s+(?:which|what)\\s+([a-z][\\w-]*)\\b.*$"),
            p("^(?:chaque\\s+|le\\s+|la\\s+|les\\s+|l')?(.+?)\\s+(?:doit|doivent|devrait|devraient)\\s+(?:aussi\\s+)?(?:indiquer|dire|preciser|mentionner)\\s+(?:a |pour |de )?(?:quel|quelle|quels|quelles)\\s+([a-z][\\w-]*)\\b.*$"),
            p("^(?:cada\\s+|el\\s+|la\\s+|los\\s+|las\\s+)?(.+?)\\s+(?:debe|deben|deberia|deberian|tiene que|tienen que)\\s+(?:tambien\\s+)?(?:indicar|decir|mostrar|registrar)\\s+(?:a |para |en |de )?(?:que|cual)\\s+([a-z][\\w-]*)\\b.*$"),
            p("^(?:jede[rsmn]?\\s+|der\\s+|die\\s+|das\\s+)?(.+?)\\s+(?:soll|sollte|muss|sollen|mussen)\\s+(?:auch\\s+)?(?:angeben|zeigen|sagen|festhalten)\\s*,?\\s+(?:zu |fur |bei |auf )?(?:welche[mnrs]?)\\s+([a-z][\\w-]*)\\b.*$"));

    /**
     * "each shipment should say which one it goes with", "que cada envío diga a cuál va", "que chaque envoi indique
     * lequel", "jede Sendung soll sagen, mit welchem sie geht": the "which one" is the kind this message makes.
     */
    private static final List<Pattern> WHICH_ONE = List.of(
            p("^(?:and\\s+)?(?:the\\s+|each\\s+|every\\s+|all\\s+)?(.+?)\\s+(?:should|must|need to|needs to|has to|have to|will|can)\\s+(?:also\\s+)?(?:say|show|state|tell|indicate|note|record)\\s+"
                    + "(?:which one|which of (?:them|those|these)|which (?=(?:it|they)\\s))\\b.*$"),
            p("^(?:et\\s+)?(?:que\\s+|qu')?(?:chaque\\s+|le\\s+|la\\s+|les\\s+|l')?(.+?)\\s+(?:(?:doit|doivent|devrait|devraient)\\s+(?:aussi\\s+)?(?:indiquer|dire|preciser|mentionner|montrer)|indique|indiquent|dise|disent|precise|mentionne)\\s+"
                    + "(?:(?:a|pour|de|avec|chez)\\s+)?(?:lequel|laquelle|lesquels|lesquelles|auquel|auxquels|duquel)\\b.*$"),
            p("^(?:y\\s+)?(?:que\\s+)?(?:cada\\s+|el\\s+|la\\s+|los\\s+|las\\s+)?(.+?)\\s+(?:(?:debe|deben|deberia|deberian|tiene que|tienen que)\\s+(?:tambien\\s+)?(?:indicar|decir|mostrar|registrar)|diga|digan|indique|indiquen|muestre|muestren)\\s+"
                    + "(?:(?:a|para|en|de|con|por)\\s+)?(?:cual|cuales)\\b.*$"),
            p("^(?:und\\s+)?(?:jede[rsmn]?\\s+|der\\s+|die\\s+|das\\s+)?(.+?)\\s+(?:soll|sollte|muss|sollen|mussen)\\s+(?:auch\\s+)?(?:angeben|zeigen|sagen|festhalten)\\s*,?\\s+"
                    + "(?:(?:zu|mit|bei|an|fur|von|uber)\\s+)?welche[mnrs]?\\s+(?:sie|er|es)\\b.*$"));

    private static final Pattern EACH_START = Pattern.compile("(?:each|every|chaque|tout|toute|cada|todo|toda|jede[rsmn]?)\\s");
    private static final Pattern LEAD_WORD = Pattern.compile("(?iu)^(?:an?|each|every|one|the|un|une|chaque|el|la|una?|cada|ein|eine|jede[rsmn]?|der|die|das)\\s+");
    private static final Pattern UPPER_START = Pattern.compile("\\p{Lu}");
    private static final Pattern A_LIEU = Pattern.compile("\\ba lieu\\b");
    private static final Pattern TOO_TAIL = Pattern.compile("(?i)\\s+(?:too|as well|aussi|tambien|también|auch)$");

    private static boolean isWordChar(char ch) {
        return ch == '_' || ch < 128 && Character.isLetterOrDigit(ch);
    }

    /** German nouns are capitalised: "jeder neue Auftrag", "jede Sendung" name a kind and are not "each one". */
    private static final Pattern GERMAN_NOUN_NEXT = Pattern.compile("^(?:\\p{Ll}+\\s+)?\\p{Lu}");
    /** "each one belongs to a customer", "chacun appartient à un client", "cada una pertenece a", "jedes gehört zu": the kind made just before. */
    private static final Pattern EACH_ONE = p("^(?:(?:and|et|y|und)\\s+)?(each one|every one|each of them|chacune?|cada un[oa]|jede[rsmn]?(?:\\s+davon)?)\\s+(\\S.*)$");

    private static final Pattern MANY = p("^(.+?)\\s+(?:many|several|multiple|lots of|a number of|plusieurs|beaucoup d(?:e\\s+|')|de nombreu(?:x|ses)|muchos|muchas|varios|varias|mehrere[n]?|viele[n]?)\\s+"
            + "([a-z][\\w-]*(?:\\s+(?!(?:haben|hat|besitzen|besitzt|umfassen|umfasst|enthalten|enthalt|bekommen|bekommt|aufnehmen|nimmt)\\b)[a-z][\\w-]*)?)"
            // "… varios alumnos a su cargo", "… several staff under them": where they are, not part of the kind
            + "(?:\\s+(?:under|in|at|on|with|in their|a|en|bajo|con|sous|avec|dans|chez|unter|mit|bei|auf)\\s+[\\w'-]+(?:\\s+[\\w'-]+){0,2})?"
            + "(?:\\s+(?:haben|hat|besitzen|besitzt|umfassen|umfasst|enthalten|enthalt|bekommen|bekommt|aufnehmen|nimmt auf))?$");
    private static final Pattern HAS = p("\\b(?:has|have|had|gets?|needs?|with|contains?|includes?|hat|haben|hatte|braucht|brauchen|mit|bekomm\\w*|erhalt\\w*|enthalt\\w*|a|ont|avoir|avec|besoin|comport\\w*|contien\\w*|inclu\\w*|tiene|tienen|tener|con|necesita\\w*|lleva\\w*|contiene\\w*|incluy\\w*)\\b");

    /**
     * "every order comes from one", "each route is driven by one of them", "chaque tournée est faite par l'un d'eux", "cada
     * ruta la hace uno de ellos", "jede Bestellung gehört zu einem (davon)": a link whose far side is only a pronoun. It
     * stands for the kind this message makes, wherever in the message that kind is made.
     */
    private static final Pattern EACH_PRONOUN = p("^(?:(?:and|et|y|und|so|donc)\\s+)?(?:each|every|chaque|tout|toute|cada|todo|toda|jede[rsmn]?)\\s+(.+?)\\s+(?:"
            + "(?:exactly\\s+|just\\s+|only\\s+)?(?:one|any|either)(?:\\s+(?:of|from)\\s+(?:them|those|these|the list|that list))?"
            + "|(?:d'|a\\s+|par\\s+|de\\s+|chez\\s+|pour\\s+|sur\\s+)?(?:l'une?|une?\\s+seule?|une?)(?:\\s+d'(?:entre\\s+)?(?:eux|elles))?"
            + "|(?:a\\s+|de\\s+|por\\s+|en\\s+|con\\s+|para\\s+)?(?:un[oa]|un[oa] sol[oa]|alguno|alguna|cualquiera)(?:\\s+de\\s+(?:ell[oa]s|es[oa]s|est[oa]s))?"
            + "|(?:zu\\s+|von\\s+|an\\s+|bei\\s+|mit\\s+|aus\\s+|fur\\s+)?(?:genau\\s+)?(?:einem|einer|einen|eines|eins|eine)(?:\\s+(?:davon|von ihnen|von denen))?"
            + "(?<tail>\\s+\\S+?(?:t|en))?(?:\\s+(?:sein|werden|ist|wird|sind))?"
            + ")$");
    /** The far side of a pending link that is the kind the message makes. */
    private static final String MADE_HERE = "<the kind made here>";

    /** "every order comes from one": links the kind at the start to the kind this message makes (now, or at the end). */
    static boolean toMade(RefineSession s, RefineClause c) {
        Matcher m = c.match(EACH_PRONOUN);
        if (!m.find()) {
            return false;
        }
        String tail = m.start("tail") < 0 ? "" : c.sub(m.start("tail"), m.end("tail")).orig.strip();
        if (!tail.equals(tail.toLowerCase(java.util.Locale.ROOT))) {
            return false; // "jede Tour hat einen Fahrer": a German noun, not a verb after the pronoun
        }
        String from = subject(s, c.group(m, 1).orig, true);
        Entity owner = from == null ? null : kind(s, from);
        if (owner == null) {
            return false;
        }
        Entity made = lastMade(s);
        if (made != null && !made.key().equals(owner.key())) {
            s.link(owner.key(), made.key());
            return true;
        }
        if (made == null) {
            s.pendingLinks.add(new Pending(from, MADE_HERE));
            return true;
        }
        return false;
    }

    /** A link whose kinds the message may make later: the words of each side. */
    record Pending(String from, String to) {
    }

    /** "cada vehículo está asignado a una sede: Madrid, Sevilla o Valencia": a few fixed values make a choice, not a new kind. */
    private static final Pattern VALUES_AFTER = Pattern.compile("^(.+?)\\s*:\\s*([^:]+)$");

    static boolean choiceInstead(RefineSession s, RefineClause c) {
        Matcher v = c.match(VALUES_AFTER);
        if (!v.find()) {
            return false;
        }
        RefineClause head = c.sub(0, v.end(1));
        RefineClause listed = c.group(v, 2);
        List<String> values = RefineText.values(listed.orig);
        if (values.size() < 2 || !RefineSplitter.isBareList(listed) || values.stream().anyMatch(x -> !UPPER_START.matcher(x).lookingAt())
                || !UPPER_START.matcher(listed.orig.strip()).lookingAt()) {
            return false;
        }
        for (Pattern p : EACH) {
            Matcher m = head.match(p);
            if (!m.find()) {
                continue;
            }
            String from = subject(s, head.group(m, 1).orig, true);
            String target = head.group(m, m.groupCount()).orig.strip();
            Entity owner = from == null ? null : kind(s, from);
            if (owner == null || kind(s, target) != null || RefineResolver.field(s, new RefineClause(target)) != null
                    && RefineResolver.field(s, new RefineClause(target)).score() >= 0.99) {
                return false;
            }
            s.addField(owner.key(), RefineText.label(target), org.toolsmith.spec.FieldType.CHOICE, values, null);
            return true;
        }
        return false;
    }

    /** "each movement is for one product, with the date, …" describing a kind just made: links it and returns the words after the comma. */
    static String eachFirst(RefineSession s, String madeKey, RefineClause said) {
        int comma = said.text.indexOf(',');
        if (comma < 0 || !EACH_START.matcher(said.text).lookingAt()) {
            return null;
        }
        RefineClause head = said.sub(0, comma);
        for (Pattern p : EACH) {
            Matcher m = head.match(p);
            if (!m.find()) {
                continue;
            }
            Entity to = kind(s, head.group(m, m.groupCount()).orig.strip());
            if (to == null || to.key().equals(madeKey)) {
                return null;
            }
            s.addField(madeKey, to.name(), org.toolsmith.spec.FieldType.REFERENCE, List.of(), to.key());
            return said.from(comma + 1).orig.strip();
        }
        return null;
    }

    static boolean read(RefineSession s, RefineClause c) {
        Matcher one = c.match(EACH_ONE);
        if (one.find()) {
            Entity made = lastMade(s);
            String rest = c.group(one, 2).orig;
            String first = rest.split("\\s+")[0];
            boolean germanNoun = one.group(1).startsWith("jede") && !one.group(1).endsWith("davon") && GERMAN_NOUN_NEXT.matcher(rest).find();
            if (made != null && kind(s, first) == null && !germanNoun) {
                // "each one belongs to a customer": said of the kind just made
                String each = one.group(1).startsWith("jede") ? "jedes" : one.group(1).startsWith("chacun") ? "chaque" : one.group(1).startsWith("cada") ? "cada" : "each";
                c = new RefineClause(each + " " + made.name() + " " + rest);
            }
        }
        if (readWhole(s, c)) {
            return true;
        }
        for (RefineClause cut : LinkTail.cuts(s, c)) {
            // "every visit happens at one site, obviously, so …": the link without the aside after it
            if (readWhole(s, cut) || manyOfWhole(s, cut)) {
                return true;
            }
        }
        return false;
    }

    private static boolean readWhole(RefineSession s, RefineClause c) {
        for (Pattern p : EACH) {
            Matcher m = c.match(p);
            if (m.find()) {
                String from = subject(s, c.group(m, 1).orig, true);
                String verb = from == null ? "" : RefineText.fold(c.group(m, 1).orig.strip().substring(from.length()));
                if (from == null && HAS.matcher(c.text.substring(m.end(1), m.start(m.groupCount()))).find()) {
                    // "chaque sinistre a un expert": French "a" (has) was taken as the preposition "à", so no verb is left after the kind
                    from = subject(s, c.group(m, 1).orig, false);
                    verb = "a";
                }
                // "each visit has a department": a field when no such kind exists, so it never waits
                boolean owns = HAS.matcher(A_LIEU.matcher(verb).replaceAll("")).find();
                if (from != null && tryLink(s, from, c.group(m, m.groupCount()).orig, !owns)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "a customer can place many orders", "une classe a plusieurs élèves", "cada obra tiene muchos partes": the many link to the one. */
    static boolean manyOf(RefineSession s, RefineClause c) {
        if (manyOfWhole(s, c)) {
            return true;
        }
        for (RefineClause cut : LinkTail.cuts(s, c)) {
            if (manyOfWhole(s, cut)) {
                return true;
            }
        }
        return false;
    }

    private static boolean manyOfWhole(RefineSession s, RefineClause c) {
        Matcher m = c.match(MANY);
        if (!m.find()) {
            return false;
        }
        String before = LEAD_WORD.matcher(c.group(m, 1).orig).replaceFirst("");
        String one = subject(s, before, true);
        Entity oneKind = one == null ? null : kind(s, one);
        Entity manyKind = kind(s, TOO_TAIL.matcher(c.group(m, 2).orig).replaceAll(""));
        if (oneKind == null || manyKind == null || oneKind.key().equals(manyKind.key())) {
            return false;
        }
        s.link(manyKind.key(), oneKind.key());
        return true;
    }

    /** "bookings should say which project they are charged to": both kinds exist. */
    static boolean which(RefineSession s, RefineClause c) {
        for (Pattern p : WHICH) {
            Matcher m = c.match(p);
            if (m.find()) {
                String from = subject(s, c.group(m, 1).orig, false);
                if (from != null && tryLink(s, from, c.group(m, 2).orig, false)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "each shipment should say which one it goes with": the link to the kind this message makes. */
    static boolean whichOne(RefineSession s, RefineClause c) {
        for (Pattern p : WHICH_ONE) {
            Matcher m = c.match(p);
            if (!m.find()) {
                continue;
            }
            String from = subject(s, c.group(m, 1).orig, false);
            Entity owner = from == null ? null : kind(s, from);
            if (owner == null || !s.originalEntities.contains(owner.key())) {
                return false;
            }
            Entity made = lastMade(s);
            return made != null && tryLink(s, from, made.name(), false);
        }
        return false;
    }

    private static Entity lastMade(RefineSession s) {
        Entity last = null;
        for (Entity e : s.spec.entities()) {
            if (!s.originalEntities.contains(e.key())) {
                last = e;
            }
        }
        return last;
    }

    /** The links that waited for a kind made later in the message. */
    static void settle(RefineSession s) {
        for (Pending p : List.copyOf(s.pendingLinks)) {
            if (MADE_HERE.equals(p.to())) {
                Entity made = lastMade(s);
                if (made != null) {
                    tryLink(s, p.from(), made.name(), false);
                }
                continue;
            }
            tryLink(s, p.from(), p.to(), false);
        }
        s.pendingLinks.clear();
    }

    private static boolean tryLink(RefineSession s, String fromWords, String toWords, boolean mayWait) {
        Entity from = kind(s, fromWords);
        Entity to = kind(s, toWords);
        if (from != null && to != null) {
            if (from.key().equals(to.key())) {
                return false;
            }
            s.link(from.key(), to.key());
            return true;
        }
        if (mayWait && toWords.split("\\s+").length <= 2 && RefineResolver.field(s, new RefineClause(toWords)) == null && namedAgain(s, toWords)) {
            // not understood yet: other readers may still make the kind from this clause
            s.pendingLinks.add(new Pending(fromWords, toWords));
            return false;
        }
        return false;
    }

    /** The message names the thing again elsewhere ("… one funder. I need a list of funders …"): it may be a kind made there. */
    private static boolean namedAgain(RefineSession s, String words) {
        if (s.message == null) {
            return false;
        }
        String[] w = RefineText.fold(words).strip().split("\\s+");
        String head = w[w.length - 1];
        String stem = head.length() > 5 ? head.substring(0, head.length() - 2) : head;
        String text = RefineText.fold(s.message);
        int n = 0;
        for (int i = text.indexOf(stem); i >= 0 && !stem.isEmpty(); i = text.indexOf(stem, i + 1)) {
            if (i == 0 || !isWordChar(text.charAt(i - 1))) {
                n++; // a word that starts with the stem, as "\\bstem\\w*" would find it
            }
        }
        return n >= 2;
    }

    /**
     * The kind at the start of "work order goes", "application goes": the longest run of first
     * words that names a kind, with at least one word (the verb) left after it when a verb must follow.
     */
    private static String subject(RefineSession s, String words, boolean verbFollows) {
        String[] w = words.strip().split("\\s+");
        int max = Math.min(3, verbFollows ? w.length - 1 : w.length);
        for (int n = max; n >= 1; n--) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(w, 0, n));
            if (kind(s, head) != null || !verbFollows && n == w.length) {
                return head;
            }
        }
        return null;
    }

    private static Entity kind(RefineSession s, String words) {
        Entity e = named(s, words);
        return e != null ? e : KindAfterAdjective.of(s, words, w -> exactKind(s, w)); // "einen festen Tisch"
    }

    private static Entity exactKind(RefineSession s, String words) {
        for (String w : List.of(words, s.singular(words))) {
            RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, w);
            if (e != null && e.score() >= 0.99) {
                return e.entity();
            }
        }
        return null;
    }

    private static Entity named(RefineSession s, String words) {
        for (String w : List.of(words, s.singular(words))) {
            RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, w);
            if (e != null && e.score() >= 0.9) {
                return e.entity();
            }
            String said = RefineText.fold(w).strip();
            for (Entity made : s.spec.entities()) {
                String name = RefineText.fold(made.name());
                if (!s.originalEntities.contains(made.key()) && (name.endsWith(" " + said) || !s.lang.headLast() && name.startsWith(said + " "))) {
                    // "open positions" made above, "one position" here; "les visites techniques" above, "chaque visite" here
                    return made;
                }
            }
            if (s.glossary != null) {
                for (String alt : s.glossary.alternatives(w)) {
                    RefineMatcher.EntityRef t = RefineMatcher.entity(s.spec, alt);
                    if (t != null && t.score() >= 0.99) {
                        return t.entity();
                    }
                }
            }
        }
        return null;
    }

    private RefineEachLink() {
    }
}

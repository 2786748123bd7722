package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/** What one listed item means as a field: "who approved it" → a person "Approved by", "how many" → a count. */
final class RefineDescriber {
    private static final Pattern YES_NO = Pattern.compile("\\s*\\(?\\b(?:yes\\s*/\\s*no|y/n|true\\s*/\\s*false|oui\\s*/\\s*non|si\\s*/\\s*no|ja\\s*/\\s*nein|tick ?box|tick|checkbox|check ?box|yes or no)\\b\\)?\\s*");
    private static final Pattern PAREN_LIST = Pattern.compile("^(.+?)\\s*\\(([^)]+)\\)\\s*(.*)$");
    private static final Pattern COLON_LIST = Pattern.compile("^([^:]+?)\\s*(?::|\\s[-–]\\s|,?\\s+(?:which is |it's |it is )?(?:one of|l'un de|uno de|einer von|either))\\s*(.+)$");
    private static final Pattern SEVERAL_LIST = Pattern.compile("^(.+?)\\s*\\((several|multiple|any|more than one|one or more|plusieurs|varios|varias|mehrere)[^)]*\\)\\s*:\\s*(.+)$");
    private static final Pattern HOW_LONG = Pattern.compile("^(?:how long|combien de temps|cuanto tiempo|wie lange)\\b(.*)$");
    private static final Pattern HEARD = Pattern.compile("^how\\s+(?:did\\s+)?(?:they|you|people|we|he|she)\\s+(?:heard|hear|found out|learned|learnt|came across)\\b");
    private static final Pattern WHAT_COST = Pattern.compile("^what\\s+(?:[\\w-]+\\s+){0,3}(?:cost|costs|paid|spent)\\b");
    private static final Pattern WHERE = Pattern.compile("^(?:where|ou|donde|wo)\\s+(.+)$");
    private static final Pattern PHOTO = Pattern.compile("^(?:photograph|take (?:a )?(?:photo|picture)s? of|a (?:photo|picture) of|photos? of|pictures? of)\\s+(.+)$");
    private static final Pattern FIELD_WHERE = Pattern.compile("^(?:field|column|box|place|space|spot)\\s+(?:where|in which|for)\\s+.*?\\b(?:writes?|records?|notes?|puts?|enters?|adds?|keeps?|explains?|lists?|uploads?|attaches?|gives?)\\s+(?:down\\s+)?(?:their|the|his|her|its|our|a|an|any)?\\s*(.+)$");
    private static final Pattern MID_FIELD = Pattern.compile("\\s+(?:field|column)\\s+(?:in|for|with|to|about|where|that|which)\\b");
    private static final Pattern AS_TYPE = Pattern.compile("^(.+?)\\s+(?:as|as an?|in|en|como|als)\\s+(?:an?\\s+|une?\\s+|una?\\s+|eine?n?\\s+)?(.+)$");
    private static final Pattern WHO = Pattern.compile("^(?:who|qui|quien|wer)(?:\\s+|(?='s\\s))(.+)$");
    private static final Pattern WHEN = Pattern.compile("^(?:when|on what date|what date|which date|on which date|on which day|what day|at what time|what time|quand|a quelle date|cuando|en que fecha|wann|an welchem tag)\\b\\s*(.*)$");
    private static final Pattern HOW_MANY = Pattern.compile("^(?:how many|combien d[e']|cuant[oa]s|wie viele)\\s*(.*)$");
    private static final Pattern HOW_MUCH = Pattern.compile("^(?:how much|combien|cuanto|wie viel)\\b\\s*(.*)$");
    private static final Pattern WHETHER = Pattern.compile("^(?:if|whether|si|ob)\\s+(.+)$");
    private static final Pattern WHICH = Pattern.compile("\\b(?:which|what|quel|quelle|cual|welche[rsmn]?)\\s+([\\w-]+)");
    private static final Set<String> FILLER = RefineText.set(
            "they", "it", "he", "she", "we", "you", "someone", "somebody", "they've", "it's", "he's", "she's", "we've", "ve", "s",
            "have", "has", "had", "was", "were", "is", "are", "been", "be", "actually", "already", "really", "ever", "did", "do",
            "does", "will", "would", "got", "get", "gets", "the", "a", "an", "their", "its", "ils", "elle", "il", "ont", "a", "est",
            "ha", "han", "lo", "la", "es", "sie", "er", "hat", "haben", "ist", "wurde", "schon", "bereits", "tatsachlich",
            "ya", "esta", "estan", "fue", "sido", "ete", "deja", "elles", "ils", "on", "ont", "sont", "wird", "worden",
            "el", "los", "las", "le", "les", "un", "una", "une", "der", "die", "das", "ein", "eine");
    private static final Map<String, String> PARTICIPLES = Map.ofEntries(
            Map.entry("did", "done"), Map.entry("do", "done"), Map.entry("does", "done"), Map.entry("paid", "paid"),
            Map.entry("pay", "paid"), Map.entry("pays", "paid"), Map.entry("sent", "sent"), Map.entry("send", "sent"),
            Map.entry("made", "made"), Map.entry("make", "made"), Map.entry("took", "taken"), Map.entry("take", "taken"),
            Map.entry("gave", "given"), Map.entry("give", "given"), Map.entry("wrote", "written"), Map.entry("write", "written"),
            Map.entry("ran", "run"), Map.entry("run", "run"), Map.entry("led", "led"), Map.entry("lead", "led"),
            Map.entry("found", "found"), Map.entry("find", "found"), Map.entry("brought", "brought"), Map.entry("bought", "bought"),
            Map.entry("buy", "bought"), Map.entry("spent", "spent"), Map.entry("spend", "spent"), Map.entry("sold", "sold"), Map.entry("sell", "sold"), Map.entry("saw", "seen"),
            Map.entry("see", "seen"), Map.entry("came", "come"), Map.entry("come", "come"), Map.entry("held", "held"),
            Map.entry("payment", "paid"), Map.entry("approval", "approved"), Map.entry("signature", "signed"),
            Map.entry("inspection", "inspected"), Map.entry("delivery", "delivered"), Map.entry("installation", "installed"),
            Map.entry("booking", "booked"), Map.entry("cleaning", "cleaned"), Map.entry("sign-off", "signed off"),
            Map.entry("signoff", "signed off"), Map.entry("fix", "fixed"), Map.entry("repair", "repaired"),
            Map.entry("review", "reviewed"), Map.entry("count", "counted"), Map.entry("check", "checked"), Map.entry("work", "done"),
            Map.entry("job", "done"), Map.entry("translation", "translated"), Map.entry("assessment", "assessed"),
            Map.entry("authorisation", "authorised"), Map.entry("authorization", "authorized"), Map.entry("receipt", "received"));
    private static final Set<String> ADVERBS = RefineText.set("last", "first", "finally", "recently", "actually", "already", "ever", "just", "still");
    private static final Set<String> NOT_PARTICIPLES = RefineText.set("need", "needs", "feed", "seed", "speed", "bleed", "breed", "red", "bed", "shed", "deed", "weed", "hundred");

    static boolean isParticiple(String w) {
        return w.length() > 3 && w.endsWith("ed") && !NOT_PARTICIPLES.contains(w);
    }

    private static final Map<String, String> AGENTS = Map.of(
            "signed up", "Participant", "registered", "Participant", "enrolled", "Participant", "joined", "Member",
            "applied", "Applicant", "attended", "Attendee");

    /** One field to add. */
    record Item(String label, FieldType type, List<String> options, String target) {
    }

    static List<Item> describe(RefineSession s, RefineClause words, String lastVerb, String verb) {
        List<Item> items = new ArrayList<>();
        String t = words.text;
        Matcher m;
        if (YES_NO.matcher(t).find()) {
            String label = RefineText.label(words.orig.replaceAll("(?i)\\s*\\(?\\b(?:yes\\s*/\\s*no|y/n|true\\s*/\\s*false|oui\\s*/\\s*non|s[ií]\\s*/\\s*no|ja\\s*/\\s*nein|tick ?box|tick|checkbox|check ?box|yes or no)\\b\\)?\\s*", " ")
                    .replaceAll("(?i)\\s+(?:as|as an?|with an?|in an?|en|como|als)\\s*$", ""));
            Matcher about = Pattern.compile("^(?i)(?:for|to say|to show|about|on)?\\s*(?:whether|if)\\s+(.+)$").matcher(label);
            if (about.find()) {
                label = whether(new RefineClause(about.group(1)));
            } else {
                label = RefineText.label(label.replaceAll("(?i)^(?:for|to say|to show|about|on)\\s+", ""));
            }
            items.add(new Item(label, FieldType.BOOLEAN, List.of(), null));
            return items;
        }
        Matcher several = words.match(SEVERAL_LIST);
        if (several.find()) {
            List<String> options = RefineText.values(words.group(several, 3).orig);
            if (options.size() >= 2) {
                items.add(new Item(nounOf(words.group(several, 1)), FieldType.MULTI_CHOICE, options, null));
                return items;
            }
        }
        if ((m = words.match(PAREN_LIST)).find()) {
            List<String> options = RefineText.values(m.group(2) == null ? "" : words.group(m, 2).orig);
            String label = RefineText.label((words.group(m, 1).orig + " " + words.group(m, 3).orig).strip());
            if (options.size() >= 2) {
                items.add(new Item(label, FieldType.CHOICE, options, null));
                return items;
            }
            // "notice period (in days)", "delivery note (the PDF)": a hint, not part of the name
            items.add(new Item(label, RefineTypes.guess(words.text.replaceAll("[()]", " ")), List.of(), null));
            return items;
        }
        if ((m = words.match(PHOTO)).find()) {
            items.add(new Item("Photo of " + RefineText.label(words.group(m, 1).orig).toLowerCase(java.util.Locale.ROOT), FieldType.FILE, List.of(), null));
            return items;
        }
        if ((m = words.match(WHERE)).find()) {
            String v = verbOf(words.group(m, 1));
            boolean from = words.text.matches(".*\\b(?:from|came|comes|heard)\\b.*");
            items.add(new Item(from ? "Source" : v == null ? "Location" : "Where " + v, FieldType.TEXT, List.of(), null));
            return items;
        }
        if ((m = words.match(HOW_LONG)).find()) {
            Matcher took = Pattern.compile("\\btook\\s+(?:\\w+\\s+)?to\\s+([a-z]+)").matcher(words.text);
            String label = took.find() ? "Time to " + took.group(1) : t.startsWith("combien") ? "Durée" : t.startsWith("cuanto") ? "Duración"
                    : t.startsWith("wie") ? "Dauer" : "Duration";
            items.add(new Item(label, FieldType.DECIMAL, List.of(), null));
            return items;
        }
        if ((m = words.match(HEARD)).find()) {
            items.add(new Item("Source", FieldType.TEXT, List.of(), null));
            return items;
        }
        if ((m = words.match(WHAT_COST)).find()) {
            items.add(new Item("Cost", FieldType.MONEY, List.of(), null));
            return items;
        }
        if ((m = words.match(COLON_LIST)).find()) {
            List<String> options = RefineText.values(words.group(m, 2).orig);
            if (options.size() >= 2) {
                items.add(new Item(nounOf(words.group(m, 1)), FieldType.CHOICE, options, null));
                return items;
            }
        }
        Matcher which = words.match(WHICH);
        if (which.find()) {
            Entity target = RefineResolver.entity(s, words.group(which, 1));
            if (target != null) {
                items.add(new Item(target.name(), FieldType.REFERENCE, List.of(), target.key()));
                RefineClause rest = words.sub(0, which.start());
                rest = new RefineClause(rest.orig.replaceAll("(?i)\\s+(?:for|to|in|on|at|with|pour|a|para|en|fur|zu)\\s*$", ""));
                if (rest.text.matches("^(?:who|qui|quien|wer)\\s+.+")) {
                    items.addAll(0, describe(s, rest, lastVerb, verb));
                }
                return items;
            }
        }
        if (t.matches("^by whom\\b.*|^par qui\\b.*|^por quien\\b.*|^von wem\\b.*")) {
            String v = lastVerb == null ? "Done" : RefineText.capitalize(lastVerb);
            String by = t.startsWith("par") ? " par" : t.startsWith("por") ? " por" : t.startsWith("von") ? " von" : " by";
            items.add(new Item(v + by, FieldType.PERSON, List.of(), null));
            return items;
        }
        if ((m = words.match(WHO)).find()) {
            items.add(new Item(who(new RefineClause(words.group(m, 1).orig.replaceAll("^(?i)'s\\s+", "is "))), FieldType.PERSON, List.of(), null));
            return items;
        }
        if (t.matches("^(?:by when|until when|deadline)\\b.*")) {
            items.add(new Item("Deadline", FieldType.DATE, List.of(), null));
            return items;
        }
        if ((m = words.match(WHEN)).find()) {
            String rest = m.group(1);
            Matcher present = Pattern.compile("^(?:it|they|he|she|this|the\\s+[\\w-]+)\\s+([a-z]+s)$").matcher(rest.strip());
            if (present.find() && !present.group(1).matches("is|was|has|does")) {
                items.add(new Item(RefineText.capitalize(present.group(1)) + " on", FieldType.DATE, List.of(), null));
                return items;
            }
            String v = verbOf(new RefineClause(rest));
            String p = v != null ? v : lastVerb;
            boolean exact = rest.contains("exactly") || rest.contains("time") || t.startsWith("at what time") || t.startsWith("what time");
            String head = t.startsWith("quand") || t.startsWith("a quelle") ? "Date" : t.startsWith("cuando") || t.startsWith("en que") ? "Fecha"
                    : t.startsWith("wann") || t.startsWith("an welchem") ? "Datum" : exact ? "Time" : "Date";
            boolean english = head.equals("Date") && !t.startsWith("quand") && !t.startsWith("a quelle") || head.equals("Time");
            items.add(new Item(p == null || !english ? head : head + " " + p, exact ? FieldType.DATETIME : FieldType.DATE, List.of(), null));
            return items;
        }
        if ((m = words.match(HOW_MANY)).find()) {
            RefineClause rest = words.group(m, 1);
            String noun = rest.orig.replaceAll("(?i)\\s+(?:are|is|were|was|will|would|have|has|did|do|does|come|came|sont|ont|son|han|sind|haben|kommen)\\b.*$", "").strip();
            String lead = t.startsWith("combien") ? "Nombre de " : t.startsWith("cuant") ? "Número de " : t.startsWith("wie") ? "Anzahl " : "Number of ";
            items.add(new Item(noun.isEmpty() ? lead.strip() : lead + noun, FieldType.INTEGER, List.of(), null));
            return items;
        }
        if ((m = words.match(HOW_MUCH)).find()) {
            items.add(new Item(amountLabel(words, m.group(1), lastVerb), FieldType.MONEY, List.of(), null));
            return items;
        }
        if ((m = words.match(WHETHER)).find()) {
            String label = whether(words.group(m, 1));
            for (Entity e : s.spec.entities()) {
                // "whether the order is paid" on orders: just "Paid"
                String name = RefineText.fold(e.name()) + " ";
                if (RefineText.fold(label).startsWith(name) && label.length() > name.length()) {
                    label = RefineText.capitalize(label.substring(name.length()).strip());
                }
            }
            items.add(new Item(label, FieldType.BOOLEAN, List.of(), null));
            return items;
        }
        Matcher where = words.match(FIELD_WHERE);
        if (where.find()) {
            RefineClause object = words.group(where, 1);
            String label = RefineText.label(object.orig);
            items.add(new Item(label, RefineTypes.guess(label), List.of(), null));
            return items;
        }
        Matcher mid = words.match(MID_FIELD);
        if (mid.find() && mid.start() > 0) {
            String label = RefineText.label(words.sub(0, mid.start()).orig);
            items.add(new Item(label, RefineTypes.guess(words.text), List.of(), null));
            return items;
        }
        Matcher as = words.match(AS_TYPE);
        if (as.find()) {
            java.util.Optional<FieldType> named = RefineTypes.named(as.group(2));
            if (named.isPresent() && !named.get().hasOptions()) {
                items.add(new Item(RefineText.label(words.group(as, 1).orig), named.get(), List.of(), null));
                return items;
            }
        }
        if (verb != null && verb.matches("photograph")) {
            items.add(new Item("Photo of " + RefineText.label(words.orig).toLowerCase(java.util.Locale.ROOT), FieldType.FILE, List.of(), null));
            return items;
        }
        String label = nounOf(new RefineClause(words.orig.replaceAll("'s\\b", "").replaceAll("(?i)\\s+(?:us|them|me|him|her)$", "")));
        Entity named = RefineResolver.entity(s, new RefineClause(label));
        if (named != null && RefineMatcher.similarity(RefineMatcher.words(label), RefineMatcher.words(named.name())) >= 0.99
                && !named.key().equals(s.lastEntity)) {
            items.add(new Item(named.name(), FieldType.REFERENCE, List.of(), named.key()));
            return items;
        }
        FieldType type = verb != null && verb.matches("attach|upload|be able to attach|be able to upload") ? FieldType.FILE : RefineTypes.guess(label);
        items.add(new Item(label, type, List.of(), null));
        return items;
    }

    private static final Pattern WHICH_NOUN = Pattern.compile("^(?:which|what|quel(?:le)?s?|cual(?:es)?|welche[rsmn]?)\\s+(.+?)(?:\\s+(?:each|every|it|they|we|is|are|was|were|belongs|goes|falls|should|does|do|did|has|have|chaque|cada|jede[rsmn]?)\\b.*)?$");

    /** "which budget line each spend belongs to" → "Budget line". */
    private static String nounOf(RefineClause words) {
        Matcher lead = Pattern.compile("^(?:in|on|at|for|from|to|with|by)\\s+(?=(?:which|what)\\s)").matcher(words.text);
        if (lead.find()) {
            words = words.from(lead.end());
        }
        Matcher m = words.match(WHICH_NOUN);
        return RefineText.label(m.find() ? words.group(m, 1).orig : words.orig);
    }

    private static String who(RefineClause rest) {
        String t = rest.text.replaceAll("^(?:is|was|will be|should be)\\s+", "")
                .replaceAll("^(?:last|first|finally|actually|already|really|originally)\\s+", "");
        String[] fr = t.split("\\s+");
        if (t.matches("^(?:a|l'a|les a|ont|l'ont|va)\\s+\\S+.*")) {
            String verb = fr.length > 1 ? fr[1] : fr[0];
            return RefineText.capitalize(rest.sub(rest.text.indexOf(verb), rest.text.indexOf(verb) + verb.length()).orig) + " par";
        }
        if (t.matches("^(?:lo|la|los|las|le|ha|han)\\s+\\S+.*") || t.matches("^\\S+(?:o|io)\\b.*") && !t.matches("^(?:do|go|also|to)\\b.*")) {
            String verb = t.matches("^(?:lo|la|los|las|le|ha|han)\\s+\\S+.*") ? fr[1] : fr[0];
            String participle = verb.endsWith("io") ? verb.substring(0, verb.length() - 2) + "ido"
                    : verb.endsWith("o") ? verb.substring(0, verb.length() - 1) + "ado" : verb;
            if (!participle.equals(verb) || verb.endsWith("ado") || verb.endsWith("ido")) {
                return RefineText.capitalize(participle) + " por";
            }
        }
        if (t.matches(".*\\s(?:hat|haben|hatte|wurde|ist)$") && fr.length >= 2) {
            return RefineText.capitalize(fr[fr.length - 2]) + " von";
        }
        if (t.matches("^(?:responsible|in charge)\\b.*")) {
            return "Responsible";
        }
        Matcher did = Pattern.compile("^(?:did|does|do|will do|has done|carried out|carries out|performed|performs)\\s+(?:the\\s+|a\\s+|an\\s+)?([\\w-]+)").matcher(t);
        if (did.find()) {
            return RefineText.capitalize(participle(did.group(1))) + " by";
        }
        String[] w = t.split("\\s+");
        String verb = w[0];
        if (w.length > 1 && w[1].matches("up|off|in|out|on")) {
            verb = verb + " " + w[1];
        }
        String p = participle(verb);
        String agent = AGENTS.get(p);
        if (agent != null) {
            return agent;
        }
        if (rest.text.startsWith("qui") || rest.text.matches("^(?:a|l'a)\\s.*")) {
            return RefineText.capitalize(p) + " par";
        }
        return RefineText.capitalize(p) + " by";
    }

    static String participle(String verb) {
        String v = verb.toLowerCase();
        if (PARTICIPLES.containsKey(v)) {
            return PARTICIPLES.get(v);
        }
        int space = v.indexOf(' ');
        if (space > 0) {
            return participle(v.substring(0, space)) + v.substring(space);
        }
        if (v.endsWith("ed") || v.endsWith("en")) {
            return v;
        }
        if (v.endsWith("ing") && v.length() > 5) {
            return v.substring(0, v.length() - 3) + "ed";
        }
        if (v.endsWith("s") && !v.endsWith("ss") && v.length() > 3) {
            v = v.substring(0, v.length() - 1);
        }
        if (v.endsWith("e")) {
            return v + "d";
        }
        if (v.endsWith("y") && v.length() > 2 && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0) {
            return v.substring(0, v.length() - 1) + "ied";
        }
        return v + "ed";
    }

    /** The first verb-like word of a clause as a participle ("who approved it" → "approved"). */
    static String verbOf(RefineClause c) {
        int seen = 0;
        String[] words = c.text.replaceAll("^(?:who|when|if|whether|how much|how many)\\s+", "").split("[^a-z'-]+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || FILLER.contains(w)) {
                continue;
            }
            if (ADVERBS.contains(w)) {
                continue;
            }
            if (isParticiple(w) || PARTICIPLES.containsKey(w)) {
                boolean particle = i + 1 < words.length && words[i + 1].matches("in|up|off|out|back|over");
                return participle(w) + (particle ? " " + words[i + 1] : "");
            }
            if (++seen >= 4) {
                return null;
            }
        }
        return null;
    }

    private static String amountLabel(RefineClause words, String rest, String lastVerb) {
        if (words.text.startsWith("cuanto")) {
            Matcher de = Pattern.compile("\\bde\\s+([\\w-]+)\\s*$").matcher(words.text);
            if (de.find()) {
                return RefineText.capitalize(words.sub(de.start(1), de.end(1)).orig);
            }
            return "Importe";
        }
        if (words.text.startsWith("combien")) {
            return "Montant";
        }
        if (words.text.startsWith("wie")) {
            return "Betrag";
        }
        if (rest.matches(".*\\bcost.*")) {
            return "Cost";
        }
        String v = verbOf(new RefineClause(rest));
        String p = v != null ? v : lastVerb;
        return p == null ? "Amount" : "Amount " + p;
    }

    private static String whether(RefineClause rest) {
        String[] w = rest.orig.replaceAll("[.!?]+$", "").split("\\s+");
        List<String> kept = new ArrayList<>();
        for (String word : w) {
            String f = RefineText.fold(word).replaceAll("[^a-z']", "");
            if (kept.isEmpty() && (FILLER.contains(f) || f.endsWith("'ve") || f.endsWith("'s") || f.endsWith("'re"))) {
                continue;
            }
            kept.add(word);
            if (isParticiple(f) || PARTICIPLES.containsValue(f)) {
                int next = java.util.Arrays.asList(w).indexOf(word) + 1;
                if (next > 0 && next < w.length && w[next].matches("(?i)in|up|off|out|back|on|over")) {
                    kept.add(w[next]);
                } else if (kept.size() == 1 && next > 0 && next < w.length && w[next].matches("(?i)[a-z]{3,}")
                        && !w[next].matches("(?i)by|for|from|with|and|or|to|in|at|on|the|yet|already|now|today")) {
                    // "a signed copy": the thing, not just the adjective
                    kept.add(w[next]);
                }
                break;
            }
        }
        if (kept.size() >= 2 && RefineText.fold(kept.get(0)).matches("needs?|requires?|wants?")) {
            String object = String.join(" ", kept.subList(1, kept.size())).replaceAll("(?i)^(?:an?|the|some)\\s+", "");
            return RefineText.label(object + " needed");
        }
        kept.removeIf(k -> FILLER.contains(RefineText.fold(k).replaceAll("[^a-z']", "")) && kept.size() > 1);
        String label = kept.isEmpty() ? rest.orig : String.join(" ", kept.subList(0, Math.min(kept.size(), 4)));
        label = label.replaceAll("(?i)\\s+(?:is|are|was|were|has been|have been|got)\\s+", " ");
        return RefineText.label(label);
    }

    private RefineDescriber() {
    }
}

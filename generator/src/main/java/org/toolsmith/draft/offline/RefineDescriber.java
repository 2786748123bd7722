package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
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
    private static final Pattern HOW_LONG = Pattern.compile("^(?:how long|combien de temps|combien (?=dure|durent)|cuanto tiempo|cuanto (?=dura|duran|tarda|tardan)|wie lange)\\b(.*)$");
    private static final Pattern HEARD = Pattern.compile("^how\\s+(?:did\\s+)?(?:they|you|people|we|he|she)\\s+(?:heard|hear|found out|learned|learnt|came across)\\b");
    private static final Pattern WHAT_COST = Pattern.compile("^(?:what\\s+(?:[\\w-]+\\s+){0,3}(?:cost|costs|paid|spent)|was\\s+(?:[\\w-]+\\s+){0,3}(?:gekostet|kostet|kosten)"
            + "|ce (?:que|qu')\\s*(?:[\\w'-]+\\s+){0,3}(?:coute|coutent|a coute|ont coute)|lo que\\s+(?:[\\w-]+\\s+){0,3}(?:cuesta|cuestan|costo|costaron|ha costado|han costado))\\b");
    private static final java.util.Map<Lang, String> COST = java.util.Map.of(Lang.EN, "Cost", Lang.FR, "Coût", Lang.ES, "Coste", Lang.DE, "Kosten");
    private static final Pattern WHERE = Pattern.compile("^(?:where|ou|donde|wo)\\s+(.+)$");
    /** "where it is stored / kept", "où il est rangé / stocké", "dónde se guarda", "wo es gelagert / aufbewahrt wird": a storage place. */
    private static final Pattern STORED = Pattern.compile("\\b(?:stored|store|kept|keep|filed|range|rangee?s?|ranger|stocke|stockee?s?|stocker|garde|gardee?s?|conserve|conservee?s?|guarda|guardan|guardado|guardada|almacena|almacenan|almacenado|almacenada|"
            + "gelagert|lagert|lagern|aufbewahrt|verwahrt|abgelegt)\\b");
    private static final java.util.Map<Lang, String> STORAGE = java.util.Map.of(Lang.EN, "Storage location", Lang.FR, "Lieu de stockage", Lang.ES, "Lugar de almacenamiento", Lang.DE, "Lagerort");
    private static final java.util.Map<Lang, String> PLACE = java.util.Map.of(Lang.EN, "Location", Lang.FR, "Lieu", Lang.ES, "Ubicación", Lang.DE, "Ort");
    private static final Pattern PHOTO = Pattern.compile("^(?:photograph|take (?:a )?(?:photo|picture)s? of|a (?:photo|picture) of|photos? of|pictures? of)\\s+(.+)$");
    private static final Pattern FIELD_WHERE = Pattern.compile("^(?:field|column|box|place|space|spot)\\s+(?:where|in which|for)\\s+.*?\\b(?:writes?|records?|notes?|puts?|enters?|adds?|keeps?|explains?|lists?|uploads?|attaches?|gives?)\\s+(?:down\\s+)?(?:their|the|his|her|its|our|a|an|any)?\\s*(.+)$");
    private static final Pattern MID_FIELD = Pattern.compile("\\s+(?:field|column)\\s+(?:in|for|with|to|about|where|that|which)\\b");
    private static final Pattern AS_TYPE = Pattern.compile("^(.+?)\\s+(?:as|as an?|in|en|como|als)\\s+(?:an?\\s+|une?\\s+|una?\\s+|eine?n?\\s+)?(.+)$");
    /** "besoins en formation du salarié": "en" opens a topic whose owner follows, not a type ("en texte long"). */
    private static final Pattern OWNED_AFTER_IN = Pattern.compile("\\s(?:of|du|des|del|de la|de los|de las|des|der|von|vom)\\s");
    /** A participle that ends a yes/no label ("Erklärung geprüft", "Dossier validé"): the act whose doer "by whom" asks for. */
    private static final Pattern DONE_WORD = Pattern.compile("(?iu)ge\\p{L}{2,}(?:t|en)|\\p{L}{3,}(?:é|ée|és|ées|ado|ada|ido|ida)");
    private static final Pattern WHO = Pattern.compile("^(?:who|qui|quien|wer)(?:\\s+|(?='s\\s))(.+)$");
    private static final Pattern WHEN = Pattern.compile("^(?:when|on what date|what date|which date|on which date|on which day|what day|at what time|what time|quand|a quelle date|cuando|en que fecha|wann|an welchem tag)\\b\\s*(.*)$");
    private static final Pattern HOW_MANY = Pattern.compile("^(?:how many|combien d[e']|cuant[oa]s|wie viele)\\s*(.*)$");
    private static final Pattern HOW_MUCH = Pattern.compile("^(?:how much|combien|cuanto|wie viel)\\b\\s*(.*)$");
    private static final Pattern WHETHER = Pattern.compile("^(?:(?:if|whether|si|ob)\\s+|s'(?=ils?\\b))(.+)$");
    private static final Pattern WHICH = Pattern.compile("\\b(?:which|what|quel|quelle|cual|welche[rsmn]?)\\s+([\\w-]+)");
    private static final java.util.Map<String, String> EVENT_NOUN = java.util.Map.ofEntries(
            java.util.Map.entry("ends", "end"), java.util.Map.entry("starts", "start"), java.util.Map.entry("begins", "start"),
            java.util.Map.entry("expires", "expiry"), java.util.Map.entry("runs out", "expiry"), java.util.Map.entry("renews", "renewal"),
            java.util.Map.entry("closes", "closing"), java.util.Map.entry("opens", "opening"), java.util.Map.entry("finishes", "finish"),
            java.util.Map.entry("arrives", "arrival"), java.util.Map.entry("is due", "due"));
    /** "the warranty ends", "the contract expires": a thing and the moment it reaches (English). */
    private static final Pattern THING_ENDS = Pattern.compile("^(?:the|its|their|his|her)\\s+([a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?)\\s+(ends|starts|begins|expires|runs out|renews|closes|opens|finishes|arrives|is due)$");
    private static final Pattern WHAT_DONE = Pattern.compile("^what\\s+([a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?)\\s+(?:was|were|is|are|gets|got|has been|have been|will be|should be)\\s+"
            + "(taken|done|agreed|decided|given|offered|found|used|said|promised|recommended|prescribed|ordered|changed|replaced|fixed|sent|paid|learned|learnt)\\b");
    private static final Pattern WHY = Pattern.compile("^(?:why|for what reason|pourquoi|por que|por qué|warum|weshalb|wieso)\\b\\s*(.*)$");
    private static final Pattern WHICH_STATE = Pattern.compile("\\b(?:which|what)\\s+(?:(?:one|ones)\\s+)?(?:of\\s+(?:the|our|these|those|all the)\\s+)?([\\w-]+(?:\\s+[\\w-]+)?)\\s+(?:is|are|was|were|get|gets|got|have been|has been)\\s+(?:still\\s+|already\\s+)?([a-z-]+(?:\\s+(?:up|out|in|back|off))?)$");
    private static final Pattern RANGE = Pattern.compile("\\s*\\(?\\b(?:from|between|de|del|entre|von|zwischen)\\s+\\d+(?:[.,]\\d+)?\\s+(?:to|and|a|al|y|bis|und|-)\\s+\\d+(?:[.,]\\d+)?\\)?|\\s*\\(\\d+\\s*[-–]\\s*\\d+\\)|\\s+(?:out of|sur|sobre)\\s+\\d+\\b");
    private static final Pattern FOREIGN_PARTICIPLE = Pattern.compile(
            "(?i)(?<!\\p{L})(\\p{L}*ge\\p{L}{2,}(?:t|en)|(?:be|ver|er|ent|zer|emp)\\p{L}{3,}t|\\p{L}{3,}iert|\\p{L}{3,}(?:é|ée|és|ées)|\\p{L}{3,}(?:ado|ada|ido|ida))(?!\\p{L})"
                    + "(?=\\s*(?:wurde|wurden|wird|werden|worden|hat|haben|ist|sind|war|waren)?\\s*(?:(?:la|el|los|las|le|les|l'|un|una|une)\\s*\\p{L}+)?\\s*[.!?]?\\s*$)");
    private static final Pattern WHERE_LEAD = Pattern.compile("^(?:where(?:'s|'re| is| are)?|ou|donde|wo)\\s");

    /** Whether the words ask where something is kept: "stored", "rangé", "se guarda", "gelagert". */
    static boolean stored(RefineClause words) {
        return words.match(STORED).find();
    }

    /** The name of a place asked with "where": a storage place when the words say it is kept, else the plain word for a place. */
    static String placeLabel(Lang lang, RefineClause words) {
        return stored(words) ? STORAGE.get(lang) : PLACE.get(lang);
    }

    /** One field to add. */
    record Item(String label, FieldType type, List<String> options, String target) {
    }

    static List<Item> describe(RefineSession s, RefineClause words, String lastVerb, String verb) {
        List<Item> items = new ArrayList<>();
        String t = words.text;
        Matcher m;
        ObjectDoer.When pending = s.whenLabel; // a bare "when" right after "who does the boiler check" or "whether …" is that one's date
        s.whenLabel = null;
        if ((m = words.match(RANGE)).find() && m.start() > 0 && !t.matches("^(?:how|combien|cuant|wie)\\b.*")) {
            // "a score from 1 to 10", "una valoración del 1 al 5", "eine Note von 1 bis 6": a number, the range is not its name
            String label = RefineText.label(words.sub(0, m.start()).orig + " " + words.from(m.end()).orig);
            boolean decimals = m.group().matches(".*\\d[.,]\\d.*");
            items.add(new Item(label, decimals ? FieldType.DECIMAL : FieldType.INTEGER, List.of(), null));
            return items;
        }
        if (YES_NO.matcher(t).find()) {
            String label = RefineText.label(words.orig.replaceAll("(?i)\\s*\\(?\\b(?:yes\\s*/\\s*no|y/n|true\\s*/\\s*false|oui\\s*/\\s*non|s[ií]\\s*/\\s*no|ja\\s*/\\s*nein|tick ?box|tick|checkbox|check ?box|yes or no)\\b\\)?\\s*", " ")
                    .replaceAll("(?i)\\s+(?:as|as an?|with an?|in an?|en|como|als)\\s*$", ""));
            Matcher about = Pattern.compile("^(?i)(?:for|to say|to show|about|on)?\\s*(?:whether|if)\\s+(.+)$").matcher(label);
            if (about.find()) {
                label = RefineVerbs.whether(s.lang, new RefineClause(about.group(1)));
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
                items.add(new Item(RefineVerbs.nounOf(words.group(several, 1)), FieldType.MULTI_CHOICE, options, null));
                return items;
            }
        }
        if ((m = words.match(PAREN_LIST)).find()) {
            String label = RefineText.label((words.group(m, 1).orig + " " + words.group(m, 3).orig).strip());
            FieldType written = m.group(2) == null ? null : TypeHints.written(s.lang, m.group(2));
            if (written != null) {
                // "instructions (free text, can be long)", "weight (kg, decimals ok)": how it is written, never options
                FieldType named = RefineTypes.guess(s, label);
                items.add(new Item(label, named == FieldType.TEXT || named == FieldType.CHOICE || named == FieldType.LONG_TEXT
                        || named == FieldType.INTEGER && written == FieldType.DECIMAL
                        || written == FieldType.FILE && named != FieldType.REFERENCE ? written : named, List.of(), null)); // "signed form (PDF)": the file
                return items;
            }
            List<String> options = RefineText.values(m.group(2) == null ? "" : words.group(m, 2).orig);
            if (options.size() >= 2 && words.match(WHERE_LEAD).find()) {
                // "where's the key kept (hook board, safe)": the place, named as a place
                label = placeLabel(s.lang, words.group(m, 1));
            }
            if (options.size() >= 2) {
                items.add(new Item(label, FieldType.CHOICE, options, null));
                return items;
            }
            // "notice period (in days)", "delivery note (the PDF)": a hint, not part of the name
            items.add(new Item(label, RefineTypes.guess(s, words.text.replaceAll("[()]", " ")), List.of(), null));
            return items;
        }
        if ((m = words.match(PHOTO)).find()) {
            items.add(new Item("Photo of " + RefineText.label(words.group(m, 1).orig).toLowerCase(java.util.Locale.ROOT), FieldType.FILE, List.of(), null));
            return items;
        }
        VerbFamily.Hit fam = VerbFamily.ask(s.lang, t);
        if (fam != null && fam.role() != VerbFamily.Role.AGENT && fam.role() != VerbFamily.Role.DATE && !words.match(COLON_LIST).find()) {
            // "why it was turned down" → Rejection reason, "how many were delivered" → Quantity delivered (VerbFamily)
            if (fam.role() == VerbFamily.Role.DONE) {
                s.whenLabel = new ObjectDoer.When(fam.label(), false);
            }
            items.add(new Item(fam.label(), fam.type(), List.of(), null));
            return items;
        }
        if ((m = words.match(WHERE)).find()) {
            // "where the parcel is stored: front desk, back office or locker", "où l'objet est rangé : réception, bagagerie ou coffre"
            Matcher colon = words.match(COLON_LIST);
            List<String> options = colon.find() ? RefineText.values(words.group(colon, 2).orig) : List.of();
            RefineClause asked = options.size() >= 2 ? words.group(colon, 1) : words;
            boolean stored = stored(asked);
            String v = s.lang == Lang.EN ? RefineVerbs.verbOf(new RefineClause(asked.text.replaceFirst("^\\S+\\s+", ""))) : null;
            boolean from = asked.text.matches(".*\\b(?:from|came|comes|heard)\\b.*");
            String label = stored ? STORAGE.get(s.lang) : from ? "Source" : s.lang != Lang.EN ? PLACE.get(s.lang) : v == null ? "Location" : "Where " + v;
            items.add(new Item(label, options.size() >= 2 ? FieldType.CHOICE : FieldType.TEXT, options.size() >= 2 ? options : List.of(), null));
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
            items.add(new Item(COST.get(s.lang), FieldType.MONEY, List.of(), null)); // "was die Zertifizierung gekostet hat": Kosten
            return items;
        }
        if ((m = words.match(COLON_LIST)).find()) {
            List<String> options = RefineText.values(words.group(m, 2).orig);
            if (options.size() >= 2) {
                items.add(new Item(RefineVerbs.nounOf(words.group(m, 1)), FieldType.CHOICE, options, null));
                return items;
            }
        }
        if ((m = words.match(WHAT_DONE)).find() && RefineResolver.entity(s, words.group(m, 1)) == null) {
            // "what action was taken", "what work was done": the thing and what happened to it (English)
            items.add(new Item(RefineText.capitalize(RefineText.label(words.group(m, 1).orig)) + " " + m.group(2), FieldType.TEXT, List.of(), null));
            return items;
        }
        Matcher state = words.match(WHICH_STATE);
        if (state.find() && RefineResolver.entity(s, words.group(state, 1)) != null) {
            // "which loans are overdue": a yes/no on each of them
            items.add(new Item(RefineText.label(words.group(state, 2).orig), FieldType.BOOLEAN, List.of(), null));
            return items;
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
            RefineMatcher.FieldRef asked = s.last();
            // "si elle a été testée et par qui", "ob es getestet wurde und von wem": the doer of the yes/no just added
            String[] flagWords = asked == null ? new String[0] : asked.field().label().split("\\s+");
            String flagLast = flagWords.length == 0 ? "" : flagWords[flagWords.length - 1];
            String flag = lastVerb == null && asked != null && asked.field().type() == FieldType.BOOLEAN
                    && !s.originalFields.contains(asked.entity().key() + "." + asked.field().key())
                    && (flagWords.length == 1 && flagLast.matches("(?iu)\\p{L}+") || DONE_WORD.matcher(flagLast).matches())
                    ? RefineText.capitalize(flagLast) : null;
            String v = flag != null ? flag : lastVerb == null ? "Done" : RefineText.capitalize(lastVerb);
            String by = t.startsWith("par") ? " par" : t.startsWith("por") ? " por" : t.startsWith("von") ? " von" : " by";
            items.add(new Item(v + by, FieldType.PERSON, List.of(), null));
            return items;
        }
        if ((m = words.match(WHO)).find() && ObjectDoer.doer(s, words.group(m, 1)) instanceof String done) {
            // "who does the boiler check", "wer die Abnahme macht": the thing done names the person field
            items.add(new Item(done, FieldType.PERSON, List.of(), null));
            return items;
        }
        if ((m = words.match(WHO)).find() && RomanceParticiple.ofPresent(s.lang, words.group(m, 1).orig) != null) {
            // "qui la traite", "quién lo gestiona": the present, named by its participle
            items.add(new Item(RefineVerbs.agreeWithObject(s.lang, RomanceParticiple.ofPresent(s.lang, words.group(m, 1).orig), words.group(m, 1).text),
                    FieldType.PERSON, List.of(), null));
            return items;
        }
        if ((m = words.match(WHO)).find()) {
            String who = RefineVerbs.who(s.lang, new RefineClause(words.group(m, 1).orig.replaceAll("^(?i)'s\\s+", "is ")));
            if (fam != null && fam.role() == VerbFamily.Role.AGENT && VerbFamily.bare(who)) {
                who = fam.label(); // "quién se lo llevó prestado": the verb's doer, not a bare Persona
            }
            items.add(new Item(who, FieldType.PERSON, List.of(), null));
            return items;
        }
        if ((m = words.match(WHY)).find()) {
            String head = t.startsWith("pourquoi") ? "Motif" : t.startsWith("por") ? "Motivo" : t.startsWith("warum") || t.startsWith("weshalb") ? "Grund" : "Reason";
            items.add(new Item(head, FieldType.LONG_TEXT, List.of(), null));
            return items;
        }
        if (t.matches("^when\\s+(?:it's|it is|they're|they are|it was|this is)\\s+due\\b.*")) {
            items.add(new Item("Due date", FieldType.DATE, List.of(), null));
            return items;
        }
        if (t.matches("^(?:by when|until when|deadline)\\b.*")) {
            items.add(new Item("Deadline", FieldType.DATE, List.of(), null));
            return items;
        }
        if ((m = words.match(WHEN)).find()) {
            String rest = m.group(1);
            Matcher ends = THING_ENDS.matcher(rest.strip());
            if (ends.find() && RefineResolver.entity(s, new RefineClause(ends.group(1))) == null) {
                // "when the warranty ends" → Warranty end date, "when the lease expires" → Lease expiry date
                items.add(new Item(RefineText.capitalize(ends.group(1)) + " " + EVENT_NOUN.get(ends.group(2)) + " date", FieldType.DATE, List.of(), null));
                return items;
            }
            Matcher present = Pattern.compile("^(?:it|they|he|she|this|the\\s+[\\w-]+)\\s+([a-z]+s)$").matcher(rest.strip());
            if (present.find() && !present.group(1).matches("is|was|has|does")) {
                items.add(new Item(RefineText.capitalize(present.group(1)) + " on", FieldType.DATE, List.of(), null));
                return items;
            }
            String v = RefineVerbs.verbOf(new RefineClause(rest));
            if (v == null && !t.startsWith("when") && !t.startsWith("what") && !t.startsWith("which") && !t.startsWith("on ") && !t.startsWith("at ")) {
                // "wann das Fahrzeug zurückgegeben wurde" → "Zurückgegeben am", "cuándo se entregó"/"quand il a été livré"
                Matcher part = FOREIGN_PARTICIPLE.matcher(words.orig);
                String found = null;
                while (part.find()) {
                    found = part.group(1);
                }
                v = found == null ? null : found.toLowerCase(java.util.Locale.ROOT);
            }
            String p = v != null ? v : lastVerb;
            boolean exact = rest.contains("exactly") || rest.contains("time") || t.startsWith("at what time") || t.startsWith("what time");
            if (pending != null && rest.isBlank()) {
                // "whether the insurer was informed, and when" → Date insurer informed; "wer den Termin macht und wann" → Termin am
                s.whenMade = pending.label(s.lang, exact);
                items.add(new Item(s.whenMade, exact ? FieldType.DATETIME : FieldType.DATE, List.of(), null));
                return items;
            }
            String head = t.startsWith("quand") || t.startsWith("a quelle") ? "Date" : t.startsWith("cuando") || t.startsWith("en que") ? "Fecha"
                    : t.startsWith("wann") || t.startsWith("an welchem") ? "Datum" : exact ? "Time" : "Date";
            boolean english = head.equals("Date") && !t.startsWith("quand") && !t.startsWith("a quelle") || head.equals("Time");
            if (fam != null && fam.role() == VerbFamily.Role.DATE && (v == null || english && !v.endsWith("ed"))) {
                // "wann es zurückkam", "when it came back": the verb's date (Rückgabedatum, Return date)
                items.add(new Item(fam.label(), exact ? FieldType.DATETIME : FieldType.DATE, List.of(), null));
                return items;
            }
            String label = p == null ? head : english ? head + " " + p
                    : RefineText.capitalize(p) + (head.equals("Fecha") ? " el" : head.equals("Datum") ? " am" : " le");
            items.add(new Item(label, exact ? FieldType.DATETIME : FieldType.DATE, List.of(), null));
            return items;
        }
        if ((m = words.match(HOW_MANY)).find()) {
            RefineClause rest = words.group(m, 1);
            String noun = rest.orig.replaceAll("(?i)\\s+(?:are|is|were|was|will|would|have|has|did|do|does|come|came|sont|ont|son|han|sind|haben|kommen"
                            + "|lleva|llevan|tiene|tienen|hay|trae|traen|hace|hacen|viene|vienen|caben|hat|gibt|braucht|brauchen|faut|y a"
                            + (t.startsWith("combien") ? "|a" : "") + ")\\b.*$", "")
                    // "how many pages people scanned": the deed stays (English "-ed"); "how many seats they want": who wants them is not part of the name
                    .replaceAll("(?i)\\s+(?:they|we|he|she|you|people|the customer|the client)\\s+([a-z]{3,}ed)\\b.*$", " $1")
                    .replaceAll("(?i)\\s+(?:they|we|he|she|you|people|the customer|the client|ils|elles|nous|on|ellos|ellas|nosotros|sie|wir|man)\\s+\\S+.*$", "")
                    .replaceAll("(?i)^(times?)\\s+.*$", "$1")
                    // "pages each person printed": who did it goes, the deed stays (English "-ed")
                    .replaceAll("(?i)\\s+(?:each|every)\\s+[a-z]+\\s+([a-z]{3,}ed)\\b.*$", " $1")
                    // "guests each attendee brings": whose they are is the record itself
                    .replaceAll("(?i)\\s+(?:each|every|per|chaque|par|cada|por|jede[rsmn]?|pro)\\s+.*$", "").strip();
            noun = CountedNoun.trim(noun);
            Matcher where = Pattern.compile("(?i)^(\\w+)\\s+(?:are|is|were|was)\\s+((?:on|in|at)\\s+(?:the\\s+)?[\\w-]+(?:\\s+[\\w-]+)?)\\s*$").matcher(rest.orig.strip());
            if (where.find() && noun.equalsIgnoreCase(where.group(1))) {
                // "how many people were on the waiting list": where they were names what is counted
                noun = noun + " " + where.group(2);
            }
            String lead = t.startsWith("combien") ? "Nombre de " : t.startsWith("cuant") ? "Número de " : t.startsWith("wie") ? "Anzahl " : "Number of ";
            String label = noun.isEmpty() ? lead.strip() : lead + noun;
            // "Nombre de enfants" → "Nombre d'enfants"
            label = label.replaceAll("(?i)^(Nombre) de ([aeiouhéèêàâîôûAEIOUHÉ])", "$1 d'$2");
            items.add(new Item(label, FieldType.INTEGER, List.of(), null));
            return items;
        }
        if (WhatDone.of(s, words) != null) {
            items.add(WhatDone.of(s, words)); // "what they covered in each session" is What was covered
            return items;
        }
        if (MeasureQuestion.of(s, words) != null) {
            items.add(MeasureQuestion.of(s, words)); // "how much it weighed" is a weight, "how old" an age
            return items;
        }
        if ((m = words.match(HOW_MUCH)).find()) {
            items.add(new Item(RefineVerbs.amountLabel(words, m.group(1), lastVerb), FieldType.MONEY, List.of(), null));
            return items;
        }
        if ((m = words.match(WHETHER)).find()) {
            String label = RefineVerbs.whether(s.lang, words.group(m, 1));
            for (Entity e : s.spec.entities()) {
                // "whether the order is paid" on orders: just "Paid"
                String name = RefineText.fold(e.name()) + " ";
                if (RefineText.fold(label).startsWith(name) && label.length() > name.length()) {
                    label = RefineText.capitalize(label.substring(name.length()).strip());
                }
            }
            if (label.split("\\s+").length <= 3) {
                s.whenLabel = new ObjectDoer.When(label, false);
            }
            items.add(new Item(label, FieldType.BOOLEAN, List.of(), null));
            return items;
        }
        Matcher where = words.match(FIELD_WHERE);
        if (where.find()) {
            RefineClause object = words.group(where, 1);
            String label = RefineText.label(object.orig);
            items.add(new Item(label, RefineTypes.guess(s, label), List.of(), null));
            return items;
        }
        Matcher mid = words.match(MID_FIELD);
        if (mid.find() && mid.start() > 0) {
            String label = RefineText.label(words.sub(0, mid.start()).orig);
            items.add(new Item(label, RefineTypes.guess(s, words.text), List.of(), null));
            return items;
        }
        Matcher as = words.match(AS_TYPE);
        if (as.find() && !OWNED_AFTER_IN.matcher(words.text.substring(as.start(2))).find()) {
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
        String label = RefineVerbs.nounOf(new RefineClause(words.orig.replaceAll("'s\\b", "").replaceAll("(?i)\\s+(?:us|them|me|him|her)$", "")));
        Entity named = RefineResolver.entity(s, new RefineClause(label));
        if (named != null && RefineMatcher.similarity(RefineMatcher.words(label), RefineMatcher.words(named.name())) >= 0.99
                && !compoundOf(label, named.name())
                && !named.key().equals(s.lastEntity) && !named.key().equals(s.clauseEntity)) {
            items.add(new Item(named.name(), FieldType.REFERENCE, List.of(), named.key()));
            return items;
        }
        List<String> usual = RefineTypes.defaultOptions(label);
        if (!usual.isEmpty()) {
            // "add a priority": a choice with the usual values, which the person can change
            items.add(new Item(label, FieldType.CHOICE, usual, null));
            return items;
        }
        FieldType type = verb != null && verb.matches("attach|upload|be able to attach|be able to upload|subir|adjuntar|joindre|televerser") ? FieldType.FILE : RefineTypes.guess(s, label);
        items.add(new Item(label, type, List.of(), null));
        return items;
    }

    /** "Kundennummer" beside the kind Kunde: a German compound with the kind's name first is a field of its own, no link. */
    private static boolean compoundOf(String label, String kindName) {
        String l = RefineText.fold(label).strip();
        String k = RefineText.fold(kindName).strip();
        return !l.contains(" ") && l.startsWith(k) && l.length() - k.length() > 3;
    }

    private RefineDescriber() {
    }
}

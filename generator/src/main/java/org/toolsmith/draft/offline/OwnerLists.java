package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of details said as another thing's own by a possessive, after or instead of the record's own list: "we record
 * the date, service and price, plus the dog's name, breed and owner's phone", "on note date et prix, ainsi que numéro,
 * étage et nombre de lits de la chambre", "apuntamos fecha y precio, y también número de serie, tipo y tarifa de la
 * máquina", "wir notieren Datum und Preis, außerdem Marke, Rahmennummer und Farbe des Fahrrads"; or a whole sentence
 * of them ("we also need the customer's name, phone and address"). The owner's details are read as its own list
 * ("Dog: name, breed and owner's phone"), so the owner becomes a kind holding them instead of lending them to the
 * record; the record's own list before them stays the record's (its "of the appointment" said once more goes). Where the
 * owner is said after its details (French, Spanish, German) a word of addition must open them, not a bare "and": "hat ein
 * Datum, eine Uhrzeit, den Namen des Kunden und die Anzahl der Personen" is one record's list.
 *
 * <p>Keyed on what the owner noun means, not on the record: the owner is a noun of a class an analyst makes a kind of
 * (a party or person, a vehicle, an asset, a place, an animal of {@link DetailOwners}, or a kind-worthy noun of
 * {@code kind-nouns.json}: a hive, a bike, a project), never an occasion (a visit, a trip: "the date and price of the
 * visit" stays), and it is given two details at least ("plus the customer's name" stays one field).
 */
final class OwnerLists {
    private OwnerLists() {
    }

    private static final int MAX_SENTENCE = 320;
    private static final Pattern END_MARKS = Pattern.compile("[.!]+$");
    private static final Pattern TRAILING = Pattern.compile("[,;\\s]+$");
    private static final String ITEM = "[^,;:()]{1,40}?";
    /** Two items at least: "a and b", "a, b, c". */
    private static String list(String and) {
        return "(?<list>" + ITEM + "(?:\\s*,\\s*" + ITEM + ")*(?:,?\\s+" + and + "\\s+" + ITEM + "))";
    }

    private static final String WORD = "\\p{L}[\\p{L}-]*";
    /** A possessive list after the record's: connector, then the owner's list. */
    private static final Map<Lang, Pattern> AFTER = new EnumMap<>(Lang.class);
    /** A sentence of the owner's list only, after a record verb. */
    private static final Map<Lang, Pattern> WHOLE = new EnumMap<>(Lang.class);
    /** The record's own "of the X" said after its list: "date and price of the job". */
    private static final Map<Lang, Pattern> OWN_TAIL = new EnumMap<>(Lang.class);

    static {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        AFTER.put(Lang.EN, Pattern.compile("^(?<head>.{8,})\\s*,?\\s+(?:plus|as well as|and also|along with|together with|and)\\s+"
                + "(?:the\\s+|each\\s+|every\\s+|our\\s+|their\\s+)?(?<o>" + WORD + ")(?:'s|s')\\s+" + list("and") + "$", flags));
        AFTER.put(Lang.FR, Pattern.compile("^(?<head>.{8,})\\s*,?\\s+(?:ainsi que|et aussi|et également|et egalement|de même que|de meme que|plus)\\s+"
                + "(?:le\\s+|la\\s+|les\\s+|l')?" + list("et") + "\\s+(?:du|de la|de l'|des)\\s*(?<o>" + WORD + ")$", flags));
        AFTER.put(Lang.ES, Pattern.compile("^(?<head>.{8,})\\s*,?\\s+(?:y también|y tambien|y además|y ademas|así como|asi como|además de|ademas de|más)\\s+"
                + "(?:el\\s+|la\\s+|los\\s+|las\\s+)?" + list("[ye]") + "\\s+(?:del|de la|de los|de las)\\s+(?<o>" + WORD + ")$", flags));
        AFTER.put(Lang.DE, Pattern.compile("^(?<head>.{8,})\\s*,?\\s+(?:außerdem|ausserdem|sowie|dazu|und auch|plus)\\s+"
                + "(?:die\\s+|den\\s+|das\\s+)?" + list("und") + "\\s+(?:des|der)\\s+(?<o>" + WORD + ")$", flags));
        WHOLE.put(Lang.EN, Pattern.compile("^(?:we|i)\\s+(?:(?:also|will|would|'d|should|must)\\s+)*(?:need|want|like|keep|record|note|store|log|track|save|"
                + "capture|take down|write down)(?:\\s+to\\s+(?:know|keep|record|note|store|have))?\\s+(?:also\\s+)?"
                + "(?:the\\s+|each\\s+|every\\s+|our\\s+)?(?<o>" + WORD + ")(?:'s|s')\\s+" + list("and") + "$", flags));
        WHOLE.put(Lang.FR, Pattern.compile("^(?:on|nous)\\s+(?:(?:veut|voulons|doit|devons|aimerait)\\s+)?(?:garde|gardons|garder|note|notons|noter|enregistre|"
                + "enregistrons|enregistrer|conserve|conservons|conserver|saisit|saisir|a besoin|avons besoin)(?:\\s+d[eu']\\s*)?\\s*"
                + "(?:aussi\\s+|également\\s+|egalement\\s+)?(?:le\\s+|la\\s+|les\\s+|l')?" + list("et")
                + "\\s+(?:du|de la|de l'|des)\\s*(?<o>" + WORD + ")$", flags));
        WHOLE.put(Lang.ES, Pattern.compile("^(?:también\\s+|tambien\\s+|además\\s+|ademas\\s+)?(?:guardamos|anotamos|apuntamos|registramos|necesitamos|queremos guardar|"
                + "queremos anotar)\\s+(?:también\\s+|tambien\\s+|además\\s+|ademas\\s+)?(?:el\\s+|la\\s+|los\\s+|las\\s+)?" + list("[ye]")
                + "\\s+(?:del|de la|de los|de las)\\s+(?<o>" + WORD + ")$", flags));
        WHOLE.put(Lang.DE, Pattern.compile("^(?:(?:außerdem|ausserdem|dazu|auch)\\s+)?(?:speichern|notieren|erfassen|brauchen|brauche|benötigen|benötige|notiere|erfasse)"
                + "\\s+(?:wir|ich)\\s+(?:(?:auch|noch|außerdem|ausserdem)\\s+)*(?:die\\s+|den\\s+|das\\s+)?" + list("und")
                + "\\s+(?:des|der)\\s+(?<o>" + WORD + ")$", flags));
        OWN_TAIL.put(Lang.EN, Pattern.compile("\\s+of\\s+(?:the|each|every)\\s+(?<o>" + WORD + ")$", flags));
        OWN_TAIL.put(Lang.FR, Pattern.compile("\\s+(?:du|de la|de l'|de chaque)\\s*(?<o>" + WORD + ")$", flags));
        OWN_TAIL.put(Lang.ES, Pattern.compile("\\s+(?:del|de la|de cada)\\s+(?<o>" + WORD + ")$", flags));
        OWN_TAIL.put(Lang.DE, Pattern.compile("\\s+(?:des|der|jedes|jeder)\\s+(?<o>" + WORD + ")$", flags));
    }

    /** The words before a record's list: who notes it and how ("we record the", "on note", "apuntamos", "wir notieren"). */
    private static final Map<Lang, Pattern> LEADS = new EnumMap<>(Lang.class);

    static {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        LEADS.put(Lang.EN, Pattern.compile("^(?:[^,;:]*?\\b)?(?:we|i)\\s+(?:(?:also|will|would|'d|should|must|always)\\s+)*(?:record|note|keep|log|store|track|"
                + "need|want|capture|save|enter|write down|take down|have)\\s+(?:the\\s+|their\\s+)?", flags));
        LEADS.put(Lang.FR, Pattern.compile("^(?:[^,;:]*?\\b)?(?:on|nous)\\s+(?:note|notons|garde|gardons|enregistre|enregistrons|conserve|conservons|saisit|"
                + "saisissons|suit|suivons)\\s+(?:aussi\\s+)?(?:le\\s+|la\\s+|les\\s+|l')?", flags));
        LEADS.put(Lang.ES, Pattern.compile("^(?:[^,;:]*?\\b)?(?:apuntamos|anotamos|registramos|guardamos|necesitamos|llevamos|tenemos)\\s+"
                + "(?:también\\s+|tambien\\s+)?(?:el\\s+|la\\s+|los\\s+|las\\s+)?", flags));
        LEADS.put(Lang.DE, Pattern.compile("^(?:[^,;:]*?\\b)?(?:(?:wir|ich)\\s+(?:notieren|erfassen|speichern|brauchen|führen|fuehren|halten)|"
                + "(?:notieren|erfassen|speichern|brauchen|führen|fuehren|halten)\\s+(?:wir|ich))\\s+"
                + "(?:(?:auch|immer|jeweils)\\s+)*(?:die\\s+|den\\s+|das\\s+)?", flags));
    }

    /** German genitive endings an owner noun may carry ("des Kunden", "des Fahrrads", "des Hundes"). */
    private static final String[] DE_ENDS = {"es", "s", "n", "en", ""};

    /**
     * The sentence read as the record's part and the owner's own list ("Dog: name, breed and owner's phone"), or null
     * when no owner of a kind-worthy class is given two details at its end.
     */
    static String[] split(Lang lang, String s) {
        Pattern after = AFTER.get(lang);
        if (after == null || s.length() > MAX_SENTENCE) {
            return null;
        }
        String t = END_MARKS.matcher(s).replaceAll("").strip();
        Matcher m = after.matcher(t);
        if (!m.matches()) {
            Matcher w = WHOLE.get(lang).matcher(t);
            String owner = w.matches() && !mixed(lang, w.group("list")) ? owner(lang, w.group("o")) : null;
            return owner == null ? null : new String[] {owner + ": " + w.group("list").strip()};
        }
        String owner = mixed(lang, m.group("list")) ? null : owner(lang, m.group("o"));
        String head = TRAILING.matcher(m.group("head")).replaceAll("");
        if (owner == null || !head.contains(" ")) {
            return null;
        }
        List<String> out = new ArrayList<>();
        Matcher own = OWN_TAIL.get(lang).matcher(head);
        boolean tail = own.find();
        String record = tail ? occasion(lang, own.group("o")) : null;
        if (tail && record == null && owner(lang, own.group("o")) == null) {
            // "… minibar refilled of the cleaning": a record the word lists do not know; the sentence is read as it was
            return null;
        }
        if (record != null) {
            // "we record the date, service and price of the appointment": the record's own list ("Appointment: date, service and price")
            String listed = head.substring(0, own.start()).strip();
            Matcher lead = LEADS.get(lang).matcher(listed);
            head = lead.lookingAt() && lead.end() < listed.length() ? record + ": " + listed.substring(lead.end()).strip() : listed;
        }
        out.add(head);
        out.add(owner + ": " + m.group("list").strip());
        return out.toArray(new String[0]);
    }

    /** A list that runs over a joining word is no one owner's run ("precio del trabajo, y también el nombre"). */
    private static boolean mixed(Lang lang, String list) {
        if (JOINS.get(lang).matcher(list).find()) {
            return true;
        }
        Matcher and = ANDS.matcher(list);
        if (and.find() && and.find()) {
            // "prix par nuit, et par exemple le nom": the run went back over the record's own "and"
            return true;
        }
        for (String item : ITEMS.split(list)) {
            if (Text.wordCount(item) > MAX_ITEM_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** The longest detail of an owner's run: "date of the next service", "Jahrgang der Königin". */
    private static final int MAX_ITEM_WORDS = 5;
    private static final Pattern ANDS = Pattern.compile("\\s(?:and|et|y|e|und)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEMS = Pattern.compile("\\s*,\\s*|\\s+(?:and|et|y|e|und)\\s+", Pattern.CASE_INSENSITIVE);

    private static final Map<Lang, Pattern> JOINS = new EnumMap<>(Lang.class);

    static {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        JOINS.put(Lang.EN, Pattern.compile("\\b(?:also|plus|as well as|each|every|for example|for instance|e\\.g)\\b", flags));
        JOINS.put(Lang.FR, Pattern.compile("(?<!\\p{L})(?:aussi|également|egalement|ainsi que|plus|chaque|chacun|chacune|par exemple)(?!\\p{L})", flags));
        JOINS.put(Lang.ES, Pattern.compile("(?<!\\p{L})(?:también|tambien|además|ademas|así como|asi como|más|cada|por ejemplo)(?!\\p{L})", flags));
        JOINS.put(Lang.DE, Pattern.compile("(?<!\\p{L})(?:auch|außerdem|ausserdem|sowie|dazu|jede|jeder|jedes|jeden|jedem|zum beispiel)(?!\\p{L})", flags));
    }

    /** The record's name (singular, capitalised) when the noun is an occasion, an event or a document; else null. */
    static String occasion(Lang lang, String noun) {
        for (String end : lang == Lang.DE ? DE_ENDS : new String[] {""}) {
            if (!noun.toLowerCase(java.util.Locale.ROOT).endsWith(end) || noun.length() - end.length() < 3) {
                continue;
            }
            String stem = noun.substring(0, noun.length() - end.length());
            String sg = lang == Lang.DE ? stem : Inflector.singular(lang, stem);
            KindNouns nouns = KindNouns.of(lang);
            if (DetailOwners.occasion(lang, sg) || nouns != null && nouns.events().contains(Text.fold(sg))) {
                return Text.capitalize(sg);
            }
        }
        return null;
    }

    /** The owner as a kind's name (singular, capitalised) when the noun is of a kind-worthy class and no occasion; else null. */
    static String owner(Lang lang, String noun) {
        String[] ends = lang == Lang.DE ? DE_ENDS : new String[] {""};
        for (String end : ends) {
            if (!noun.toLowerCase(java.util.Locale.ROOT).endsWith(end) || noun.length() - end.length() < 3) {
                continue;
            }
            String stem = noun.substring(0, noun.length() - end.length());
            String sg = lang == Lang.DE ? stem : Inflector.singular(lang, stem);
            if (DetailOwners.ownable(lang, sg) || TargetKinds.worthy(lang, sg)) {
                return Text.capitalize(sg);
            }
        }
        return null;
    }
}

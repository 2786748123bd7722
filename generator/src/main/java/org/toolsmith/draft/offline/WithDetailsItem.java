package org.toolsmith.draft.offline;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One item of the record's list said with details of its own: "Keep track of complaints: the customer with their name
 * and account number, date, description and who handles it", "Gérer les réparations : la machine avec nom et numéro de
 * série, date et coût", "Llevar las reservas: el cliente con su nombre y su teléfono, fecha y sala", "Die Aufträge
 * erfassen: der Kunde mit Name und Telefon, Datum und Betrag", or in brackets ("the course (with title and duration),
 * plus date and room"). The record named before the colon or dash keeps the item as one of its details ("customer, date,
 * …") and the thing gets its own list in a sentence after it ("Customer: name and account number"), which the kind
 * readers make a kind of its own linked from the record; before, the thing's details and the record's ran together
 * into one kind named after the thing, and the record was lost.
 *
 * <p>Only after a heading (a colon or a dash with words before it, not "for our club:", which lists kinds), only for an
 * item said with a determiner ("Mitglieder mit Name …" is a kind of a list of kinds), only for a thing of a class an analyst makes a kind
 * of ({@link OwnerLists#owner}: a party, vehicle, asset, place, work), never an occasion, and only with two details at
 * least joined by "and" (en, fr, es, de): "the date with the time" or "a note with details" stay as they were.
 */
final class WithDetailsItem {
    private WithDetailsItem() {
    }

    private static final int MAX_SENTENCE = 320;
    private static final Pattern END_MARKS = Pattern.compile("[.!]+$");
    private static final String WORD = "\\p{L}[\\p{L}'-]*";
    private static final String ITEM = "[^,;:()]{1,40}?";
    /** The heading: words, then a colon or a spaced dash. */
    private static final Pattern HEAD = Pattern.compile("^(?<head>[^:()]*\\p{L}[^:()]*?)(?<sep>\\s*:\\s*|\\s+[-–—]\\s+)(?<rest>.+)$");
    /** A heading naming whom the app is for ("For our workshop:", "Pour le club :"): a list of kinds follows, not one record's. */
    private static final Pattern FOR_HEAD = Pattern.compile("^\\s*(?:for|pour|para|für|fur)\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<Lang, Pattern> ITEMS = new EnumMap<>(Lang.class);
    private static final Map<Lang, Pattern> BRACKETS = new EnumMap<>(Lang.class);

    static {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        put(Lang.EN, "(?:the|a|an|their|our|its)\\s+", "with", "(?:their|its|his|her|the)", "and", flags);
        put(Lang.FR, "(?:le|la|les|l'|un|une|son|sa)\\s*", "avec", "(?:son|sa|ses|leur|leurs|le|la|les|l')", "et", flags);
        put(Lang.ES, "(?:el|la|los|las|un|una|su)\\s+", "con", "(?:su|sus|el|la|los|las)", "[ye]", flags);
        put(Lang.DE, "(?:der|die|das|den|dem|ein|eine|einen)\\s+", "mit", "(?:seinem|seiner|seinen|ihrem|ihrer|ihren|dem|der|den)", "und", flags);
    }

    private static void put(Lang lang, String det, String with, String poss, String and, int flags) {
        String item = "(?:" + poss + "\\s*)?" + ITEM;
        String list = "(?:" + poss + "\\s*)?(?<list>" + ITEM + "(?:\\s*,\\s*" + item + ")*,?\\s+" + and + "\\s+" + item + ")";
        String thing = "(?:" + det + ")(?<o>" + WORD + "(?:\\s+" + WORD + ")?)";
        // outside brackets the thing's run must be followed by more of the record's list: "with their phone, date and price" is the record's
        ITEMS.put(lang, Pattern.compile("^" + thing + "\\s+" + with + "\\s+" + list + "\\s*,\\s*(?=\\S)", flags));
        BRACKETS.put(lang, Pattern.compile("^" + thing + "\\s*\\(\\s*" + with + "\\s+" + list + "\\s*\\)(?:\\s*,\\s*|$)", flags));
    }

    /**
     * The sentence with the item said as the thing alone, then the thing's own list ("Customer: name and account
     * number"); null when no item of the list after the heading is a kind-worthy thing said with two details.
     */
    static String[] split(Lang lang, String s) {
        Pattern items = ITEMS.get(lang);
        if (items == null || s.length() > MAX_SENTENCE || s.indexOf(':') < 0 && s.indexOf('-') < 0 && s.indexOf('–') < 0) {
            return null;
        }
        String t = END_MARKS.matcher(s.strip()).replaceAll("");
        Matcher h = HEAD.matcher(t);
        if (!h.matches() || !h.group("head").strip().contains(" ") || FOR_HEAD.matcher(h.group("head")).lookingAt()) {
            return null;
        }
        String rest = h.group("rest");
        int at = 0;
        while (at < rest.length()) {
            String from = rest.substring(at);
            for (Pattern p : new Pattern[] {BRACKETS.get(lang), items}) {
                Matcher m = p.matcher(from);
                if (!m.lookingAt()) {
                    continue;
                }
                String said = m.group("o").strip();
                String owner = owned(lang, said);
                if (owner == null || mixed(lang, m.group("list"))) {
                    continue;
                }
                String after = from.substring(m.end());
                String record = h.group("head") + h.group("sep") + rest.substring(0, at) + said
                        + (after.isEmpty() ? "" : ", " + after);
                return new String[] {record.strip() + ".", Text.capitalize(said) + ": " + m.group("list").strip() + "."};
            }
            int comma = rest.indexOf(',', at);
            if (comma < 0) {
                return null;
            }
            at = comma + 1;
            while (at < rest.length() && rest.charAt(at) == ' ') {
                at++;
            }
        }
        return null;
    }

    /** The thing as said when it (or its last word) is a kind-worthy noun and no occasion; else null. */
    private static String owned(Lang lang, String said) {
        String last = said.substring(said.lastIndexOf(' ') + 1);
        if (OwnerLists.occasion(lang, last) != null) {
            return null;
        }
        return OwnerLists.owner(lang, last) != null || OwnerLists.owner(lang, said) != null ? said : null;
    }

    private static final Map<Lang, Pattern> JOINS = new EnumMap<>(Lang.class);
    private static final Pattern ITEM_SPLIT = Pattern.compile("\\s*,\\s*|\\s+(?:and|et|y|e|und)\\s+", Pattern.CASE_INSENSITIVE);
    private static final int MAX_ITEM_WORDS = 5;

    static {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        JOINS.put(Lang.EN, Pattern.compile("\\b(?:also|plus|as well as|each|every|for example|for instance|e\\.g|who|which|that)\\b", flags));
        JOINS.put(Lang.FR, Pattern.compile("(?<!\\p{L})(?:aussi|également|egalement|ainsi que|plus|chaque|par exemple|qui|que)(?!\\p{L})", flags));
        JOINS.put(Lang.ES, Pattern.compile("(?<!\\p{L})(?:también|tambien|además|ademas|así como|asi como|más|cada|por ejemplo|que|quien)(?!\\p{L})", flags));
        JOINS.put(Lang.DE, Pattern.compile("(?<!\\p{L})(?:auch|außerdem|ausserdem|sowie|dazu|jede|jeder|jedes|zum beispiel)(?!\\p{L})", flags));
    }

    /** A run that goes over a joining word or a clause, or has an item too long to be a detail, is no thing's own list. */
    private static boolean mixed(Lang lang, String list) {
        if (JOINS.get(lang).matcher(list).find()) {
            return true;
        }
        for (String item : ITEM_SPLIT.split(list)) {
            if (Text.wordCount(item) > MAX_ITEM_WORDS) {
                return true;
            }
        }
        return false;
    }
}

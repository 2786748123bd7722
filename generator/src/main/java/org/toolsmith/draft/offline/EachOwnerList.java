package org.toolsmith.draft.offline;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of details said for every one of a party, after a record verb: "we also keep the name, contact name and
 * phone of each supplier", "on garde aussi nom, adresse et téléphone de chaque client", "guardamos nombre, correo y
 * teléfono de cada socio", "außerdem wollen wir Name, E-Mail und Telefon von jedem Kunden speichern". The each-word
 * says the party is many, each with the details: the sentence is read as the party's own list ("Supplier: name,
 * contact name and phone"), so the party becomes a kind with them instead of lending them to the record beside it.
 * Only for a noun of the party family of {@link DetailOwners} and a list that holds a detail of a person
 * (phone, e-mail, address, date of birth …); "the date and length of each visit" stays as it was.
 */
final class EachOwnerList {
    private EachOwnerList() {
    }

    private static final Pattern END_MARKS = Pattern.compile("[.!]+$");
    private static final String ITEM = "[^,;:()]{1,40}?";
    private static final Map<Lang, Pattern> SHAPES = new EnumMap<>(Lang.class);

    static {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        SHAPES.put(Lang.EN, Pattern.compile("^(?<lead>.*\\b(?:store|keep|record|note|log|track|save|hold|capture|know|have|list|enter|"
                + "(?:write|jot|take) down|(?:need|want|would like|'d like) (?=the |their ))\\s+(?:(?:the|their|also)\\s+)*)"
                + "(?<list>" + ITEM + "(?:\\s*,\\s*" + ITEM + ")*(?:,?\\s+and\\s+" + ITEM + "))"
                + "\\s+(?:of|for)\\s+(?:each|every)\\s+(?<p>\\p{L}[\\p{L}-]*)$", flags));
        SHAPES.put(Lang.FR, Pattern.compile("^(?<lead>.*\\b(?:garder|conserver|noter|enregistrer|avoir|conna[iî]tre|suivre|saisir|stocker|"
                + "retenir|consigner|garde|gardons|note|notons|enregistre|enregistrons|conserve|conservons|saisit|saisissons)\\s+"
                + "(?:(?:aussi|également|egalement|le|la|les|l')\\s*)*)"
                + "(?<list>" + ITEM + "(?:\\s*,\\s*" + ITEM + ")*(?:,?\\s+et\\s+" + ITEM + "))"
                + "\\s+(?:de|pour)\\s+chaque\\s+(?<p>\\p{L}[\\p{L}-]*)$", flags));
        SHAPES.put(Lang.ES, Pattern.compile("^(?<lead>.*\\b(?:guardar|anotar|registrar|tener|saber|conocer|apuntar|llevar|"
                + "guardamos|anotamos|registramos|apuntamos|tenemos)\\s+(?:(?:también|tambien|el|la|los|las)\\s+)*)"
                + "(?<list>" + ITEM + "(?:\\s*,\\s*" + ITEM + ")*(?:,?\\s+[ye]\\s+" + ITEM + "))"
                + "\\s+(?:de|para)\\s+cada\\s+(?<p>\\p{L}[\\p{L}-]*)$", flags));
        SHAPES.put(Lang.DE, Pattern.compile("^(?<lead>.*?\\b(?:wir|ich)\\s+(?:(?:auch|außerdem|ausserdem|noch|gern|gerne|zusätzlich)\\s+)*)"
                + "(?<list>" + ITEM + "(?:\\s*,\\s*" + ITEM + ")*(?:,?\\s+und\\s+" + ITEM + "))"
                + "\\s+(?:von|zu|für|fuer)\\s+(?:jedem|jeder|jeden|jedes)\\s+(?<p>\\p{L}[\\p{L}-]*)\\s+"
                + "(?:speichern|erfassen|notieren|festhalten|haben|wissen|aufnehmen|ablegen|hinterlegen|kennen)$", flags));
    }

    private static final Map<Lang, Pattern> TAILS = new EnumMap<>(Lang.class);

    static {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String list = "(?<list>" + ITEM + "(?:\\s*,\\s*" + ITEM + ")*(?:,?\\s+(?:and|et|[ye]|und)\\s+" + ITEM + "))";
        TAILS.put(Lang.EN, Pattern.compile("^(?<head>.{8,}?)\\s*[,;]?\\s+and\\s+(?:for|of)\\s+(?:the|each|every)\\s+(?<p>\\p{L}[\\p{L}-]*)"
                + "\\s*,?\\s+(?:(?:we|i)\\s+(?:also\\s+)?(?:note|keep|record|store|log|need|want)\\s+)?(?:the\\s+|their\\s+)?" + list + "$", flags));
        TAILS.put(Lang.FR, Pattern.compile("^(?<head>.{8,}?)\\s*[,;]?\\s+et\\s+pour\\s+(?:le|la|l'|chaque)\\s*(?<p>\\p{L}[\\p{L}-]*)"
                + "\\s*,?\\s+(?:on\\s+(?:note|garde|veut)\\s+)?(?:le\\s+|la\\s+|les\\s+|l')?" + list + "$", flags));
        TAILS.put(Lang.ES, Pattern.compile("^(?<head>.{8,}?)\\s*[,;]?\\s+y\\s+(?:del|de la|para el|para la|de cada)\\s+(?<p>\\p{L}[\\p{L}-]*)"
                + "\\s*,?\\s+(?:(?:anotamos|guardamos|apuntamos|registramos)\\s+)?(?:el\\s+|la\\s+|los\\s+|las\\s+)?" + list + "$", flags));
        TAILS.put(Lang.DE, Pattern.compile("^(?<head>.{8,}?)\\s*[,;]\\s+(?:und\\s+)?(?:zum|zur|für den|für die|fuer den|beim|bei der|vom|von der)\\s+(?<p>\\p{L}[\\p{L}-]*)"
                + "\\s*,?\\s+(?:(?:notieren|speichern|erfassen)\\s+wir\\s+)?" + list + "$", flags));
    }

    /**
     * "… for the visit we note a, b, and for the customer the name, address and phone" ("…, et pour le client nom,
     * adresse et téléphone", "…, y del cliente nombre, dirección y teléfono", "…, zum Kunden Name, Adresse und Telefon"):
     * the sentence before the party and the party's own list, or null.
     */
    static String[] split(Lang lang, String s) {
        Matcher m = partyList(TAILS.get(lang), lang, s);
        return m == null ? null : new String[] {m.group("head").strip(), ownList(lang, m)};
    }

    /** The sentence as the party's own list ("Supplier: name, phone and e-mail"), or the sentence as it was. */
    static String rewrite(Lang lang, String s) {
        Matcher m = partyList(SHAPES.get(lang), lang, s);
        return m == null ? s : ownList(lang, m);
    }

    /** The match of a party's list in the sentence (without its end mark), when it names a party and a person's detail; else null. */
    private static Matcher partyList(Pattern p, Lang lang, String s) {
        if (p == null || s.length() > 300) {
            return null;
        }
        Matcher m = p.matcher(END_MARKS.matcher(s).replaceAll("").strip());
        return m.matches() && DetailOwners.isParty(lang, m.group("p")) && DetailOwners.holdsPersonDetail(lang, m.group("list").strip()) ? m : null;
    }

    /** "Supplier: name, phone and e-mail": the party, singular, and its list. */
    private static String ownList(Lang lang, Matcher m) {
        return Text.capitalize(Inflector.singular(lang, m.group("p"))) + ": " + m.group("list").strip();
    }
}

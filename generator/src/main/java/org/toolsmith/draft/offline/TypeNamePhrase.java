package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * A phrase that is nothing but the name of a kind of field, by word family, in four languages: money ("an amount in
 * euros", "un montant", "un importe", "Geldbetrag"), decimal ("a number with decimals", "nombre à virgule", "Kommazahl"),
 * whole number ("an integer", "un entier", "número entero", "Ganzzahl"), date, date and time, yes/no ("tick box", "case à
 * cocher", "casilla", "Häkchen"), long text, person, file, e-mail, phone, link, plain text, and a list to pick from with its
 * values ("a dropdown with A, B and C", "liste déroulante : A, B, C", "un desplegable con A y B", "Auswahl: A, B, C").
 *
 * <p>Said after a new field's name, with "as / comme / como / als" or in a bracket ("add Crates as an integer", "ajoute un
 * champ « Caisses » (entier)"), the phrase types that field and is no part of its name; after a colon only in a message
 * that opens with "new field" ({@link #plain}: "campo nuevo Llegada: fecha y hora"). A detail asked as a question
 * ("whether …", "si …") is left to its own readers. The whole rest of the item has to be such a phrase: a name that only starts with a type word
 * ("as a date of birth", "(price list attached)") is left alone.
 */
final class TypeNamePhrase {
    /** The type, and the values of a list. */
    record Said(FieldType type, List<String> options) {
    }

    /** The item's words without the type phrase, and what it said. */
    record Cut(RefineClause rest, Said said) {
    }

    private static final String ART = "(?:(?:a|an|one|some|un|une|del|una|uno|ein|eine|einen|einem|einer)\\s+)?";
    private static final String FIELD = "(?:\\s+(?:field|box|column|champ|case|colonne|campo|columna|feld|spalte))?";
    private static final String END = "(?:\\s+(?:please|pls|thanks|svp|stp|merci|por favor|porfa|gracias|bitte|danke))*\\s*[.!]?$";

    private record Family(Pattern words, FieldType type) {
    }

    /** In order: the first family whose words make up the whole phrase wins. */
    private static final List<Family> FAMILIES = List.of(
            family("(?:date(?:\\s*(?:and|&|\\+|/|with(?: the| a)?)\\s*time)|date-?time|timestamp"
                    + "|date\\s*(?:et|\\+|/|avec)\\s*(?:l')?heure|horodatage"
                    + "|fecha\\s*(?:y|\\+|/|con)\\s*(?:la\\s+)?hora"
                    + "|datum\\s*(?:und|mit|\\+|/)\\s*(?:der\\s+)?uhrzeit|zeitpunkt(?: mit datum und uhrzeit)?)", FieldType.DATETIME),
            family("(?:date|calendar date|fecha|datum|datumsfeld)", FieldType.DATE),
            family("(?:yes\\s*/\\s*no|yes or no|tick ?box|check ?box|checkbox|boolean|toggle|switch"
                    + "|oui\\s*/\\s*non|oui ou non|case a cocher|booleen"
                    + "|si\\s*/\\s*no|si o no|casilla(?: de verificacion)?|booleano"
                    + "|ja\\s*/\\s*nein(?:-?feld)?|ja oder nein|hakchen|checkbox|kontrollkastchen|ankreuzfeld)", FieldType.BOOLEAN),
            family("(?:money|amount(?: of money)?(?: in (?:euros?|dollars?|pounds?))?|currency(?: amount)?|price|sum"
                    + "|montant(?: en (?:euros?|€))?|prix|somme|(?:de l')?argent"
                    + "|importe(?: en euros?)?|precio|cantidad de dinero|dinero"
                    + "|geldbetrag|betrag(?: in euro)?|preis|wahrung|geld)", FieldType.MONEY),
            family("(?:decimal(?: number)?|number with decimals|decimal value"
                    + "|(?:nombre )?decimal|nombre a virgule|nombre avec (?:des )?decimales"
                    + "|numero (?:decimal|con decimales)|decimal"
                    + "|dezimalzahl|kommazahl|zahl mit (?:komma|nachkommastellen))", FieldType.DECIMAL),
            family("(?:whole number|integer|count|nombre entier|entier|numero entero|entero|ganze zahl|ganzzahl)", FieldType.INTEGER),
            family("(?:long(?:er)? text|multi-?line(?: text)?|text ?area|long text box|multi-?line text box"
                    + "|texte long|texte (?:sur plusieurs lignes|multilignes?)|zone de texte"
                    + "|texto largo|texto (?:de varias lineas|multilinea)|area de texto"
                    + "|langtext|lange[rn]? text|mehrzeilige[rsn]? text(?:feld)?|freitext \\(mehrzeilig\\))", FieldType.LONG_TEXT),
            family("(?:person(?: picker)?|person from the (?:staff list|team|directory)|user|staff member|colleague"
                    + "|personne(?: de l'equipe)?|utilisateur|collegue"
                    + "|persona(?: del equipo)?|usuario"
                    + "|person(?: aus dem team)?|benutzer|mitarbeiter(?:in)?)", FieldType.PERSON),
            family("(?:file(?: upload)?|upload|attachment|fichier|piece jointe|archivo|adjunto|datei|anhang|upload)", FieldType.FILE),
            family("(?:e-?mail(?: address)?|adresse (?:e-?mail|mail)|courriel|correo(?: electronico)?|e-?mail-?adresse)", FieldType.EMAIL),
            family("(?:phone(?: number)?|telephone(?: number)?|numero de telephone|telephone|(?:numero de )?telefono|telefonnummer|telefon)", FieldType.PHONE),
            family("(?:link|url|web address|web link|lien|adresse web|enlace|direccion web|webadresse|weblink)", FieldType.URL),
            family("(?:plain text|simple text(?: field)?|short text|text|texte(?: simple| court)?|simple champ texte|texto(?: normal| simple| corto)?"
                    + "|einfache[sr]? text(?:feld)?|normale[rn]? text|text)", FieldType.TEXT));

    /** A list to pick from, its values after it: "a dropdown with A, B and C", "liste déroulante : A, B", "Auswahl (A, B, C)". */
    private static final Pattern CHOICE = p("^" + ART + "(?:drop-?down(?: list| menu)?|pick ?list|list to pick from|choice(?: list)?|(?:fixed )?list|select(?: list)?"
            + "|liste deroulante|liste de choix|liste|choix|menu deroulant"
            + "|desplegable|lista(?: desplegable| de opciones)?|opciones|seleccion"
            + "|auswahl(?:feld|liste)?|dropdown|liste)"
            + "\\s*(?::|\\(|\\bwith\\b|(?<=choice) of\\b|\\bbetween\\b|\\bavec\\b|\\bentre\\b|\\bcon\\b|\\bmit\\b|\\bzwischen\\b)\\s*(.+?)\\)?" + END);

    /** Where the phrase starts: "as", a bracket or a colon after the name. */
    private static final Pattern LEAD = p("(?:\\s+(?:as|comme|como|als)\\s+|\\s*\\(\\s*)");
    /** The yes/no words {@code RefineDescriber} reads itself. */
    private static final Pattern OLDER_YES_NO = p("\\b(?:yes\\s*/\\s*no|y/n|true\\s*/\\s*false|oui\\s*/\\s*non|si\\s*/\\s*no|ja\\s*/\\s*nein|tick ?box|tick|checkbox|check ?box|yes or no)\\b");
    /** A detail said as a question ("whether …", "si …", "wer …"): its own readers name and type it. */
    private static final Pattern ASKED = p("^(?:whether|if|si|ob|who|qui|quien|wer|which|quel\\w*|cual\\w*|welche\\w*|how|combien|cuant\\w*|wie|when|quand|cuando|wann|what|que|was|where|ou|donde|wo)\\b");

    /** "new field Late fee: price", "nouveau champ X : date et heure", "campo nuevo X: precio", "neues Feld „X“ (Anhang)". */
    private static final Pattern NEW_FIELD = Pattern.compile("(?iu)(^|[.!?;]\\s+|\\n)\\s*(?:(?:a|an|one)\\s+)?(?:new (?:field|column)|add (?:a |an |one )?(?:new )?(?:field|column)"
            + "|nouveau champ|nouvelle colonne|(?:rajout|ajout)(?:e|ez|er) (?:un )?(?:nouveau )?champ"
            + "|campo nuevo|nuevo campo|columna nueva|nueva columna|(?:a[nñ]ad|agreg)(?:e|a|ir|ar) (?:un )?(?:nuevo )?campo"
            + "|neues feld|neue spalte)\\s*[:\\-–]?\\s*[\"'«„“‘]?\\s*((?:[^:()\"'«»„“”‘’.!?;,\\n]|(?<=\\p{L})['’](?=\\p{L})){1,60}?)\\s*[\"'»“”’]?\\s*(?::|\\(|\\s[-–]\\s)\\s*([^\\n.!?;]{1,120}?)\\s*(?=$|[.!?;](?:\\s|$)|\\n)");
    /** "can you add X on the Y? it should be an integer", "tu peux ajouter X ? ce sera un entier", "… hinzufügen? soll eine Ganzzahl sein". */
    private static final Pattern NEXT_SAYS = Pattern.compile("(?iu)^(.*\\b(?:add|adding|ajout\\p{L}*|rajout\\p{L}*|a[nñ]ad\\p{L}*|agreg\\p{L}*|hinzuf(?:ü|u|ue)g\\p{L}*|erg(?:ä|a|ae)nz\\p{L}*|aufnehm\\p{L}*|erfass\\p{L}*)\\b[^.!?\\n]*?)\\s*([.!?])\\s+"
            + "(?:(?:it|that|this|which)\\s+(?:should|must|needs to|has to|will|can|could)\\s+be|(?:it|that)(?:'s| is)|(?:should|must) be|ce sera|ca sera|ça sera|c'est|ce doit (?:ê|e)tre|(?:il|elle|ça|ca) doit (?:ê|e)tre|doit (?:ê|e)tre|ce serait"
            + "|que sea|debe ser|deber(?:í|i)a ser|tiene que ser|ser(?:á|a)|es"
            + "|(?:das |es )?(?:soll|sollte|muss)(?: (?:das|es))?)\\s+([^.!?\\n]{1,80}?)(?:\\s+(?:sein|werden))?\\s*([.!?]?)\\s*$");
    /** German "X bitte als Datum ergänzen": the name, then the type, then the verb of adding. */
    private static final Pattern DE_ALS = Pattern.compile("(?iu)^\\s*((?:\\p{L}[\\p{L}.-]*\\s+){0,4}?\\p{L}[\\p{L}.-]*)\\s+(?:bitte\\s+)?(?:noch\\s+)?als\\s+([^.!?\\n]{1,60}?)\\s+(?:noch\\s+)?"
            + "(?:erg(?:ä|a|ae)nzen|hinzuf(?:ü|u|ue)gen|aufnehmen|dazunehmen|anlegen)\\s*([.!]?)\\s*$");
    private static final java.util.Map<Lang, String> ADD = java.util.Map.of(Lang.EN, "add a field '%s' (%s)", Lang.FR, "ajoute un champ « %s » (%s)",
            Lang.ES, "añade un campo '%s' (%s)", Lang.DE, "füge ein Feld „%s“ (%s) hinzu");
    /** The German verb at the end of the clause ("… hinzufügen"), which the type goes before. */
    private static final Pattern LAST_WORD = Pattern.compile("(?iu)\\s+(\\p{L}+)$");
    private static final java.util.Map<Lang, String> AS = java.util.Map.of(Lang.EN, "as", Lang.FR, "comme", Lang.ES, "como", Lang.DE, "als");

    private TypeNamePhrase() {
    }

    /**
     * The message with a new field's type said apart from its name written as one addition: "new field X: price" → "add a
     * field 'X' (price)"; "can you add X? it should be an integer" → "can you add X as an integer?"; German "X bitte als
     * Datum ergänzen" → "füge ein Feld „X“ (Datum) hinzu". Only when the type words make up a whole type phrase.
     */
    static String plain(Lang lang, String message) {
        if (message == null || message.isBlank()) {
            return message;
        }
        Lang l = lang == null ? Lang.EN : lang;
        Matcher m = NEW_FIELD.matcher(message);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (m.find()) {
            String type = m.group(3).strip();
            if (m.group().indexOf('(', m.end(2) - m.start()) >= 0 && type.endsWith(")")) {
                type = type.substring(0, type.length() - 1).strip(); // "(integer)": the bracket's own end
            }
            if (whole(new RefineClause(type)) == null || m.group(2).isBlank()) {
                continue;
            }
            out.append(message, at, m.start()).append(m.group(1)).append(String.format(ADD.get(l), m.group(2).strip(), type));
            at = m.end();
        }
        String text = at == 0 ? message : out.append(message.substring(at)).toString();
        Matcher next = NEXT_SAYS.matcher(text);
        if (next.find() && whole(new RefineClause(next.group(3))) != null) {
            String first = next.group(1).stripTrailing();
            String said = next.group(3).strip();
            String as = l == Lang.DE ? AS.get(l) + " " + said : "(" + said.replaceFirst("(?iu)^(?:an?|une?|una|uno)\\s+", "") + ")";
            Matcher verb = l == Lang.DE ? LAST_WORD.matcher(first) : null;
            String joined = verb != null && verb.find() ? first.substring(0, verb.start()) + " " + as + " " + verb.group(1) : first + " " + as;
            text = joined + next.group(2);
        }
        if (l == Lang.DE) {
            Matcher als = DE_ALS.matcher(text);
            if (als.find() && whole(new RefineClause(als.group(2))) != null && !als.group(1).matches("(?iu).*\\b(?:bitte|kannst|k(?:ö|o)nnt|du|ihr|wir|sie|mach|ich)\\b.*")) {
                text = String.format(ADD.get(l), als.group(1).strip(), als.group(2).strip()) + als.group(3);
            }
        }
        return text;
    }

    private static Family family(String words, FieldType type) {
        return new Family(p("^" + ART + words + FIELD + END), type);
    }

    /** The type a whole phrase names (folded or not), or null. */
    static Said whole(RefineClause phrase) {
        String t = phrase.text.strip();
        if (t.endsWith(")") && !t.contains("(")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        Matcher choice = CHOICE.matcher(t);
        if (choice.find()) {
            RefineClause listed = new RefineClause(phrase.orig.strip()).group(choice, 1);
            List<String> values = listed == null ? List.of() : RefineText.values(listed.orig);
            if (values.size() >= 2 && values.stream().allMatch(v -> v.split("\\s+").length <= 3)) {
                return new Said(FieldType.CHOICE, values);
            }
            return null;
        }
        for (Family f : FAMILIES) {
            if (f.words().matcher(t).find()) {
                return new Said(f.type(), List.of());
            }
        }
        return null;
    }

    /** The item's words with the type phrase said after the name cut off, or null when there is none. */
    static Cut tail(RefineClause words) {
        if (words.match(ASKED).find()) {
            return null;
        }
        Matcher lead = words.match(LEAD);
        while (lead.find()) {
            if (lead.start() == 0) {
                continue;
            }
            RefineClause rest = words.sub(0, lead.start());
            RefineClause phrase = words.from(lead.end());
            if (rest.isEmpty() || phrase.isEmpty()) {
                continue;
            }
            boolean bracket = lead.group().contains("(");
            if (bracket && !phrase.text.strip().endsWith(")")) {
                continue;
            }
            Said said = whole(phrase);
            if (said != null && said.type() == FieldType.BOOLEAN && phrase.match(OLDER_YES_NO).find()) {
                // "(yes/no)", "(sí/no)", "tick box": the older yes/no reader names the field by its question
                return null;
            }
            if (said != null) {
                return new Cut(rest, said);
            }
        }
        return null;
    }
}

package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detail's values said in a clause of their own after its name, in chat edits (session 28, helper s28o): "a return
 * method, one of in person, by post or courier", "an impact field, which can be low, moderate or severe", "the purpose
 * with the values project, training or other", "a colour, choose from white, black or red", "a format, which is either
 * in person or online", "a level ranging from A1 to C2", "un champ impact, qui peut être faible, modéré ou grave", "une
 * catégorie avec les valeurs …", "la couleur, au choix blanc, noir ou gris", "un campo impacto, que puede ser bajo o
 * grave", "una categoría con los valores …", "el tipo, uno de …", "ein Feld Auswirkung, das gering oder schwer sein
 * kann", "eine Kategorie mit den Werten …", "die Zahlungsart ergänzen, entweder Karte oder bar". The clause is written as
 * the bracket the add readers know ("a return method (in person, by post, courier)"), so its values become the options
 * of the one detail and never several details, a new kind or part of the name.
 * <p>
 * The lead (but for "with the values …") must follow a comma, dash, colon or the end of a question; the list runs to
 * the end of its sentence, has two to twelve short values and none opens with an article ("either the manager or the
 * borrower" is no list of values). A range is read only between two steps of a known scale (sizes XS … XXL, language
 * levels A1 … C2).
 */
final class ValueClause {
    /** A lead that needs a separator before it: comma, dash, colon, or the end of a sentence or question. */
    private static final String LEADS = "(?:(?:it'?s|it is|they'?re|they are|which is|that is|which are)\\s+)?either"
            + "|(?:which|that)\\s+(?:can|could|may|might|will|would|should)\\s+(?:only\\s+)?be(?:\\s+one\\s+of)?"
            + "|(?:(?:it'?s|it is|which is|that is|always)\\s+)?one\\s+of(?:\\s+(?:these|the following))?"
            + "|(?:to\\s+)?(?:choose|pick|select)\\s+(?:from|between|among)|(?:chosen|picked|selected)\\s+from"
            + "|(?:qui|elle|il|[çc]a|cela)\\s+peu(?:t|vent|rait)\\s+(?:seulement\\s+)?(?:[êe]tre|valoir)|pouvant\\s+[êe]tre"
            + "|(?:[àa]\\s+)?choisir\\s+(?:parmi|entre)|parmi|au\\s+choix(?:\\s+(?:entre|parmi))?|soit|(?:c'est\\s+)?l'une?\\s+des?"
            + "|(?:que|el\\s+cual|la\\s+cual)\\s+pueden?\\s+(?:solo\\s+|s[óo]lo\\s+)?ser"
            + "|(?:a|para)\\s+elegir\\s+entre|(?:uno|una)\\s+de(?:\\s+(?:estos|estas|los\\s+siguientes|las\\s+siguientes))?|o\\s+bien"
            + "|zur\\s+Auswahl(?:\\s+stehen)?|(?:eine[rs]?|eins)\\s+von|entweder|wahlweise";
    /** A lead that names the values, read only after the end of a sentence or question: "? Options: …", ". Values are …". */
    private static final String NOUN_LEADS = "(?:the\\s+)?(?:possible\\s+)?(?:values|options|choices)\\s*(?::|(?:are|would be|will be|could be|should be)\\b)"
            + "|(?:les\\s+)?(?:valeurs|options|choix)(?:\\s+possibles)?\\s*(?::|(?:sont|seraient|seront)\\b)"
            + "|(?:los\\s+|las\\s+)?(?:valores|opciones)(?:\\s+posibles)?\\s*(?::|(?:son|ser[íi]an|ser[áa]n)\\b)"
            + "|(?:die\\s+)?(?:m[öo]glichen?\\s+)?(?:Werte|Optionen)\\s*(?::|(?:sind|w[äa]ren)\\b)";
    /** A lead that may follow the name directly: "with the values …", "avec les valeurs …", "con los valores …", "mit den Werten …". */
    private static final String WITH = "with\\s+(?:the\\s+)?(?:possible\\s+)?(?:values|options|choices)|avec\\s+(?:les|comme)\\s+(?:valeurs|options|choix)(?:\\s+possibles)?"
            + "|con\\s+(?:los|las)\\s+(?:valores|opciones)(?:\\s+posibles)?|mit\\s+den\\s+(?:Werten|Optionen|Auswahlm[öo]glichkeiten)";
    private static final Pattern LEAD = Pattern.compile("(?iu)(?<=[\\p{L}\\p{N}'’\"»”])(?:(\\s*(?:[,;:–—]|\\s-)\\s*)(?:(?:and|et|y|und)\\s+)?(" + LEADS + ")"
            + "|(\\s*[?.!]\\s+)(?:(?:and|et|y|und)\\s+)?(" + LEADS + "|" + NOUN_LEADS + ")"
            + "|\\s*,?\\s+(" + WITH + "))\\s*:?\\s+(?=\\S)");
    /** German relative clause: "ein Feld Auswirkung, das gering, mittel oder schwer sein kann". */
    private static final Pattern GERMAN_RELATIVE = Pattern.compile("(?iu)(?<=\\p{L})\\s*,\\s*(?:das|der|die|welche[rs]?)\\s+([^,.;!?()\\n]+(?:,\\s*[^,.;!?()\\n]+)*?)\\s+sein\\s+(?:kann|k[öo]nnen|darf|soll)\\b");
    /** A range between two steps of a scale: "ranging from S to XL", "de A1 à C2", "von XS bis XXL". */
    private static final Pattern RANGE = Pattern.compile("(?iu)(?<=[\\p{L}\\p{N}'’\"])\\s*,?\\s+(?:(?:ranging|going|running)\\s+)?(?:from|de|del|desde|von|allant\\s+de|que\\s+va\\s+de)\\s+"
            + "([A-Z0-9]{1,4})\\s+(?:to|through|à|a|al|hasta|bis)\\s+([A-Z0-9]{1,4})\\b");
    private static final List<List<String>> SCALES = List.of(
            List.of("XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL"),
            languageLevels());
    /** Where the list ends: the end of the sentence, a bracket, or a next edit joined by "and". */
    private static final Pattern LIST_END = Pattern.compile("(?iu)(?<!\\d)\\.|\\.(?!\\d)|[;!?\\n(]|,\\s*(?:and|et|y|und|also|aussi|tambi[ée]n|auch|plus)\\s"
            + "|\\s(?:and|et|y|und)\\s+(?:also\\s+)?(?:make|set|rename|remove|delete|drop|add|mark|rends|rendez|mets|ajoute|ajoutez|supprime|renomme|haz|pon|a[ñn]ade|quita|elimina|renombra|mach|macht|setze|f[üu]ge|entferne|benenne|l[öo]sche)\\b");
    private static final Pattern TRAIL = Pattern.compile("(?iu)[\\s,]*\\b(?:please|pls|thanks|thank you|stp|svp|merci|por favor|porfa|gracias|bitte|danke)\\s*$");
    /** A German verb closing the clause: the bracket goes before it ("die Zahlungsart (…) ergänzen"). */
    private static final Pattern GERMAN_LAST_VERB = Pattern.compile("(?iu)\\s+(?:erg[äa]nzen|erfassen|hinzuf[üu]gen|aufnehmen|haben|anlegen|eintragen|festhalten|notieren|speichern|vermerken|dazunehmen)$");
    /** The word "field" after the name: the bracket goes before it ("a return method (…) field"). */
    private static final Pattern FIELD_WORD = Pattern.compile("(?iu)\\s+(?:field|champ|campo|Feld)$");
    private static final Pattern SLASHES = Pattern.compile("(?iu)(?<=\\p{L})\\s*,\\s*(\\p{L}[\\p{L}-]*(?:\\s?/\\s?\\p{L}[\\p{L}-]*){2,11})\\s*(?=[.;!?\\n]|$)");
    private static final Pattern APPOSITIVE = Pattern.compile("(?iu)(?<=[\\p{L}\\p{N}'’\"»”])\\s*,\\s*(it'?s\\s+|it is\\s+|c'est\\s+|es\\s+|ist\\s+)?"
            + "((?:an?|une?|una?|ein|eine|einen)\\s+[^,.;!?()\\n]{2,40}?)\\s*(?=[.;!?\\n]|$)");
    private static final Set<org.toolsmith.spec.FieldType> APPOSITIVE_TYPES = Set.of(org.toolsmith.spec.FieldType.INTEGER, org.toolsmith.spec.FieldType.DECIMAL,
            org.toolsmith.spec.FieldType.MONEY, org.toolsmith.spec.FieldType.BOOLEAN, org.toolsmith.spec.FieldType.DATE, org.toolsmith.spec.FieldType.DATETIME);
    /** Where a new detail goes, closing the words before a type said after a comma: "to the orders", "aux prêts", "a los pedidos", "zu den Aufträgen". */
    private static final Pattern PLACE_AFTER = Pattern.compile("(?iu)\\s+(?:to|on|for|aux|au|à|sur|a|en|zu|bei|f[üu]r)\\s+(?:the\\s+|each\\s+|all\\s+|les\\s+|la\\s+|le\\s+|chaque\\s+|los\\s+|las\\s+|cada\\s+|den\\s+|der\\s+|jede[rmn]?\\s+)?\\p{L}+(?:\\s+\\p{L}+)?$");
    /** A German verb or particle closing the clause after the values: "… hinzu", "… ergänzen". */
    private static final Pattern GERMAN_TAIL = Pattern.compile("(?iu)\\s+(hinzu|dazu|erg[äa]nzen|hinzuf[üu]gen|aufnehmen|erfassen|anlegen)$");
    private static final Pattern SOIT = Pattern.compile("(?iu),?\\s+soit\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The pieces of a list as typed, split at commas, slashes and joining words. */
    private static final Pattern PIECES = Pattern.compile("(?iu)\\s*(?:[,;/]|\\s(?:and|or|et|ou|y|o|u|und|oder)\\s)\\s*");
    /** A flag word closing the words before the lead: what comes before is no name ("… tiene que ser obligatoria, y …"). */
    private static final Pattern FLAG_BEFORE = Pattern.compile("(?iu)\\b(?:required|mandatory|optional|compulsory|unique|obligatoire|obligatoires|optionnel\\w*|facultati\\w*|unique|"
            + "obligatori[oa]s?|opcional(?:es)?|[uú]nic[oa]s?|pflicht\\w*|optional|eindeutig)$");
    /** Words a value never starts with: an article or a possessive says a thing, not a value. */
    private static final Set<String> NO_VALUE_START = Set.of("a", "an", "the", "some", "any", "my", "our", "your", "their", "his", "her", "its",
            "un", "une", "le", "la", "les", "des", "du", "son", "sa", "ses", "leur", "leurs",
            "el", "los", "las", "unos", "unas", "su", "sus",
            "der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem", "sein", "seine", "ihr", "ihre");
    /** Words that make a piece a sentence, not a value. */
    private static final Set<String> NO_VALUE_WORD = Set.of("is", "are", "be", "was", "were", "should", "must", "can", "will", "field", "fields",
            "est", "sont", "être", "etre", "champ", "champs", "es", "son", "ser", "campo", "campos", "ist", "sind", "sein", "feld", "felder");

    private ValueClause() {
    }

    /** The message with each clause of values after a name written as a bracket after the name. */
    static String brackets(String message) {
        if (message == null || message.isEmpty()) {
            return message;
        }
        String out = typed(slashes(ranges(relatives(message))));
        Matcher m = LEAD.matcher(out);
        int from = 0;
        while (from < out.length() && m.find(from)) {
            String rewritten = rewrite(out, m);
            if (rewritten == null) {
                from = m.end();
                continue;
            }
            out = rewritten;
            m = LEAD.matcher(out);
            from = 0;
        }
        return out;
    }

    private static String rewrite(String text, Matcher m) {
        int listStart = m.end();
        Matcher end = LIST_END.matcher(text);
        int listEnd = end.find(listStart) ? end.start() : text.length();
        if (listEnd < text.length() && text.charAt(listEnd) == '(') {
            return null; // "Standard, Urgent (24h) and Hazard": a value with its own bracket is left to the list readers
        }
        String before = text.substring(0, m.start());
        Matcher flag = FLAG_BEFORE.matcher(before);
        if (flag.find()) {
            return null; // "el turno es obligatorio, y los valores son …": no name before the values
        }
        String lead = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : "";
        String list = TRAIL.matcher(text.substring(listStart, listEnd)).replaceFirst("").strip();
        String verbLast = "";
        Matcher tail = GERMAN_TAIL.matcher(list);
        if (tail.find()) {
            verbLast = " " + tail.group(1); // "füge eine Etage mit den Werten A, B und C hinzu": the verb's end is no value
            list = list.substring(0, tail.start());
        }
        if (lead.equalsIgnoreCase("soit")) {
            list = SOIT.matcher(list).replaceAll(", ");
        }
        List<String> values = values(list);
        if (values == null) {
            return null;
        }
        String sep = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : "";
        String mark = sep.contains("?") ? "?" : sep.contains("!") ? "!" : sep.contains(".") ? "." : "";
        String rest = verbLast + text.substring(listEnd);
        if (!mark.isEmpty() && !rest.isEmpty() && ".?!".indexOf(rest.charAt(0)) >= 0) {
            rest = mark + rest.substring(1);
        } else if (!mark.isEmpty()) {
            rest = mark + (rest.isEmpty() || Character.isWhitespace(rest.charAt(0)) ? "" : " ") + rest;
        }
        return place(before, values) + rest;
    }

    /** The name before the bracket, the bracket put before a closing German verb or a trailing "field". */
    private static String place(String before, List<String> values) {
        String bracket = " (" + String.join(", ", values) + ")";
        Matcher verb = GERMAN_LAST_VERB.matcher(before);
        if (verb.find()) {
            return before.substring(0, verb.start()) + bracket + before.substring(verb.start());
        }
        Matcher field = FIELD_WORD.matcher(before);
        if (field.find()) {
            return before.substring(0, field.start()) + bracket + before.substring(field.start());
        }
        return before + bracket;
    }

    /** The values of a list said as a clause, or null when it is no list of short values. */
    private static List<String> values(String list) {
        if (list.isEmpty() || list.indexOf('"') >= 0 && list.chars().filter(c -> c == '"').count() % 2 != 0) {
            return null;
        }
        for (String piece : PIECES.split(list)) {
            String[] words = SPACES.split(piece.strip());
            if (words.length > 0 && NO_VALUE_START.contains(RefineText.fold(words[0]))) {
                return null; // "a fixed list: …", "either the manager or the borrower": things, not values
            }
        }
        if (list.indexOf(':') >= 0) {
            return null;
        }
        List<String> values = RefineText.values(list);
        if (values.size() < 2 || values.size() > 12) {
            return null;
        }
        for (String v : values) {
            String[] words = SPACES.split(v.strip());
            if (v.isBlank() || words.length > 4 || v.length() > 40) {
                return null;
            }
            if (NO_VALUE_START.contains(RefineText.fold(words[0]))) {
                return null;
            }
            for (String w : words) {
                if (NO_VALUE_WORD.contains(RefineText.fold(w))) {
                    return null;
                }
            }
        }
        return values;
    }

    /** "ein Feld Auswirkung, das gering, mittel oder schwer sein kann": the relative clause of values as a bracket. */
    private static String relatives(String message) {
        Matcher m = GERMAN_RELATIVE.matcher(message);
        if (!m.find()) {
            return message;
        }
        List<String> values = values(m.group(1));
        if (values == null) {
            return message;
        }
        return place(message.substring(0, m.start()), values) + message.substring(m.end());
    }

    /** "add preferred shift, early/late/night": three or more single words joined by slashes closing the clause, after a comma. */
    private static String slashes(String message) {
        Matcher m = SLASHES.matcher(message);
        if (!m.find()) {
            return message;
        }
        return place(message.substring(0, m.start()), RefineText.values(m.group(1))) + message.substring(m.end());
    }

    /**
     * "add the deposit, an amount", "ajoute la caution, un montant": a whole type phrase after a comma, closing the clause,
     * is the detail's type (written as the bracket the add readers know), never a second detail. Only the families whose
     * words are no common detail names (numbers, amounts, decimals, yes/no, dates), said with an indefinite article.
     */
    private static String typed(String message) {
        Matcher m = APPOSITIVE.matcher(message);
        if (!m.find() || m.group(1) != null) { // "le devis, c'est un montant" retypes a field the app has: another reader's
            return message;
        }
        TypeNamePhrase.Said said = TypeNamePhrase.whole(new RefineClause(m.group(2)));
        if (said == null || !APPOSITIVE_TYPES.contains(said.type())) {
            return message;
        }
        String before = message.substring(0, m.start());
        Matcher where = PLACE_AFTER.matcher(before);
        int at = where.find() ? where.start() : before.length();
        // "add the unit price to the orders, an amount": the bracket goes after the name, before where it goes
        return before.substring(0, at) + " (" + m.group(2).strip() + ")" + before.substring(at) + message.substring(m.end());
    }

    /** "a size ranging from XS to XXL": the steps of the scale between the two, as a bracket. */
    private static String ranges(String message) {
        Matcher m = RANGE.matcher(message);
        if (!m.find()) {
            return message;
        }
        String a = m.group(1).toUpperCase(Locale.ROOT);
        String b = m.group(2).toUpperCase(Locale.ROOT);
        for (List<String> scale : SCALES) {
            int i = scale.indexOf(a);
            int j = scale.indexOf(b);
            if (i >= 0 && j > i) {
                return place(message.substring(0, m.start()), scale.subList(i, j + 1)) + message.substring(m.end());
            }
        }
        return message;
    }

    /** The six steps of the European language levels, A1 to C2. */
    private static List<String> languageLevels() {
        List<String> levels = new java.util.ArrayList<>();
        for (char band = 'A'; band <= 'C'; band++) {
            levels.add(band + "1");
            levels.add(band + "2");
        }
        return List.copyOf(levels);
    }
}

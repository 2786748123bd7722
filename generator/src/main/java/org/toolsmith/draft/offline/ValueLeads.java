package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What stands in front of a list of choice values and is not one ("people pick from morning, afternoon or
 * night", "it's either paid, pending or written off", "on choisit parmi A, B et C", "se elige entre A, B o C",
 * "man wählt aus A, B oder C"), and remarks after quoted values ("needs 'Waiting for parts' too, half the bikes
 * are stuck on that"): the words that lead to the values, and a remark beside quoted ones, are no values.
 */
final class ValueLeads {
    /** A verb of choosing and its preposition, or "either", before the first value. */
    private static final Pattern LEAD = Pattern.compile("(?iu)^(?:.{0,60}?\\b(?:pick(?:s|ed)?|choose|chooses|chosen|select(?:s|ed)?|tick(?:s|ed)?|choisi\\w*|choisit|coch\\w*|eleg\\w*|elig\\w*|escog\\w*|seleccion\\w*|w[äa]hl\\w*|ausw[äa]hl\\w*|ankreuz\\w*)\\s+"
            + "(?:(?:one|several|any|un|une|plusieurs|uno|una|varios|varias|einen|eine|mehrere)\\s+)?(?:(?:cases?|options?|items?)\\s+)?(?:from|among|between|out of|parmi|entre|de entre|aus|zwischen)"
            + "|(?:one|several|any|un|une|plusieurs|uno|una|varios|varias|einen|eine|mehrere)\\s+(?:(?:cases?|options?|items?|casillas?|opciones?|boxes)\\s+)?(?:among|parmi|entre|de entre|aus|zwischen)"
            + "|(?:between|among|parmi|de entre|zwischen)"
            + "|(?:(?:it'?s|it is|they'?re|they are|that'?s|c'est|ce sont|es|son|ist|sind)\\s+)?(?:either|soit|o bien|entweder))\\s+(?=\\S)");

    private ValueLeads() {
    }

    /** "…, nothing else", "…, c'est tout", "…, nada más", "…, sonst nichts": the list is the whole set, and that is no value. */
    private static final Pattern WHOLE_SET = Pattern.compile("(?iu)[,;.\\s-]+(?:and |et |y |und )?(?:nothing else|that's it|that is it|that's all|rien d'autre|c'est tout|nada m[aá]s|eso es todo|y ya|sonst nichts|mehr nicht|das war'?s)\\s*[.!]*$");

    private static final Pattern PLACE_AFTER_QUOTE = Pattern.compile("(?isu)^(.*['\"»”’])\\s*,?\\s+(?:(?:right|just|somewhere)\\s+)?"
            + "(?:between|after|before|next to|entre|apr[eè]s|avant|despu[eé]s de|antes de|zwischen|nach|vor)\\s+.{1,60}$");

    /** "… Invoiced at the end", "… last in the list", "… à la fin", "… al final", "… am Ende": where the value goes is no value. */
    private static final Pattern PLACE_AT_END = Pattern.compile("(?iu)(?<=\\S)\\s*,?\\s+(?:(?:right|just|somewhere|tout|ganz)\\s+)?"
            + "(?:at the (?:very )?(?:end|top|bottom|start|beginning|front)|(?:as the\\s+)?(?:last|first)(?:\\s+(?:one|option|value|choice|step|stage))?"
            + "|(?:à|a) la fin|au (?:début|debut)|en (?:premier|dernier)(?:\\s+lieu)?|(?:à|a) la suite"
            + "|al (?:final|principio|inicio)|(?:en\\s+)?(?:primer|último|ultimo) lugar|(?:de )?(?:primero|último|ultimo)"
            + "|am (?:ende|anfang|schluss)|ganz (?:oben|unten|hinten|vorne)|zuerst|zuletzt)"
            + "(?:\\s+(?:of|in|on|de|des|du|de la|del|de los|de las|en|der|des|in der|bei der|bei den|im|in den)\\s+(?:the\\s+|la\\s+|le\\s+|les\\s+|los\\s+|las\\s+|el\\s+|die\\s+|der\\s+|den\\s+)?[\\p{L}\\s-]{1,40}?)?"
            + "(?:\\s+(?:too|as well|also|please|aussi|stp|svp|también|tambien|porfa|bitte|noch|auch))*\\s*[.!]*$");

    /** "one of: a, b", "l'un de : a, b", "uno de: a, b", "eins von: a, b": the lead and its colon are no value. */
    private static final Pattern ONE_OF_COLON = Pattern.compile("(?iu)^(?:one|any|l'une?|uno|una|eins?|einer)\\s+(?:of|de|von)(?:\\s+(?:these|the following|ces|estos|estas|diesen))?\\s*:\\s*(?=\\S)");

    private static final Pattern OR_BEFORE = Pattern.compile("(?iu)(?:^|[\\s,])(?:or|and|ou|et|o|y|oder|und)$");

    /** The list without the words that lead to it, nor "nothing else" or where it goes after it. */
    static String cut(String list) {
        String l = ONE_OF_COLON.matcher(WHOLE_SET.matcher(list).replaceFirst("")).replaceFirst("");
        Matcher end = PLACE_AT_END.matcher(l);
        if (end.find() && !OR_BEFORE.matcher(l.substring(0, end.start())).find()) {
            // "vorne, Mitte oder hinten": after "or" the place word is the last value, not where the values go
            l = l.substring(0, end.start());
        }
        Matcher where = PLACE_AFTER_QUOTE.matcher(l);
        if (where.matches()) {
            // "'Pass with adjustment', between pass and fail": where the quoted value goes is no value
            l = where.group(1);
        }
        var m = LEAD.matcher(l);
        return m.find() && m.end() < l.length() ? l.substring(m.end()) : l;
    }

    /** When some values are quoted, an unquoted part of three words or more is a remark, not a value. */
    static List<String> quotedOnly(String[] parts, List<String> values) {
        if (parts.length != values.size() || java.util.Arrays.stream(parts).noneMatch(ValueLeads::quoted)) {
            return values;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (quoted(parts[i]) || parts[i].strip().split("\\s+").length < 3) {
                out.add(values.get(i));
            }
        }
        return out.isEmpty() ? values : out;
    }

    private static boolean quoted(String part) {
        return part.matches("(?s).*(?:^|\\s)['\"“‘«„][^'\"”’»“]{1,60}['\"”’»“](?:\\s.*|$)");
    }
}

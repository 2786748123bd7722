package org.toolsmith.draft.offline;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record kind's children said in the same sentence as its own fields: "We keep our vehicles with the plate and the
 * model, and for each vehicle a history of its repairs with the date and the cost", "…, et pour chacun ses
 * réparations : date, coût", "…, y para cada uno sus reparaciones: …", "…, und zu jedem davon die Reparaturen: …".
 * The "and for each" clause starts a sentence of its own, which the readers of "for each X …" take from there, and
 * "each of them" names the kind it stands for: the first plural noun after "a list of" / "our" before it.
 */
final class EachClauseSplit {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Map<Lang, Pattern> AND_EACH = Map.of(
            Lang.EN, Pattern.compile("\\s*,?\\s+and\\s+(?:then\\s+)?(for\\s+(?:each|every)\\s+)", F),
            Lang.FR, Pattern.compile("\\s*,?\\s+et\\s+(?:puis\\s+|ensuite\\s+)?((?:pour|de|à|a)\\s+(?:chaque|chacune?)\\s+)", F),
            Lang.ES, Pattern.compile("\\s*,?\\s+y\\s+(?:luego\\s+|despu[eé]s\\s+)?((?:para|por|de)\\s+cada\\s+)", F),
            Lang.DE, Pattern.compile("\\s*,?\\s+und\\s+(?:dann\\s+)?((?:zu|für|fur|bei)\\s+(?:jede[mnrs]?)\\s+)", F));

    /** "each of them", "chacun", "cada uno", "jedem davon": the kind is named before. */
    private static final Map<Lang, Pattern> EACH_OF_THEM = Map.of(
            Lang.EN, Pattern.compile("^(for\\s+(?:each|every))\\s+(?:one\\s+of\\s+them|of\\s+them|one)\\b", F),
            Lang.FR, Pattern.compile("^(pour\\s+chaque)\\s+(?:un|une)?(?=\\s)|^pour\\s+chacun(?:e)?(?:\\s+d'(?:eux|elles))?\\b", F),
            Lang.ES, Pattern.compile("^((?:para|por)\\s+cada)\\s+un[oa](?:\\s+de\\s+ell[oa]s)?\\b", F),
            Lang.DE, Pattern.compile("^((?:zu|für|fur|bei)\\s+jede[mnrs]?)\\s+davon\\b", F));

    /** Where the kind is named before: "a list of vehicles", "our vehicles", "la liste des véhicules", "nos véhicules". */
    private static final Map<Lang, Pattern> NAMED = Map.of(
            Lang.EN, Pattern.compile("\\b(?:list\\s+of|all|our|the)\\s+(?:(?:\\p{L}+)\\s+)??(\\p{L}+s)\\b", F),
            Lang.FR, Pattern.compile("\\b(?:liste\\s+des|nos|des|les|tous\\s+les|toutes\\s+les)\\s+(\\p{L}+[sx])\\b", F),
            Lang.ES, Pattern.compile("\\b(?:lista\\s+de(?:\\s+(?:los|las))?|nuestr[oa]s|los|las|todos\\s+los|todas\\s+las)\\s+(\\p{L}+s)\\b", F),
            Lang.DE, Pattern.compile("\\b(?:Liste\\s+(?:der|aller|unserer)|unsere|alle|die)\\s+(\\p{Lu}\\p{L}+)\\b", Pattern.UNICODE_CASE));

    /** "a history of its repairs", "l'historique de ses réparations", "die Historie der Proben": the records themselves. */
    private static final Pattern HISTORY = Pattern.compile("\\b(?:(?:a|the)\\s+(?:history|log)\\s+of(?=\\s+(?:its|their)\\s)"
            + "|l'historique\\s+(?:de\\s+(?=ses\\s|leurs\\s)|des\\s+)|el\\s+historial\\s+de(?=\\s+sus\\s)|el\\s+historial\\s+de\\s+(?=l[oa]s\\s)"
            + "|(?:die|eine)\\s+(?:Historie|Geschichte|Verlauf)\\s+der)\\s*", F);
    /** "over time", "au fil du temps", "con el tiempo", "mit der Zeit": when, never what. */
    private static final Pattern OVER_TIME = Pattern.compile("\\s+(?:over\\s+time|au\\s+fil\\s+du\\s+temps|con\\s+el\\s+tiempo|mit\\s+der\\s+Zeit)\\b", F);

    private static final Map<Lang, String> EACH = Map.of(Lang.EN, "for each", Lang.FR, "pour chaque", Lang.ES, "para cada", Lang.DE, "zu jedem");

    /**
     * "and then per contract the …", "und dann je Vertrag die …", "puis par contrat la …": a per-word after "and" or
     * "then", before a noun and an article, names records of that noun as "for each" does (group 1: the noun).
     */
    private static final Map<Lang, Pattern> THEN_PER = Map.of(
            Lang.EN, Pattern.compile("\\b(?:and\\s+then|and|then)\\s+per\\s+(?=(\\p{L}{3,})\\s+(?:the|its|their)\\s)", F),
            Lang.FR, Pattern.compile("\\b(?:et\\s+puis|et\\s+ensuite|puis|ensuite|et)\\s+par\\s+(?!exemple\\b|ailleurs\\b|contre\\b)(?=(\\p{L}{3,})\\s+(?:(?:la|le|les|sa|son|ses)\\s|l'))", F),
            Lang.DE, Pattern.compile("\\b(?:[uU]nd\\s+dann|[uU]nd|[dD]ann)\\s+(?:je|pro)\\s+(?=(\\p{Lu}\\p{L}{2,})\\s+(?:die|der|das|den|seine|ihre)\\s)",
                    Pattern.UNICODE_CASE));

    private EachClauseSplit() {
    }

    /** The per-clauses of {@link #THEN_PER} said as "for each" and, inside a sentence, started as a sentence of their own. */
    private static String thenPer(Lang lang, String text) {
        Pattern p = THEN_PER.get(lang);
        if (p == null) {
            return text;
        }
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        int previous = 0;
        while (m.find()) {
            if (HeadNames.TIME_UNITS.contains(Text.fold(m.group(1))) || HeadNames.TIME_UNITS.contains(Inflector.singularWord(lang, Text.fold(m.group(1))))) {
                // "and per month the total": a time, not records
                continue;
            }
            int sentenceStart = Text.sentenceStart(text, m.start());
            String before = text.substring(sentenceStart, m.start());
            int cut = m.start();
            while (cut > sentenceStart && (Character.isWhitespace(text.charAt(cut - 1)) || text.charAt(cut - 1) == ',')) {
                cut--;
            }
            String each = EACH.get(lang) + " ";
            if (before.isBlank()) {
                out.append(text, previous, m.start()).append(Text.capitalize(each)).append(" ");
            } else if (Text.wordCount(before) >= 4) {
                out.append(text, previous, cut).append(". ").append(Text.capitalize(each)).append(" ");
            } else {
                continue;
            }
            previous = m.end();
        }
        return previous == 0 ? text : out.append(text.substring(previous)).toString();
    }

    static String split(Lang lang, String text) {
        Pattern andEach = AND_EACH.get(lang);
        if (text == null || andEach == null) {
            return text;
        }
        text = thenPer(lang, OVER_TIME.matcher(text).replaceAll(""));
        // "l'historique des réparations" → "les réparations", "die Historie der Proben" → "die Proben"
        text = HISTORY.matcher(text).replaceAll(h -> Text.fold(h.group()).startsWith("l'historique des") ? "les "
                : Text.fold(h.group()).matches("^(?:die|eine) .*") ? "die " : "");
        Matcher m = andEach.matcher(text);
        StringBuilder out = new StringBuilder();
        int previous = 0;
        while (m.find()) {
            int sentenceStart = Text.sentenceStart(text, m.start());
            String before = text.substring(sentenceStart, m.start());
            if (Text.wordCount(before) < 4) {
                // "for each X and for each Y …": a short opening stays one sentence as written
                continue;
            }
            String each = m.group(1).strip();
            Matcher them = EACH_OF_THEM.get(lang).matcher(text.substring(m.start(1)));
            String head = each;
            int end = m.start(1) + each.length();
            if (them.lookingAt()) {
                String kind = namedBefore(lang, before);
                if (kind == null) {
                    continue;
                }
                head = EACH.get(lang) + " " + kind;
                end = m.start(1) + them.end();
            }
            out.append(text, previous, m.start()).append(". ").append(Text.capitalize(head));
            previous = end;
        }
        if (previous == 0) {
            return text;
        }
        out.append(text.substring(previous));
        return out.toString();
    }

    private static String namedBefore(Lang lang, String before) {
        Matcher n = NAMED.get(lang).matcher(before);
        return n.find() ? Inflector.singular(lang, n.group(1)) : null;
    }
}

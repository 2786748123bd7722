package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Field;

/**
 * What a German, Spanish or French sentence names by pointing back, rewritten to the name itself:
 * <ul>
 * <li>a new label said as what people call the field, with a word of naming: "niemand sagt „Vorfrist“,
 * alle sagen „Wiedervorlage“ – bitte so beschriften", "« Exposition » devrait s'intituler « Titre de
 * l'exposition »", "'Tarifa hora' lo llaman 'Precio/hora', mejor ponerlo así", "was als „Ergebnis“
 * hochgeladen wird, ist bei uns das Messprotokoll – bitte so nennen": the first quoted field is renamed
 * to the other name (quoted, or the noun after "ist bei uns das");</li>
 * <li>"das Feld", "die Spalte", "ce champ(-là)", "ese campo", and a demonstrative subject before a modal
 * ("…, die sollte also Pflicht sein", "…, die muss hinterlegt sein"): the field named last before it,
 * in the same sentence or the one before.</li>
 * </ul>
 */
final class NamedBack {
    private static final Pattern QUOTED = Pattern.compile("«\\s*([^«»]{1,60}?)\\s*»|„([^„“”\"]{1,60})[“”\"]|“([^“”]{1,60})”|\"([^\"]{1,60})\"|(?<![\\p{L}])'([^']{1,60})'(?![\\p{L}])");
    private static final Pattern NAMING = Pattern.compile("\\b(?:nenn\\w*|benenn\\w*|beschrift\\w*|heiss\\w*|sagen|sagt|bezeichn\\w*|titel|"
            + "llam\\w*|nombr\\w*|ponerlo asi|pon(?:ed|er)?(?:lo)? asi|podria poner|poned|figura|"
            + "intitul\\w*|appel\\w*|libelle|lire|ecrire|terme|nommer)\\b");
    private static final Pattern EXPLICIT = Pattern.compile("\\b(?:renomm\\w*|umbenenn\\w*|renombr\\w*|rename\\w*)\\b");
    private static final Pattern IS_OURS = Pattern.compile("\\b(?:ist|sind)\\s+(?:bei uns|eigentlich|in wirklichkeit)\\s+(?:der|die|das)\\s+(\\S+)");
    private static final Pattern THAT_FIELD = Pattern.compile("(?iu)\\b(?:das feld|dieses feld|die spalte|diese spalte|dieses datum|"
            + "ese campo|este campo|esa columna|esta columna|ese dato|"
            + "ce champ(?:-la)?|cette colonne|cette case|cette donnee)\\b");
    private static final Pattern DE_BACK = Pattern.compile("(?<=[,;–—-]\\s{0,3}|^)(die|der|das)\\s+(?=(?:sollte|soll|muss|musste|kann|konnte|darf|sollten|mussen)\\s+(?:\\S+\\s+){0,6}?(?:pflicht\\w*|raus|weg|entfernt|geloscht|gestrichen|hinterlegt|ausgefullt|angegeben|eingetragen|optional)\\b)");

    private NamedBack() {
    }

    static String rewrite(RefineSession s, String message) {
        if (s.lang != Lang.DE && s.lang != Lang.ES && s.lang != Lang.FR || message == null || message.isBlank()) {
            return message;
        }
        StringBuilder out = new StringBuilder();
        Matcher sentences = Pattern.compile("[^.!?\\n]+(?:[.!?\\n]+|$)").matcher(message);
        String before = "";
        while (sentences.find()) {
            String sentence = sentences.group();
            String renamed = rename(s, sentence);
            String said = renamed != null ? renamed : pointBack(s, before, sentence);
            out.append(said);
            before = sentence;
        }
        return out.toString();
    }

    private static String rename(RefineSession s, String sentence) {
        RefineClause c = new RefineClause(sentence);
        if (!c.match(NAMING).find() || c.match(EXPLICIT).find()) {
            // an explicit "renomme X en Y" is the readers' (with the rest of its sentence)
            return null;
        }
        Matcher q = QUOTED.matcher(c.orig);
        Field old = null;
        String oldLabel = null;
        String fresh = null;
        while (q.find()) {
            String term = (q.group(1) != null ? q.group(1) : q.group(2) != null ? q.group(2) : q.group(3) != null ? q.group(3) : q.group(4) != null ? q.group(4) : q.group(5)).strip();
            RefineMatcher.FieldRef f = RefineResolver.field(s, new RefineClause("\"" + term + "\""));
            boolean known = f != null && f.score() >= 0.99 && RefineText.fold(f.field().label()).equals(RefineText.fold(term));
            if (old == null && known) {
                old = f.field();
                oldLabel = term;
            } else if (old != null && !known && !isValue(s, term)) {
                fresh = term;
            }
        }
        if (old != null && fresh == null && s.lang == Lang.DE) {
            Matcher ours = c.match(IS_OURS);
            if (ours.find()) {
                fresh = c.group(ours, 1).orig.replaceAll("[^\\p{L}\\p{N}-]+$", "");
            }
        }
        if (old == null || fresh == null || fresh.isBlank() || fresh.split("\\s+").length > 5) {
            return null;
        }
        String end = sentence.replaceAll("^.*?([.!?;\\n\\s]*)$", "$1");
        String lead = sentence.replaceAll("^(\\s*).*$", "$1");
        return lead + switch (s.lang) {
            case DE -> "„" + oldLabel + "“ in „" + fresh + "“ umbenennen";
            case ES -> "renombra '" + oldLabel + "' a '" + fresh + "'";
            default -> "renomme « " + oldLabel + " » en « " + fresh + " »";
        } + (end.isEmpty() ? "" : end);
    }

    private static boolean isValue(RefineSession s, String term) {
        String t = RefineText.fold(term);
        return s.spec.entities().stream().flatMap(e -> e.fields().stream()).flatMap(f -> f.options().stream())
                .anyMatch(o -> RefineText.fold(o).equals(t));
    }

    /** "…, das Feld kann raus", "…, die sollte also Pflicht sein": the field named just before. */
    private static String pointBack(RefineSession s, String before, String sentence) {
        RefineClause c = new RefineClause(sentence);
        Matcher that = c.match(THAT_FIELD);
        boolean demonstrative = that.find() && !c.from(that.end()).orig.matches("^\\s*[«\"'„“].*");
        Matcher back = s.lang == Lang.DE ? c.match(DE_BACK) : null;
        boolean subject = back != null && back.find();
        if (!demonstrative && !subject) {
            return sentence;
        }
        int at = demonstrative ? that.start() : back.start();
        int end = demonstrative ? that.end() : back.end(1);
        // the field this sentence spoke of first ("Die Farbe sieht jeder am Auto, das Feld kann weg"), else the last one before it
        String label = at > 0 ? field(s, c.sub(0, at).orig, true) : null;
        label = label != null ? label : field(s, before, false);
        if (label == null) {
            return sentence;
        }
        String quoted = s.lang == Lang.DE ? "„" + label + "“ " : s.lang == Lang.ES ? "'" + label + "' " : "« " + label + " » ";
        return c.sub(0, at).orig + (at > 0 ? " " : "") + quoted + c.from(end).orig + sentence.replaceAll("^.*?(\\s*)$", "$1");
    }

    private static String field(RefineSession s, String text, boolean first) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<RefineMentions.Hit> named = RefineMentions.of(s, new RefineClause(text)).fields.stream().filter(h -> !h.weak()).toList();
        List<RefineMentions.Hit> full = named.stream().filter(RefineMentions.Hit::full).toList();
        // a label's telling part is enough ("die Auflösung" for "Auflösung (dpi)") when nothing is named whole
        List<RefineMentions.Hit> hits = full.isEmpty() ? named : full;
        java.util.Comparator<RefineMentions.Hit> order = java.util.Comparator.comparingInt(RefineMentions.Hit::at);
        return (first ? hits.stream().min(order) : hits.stream().max(order)).map(h -> h.field().label()).orElse(null);
    }
}

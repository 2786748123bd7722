package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * The words of one new field cut down to the thing a careful person would name, in four languages:
 * the unit it is counted in ("la durée en minutes", "Dauer in Minuten" → Durée, Dauer; the unit types
 * it), where it is written ("the lock code somewhere"), what it is for ("el proveedor para las
 * incidencias", "for the annual report") and a remark in brackets ("(la direction veut vérifier …)")
 * are not part of its name. What is left goes on to the kind and type readers as before.
 */
final class FieldLabelTrim {
    /** The words left and the type their unit gives, or null when no unit was cut. */
    record Trimmed(RefineClause words, FieldType unitType, String kind) {
        Trimmed(RefineClause words, FieldType unitType) {
            this(words, unitType, null);
        }
    }

    /** "sur chaque arrosage les nuisibles", "on each visit the weather": the kind in front of the thing. */
    private static final Pattern EACH_FRONT = Pattern.compile("(?iu)^(?:on|for|in|at|sur|pour|dans|a|à|en|para|bei|für|fur)\\s+(?:each|every|chaque|cada|jede[rsmn]?)\\s+(\\p{L}[\\p{L}-]*)\\s*,?\\s+(?=\\S)");

    private static final String UNIT_INTEGER = "minutes?|mins?|minutos?|minuten|days?|jours?|dias|días|tagen?|weeks?|semaines?|semanas?|wochen"
            + "|months?|mois|meses|monaten?|years?|ans|annees|années|anos|años|jahren?|pieces|pièces|stuck|stück|units|unites|unités|unidades|einheiten"
            + "|dpi|ppi|pixels?|px|rpm|bpm|tr/min|u/min";
    private static final String UNIT_DECIMAL = "hours?|heures?|horas?|stunden|degrees?|degres|degrés|grados?|grad|°c|celsius|kg|kilos?|kilograms?|kilogrammes?"
            + "|kilogramos?|kilogramm|grams?|grammes?|gramos?|gramm|litres?|liters?|litros?|litern?|km|kilometres?|kilometers?|kilomètres?|kilómetros?|kilometros?"
            + "|kilometern?|metres?|meters?|mètres?|metros?|metern?|cm|mm|percent|pour ?cent|por ?ciento|prozent|%|m2|m²"
            + "|ml|millilitres?|milliliters?|millilitros?|milliliter|mg|milligrams?|milligrammes?|miligramos?|milligramm|kwh|ppm|mph|miles?|meilen|millas?"
            + "|inch(?:es)?|pouces?|pulgadas?|zoll|feet|ft|knots?|noeuds?|nudos?|knoten";
    private static final String UNIT_MONEY = "euros?|eur|€|dollars?|\\$|pounds?|£|francs?|chf";
    private static final Pattern INTEGER_UNIT = Pattern.compile(RefineText.fold(UNIT_INTEGER));
    private static final Pattern MONEY_UNIT = Pattern.compile(UNIT_MONEY);
    /** "(expressed) in minutes", "en grados", "in Minuten", "als Zahl in Stunden": the unit after the thing. */
    private static final Pattern UNIT = Pattern.compile("(?iu)\\s*,?\\s*\\(?\\s*(?:expressed\\s+|counted\\s+|measured\\s+)?(?:in|en|als|in der|en el|en la)\\s+"
            + "(?:(?:the|les|los|las|des)\\s+)?(" + UNIT_INTEGER + "|" + UNIT_DECIMAL + "|" + UNIT_MONEY + ")(?![\\p{L}\\d])\\s*\\)?\\s*$");
    /** "somewhere", "quelque part", "en algún sitio", "irgendwo": where it is written, not its name. */
    private static final Pattern PLACE = Pattern.compile("(?iu)\\s+(?:somewhere(?:\\s+(?:else|in the app|here))?|anywhere|quelque part|en alg[uú]n (?:sitio|lado)|en alguna parte|irgendwo(?:\\s+hier)?)\\s*$");
    /** "for the annual report", "pour les reçus", "para las incidencias", "für die Ehrungen": what it is for. */
    private static final Pattern PURPOSE = Pattern.compile("(?iu)(?<=[\\p{L})])\\s*,?\\s+(?:for|pour|para|für|fur)\\s+(?:the|our|le|la|les|l'|nos|notre|el|los|las|nuestr[oa]s?|die|den|das|dem|der|unsere?[nm]?)\\s*\\S.*$");
    /** A name never ends in these words of a reason ("Reason for the delay" keeps its "for"). */
    private static final Pattern REASON_HEAD = Pattern.compile("(?iu)\\b(?:reasons?|why|motifs?|raisons?|motivos?|razon|razón|grund|gründe|begründung|budget|presupuesto|plan|planning|time|temps|tiempo|zeit)$");
    /** "a field for the gate code", "ein Feld für die Lieferadresse": the thing comes after "for". */
    private static final Pattern FIELD_WORD = Pattern.compile("(?iu)\\b(?:field|column|box|place|spot|space|room|slot|option|way|champ|colonne|case|zone|espace|campo|columna|casilla|espacio|feld|spalte|platz|kästchen|kastchen|eintrag)$");
    /** "wer für die Anfrage zuständig ist": a question the describer reads whole. */
    private static final Pattern QUESTION = Pattern.compile("^(?:who|what|which|when|how|whether|if|qui|quel|quelle|quand|comment|si|quien|quién|que|cual|cuando|como|wer|was|welche[rsmn]?|wann|wie|ob)\\b");
    /** Words that link the sentence ("dagegen", "en revanche", "however") or a wish ("hätte gern", "would like") in front of the thing. */
    private static final Pattern LEAD = Pattern.compile("(?iu)^(?:(?:und|and|et|y)\\s+)?(?:(?:dagegen|außerdem|ausserdem|jedoch|hingegen|allerdings|zudem|also|en revanche|par contre|cependant|pourtant|sin embargo|en cambio|además|ademas|however|though|instead)\\b\\s*,?\\s*"
            + "|(?:hätte|hätten|bräuchte|bräuchten|möchte|möchten|would (?:also )?like|'d (?:also )?like|voudrait|voudraient|aimerait|querría|quisiera)\\s+(?:(?:gern|gerne|aussi|also|también|noch|auch)\\s+)*)+");
    private static final Pattern BRACKET = Pattern.compile("\\s*\\(([^()]{3,})\\)\\s*$");

    private FieldLabelTrim() {
    }

    /**
     * The item's words without a unit, a place, a purpose or a remark in brackets after the thing; the
     * kind those words name is left in place for the kind readers ("… for each volunteer").
     */
    static Trimmed trim(RefineSession s, RefineClause words) {
        if (words == null || words.isEmpty()) {
            return new Trimmed(words, null);
        }
        Matcher front = EACH_FRONT.matcher(words.orig.strip());
        if (words.orig.contains(":")) {
            // values after a colon stay as typed; only a kind in front is taken off
            return front.find() && sureKind(s, front.group(1)) != null
                    ? new Trimmed(new RefineClause(words.orig.strip().substring(front.end())), null, sureKind(s, front.group(1)).key())
                    : new Trimmed(words, null);
        }
        String text = LEAD.matcher(words.orig.strip()).replaceFirst("");
        if (text.isBlank()) {
            return new Trimmed(new RefineClause(""), null);
        }
        String kind = null;
        Matcher each = EACH_FRONT.matcher(text);
        if (each.find() && sureKind(s, each.group(1)) != null) {
            kind = sureKind(s, each.group(1)).key();
            text = text.substring(each.end());
        }
        if (ChatterClause.remark(s.lang, text)) {
            // "das ist für die Versicherung": a remark whole, which the label check leaves out
            return new Trimmed(words, null);
        }
        Matcher bracket = BRACKET.matcher(text);
        if (bracket.find() && bracket.start() > 0 && ChatterClause.remark(s.lang, bracket.group(1).strip())) {
            // "la durée en minutes (la direction veut vérifier …)": a remark, not a hint of its type or values
            text = text.substring(0, bracket.start());
        }
        Matcher place = PLACE.matcher(text);
        if (place.find() && place.start() > 0) {
            text = text.substring(0, place.start());
        }
        Matcher purpose = PURPOSE.matcher(text);
        if (purpose.find() && purpose.start() > 0 && !REASON_HEAD.matcher(text.substring(0, purpose.start()).strip()).find()
                && !FIELD_WORD.matcher(text.substring(0, purpose.start()).strip()).find() && !QUESTION.matcher(RefineText.fold(text)).find()
                && text.substring(purpose.start()).strip().split("\\s+").length <= 6 && !namesKind(s, text.substring(purpose.start()))) {
            text = text.substring(0, purpose.start());
        }
        FieldType unitType = null;
        Matcher unit = UNIT.matcher(text);
        if (unit.find() && unit.start() > 0 && text.substring(0, unit.start()).strip().split("\\s+").length >= 1
                && !text.substring(0, unit.start()).strip().isEmpty()) {
            String u = RefineText.fold(unit.group(1));
            unitType = INTEGER_UNIT.matcher(u).matches() ? FieldType.INTEGER : MONEY_UNIT.matcher(u).matches() ? FieldType.MONEY : FieldType.DECIMAL;
            text = text.substring(0, unit.start());
        }
        text = text.strip();
        if (text.isEmpty() || text.equals(words.orig.strip())) {
            return new Trimmed(words, unitType);
        }
        return new Trimmed(new RefineClause(text), unitType, kind);
    }

    /** "el proveedor del equipo", "der Preis der Pflanze", "la date d'inscription de l'élève": the kind that owns the thing, after it. */
    private static final Pattern OWNER = Pattern.compile("(?iu)\\s+(?:of|de|du|des|de la|de l'|d'|del|de los|de las|der|des|vom|von der|von den|von dem|von)\\s*"
            + "(?:(?:the|each|every|its|chaque|cada|le|la|les|l'|el|los|las|dem|den|der|die|das|jede[rsmn]?|jedes)\\s*)?(\\p{L}[\\p{L}-]*)(\\s*\\([^()]*\\))?\\s*$");

    /**
     * The kind named as the owner of the thing ("X del equipo", "X der Pflanze") when the readers of
     * kinds found none, with the owner taken out of the words; or null.
     */
    static RefineResolver.Scoped owner(RefineSession s, RefineClause part) {
        return owner(s, part, null);
    }

    /** As {@link #owner(RefineSession, RefineClause)}, for items said for the kind {@code hinted} ("en cada contratación …"). */
    static RefineResolver.Scoped owner(RefineSession s, RefineClause part, String hinted) {
        if (hinted != null && s.entity(hinted) != null && !s.originalEntities.contains(hinted)) {
            return null; // "(nombre, CIF y el email del departamento de recobros)" listed for a kind just made: that kind's own
        }
        Matcher m = OWNER.matcher(part.orig);
        if (!m.find() || m.start() == 0 || QUESTION.matcher(RefineText.fold(part.orig.strip())).find()) {
            return null;
        }
        org.toolsmith.spec.Entity e = sureKind(s, m.group(1));
        if (e == null && s.lang == Lang.DE && m.group(1).matches("(?iu).{3,}e?s")) {
            // "des Geräts", "des Projektes": the German genitive ending
            e = sureKind(s, m.group(1).replaceAll("(?iu)e?s$", ""));
        }
        if (e == null) {
            return null;
        }
        String rest = part.orig.substring(0, m.start()) + (m.group(2) == null ? "" : m.group(2));
        if (rest.isBlank()) {
            return null;
        }
        String main = RefineResolver.targetEntity(s, hinted);
        var from = s.entity(main);
        String ownerKey = e.key();
        boolean linked = from != null && from.fields().stream().anyMatch(f -> ownerKey.equals(f.target()));
        if (linked && !e.key().equals(RefineResolver.describedKind(s, main, new RefineClause(rest)))) {
            // "una foto del artículo" on a loan of the article: the loan's photo, unless the words describe the article itself
            return null;
        }
        return new RefineResolver.Scoped(new RefineClause(rest.strip()), e.key());
    }

    /** A kind named by the word, surely (its name or plural, or the glossary's word for it). */
    private static org.toolsmith.spec.Entity sureKind(RefineSession s, String word) {
        RefineMatcher.EntityRef r = RefineMatcher.entity(s.spec, word);
        if (r != null && r.score() >= 0.99) {
            return r.entity();
        }
        if (s.glossary != null) {
            for (String alt : s.glossary.alternatives(word)) {
                RefineMatcher.EntityRef t = RefineMatcher.entity(s.spec, alt);
                if (t != null && t.score() >= 0.99) {
                    return t.entity();
                }
            }
        }
        return null;
    }

    /** A remark in brackets after the thing ("(la direction veut vérifier …)") is dropped; hints and values stay. */
    static String tail(RefineSession s, String tail) {
        Matcher bracket = BRACKET.matcher(tail);
        return bracket.matches() && ChatterClause.remark(s.lang, bracket.group(1).strip()) ? "" : tail;
    }

    /** The type a unit gives to what the describer read, when that is a plain number or text. */
    static FieldType typed(FieldType read, FieldType unitType) {
        if (unitType == null) {
            return read;
        }
        // a long text or a file is never counted in a unit ("the resolution in dpi", "the scan resolution in dpi"); a measure
        // unit says a "total" is no amount of money
        return read == FieldType.TEXT || read == FieldType.LONG_TEXT || read == FieldType.FILE || read == FieldType.INTEGER || read == FieldType.DECIMAL
                || read == FieldType.MONEY && unitType != FieldType.INTEGER ? unitType : read;
    }

    private static boolean namesKind(RefineSession s, String words) {
        RefineResolver.Scoped scoped = RefineResolver.scope(s, new RefineClause("x " + words.strip()));
        return scoped.entityKey() != null;
    }
}

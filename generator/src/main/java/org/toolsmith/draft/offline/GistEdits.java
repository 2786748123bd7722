package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * Edits of a field that exists, said the long way ({@link RefineGist}): a new name ("everyone here says
 * „Wiedervorlage“ – please label it so"), a type said by what people type or need ("only takes whole numbers,
 * but some courses are 4,5 credits", "ohne Nachkommastellen", "should be picked, not typed: A, B and C"),
 * required said by what goes wrong when it is empty, removal said by uselessness.
 */
final class GistEdits {
    /** "call it X", "nennt es einfach X", "appelez-le X", "llamadlo X": a new name for the field the sentence names. */
    private static final Pattern CALL = p("\\b(?:call|name|label)\\s+(?:it|that|this|the field)\\s+(?:just\\s+|simply\\s+|instead\\s+)*"
            + "|\\b(?:nennt|nenne|nennen sie|nennen wir)\\s+(?:es|ihn|sie|das)\\s+(?:doch\\s+|bitte\\s+|einfach\\s+|lieber\\s+)*"
            + "|\\b(?:appele[rz]?|appelle[rz]?)[- ](?:le|la|les)\\s+(?:plutot\\s+|simplement\\s+)*|\\bappelons[- ](?:le|la)\\s+"
            + "|\\b(?:llamadlo|llamalo|llamala|llamadla|ponle de nombre|llamemoslo)\\s+(?:mejor\\s+|simplemente\\s+)*");
    private static final Pattern NEW_NAME = Pattern.compile("^[\"'«„“]?([\\p{L}][\\p{L}\\d'’-]*(?:\\s+[\\p{L}\\d'’-]+){0,2}?)[\"'»“”]?(?=\\s*(?:[,.;!?)]|$|\\s+(?:then|dann|so|alors|et|y|and|und|da|puis|asi|weil|because|porque|parce)\\b))");
    /** A new name said around a quoted one: "please label it so", "préféreraient lire « X »", "bitte so nennen", "alle sagen „X“". */
    private static final Pattern NAME_CUE = p("\\b(?:call(?:ed)?|name[ds]?|label(?:led)?|relabel|rename|says?|read|(?:so|ainsi|asi|that) (?:nennen|beschriften|benennen|heissen|bezeichnen)|"
            + "nennen|beschriften|umbenennen|benennen|heissen|sagen|sagt|bezeichnen|lire|appel\\w*|renomm\\w*|libelle|dit|disent|dire|llam\\w*|renombr\\w*|dicen|decimos|pone)\\b");
    /** "X ist bei uns das Y", "everyone calls it Y": the new name unquoted. */
    private static final Pattern IS_OUR = p("\\b(?:ist bei uns|heisst bei uns|is (?:really|actually) (?:the|our)|c'est (?:en fait|pour nous)|es (?:en realidad|para nosotros))\\s+(?:(?:das|der|die|the|le|la|l'|el)\\s*)?([\\p{L}-]+(?:\\s+[\\p{L}-]+)?)");
    private static final Pattern BECOME = p("\\b(?:should|must|could|needs? to|has to|would be better|better as|make it|as a|be a|be an|"
            + "devrai[te]|doit|mieux|plutot|en|comme|que ce soit|"
            + "deberia|debe|mejor|que sea|como|"
            + "sollte|soll|musste|muss|ware besser|lieber|als|eigentlich eine?)\\b");
    private record Typed(Pattern words, FieldType type) {
    }

    private static final List<Typed> TYPES = List.of(
            new Typed(p("\\b(?:whole numbers?|integers?|nombres? entiers?|entiers?|numeros? enteros?|enteros?|ganze zahl\\w*|ganzzahl\\w*)\\b"), FieldType.INTEGER),
            new Typed(p("\\b(?:decimals?|decimales?|decimaux|con decimales|avec (?:des )?decimales?|kommazahl\\w*|dezimalzahl\\w*|mit komma)\\b"), FieldType.DECIMAL),
            new Typed(p("\\b(?:long text|longer text|texte long|texto largo|langer text|langtext|freitext|paragraphs?|paragraphes?|parrafos?)\\b"), FieldType.LONG_TEXT),
            new Typed(p("\\b(?:yes ?/ ?no|tick ?box|check ?box|oui ?/ ?non|case a cocher|si ?/ ?no|casilla|ja ?/ ?nein|ankreuzfeld)\\b"), FieldType.BOOLEAN),
            new Typed(p("\\b(?:(?:a|real|proper|actual) numbers?|numbers? of|numeric|un (?:vrai )?nombre|numerique|un (?:numero|numero real)|numeric[oa]|eine? (?:richtige )?zahl|zahl in|numerisch)\\b"), FieldType.INTEGER));
    /** Units and sums that make a number a decimal. */
    private static final Pattern MEASURE = p("\\b(?:square|metres?|meters?|m2|kilos?|kg|grams?|litres?|liters?|hours?|heures?|horas?|stunden|km|metros?|kilogramm)\\b");
    /** "without decimals", "ohne Nachkommastellen", "whole hours": a whole number, said by what it is not. */
    private static final Pattern WHOLE_SAID = p("\\b(?:without (?:decimals|fractions)|no decimals|whole (?:numbers|hours|days|units)|rounded|sans (?:decimales?|virgule)|arrondi\\w*|"
            + "sin decimales|redonde\\w*|ohne (?:nachkommastellen|komma)|ganze (?:stunden|zahlen|tage)|runden)\\b");
    /** "only takes whole numbers", "solo admite números enteros", "n'accepte que des entiers": a whole number is the problem. */
    private static final Pattern WHOLE_PROBLEM = p("\\b(?:only (?:takes|accepts|allows)|solo (?:admite|acepta|permite)|n'accepte que|ne prend que|nimmt nur|erlaubt nur|akzeptiert nur)\\b");
    /** "should be picked, not typed", "auswählen statt eintippen", "three levels": a choice field, with its values said. */
    private static final Pattern PICK = p("\\b(?:pick(?:ed)?|choose|chosen|select(?:ed)?|drop-?down|levels|options|auswahl\\w*|auswahlen|wahlen|stufen|choisi\\w*|niveaux|liste|elegir|elegid[oa]|seleccion\\w*|niveles|desplegable|lista)\\b");
    /** "ne devrait jamais pouvoir rester vide", "can't be left empty", "leer bleiben", "sin él no debería poder guardarse": required. */
    private static final Pattern EMPTY = p("\\b(?:vide|vides|empty|blank|leer|vaci[oa]s?|sans (?:lui|elle|eux)|without (?:it|one|them)|ohne (?:angabe|ihn|sie|es)|sin (?:el|ella|ellos|ellas)|"
            + "(?:eingetragen|ausgefullt|angegeben|hinterlegt|gesetzt) (?:sein|werden) (?:muss|mussen|sollte|soll)|muss\\b.{0,40}\\b(?:hinterlegt|eingetragen|ausgefullt|angegeben) (?:sein|werden))\\b");
    private static final Pattern NEVER = p("\\b(?:never|not|can't|cannot|shouldn't|ne|n'|jamais|pas|nie|nicht|kein\\w*|no|nunca|ningun\\w*|muss|mussen|ohne|sin|without|sans)\\b");
    /** "brauchen wir nicht", "we don't need", "on n'en a pas besoin", "no lo necesitamos": a removal said as not needing it. */
    private static final Pattern NOT_NEEDED = p("\\b(?:brauch\\w* (?:wir|ich|man|keiner|niemand)(?: \\w+)? nicht|(?:don't|do not|no longer) need|n'(?:en )?(?:avons|a) (?:pas|plus) besoin|(?:no|ya no) (?:lo |la |los |las )?necesit\\w+|"
            + "kann raus|koennen raus|konnen raus|darf weg|peut (?:partir|sauter|disparaitre)|se puede quitar|puede desaparecer)\\b");
    private static final Pattern TABLE = p("\\b(?:table|tables|list|register|tableau|liste|registre|tabla|lista|registro|tabelle|liste|verzeichnis)\\b");
    private static final Pattern WEAK_REMOVAL = p("anymore|any more|nicht mehr|ya no|(?:no longer|not) \\w+|(?:on|nous) n'\\w+ plus|dejamos de|stopped \\w+");

    private GistEdits() {
    }

    /** "bitte das Feld „Packungen“ nennen", "préféreraient lire « Estimation gestionnaire »", "call it Borrower". */
    static boolean rename(RefineSession s, RefineClause c, RefineMatcher.FieldRef field) {
        if (FieldEditCues.rename(s, c, field)) {
            return true;
        }
        Matcher call = c.match(CALL);
        Matcher why = c.match(RefineIntake.WHAT_WE_CALL);
        if (call.find() && !(why.find() && why.start() <= call.start())) {
            // "that's what we call it here" says why a name was asked, it gives none
            Matcher name = NEW_NAME.matcher(c.from(call.end()).orig);
            String label = name.find() ? name.group(1).strip() : "";
            if (!label.isEmpty() && !RefineText.fold(label).matches("(?:it|es|le|la|lo|so|comme|como|wie|as|like)\\b.*")) {
                s.rename(field.entity().key(), field.field().key(), RefineText.capitalize(label));
                return true;
            }
        }
        if (!c.match(NAME_CUE).find()) {
            return false;
        }
        String fresh = null;
        for (String q : RefineText.quoted(c.orig)) {
            boolean known = s.spec.entities().stream().flatMap(e -> e.fields().stream()).anyMatch(f -> RefineText.fold(f.label()).equals(RefineText.fold(q)));
            if (!known && q.split("\\s+").length <= 4 && field.field().options().stream().noneMatch(o -> RefineText.fold(o).equals(RefineText.fold(q)))) {
                fresh = q;
            }
        }
        Matcher our = c.match(IS_OUR);
        if (fresh == null && our.find()) {
            fresh = c.group(our, 1).orig;
        }
        if (fresh == null || RefineText.fold(fresh).equals(RefineText.fold(field.field().label()))) {
            return false;
        }
        s.rename(field.entity().key(), field.field().key(), RefineText.capitalize(fresh.strip()));
        return true;
    }

    /** A type said of the field: after a cue of becoming, by what people type, or a list to pick from. */
    static boolean retype(RefineSession s, RefineClause c, RefineMatcher.FieldRef field, int at, RefineMentions named) {
        Matcher problem = c.match(WHOLE_PROBLEM);
        if (problem.find() && RefineCues.DECIMAL.matcher(c.text).find()) {
            // "only takes whole numbers, but some courses are 4,5 credits": decimals are what is missing, on the field named before the cue
            int cue = RefineMentions.wordIndex(c.text, problem.start());
            RefineMentions.Hit near = named.fields.stream().filter(h -> h.at() < cue && h.field().type() == FieldType.INTEGER)
                    .max(java.util.Comparator.comparingInt(RefineMentions.Hit::at)).orElse(null);
            if (near != null) {
                s.setType(near.entity().key(), near.field().key(), FieldType.DECIMAL, List.of(), null);
                return true;
            }
        }
        Field f = field.field();
        if (f.type() == FieldType.REFERENCE) {
            return false;
        }
        if (FieldEditCues.retype(s, c, field, at)) {
            return true;
        }
        if (c.match(WHOLE_SAID).find() && (f.type() == FieldType.DECIMAL || f.type() == FieldType.TEXT)) {
            s.setType(field.entity().key(), f.key(), FieldType.INTEGER, List.of(), null);
            return true;
        }
        if ((f.type() == FieldType.TEXT || f.type() == FieldType.BOOLEAN) && c.match(PICK).find()) {
            List<String> values = GistOptions.values(c, f);
            if (values.size() >= 2) {
                // "trois niveaux, normal, prioritaire et urgence vitale", "auswählen statt eintippen"
                s.setType(field.entity().key(), f.key(), FieldType.CHOICE, values, null);
                return true;
            }
        }
        Matcher become = c.match(BECOME);
        while (become.find()) {
            String after = c.text.substring(become.start(), Math.min(c.text.length(), become.end() + 45));
            for (Typed t : TYPES) {
                Matcher m = t.words().matcher(after);
                if (!m.find() || at >= 0 && RefineMentions.wordIndex(c.text, become.start() + m.start()) < at) {
                    // "il faudrait un numéro de téléphone du client": the field named after is whose the new thing is
                    continue;
                }
                FieldType type = t.type();
                if (type == FieldType.INTEGER && (MEASURE.matcher(c.text).find() || RefineCues.DECIMAL.matcher(c.text).find()) && !TYPES.get(0).words().matcher(after).find()) {
                    type = FieldType.DECIMAL;
                }
                if (f.type() == type) {
                    return false;
                }
                s.setType(field.entity().key(), f.key(), type, List.of(), null);
                return true;
            }
        }
        return false;
    }

    /** Required said by what goes wrong when the field is empty, or by the usual cues. */
    static boolean required(RefineSession s, RefineClause c, RefineMatcher.FieldRef field) {
        Matcher optional = c.match(RefineCues.OPTIONAL);
        Matcher required = c.match(RefineCues.REQUIRED);
        boolean opt = optional.find();
        boolean req = opt ? required.find(optional.end()) : required.find();
        if (opt && !req) {
            s.setRequired(field.entity().key(), field.field().key(), false);
            return true;
        }
        if (req && !opt && RefineCues.NEGATION.matcher(c.text.substring(Math.max(0, required.start() - 12), required.start())).find()) {
            // "the end doesn't need to be filled in": the cue denied
            s.setRequired(field.entity().key(), field.field().key(), false);
            return true;
        }
        if (req || c.match(EMPTY).find() && c.match(NEVER).find()) {
            // "… is optional on weekends, but let's keep it required": the last word wins
            s.setRequired(field.entity().key(), field.field().key(), true);
            return true;
        }
        return false;
    }

    /** "the separate table for storage places was a bad idea, nobody keeps it up – please delete it": a kind named with its table. */
    static boolean removeKind(RefineSession s, RefineClause c, RefineMentions named) {
        if (named.kinds.size() != 1 || !c.match(TABLE).find() || !removal(c)) {
            return false;
        }
        String key = named.kinds.get(0).entity().key();
        int before = s.spec.entities().size();
        // the sentence was checked above: it names the kind, its table and a removal (no further guard on the clause)
        s.clauseSaid = null;
        s.removeEntity(key);
        return s.spec.entities().size() < before;
    }

    static boolean notNeeded(RefineClause c) {
        return c.match(NOT_NEEDED).find();
    }

    /** A removal cue that asks for it, not one that only says something changed ("that doesn't fit any more"). */
    static boolean removal(RefineClause c) {
        if (c.match(NOT_NEEDED).find()) {
            return true;
        }
        Matcher m = c.match(RefineCues.REMOVE);
        while (m.find()) {
            if (!WEAK_REMOVAL.matcher(m.group()).matches()) {
                return true;
            }
        }
        return false;
    }
}

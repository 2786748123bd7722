package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.draft.DraftException;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/**
 * The last-resort reading of a whole message the rule readers found nothing in: long chatty messages
 * ("honestly the biggest headache is that we have no way to note the customer's phone, so …"). Each
 * sentence is read for the gist a careful person would take from it — one edit, said by a general cue
 * (a need, a lack, a wish, a removal, a "has to be filled in", a type said of a field) in English,
 * French, Spanish or German — and its target: a field or kind the sentence names, or for a new field the
 * noun phrase after the cue ({@link GistPhrase}). Sentences with no clear cue (context, reasons) change
 * nothing. Used only when nothing else changed the spec, so it cannot alter what the readers understand.
 */
final class RefineGist {
    /** "call it X", "nennt es einfach X", "appelez-le X", "llamadlo X": a new name for the field the sentence names. */
    private static final Pattern CALL = p("\\b(?:call|name|label)\\s+(?:it|that|this|the field)\\s+(?:just\\s+|simply\\s+|instead\\s+)*"
            + "|\\b(?:nennt|nenne|nennen sie|nennen wir)\\s+(?:es|ihn|sie|das)\\s+(?:doch\\s+|bitte\\s+|einfach\\s+|lieber\\s+)*"
            + "|\\b(?:appele[rz]?|appelle[rz]?)[- ](?:le|la|les)\\s+(?:plutot\\s+|simplement\\s+)*|\\bappelons[- ](?:le|la)\\s+"
            + "|\\b(?:llamadlo|llamalo|llamala|llamadla|ponle de nombre|llamemoslo)\\s+(?:mejor\\s+|simplemente\\s+)*");
    private static final Pattern NEW_NAME = Pattern.compile("^[\"'«„“]?([\\p{L}][\\p{L}\\d'’-]*(?:\\s+[\\p{L}\\d'’-]+){0,2}?)[\"'»“”]?(?=\\s*(?:[,.;!?)]|$|\\s+(?:then|dann|so|alors|et|y|and|und|da|puis|asi|weil|because|porque|parce)\\b))");
    /** A type said of a field that exists: "should really be a number", "ce serait mieux un vrai nombre entier". */
    private static final Pattern BECOME = p("\\b(?:should|must|could|needs? to|has to|would be better|better as|make it|as a|be a|be an|"
            + "devrai[te]|doit|mieux|plutot|en|comme|que ce soit|"
            + "deberia|debe|mejor|que sea|como|"
            + "sollte|soll|musste|muss|ware besser|lieber|als|eigentlich eine?)\\b");
    private static final List<Typed> TYPES = List.of(
            new Typed(p("\\b(?:whole numbers?|integers?|nombres? entiers?|entiers?|numeros? enteros?|enteros?|ganze zahl\\w*|ganzzahl\\w*)\\b"), FieldType.INTEGER),
            new Typed(p("\\b(?:decimals?|decimales?|decimaux|con decimales|avec (?:des )?decimales?|kommazahl\\w*|dezimalzahl\\w*|mit komma)\\b"), FieldType.DECIMAL),
            new Typed(p("\\b(?:long text|longer text|texte long|texto largo|langer text|langtext|freitext|paragraphs?|paragraphes?|parrafos?)\\b"), FieldType.LONG_TEXT),
            new Typed(p("\\b(?:yes ?/ ?no|tick ?box|check ?box|oui ?/ ?non|case a cocher|si ?/ ?no|casilla|ja ?/ ?nein|ankreuzfeld)\\b"), FieldType.BOOLEAN),
            new Typed(p("\\b(?:(?:a|real|proper|actual) numbers?|numbers? of|numeric|un (?:vrai )?nombre|numerique|un (?:numero|numero real)|numeric[oa]|eine? (?:richtige )?zahl|zahl in|numerisch)\\b"), FieldType.INTEGER));
    /** Units and sums that make a number a decimal: "square metres", "kilos", "hours", "add them up" stays whole. */
    private static final Pattern MEASURE = p("\\b(?:square|metres?|meters?|m2|kilos?|kg|grams?|litres?|liters?|hours?|heures?|horas?|stunden|km|metros?|kilogramm)\\b");

    private static final Pattern WEAK_REMOVAL = p("anymore|any more|nicht mehr|ya no|(?:no longer|not) \\w+|(?:on|nous) n'\\w+ plus|dejamos de|stopped \\w+");

    private record Typed(Pattern words, FieldType type) {
    }

    private RefineGist() {
    }

    /** Reads the message again for its gist on the spec as it came; true when that changed something. */
    static boolean read(RefineSession s, AppSpec spec) {
        if (s.message == null || s.message.length() > 600) {
            return false;
        }
        s.spec = spec;
        s.lastEntity = null;
        s.lastField = null;
        s.clauseEntity = null;
        s.lastIntent = null;
        s.previous = null;
        s.pendingLinks.clear();
        for (String sentence : sentences(s.message)) {
            RefineClause c = new RefineClause(sentence);
            if (c.text.split("\\s+").length < 4) {
                continue;
            }
            try {
                sentence(s, c);
            } catch (DraftException e) {
                // a part that names nothing is left out, as a person would let it pass
            }
        }
        return !s.changes.isEmpty();
    }

    static List<String> sentences(String message) {
        List<String> out = new ArrayList<>();
        for (String part : message.split("(?<=[.!?;])\\s+(?=\\S)|\\s*\\n+\\s*|\\s+[-–—]\\s+(?=\\S)")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static void sentence(RefineSession s, RefineClause c) {
        RefineMentions named = RefineMentions.of(s, c);
        List<RefineMentions.Hit> full = named.fields.stream().filter(RefineMentions.Hit::full).filter(h -> h.score() >= 0.99).toList();
        // a link field named like its kind ("beim Werkzeug") is the kind, when another field is named too
        RefineMentions.Hit field = full.stream().filter(h -> !(h.field().type() == FieldType.REFERENCE && full.size() > 1)).findFirst()
                .orElse(full.isEmpty() ? null : full.get(0));
        if (field != null && rename(s, c, field)) {
            return;
        }
        if (field != null && GistOptions.read(s, c, field)) {
            // "on fait aussi des cartes de visite et des bâches, et ça n'apparaît pas dans les supports"
            return;
        }
        if (field != null && retype(s, c, field)) {
            return;
        }
        if (field != null && named.options.isEmpty() && removal(c) && !c.match(RefineCues.REQUIRED).find() && !c.match(GistPhrase.ADD_CUE).find()) {
            // "nobody ever looks at the notes, they just clutter the screen, so you can get rid of them"
            s.removeField(field.entity().key(), field.field().key());
            return;
        }
        if (field != null && c.match(RefineCues.OPTIONAL).find()) {
            s.setRequired(field.entity().key(), field.field().key(), false);
            return;
        }
        if (field != null && c.match(RefineCues.REQUIRED).find()) {
            s.setRequired(field.entity().key(), field.field().key(), true);
            return;
        }
        GistPhrase.add(s, c, named);
    }

    /** A removal cue that asks for it, not one that only says something changed ("that doesn't fit any more"). */
    private static boolean removal(RefineClause c) {
        Matcher m = c.match(RefineCues.REMOVE);
        while (m.find()) {
            if (!WEAK_REMOVAL.matcher(m.group()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean rename(RefineSession s, RefineClause c, RefineMentions.Hit field) {
        Matcher call = c.match(CALL);
        if (!call.find()) {
            return false;
        }
        Matcher name = NEW_NAME.matcher(c.from(call.end()).orig);
        if (!name.find()) {
            return false;
        }
        String label = RefineText.capitalize(name.group(1).strip());
        if (RefineText.fold(label).matches("(?:it|es|le|la|lo|so|comme|como|wie|as|like)\\b.*")) {
            return false;
        }
        s.rename(field.entity().key(), field.field().key(), label);
        return true;
    }

    /** "Plot size is always typed differently, it should really be a number of square metres": the type said of the field. */
    private static boolean retype(RefineSession s, RefineClause c, RefineMentions.Hit field) {
        Matcher become = c.match(BECOME);
        while (become.find()) {
            // the type word close after the cue, and not the head of another thing ("un numéro de téléphone")
            String after = c.text.substring(become.start(), Math.min(c.text.length(), become.end() + 45));
            for (Typed t : TYPES) {
                Matcher m = t.words().matcher(after);
                if (!m.find() || RefineMentions.wordIndex(c.text, become.start() + m.start()) < field.at()) {
                    // "il faudrait un numéro de téléphone du client": the field named after is whose the new thing is
                    continue;
                }
                FieldType type = t.type();
                if (type == FieldType.INTEGER && (MEASURE.matcher(c.text).find() || RefineCues.DECIMAL.matcher(c.text).find()) && !TYPES.get(0).words().matcher(after).find()) {
                    type = FieldType.DECIMAL;
                }
                if (field.field().type() == type || field.field().type() == FieldType.REFERENCE) {
                    return false;
                }
                s.setType(field.entity().key(), field.field().key(), type, List.of(), null);
                return true;
            }
        }
        return false;
    }

    /** The kind a sentence puts new fields on: one it names ("each plot", "pour les concerts"), or null. */
    static String kind(RefineSession s, RefineMentions named) {
        Entity only = null;
        for (RefineMentions.Kind k : named.kinds) {
            if (only != null && !only.key().equals(k.entity().key())) {
                return null;
            }
            only = k.entity();
        }
        return only == null ? null : only.key();
    }
}

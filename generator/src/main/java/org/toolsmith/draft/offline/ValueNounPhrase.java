package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * A new choice value said inside a noun phrase with the word for what it is ("we now also have a cancelled
 * state", "a medium level in between", "a status called Returned", "el estado cancelado", "un statut annulé",
 * "le statut doit aussi pouvoir être annulé"): the value is the modifier of a head noun that is the choice
 * field's own label word or a generic word for a value (state, level, option, statut, niveau, estado,
 * nivel, Status, Stufe …), in a clause that says something is new or missing. The field is the one whose
 * label is that head, else the one choice field the clause names, else for a word of state the one choice
 * field called status.
 */
final class ValueNounPhrase {
    private static final String GENERIC = "states?|status(?:es)?|levels?|stages?|steps?|options?|values?|categor(?:y|ies)|types?|kinds?|tiers?|grades?"
            + "|etats?|statuts?|niveaux?|etapes?|valeurs?|categories?|estados?|nivel(?:es)?|etapas?|opcion(?:es)?|valor(?:es)?|categorias?|tipos?";
    private static final Set<String> STATE = RefineText.set("state", "states", "status", "statuses", "stage", "stages", "step", "steps", "etat", "etats",
            "statut", "statuts", "etape", "etapes", "estado", "estados", "etapa", "etapas");
    private static final Set<String> STATE_LABELS = RefineText.set("status", "state", "stage", "etat", "statut", "etape", "estado", "etapa", "fase", "phase", "zustand");
    /** Words that describe the value's coming, never the value itself. */
    private static final Set<String> NOT_VALUE = RefineText.set("new", "extra", "another", "other", "additional", "separate", "different", "proper", "own", "more",
            "second", "third", "fourth", "fifth", "sixth", "further", "one", "few", "some", "same", "whole", "missing", "possible", "current", "existing",
            "nouveau", "nouvel", "nouvelle", "autre", "deuxieme", "troisieme", "quatrieme", "propre", "meme",
            "nuevo", "nueva", "otro", "otra", "segundo", "tercer", "tercero", "cuarto", "propio", "mismo", "field", "column", "champ", "campo", "feld", "list", "liste", "lista",
            "should", "can", "could", "must", "may", "is", "are", "was", "has", "have", "needs", "need", "doit", "peut", "devrait", "est", "sont", "a", "ont",
            "debe", "puede", "deberia", "es", "esta", "son", "tiene", "hay", "falta", "manque",
            "it", "we", "they", "there", "you", "i", "il", "elle", "on", "nous", "ils", "elles", "se", "nos", "lo", "le", "la", "y", "ya", "je", "j");
    private static final String VALUE = "[\"'«“‘]?([\\p{L}][\\p{L}-]*(?:\\s[\\p{L}][\\p{L}-]*)?)[\"'»”’]?";
    /** "a cancelled state", "another 'on hold' option", "a medium level", "a 'Waiting on customer' status". */
    private static final Pattern BEFORE_HEAD = p("\\b(?:an?|the|another|one more|new|extra)\\s+(?:(?:new|extra|separate|additional)\\s+)?"
            + "(?:[\"'«“‘]([^\"'»”’]{2,40})[\"'»”’]|([\\p{L}][\\p{L}-]*(?:\\s[\\p{L}][\\p{L}-]*)?))\\s+(" + "HEAD" + ")\\b(?!\\s+(?:field|column)\\b)");
    /** "a status called Returned", "a fourth status for returns", "un statut « annulé »", "el estado cancelado", "un nivel intermedio". */
    private static final Pattern AFTER_HEAD = p("\\b(?:an?|the|another|new|le|la|l'|un|une|nouvel|nouveau|nouvelle|autre|el|una?|otro|otra|nuevo|nueva)\\s+(?:(?:new|extra|fourth|third|fifth|nouvel|nouveau|nouvelle|autre|nuevo|nueva|otro|otra|cuarto|tercer)\\s+)?"
            + "(" + "HEAD" + ")\\s+(?:(?:called|named|for|appele|nomme|pour|llamado|llamada|para|que se llame|de)\\s+|d')?" + VALUE);
    /** "le statut doit aussi pouvoir être annulé", "status can also be on hold", "el estado también puede ser anulado". */
    private static final Pattern CAN_BE = p("\\b(" + "HEAD" + ")\\s+(?:should|can|could|must|may|doit|peut|devrait|debe|puede|deberia)\\s+(?:also|aussi|egalement|tambien)\\s+(?:pouvoir\\s+)?(?:be|etre|ser|estar)\\s+" + VALUE);
    private static final Set<String> STOP_AFTER = RefineText.set("en", "de", "du", "des", "pour", "para", "dans", "con", "por", "que", "qui", "y", "et", "o", "ou", "for",
            "in", "on", "at", "and", "or", "when", "if", "since", "now", "too", "also", "aussi", "tambien", "los", "las", "les", "the", "to", "a", "as", "because", "ahora", "maintenant",
            "al", "del", "au", "aux", "last", "first",
            // a time said after the value: "le canal Web cette semaine", "el turno de noche este mes", "since this week"
            "this", "next", "today", "cette", "ce", "cet", "ces", "depuis", "este", "esta", "desde", "hoy");

    /** The connector "de"/"d'" between the head and the value ("el turno de noche", "une équipe de nuit"). */
    private static final Pattern OF = p("\\s+(?:de|d')\\s*");

    private ValueNounPhrase() {
    }

    /** Adds the value the clause names inside a noun phrase; true when it did. */
    static boolean read(RefineSession s, RefineClause c) {
        if (s.lang == Lang.DE) {
            // "bitte eine Nachtschicht ergänzen": the verb of adding counts here
            return (c.match(RefineCues.EXTEND).find() || c.match(ERGANZEN).find()) && compound(s, c);
        }
        if (!c.match(RefineCues.EXTEND).find()) {
            return false;
        }
        boolean any = false;
        for (Pattern shape : List.of(BEFORE_HEAD, CAN_BE, AFTER_HEAD)) {
            for (Entity e : s.spec.entities()) {
                for (Field f : e.fields()) {
                    if (!f.type().hasOptions() || f.options().isEmpty()) {
                        continue;
                    }
                    String own = RefineText.fold(f.label()).replaceAll("^.*\\s", "").replaceAll("[^\\p{L}]", "");
                    if (own.length() < 3) {
                        continue;
                    }
                    Pattern p = Pattern.compile(shape.pattern().replace("HEAD", Pattern.quote(own) + "s?|" + Pattern.quote(own) + "es|" + GENERIC), shape.flags());
                    Matcher m = c.match(p);
                    while (m.find()) {
                        boolean valueFirst = shape == BEFORE_HEAD;
                        if (valueFirst != (s.lang == Lang.EN) && shape != CAN_BE
                                && !(shape == AFTER_HEAD && c.text.substring(m.end(1), m.start(2)).matches("\\s+(?:called|named|for)\\s+"))) {
                            // English puts the value before the word ("a cancelled state", but "a paper supplier" is a new thing);
                            // French and Spanish after it ("el estado cancelado"); "a status called Returned" in any
                            continue;
                        }
                        String head = RefineText.fold(m.group(valueFirst ? 3 : 1));
                        String value = valueFirst && m.group(1) != null ? RefineText.capitalize(c.group(m, 1).orig.strip())
                                : value(c.group(m, valueFirst ? 2 : 2).orig);
                        if (value == null || !fits(s, c, f, head, own)) {
                            continue;
                        }
                        if (shape == AFTER_HEAD && OF.matcher(c.text.substring(m.end(1), m.start(2))).matches() && !ownHead(head, own)) {
                            // "el turno de noche", "une équipe de nuit": only after the field's own label word
                            continue;
                        }
                        Field now = s.field(e.key(), f.key());
                        if (now == null || now.options().stream().anyMatch(o -> RefineText.fold(o).equals(RefineText.fold(value)))) {
                            continue;
                        }
                        s.addOptions(e.key(), f.key(), List.of(value));
                        any = true;
                    }
                }
            }
            if (any) {
                return true;
            }
        }
        return false;
    }

    /** Whether the head names this field: its own label word, or a generic word when the clause names it or it is the status. */
    private static boolean fits(RefineSession s, RefineClause c, Field f, String head, String own) {
        if (ownHead(head, own)) {
            return true;
        }
        RefineMentions named = RefineMentions.of(s, c);
        List<Field> choices = named.fields.stream().filter(RefineMentions.Hit::full).map(RefineMentions.Hit::field).filter(x -> x.type().hasOptions()).distinct().toList();
        if (!choices.isEmpty()) {
            return choices.size() == 1 && choices.get(0).key().equals(f.key());
        }
        long states = s.spec.entities().stream().flatMap(x -> x.fields().stream()).filter(x -> x.type().hasOptions() && STATE_LABELS.contains(RefineText.fold(x.label()))).count();
        return STATE.contains(head) && states == 1 && STATE_LABELS.contains(RefineText.fold(f.label()));
    }

    /** A German compound whose last part is a choice field's one-word label: "eine Nachtschicht ergänzen" → Nacht. */
    private static boolean compound(RefineSession s, RefineClause c) {
        if (FIELD_WORD.matcher(c.text).find()) {
            return false;
        }
        boolean any = false;
        Matcher w = WORD.matcher(c.text);
        while (w.find()) {
            String orig = w.group();
            String word = RefineText.fold(orig);
            for (Entity e : s.spec.entities()) {
                for (Field f : e.fields()) {
                    String own = RefineText.fold(f.label());
                    if (!f.type().hasOptions() || f.options().isEmpty() || own.length() < 4 || !LETTERS.matcher(own).matches() || word.length() != orig.length()) {
                        continue;
                    }
                    String stem = PLURAL_END.matcher(word).replaceFirst("");
                    int at = word.endsWith(own) ? word.length() - own.length() : stem.endsWith(own) ? stem.length() - own.length() : -1;
                    if (at < 3) {
                        continue;
                    }
                    String value = RefineText.capitalize(HYPHEN_END.matcher(orig.substring(0, at)).replaceFirst(""));
                    Field now = s.field(e.key(), f.key());
                    if (value.length() < 3 || now == null || now.options().stream().anyMatch(o -> RefineText.fold(o).equals(RefineText.fold(value)))) {
                        continue;
                    }
                    s.addOptions(e.key(), f.key(), List.of(value));
                    any = true;
                }
            }
        }
        return any;
    }

    private static final Pattern ERGANZEN = p("\\berganz\\w*");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern PLURAL_END = Pattern.compile("(?:en|e|n)$");
    private static final Pattern HYPHEN_END = Pattern.compile("-$");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]*\\p{L}");
    private static final Pattern FIELD_WORD = p("\\b(?:feld|felder|spalte|spalten|angabe)\\b");

    private static boolean ownHead(String head, String own) {
        return head.equals(own) || head.equals(own + "s") || head.equals(own + "es");
    }

    /** The value words, cut at a preposition or joining word; null when they are only words of newness. */
    private static String value(String words) {
        String[] w = words.strip().split("\\s+");
        int keep = 0;
        while (keep < w.length && !STOP_AFTER.contains(RefineText.fold(w[keep]))) {
            keep++;
        }
        if (keep == 0) {
            return null;
        }
        String v = String.join(" ", java.util.Arrays.copyOfRange(w, 0, keep)).replaceAll("[\"'«»“”‘’]", "").strip();
        if (v.isEmpty() || java.util.Arrays.stream(v.split("\\s+")).allMatch(x -> NOT_VALUE.contains(RefineText.fold(x)) || RefineText.STOP.contains(RefineText.fold(x)))
                || NOT_VALUE.contains(RefineText.fold(v.split("\\s+")[0]))) {
            return null;
        }
        return RefineText.capitalize(v);
    }
}

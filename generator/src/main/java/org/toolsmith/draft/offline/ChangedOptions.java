package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * A choice's values told as news, in one sentence (session 13, r1):
 * <ul>
 * <li>a whole new set, with a cue of change: "the locations have changed since the refit, it's now Reading Room, Archive or
 * Annex", "les salles ont changé : c'est désormais uniquement A et B", "las ubicaciones han cambiado: ya solo son A y B",
 * "Standorte bitte nur noch A und B", "Mahnstufe nur noch 1. und 2. Mahnung" → the values replace the old ones. The field
 * is named before the cue (its label, plural or "the X options"); the values are the list after the last cue, two or
 * more, each short and capitalised (or an old value, or numbered); a word of adding ("too", "also", "add", "new") makes
 * it no replacement.</li>
 * <li>one value gone and another in its place: "St Mary's has closed and we've taken over St John's instead", "on a fermé
 * l'agence de Lille et repris celle de Rennes à la place", "cerramos la sede de Toledo y abrimos la de Cuenca en su
 * lugar", "die Filiale Süd ist geschlossen, dafür haben wir jetzt die Filiale Ost" → the old value goes, the new one (the
 * first capitalised words after it that are no cue, field or filler) comes.</li>
 * </ul>
 * The sentence read is taken out of the message; others are left to the other readers.
 */
final class ChangedOptions {
    /** Sentences; a full stop after a digit ("1. Mahnung") ends none. */
    private static final Pattern END_MARK = Pattern.compile("[.)]?$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SENTENCE = Pattern.compile("(?:[^.!?\\n]|(?<=\\d)\\.)+(?:[.!?]+|\\n|$)");
    /** A cue that the set of values is new as a whole. */
    private static final Pattern REPLACE = p("\\b(?:ha(?:ve|s) changed|(?:it's|it is|its|they're|they are|that's) now|(?:are|is) now (?:only|just)|now (?:only|just)|"
            + "ont change|a change|(?:c'est|ce sont|sont|est) desormais(?: uniquement| seulement)?|desormais (?:uniquement|seulement)|(?:ne )?(?:sont|seront) plus que|maintenant uniquement|"
            + "han cambiado|ha cambiado|ya solo(?: son| es)?|ahora (?:son |es )?solo(?: son| es)?|ya solamente(?: son)?|"
            + "haben sich geandert|hat sich geandert|nur noch|(?:sind|ist) jetzt nur(?: noch)?|jetzt nur)\\b");
    /** A word of adding: the values come on top, not instead. */
    private static final Pattern EXTEND = p("\\b(?:too|also|as well|add|adding|added|new|another|extra|aussi|egalement|ajout\\w*|rajout\\w*|nouve\\w*|en plus|"
            + "tambien|anad\\w*|agreg\\w*|nuev[oa]s?|ademas|auch|neu\\w*|dazu|hinzu\\w*|erganz\\w*|zusatzlich|field|fields|champ|campo|feld)\\b");
    /** Words before the values that are no part of them. */
    private static final Pattern LEAD = p("^(?:[\\s:,;–-]|\\b(?:it's|it is|its|they're|they are|there are|these are|we have|we've got|now|only|just|"
            + "c'est|ce sont|sont|il y a|desormais|uniquement|seulement|maintenant|"
            + "son|es|hay|ya|solo|solamente|ahora|tenemos|"
            + "sind|ist|gibt es|es gibt|nur|noch|jetzt|bitte|haben wir)\\b)+");
    private static final Pattern TRAIL = p("(?:[\\s.!?,;]|\\b(?:now|only|from now on|please|thanks|maintenant|desormais|svp|merci|ahora|por favor|gracias|jetzt|bitte|danke)\\b)+$");
    /** A value gone: closed, stopped, shut. */
    private static final Pattern GONE = p("\\b(?:closed|has closed|is closing|closing|shut|shut down|no longer|ferme\\w*|a ferme|fermons|ferm[ée]e?|cerr\\w*|cierra\\w*|geschlossen|schliesst|aufgegeben)\\b");
    /** A value taken on in its place. */
    private static final Pattern INSTEAD = p("\\b(?:instead|in its place|taken (?:on|over)|took (?:on|over)|opens|opened|opening|a la place|a sa place|repris|reprend\\w*|ouvert|ouvre|ouvrons|"
            + "en su lugar|abrimos|abierto|abre|abrira|dafur|stattdessen|eroffnet|neu)\\b");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\d](?:[\\p{L}\\d&+-]|['’](?=\\p{L}))*");
    /** Words that are never the new value, whatever their case. */
    private static final Set<String> FILLER = RefineText.set("we", "we've", "i", "and", "the", "a", "an", "it", "its", "has", "have", "is", "are", "our", "instead", "taken",
            "over", "on", "took", "opens", "opened", "opening", "new", "one", "next", "month", "week", "year", "at", "end", "of", "in", "place", "so", "now",
            "et", "la", "le", "les", "l", "de", "du", "des", "celle", "celui", "repris", "ouvert", "ouvre", "place", "notre", "nouvelle", "nouveau",
            "y", "el", "los", "las", "abrimos", "abierto", "en", "su", "lugar", "nuestra", "nuevo", "nueva",
            "die", "der", "das", "dafur", "haben", "wir", "jetzt", "stattdessen", "neu", "neue", "neuen", "eroffnet", "und", "ist", "sind", "auch", "eine", "einen", "ein");

    private ChangedOptions() {
    }

    static String take(RefineSession s, String message) {
        String folded = RefineText.fold(message);
        boolean replace = REPLACE.matcher(folded).find();
        if (!replace && !(GONE.matcher(folded).find() && INSTEAD.matcher(folded).find())) {
            return message;
        }
        return RefineText.withoutTaken(message, SENTENCE, sentence -> whole(s, sentence) || swap(s, sentence));
    }

    /** "the locations have changed: it's now A, B or C": the values after the last cue replace the field's. */
    private static boolean whole(RefineSession s, String sentence) {
        RefineClause c = new RefineClause(sentence.strip());
        Matcher m = c.match(REPLACE);
        int first = -1;
        int end = -1;
        while (m.find()) {
            first = first < 0 ? m.start() : first;
            end = m.end();
        }
        if (first < 0 || c.match(EXTEND).find()) {
            return false;
        }
        RefineMatcher.FieldRef f = named(s, c.sub(0, first));
        if (f == null) {
            return false;
        }
        String tail = c.from(end).orig;
        tail = TRAIL.matcher(LEAD.matcher(tail).replaceFirst("")).replaceFirst("");
        List<String> values = ordinals(RefineText.values(tail));
        if (values.size() < 2 || values.size() > 12) {
            return false;
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            String value = v.strip();
            String known = f.field().options().stream().filter(o -> RefineText.fold(o).equals(RefineText.fold(value))).findFirst().orElse(null);
            if (known != null) {
                out.add(known);
                continue;
            }
            if (value.isEmpty() || value.split("\\s+").length > 4 || !Character.isUpperCase(value.codePointAt(0)) && !Character.isDigit(value.codePointAt(0))
                    || PointedValue.names(s, value)) {
                return false;
            }
            out.add(value);
        }
        s.setOptions(f.entity().key(), f.field().key(), out);
        return true;
    }

    /** "1. und 2. Mahnung": a bare number before a numbered value takes the value's words. */
    private static List<String> ordinals(List<String> values) {
        if (values.isEmpty()) {
            return values;
        }
        String lastValue = values.get(values.size() - 1).strip();
        Matcher n = NUMBERED.matcher(lastValue);
        if (!n.matches()) {
            return values;
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.add(BARE_NUMBER.matcher(v.strip()).matches() ? END_MARK.matcher(v.strip()).replaceFirst(Matcher.quoteReplacement(n.group(1))) + " " + n.group(2) : v);
        }
        return out;
    }

    private static final Pattern NUMBERED = Pattern.compile("\\d+([.)]?)\\s+(\\p{L}.*)");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d+[.)]?");

    /** The one choice field the words name, by its label or its plural ("the locations", "Standorte", "las sedes"). */
    static RefineMatcher.FieldRef named(RefineSession s, RefineClause words) {
        RefineMatcher.FieldRef one = null;
        for (RefineMentions.Hit h : RefineMentions.of(s, words).fields) {
            if (!h.full() || !h.field().type().hasOptions() || h.field().options().isEmpty()) {
                continue;
            }
            if (one != null && !(one.field().key().equals(h.field().key()) && one.entity().key().equals(h.entity().key()))) {
                return null;
            }
            one = new RefineMatcher.FieldRef(h.entity(), h.field(), h.score());
        }
        return one;
    }

    /** "St Mary's has closed and we've taken over St John's instead": the value named goes, the one after it comes. */
    private static boolean swap(RefineSession s, String sentence) {
        String folded = RefineText.fold(sentence);
        if (!GONE.matcher(folded).find() || !INSTEAD.matcher(folded).find()) {
            return false;
        }
        List<String> tokens = RefineText.tokens(TOKEN, sentence);
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                if (!f.type().hasOptions() || f.options().size() < 2) {
                    continue;
                }
                String gone = null;
                int after = -1;
                for (String o : f.options()) {
                    int at = MergedOptions.find(tokens, o);
                    if (at >= 0) {
                        if (gone != null) {
                            return false;
                        }
                        gone = o;
                        after = at + SPACES.split(o).length;
                    }
                }
                if (gone == null) {
                    continue;
                }
                String value = newValue(s, f, tokens, after);
                if (value == null) {
                    return false;
                }
                List<String> options = new ArrayList<>();
                for (String o : f.options()) {
                    options.add(o.equals(gone) ? value : o);
                }
                s.replaceOptions(e.key(), f.key(), options, f.label() + ": " + gone + " is now " + value + ".");
                return true;
            }
        }
        return false;
    }

    /** The first run of capitalised words after the old value that is no filler, no word of the field and no name of the spec. */
    private static String newValue(RefineSession s, Field f, List<String> tokens, int from) {
        List<String> label = RefineMatcher.words(f.label());
        List<String> run = new ArrayList<>();
        for (int i = from; i < tokens.size(); i++) {
            String w = tokens.get(i);
            String folded = RefineText.fold(w);
            boolean skip = FILLER.contains(folded) || GONE.matcher(folded).matches() || INSTEAD.matcher(folded).matches()
                    || label.stream().anyMatch(l -> RefineText.sameWord(l, RefineText.stem(folded)));
            boolean cap = Character.isUpperCase(w.codePointAt(0)) && !skip;
            if (cap) {
                run.add(w);
            } else if (!run.isEmpty()) {
                break;
            }
        }
        if (run.isEmpty() || run.size() > 3) {
            return null;
        }
        String value = String.join(" ", run);
        if (PointedValue.names(s, value) || f.options().stream().anyMatch(o -> RefineText.fold(o).equals(RefineText.fold(value)))) {
            return null;
        }
        return value;
    }
}

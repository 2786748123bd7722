package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * Where new choice values go, said beside them: "…, entre Reçu et Payé", "after Booked", "avant Haute",
 * "después de Alta", "nach Versandt", with each word after the preposition an option of one choice field. The phrase
 * is no value: the message is first read without it, and when that reading adds values to that field they are moved
 * to that place (after the first option named, or before it); otherwise the message is read whole as before.
 */
final class PlacePhrase {
    /** Where the new values go, after the values or before them: an option named after "after", "before", "between". */
    static final Pattern PLACE = RefineText.p("(?:,\\s*)?\\b(?:(?<after>right after|just after|after|behind|following|apres|juste apres|despues de(?:l)?|tras|detras de(?:l)?|nach|hinter)"
            + "|(?<before>right before|just before|before|ahead of|avant|juste avant|antes de(?:l)?|delante de(?:l)?|vor)"
            + "|(?<between>between|entre|zwischen))\\s+(?:(?:the|le|la|les|l'|el|los|las|lo|dem|der|den|die|das)\\s+)?"
            + "(?<a>[\"«']?\\s*[\\p{L}\\p{N}][\\p{L}\\p{N}' &+/-]{0,40}?\\s*[\"»']?)(?:\\s+(?:and|et|y|e|und)\\s+(?:(?:the|le|la|l'|el|la|dem|der)\\s+)?"
            + "(?<b>[\"«']?\\s*[\\p{L}\\p{N}][\\p{L}\\p{N}' &+/-]{0,40}?\\s*[\"»']?))?(?=\\s*(?:[,.;!?)]|$|\\s(?:please|pls|too|as well|svp|stp|aussi|por favor|tambien|bitte|auch|hinzu|ein)\\b))");

    private static final Pattern MOVING = RefineText.p("\\b(?:move\\w*|reorder\\w*|swap\\w*|deplac\\w*|mueve\\w*|mover|verschieb\\w*|tausch\\w*)\\b");

    /** The message without the phrase, and the place it names. */
    record Cut(String message, String entity, String field, String anchor, boolean before) {
    }

    private PlacePhrase() {
    }

    /** The cut, or null when the message names no place among the options of one choice field. */
    static Cut cut(AppSpec spec, String message) {
        RefineClause c = new RefineClause(message);
        if (!c.match(ChoiceListFit.ADDING).find() || c.match(MOVING).find()) {
            return null; // "move Done after Invoiced": an order asked for, with nothing new
        }
        Matcher m = c.match(PLACE);
        while (m.find()) {
            String a = RefineText.unquote(c.sub(m.start("a"), m.end("a")).orig).strip();
            String b = m.group("b") == null ? null : RefineText.unquote(c.sub(m.start("b"), m.end("b")).orig).strip();
            for (Entity e : spec.entities()) {
                for (Field f : e.fields()) {
                    String anchor = option(f, a);
                    if (anchor != null && (b == null || option(f, b) != null)) {
                        String rest = (c.sub(0, m.start()).orig + " " + c.from(m.end()).orig).strip();
                        return rest.isBlank() ? null : new Cut(rest, e.key(), f.key(), anchor, m.group("before") != null);
                    }
                }
            }
        }
        return null;
    }

    /** {@code changed}, with the values the reading added to the field moved to the place; null when it added none there. */
    static AppSpec place(Cut cut, AppSpec original, AppSpec changed) {
        Field was = field(original, cut.entity(), cut.field());
        Field now = field(changed, cut.entity(), cut.field());
        if (was == null || now == null) {
            return null;
        }
        List<String> added = now.options().stream().filter(o -> was.options().stream().noneMatch(o::equalsIgnoreCase)).toList();
        List<String> kept = new ArrayList<>(now.options().stream().filter(o -> !added.contains(o)).toList());
        int at = kept.indexOf(cut.anchor());
        if (added.isEmpty() || at < 0) {
            return null;
        }
        kept.addAll(cut.before() ? at : at + 1, added);
        return changed.mapEntity(cut.entity(), e -> e.mapField(cut.field(), f -> f.withOptions(kept)));
    }

    private static Field field(AppSpec spec, String entity, String field) {
        return spec.entities().stream().filter(e -> e.key().equals(entity)).flatMap(e -> e.fields().stream())
                .filter(f -> f.key().equals(field)).findFirst().orElse(null);
    }

    private static String option(Field f, String words) {
        if (!f.type().hasOptions()) {
            return null;
        }
        String w = ValueFamilies.key(RefineText.fold(words));
        return f.options().stream().filter(o -> ValueFamilies.key(RefineText.fold(o)).equals(w)).findFirst().orElse(null);
    }
}

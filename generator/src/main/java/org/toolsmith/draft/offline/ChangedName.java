package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new name said with a verb of changing or becoming, not of naming: "could 'Conductor' be changed
 * to 'Music director'?", "change Deadline to Due on", "the deadline should be 'Due on'", "changer
 * « Chef » en « Directeur »", "X pourrait devenir « Y »", "cambiad X por Y", "X in Y ändern", "aus X Y
 * machen". Tried after types and choices, so "change the amount to a decimal" and "status should be
 * Open or Closed" stay what they were; the new words must look like a name: quoted, or capitalised,
 * short, naming no type, no flag, no record kind and none of the field's choices.
 */
final class ChangedName {
    private static final List<Pattern> SHAPES = List.of(
            p("^(?:(?:could|can|would|should|shall|may)\\s+)?(?:the\\s+)?(.+?)\\s+(?:please\\s+)?be\\s+(?:changed|switched|altered|updated|turned)\\s+(?:to|into|in)\\s+(.+)$"),
            p("^(?:(?:could|can|would|will)\\s+(?:you|we|u)\\s+)?(?:please\\s+)?(?:change|switch|update|alter|turn)\\s+(?:the\\s+)?(.+?)\\s+(?:to|into)\\s+(.+)$"),
            p("^(?:the\\s+)?(.+?)\\s+(?:should|must|could|can|will|shall|needs to|has to)\\s+(?:now\\s+|rather\\s+|instead\\s+)?(?:be|become)\\s+(.+)$"),
            p("^(?:(?:pourriez|pouvez|pourrais|peux)[- ](?:vous|tu)\\s+|(?:tu peux|vous pouvez|on peut|on pourrait)\\s+)?(?:changer|changez|change|modifier|modifiez|modifie|passer|passez|passe)\\s+(?:le champ\\s+|la colonne\\s+)?(?:le\\s+|la\\s+|les\\s+|l')?(.+?)\\s+en\\s+(.+)$"),
            p("^(?:le champ\\s+|la colonne\\s+)?(?:le\\s+|la\\s+|les\\s+|l')?(.+?)\\s+(?:pourrait|peut|doit|devrait|va)\\s+(?:devenir|etre renomme\\w*|etre change\\w* en)\\s+(.+)$"),
            p("^(?:(?:podeis|podrias|puedes|podrian|pueden)\\s+)?(?:cambi\\w*|modific\\w*)\\s+(?:el campo\\s+|la columna\\s+)?(?:el\\s+|la\\s+|los\\s+|las\\s+)?(.+?)\\s+(?:por|a)\\s+(.+)$"),
            p("^(?:el campo\\s+)?(?:el\\s+|la\\s+)?(.+?)\\s+(?:podria|puede|deberia|debe|tiene que)\\s+(?:pasar a ser|pasar a llamarse|convertirse en|ser)\\s+(.+)$"),
            p("^(?:(?:konnt ihr|konnen sie|kannst du|konntet ihr|konnten sie)\\s+)?(?:das feld\\s+|die spalte\\s+)?(.+?)\\s+(?:bitte\\s+)?(?:in|zu|auf)\\s+(.+?)\\s+(?:bitte\\s+)?(?:andern|umandern|abandern|machen)$"),
            p("^(?:(?:konnt ihr|konnen sie|kannst du)\\s+)?(?:bitte\\s+)?aus\\s+(?:dem feld\\s+)?(.+?)\\s+(?:bitte\\s+)?(.+?)\\s+machen$"));
    private static final Pattern FLAG_OR_TYPE = p("\\b(?:required|mandatory|compulsory|optional|unique|obligatoire|facultati\\w*|optionnel\\w*|unique|obligatori\\w*|opcional|unic[oa]|pflicht\\w*|optional|eindeutig|einmalig"
            + "|list|dropdown|drop-down|choice|options?|number|date|time|text|field|box|checkbox|tick|yes/no|link|reference|liste|champ|case|nombre|chiffre|lista|campo|casilla|numero|fecha|texto|feld|zahl|datum|text|auswahl|kastchen"
            + "|longer|shorter|bigger|smaller|wider|plus long|plus court|mas largo|langer|kurzer)\\b");
    private static final Pattern ARTICLE = p("^(?:an?|the|one|some|more|less|un|une|des|le|la|les|el|los|las|unos|unas|ein|eine|einen|der|die|das|kein\\w*|not|pas|no|nicht)\\b");

    private ChangedName() {
    }

    static boolean read(RefineSession s, RefineClause c) {
        for (Pattern shape : SHAPES) {
            Matcher m = c.match(shape);
            if (!m.find()) {
                continue;
            }
            RefineClause subject = c.group(m, 1);
            RefineClause named = c.group(m, 2);
            String label = nameOf(s, named);
            if (label == null || RefineMatcher.namesKind(subject.orig)) {
                continue;
            }
            RefineMatcher.FieldRef f = RefineResolver.field(s, subject);
            if (f == null || f.score() < 0.99 || RefineText.fold(f.field().label()).equals(RefineText.fold(label))
                    || f.field().options().stream().anyMatch(o -> RefineText.fold(o).equals(RefineText.fold(label)))) {
                continue;
            }
            s.rename(f.entity().key(), f.field().key(), label);
            return true;
        }
        return false;
    }

    /** The new name the words give, or null when they read as a type, a flag, a list, a kind or a sentence. */
    private static String nameOf(RefineSession s, RefineClause named) {
        String typed = named.orig.replaceAll("(?i)\\s+(?:please|pls|stp|svp|s'il (?:te|vous) pla[iî]t|por favor|porfa|bitte|instead|thanks?|thank you|merci|gracias|danke|from now on|going forward|now|désormais|ahora|jetzt)\\s*$", "")
                .replaceAll("[\\s?!.]+$", "").strip();
        List<String> quoted = RefineText.quoted(typed);
        boolean wholeQuote = quoted.size() == 1 && RefineText.unquote(typed).equals(quoted.get(0));
        String words = RefineText.unquote(typed);
        if (words.isEmpty() || words.length() > 40 || words.matches(".*(?:,|;|/|\\s(?:or|ou|o|oder|and|et|y|und)\\s).*")) {
            return null;
        }
        if (!wholeQuote) {
            String folded = RefineText.fold(words);
            if (!Character.isUpperCase(words.codePointAt(0)) || words.split("\\s+").length > 4 || ARTICLE.matcher(folded).find()
                    || FLAG_OR_TYPE.matcher(folded).find() || RefineRetype.named(words).isPresent() || RefineResolver.entity(s, new RefineClause(words)) != null
                    || s.spec.entities().stream().flatMap(e -> e.fields().stream()).anyMatch(x -> RefineText.fold(x.label()).equals(folded))) {
                return null;
            }
        }
        String label = RefineText.label(words);
        return label.isEmpty() ? null : label;
    }
}

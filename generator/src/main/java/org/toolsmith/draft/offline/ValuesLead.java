package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of the field just added, said as a sentence of their own that opens with "it's" and the like:
 * "We need dietary needs on households. It's usually one or more of vegetarian, halal, gluten free - can they
 * tick several?", "c'est toujours A, B ou C", "suele ser A, B o C", "das ist meistens A, B oder C". The lead
 * goes and the list is read as {@link ValuesAfter} reads a bare list; "one or more of", "un ou plusieurs",
 * "uno o varios", "einer oder mehrere" (or a remark that several apply, {@link SeveralValues}) make it a
 * multi-select.
 */
final class ValuesLead {
    private static final Pattern LEAD = Pattern.compile("^(?:(?:and|but|et|mais|y|pero|und|aber)\\s+)?(?:it's|it is|its|they're|they are|that's|that is|these are|the options are|the values are|"
            + "c'est|ce sont|ca peut etre|c'est soit|es|son|suele ser|suelen ser|puede ser|pueden ser|das ist|das sind|es ist|es sind|meistens|das kann|das konnen)"
            + "(?:\\s+(?:usually|always|normally|mostly|generally|typically|either|often|souvent|toujours|generalement|en general|soit|normalement|siempre|normalmente|casi siempre|generalmente|meistens|immer|normalerweise|meist|entweder|oft))*"
            + "(?:\\s+(?:(one or more|one or several|several|any|some|un ou plusieurs|une ou plusieurs|plusieurs|uno o varios|una o varias|varios|varias|einer oder mehrere|eine oder mehrere|eins oder mehrere|mehrere)\\s+(?:of|d'entre|de|parmi|von|aus)|one of|l'un de|l'une de|uno de|una de|einer von|eine von|eins von)\\b)?\\s+");

    private ValuesLead() {
    }

    /** Whether the clause gave the field just added its values (and they were set). */
    static boolean read(RefineSession s, RefineClause c) {
        if (s.last() == null || !"add".equals(s.lastIntent)) {
            return false;
        }
        Matcher m = c.match(LEAD);
        if (!m.find() || m.end() >= c.text.length()) {
            return false;
        }
        RefineClause rest = c.from(m.end());
        String cut = SeveralValues.cut(rest.orig);
        boolean several = m.group(1) != null || cut != null;
        RefineClause list = cut != null ? new RefineClause(cut) : rest;
        if (!ValuesAfter.read(s, list)) {
            return false;
        }
        if (several) {
            RefineMatcher.FieldRef last = s.last();
            s.setType(last.entity().key(), last.field().key(), org.toolsmith.spec.FieldType.MULTI_CHOICE, s.field(last.entity().key(), last.field().key()).options(), null);
        }
        return true;
    }
}

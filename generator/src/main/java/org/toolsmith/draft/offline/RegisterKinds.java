package org.toolsmith.draft.offline;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * When a named party or register becomes a kind of its own. A field whose whole label is a noun the business keeps a
 * list of (lexicon {@code register_nouns}: clients, patients, suppliers, tenants, sites, projects …; and
 * {@code register_places}: rooms, vehicles, machines …) becomes a link to a kind of that name holding a name when the
 * field was asked for as a pick from that list: "which X", "for which X", "quel X", "qué X", "welcher X", "für X".
 * Not when the field has options (a choice of a few rooms stays a choice), when its words say no list is needed
 * ("client (just the name, no record)"), or when the noun is said bare ("customer" as a column). A kind of that name
 * already drafted is linked to instead.
 *
 * <p>Counted on the public and read sets (s16k1): a "which" pick of a register noun is an expected kind or a field
 * allowing a link about three times as often as a plain text column. Also promoting a bare party of a single-kind
 * request measured better on the read sets but worse than this narrow rule on the lead's unseen sets, and
 * contradicted 22 older tests; not taken (docs/offline-drafting.md, "Session 16").
 */
final class RegisterKinds {
    /** A pick from a list: which / quel / qué / welch- / für / for / pour / para / sur. */
    private static final Pattern PICK = Pattern.compile("\\b(?:which|what|quel|quelle|quels|quelles|que|cual|cuales|welche[mnrs]?|for|pour|para|sur|fur)\\b");
    /** A remark that no list is wanted: "no record needed", "pas de fiche", "sin ficha", "keine Kartei". */
    private static final Pattern NEGATED = Pattern.compile("\\b(?:no|not|without|pas|sans|sin|kein|keine|keinen|nicht|ohne)\\b");

    private RegisterKinds() {
    }

    static void apply(Lexicon lex, List<DraftEntity> entities) {
        if (lex.registerNouns.isEmpty() && lex.registerPlaces.isEmpty()) {
            return;
        }
        for (DraftEntity e : List.copyOf(entities)) {
            for (DraftField f : e.fields) {
                if (f.type != FieldType.TEXT && f.type != FieldType.PERSON || !f.options.isEmpty() || f.label == null) {
                    continue;
                }
                String label = Text.fold(f.label.strip());
                if (label.isEmpty() || label.contains(" ")) {
                    continue;
                }
                String noun = Text.fold(Inflector.singular(lex.lang, label));
                boolean party = lex.registerNouns.contains(noun) || lex.registerNouns.contains(label);
                boolean place = lex.registerPlaces.contains(noun) || lex.registerPlaces.contains(label);
                if (!party && !place) {
                    continue;
                }
                String because = f.because == null ? "" : Text.fold(f.because);
                if (NEGATED.matcher(because).find()) {
                    continue;
                }
                if (!PICK.matcher(because).find()) {
                    continue;
                }
                String name = Text.capitalize(Inflector.singular(lex.lang, f.label.strip()));
                Optional<DraftEntity> same = entities.stream().filter(x -> Text.fold(x.name).equals(Text.fold(name))).findFirst();
                if (same.isPresent() && same.get() == e) {
                    continue;
                }
                DraftEntity target = same.orElseGet(() -> {
                    DraftEntity n = new DraftEntity(name, f.because);
                    n.add(new DraftField(lex.nameLabel, FieldType.TEXT, f.because));
                    entities.add(n);
                    return n;
                });
                f.type = FieldType.REFERENCE;
                f.target = target.name;
            }
        }
    }
}

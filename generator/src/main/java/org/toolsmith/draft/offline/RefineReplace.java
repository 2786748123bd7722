package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Swap the phone for an email address", "replace the stage with a score from 1 to 10", "Remplace
 * l'adresse par la ville", "Ersetze die Bemerkung durch ein Foto": one field goes and another comes,
 * in its place. Only when the new thing is said as a thing ("an email address", "la ville"): a bare
 * label ("Remplace Lieu par Salle") is a rename, and a bare type ("with a dropdown") a type change,
 * both left to their own readers.
 */
final class RefineReplace {
    private static final List<Pattern> SHAPES = List.of(
            p("^(?:replace|swap|switch|exchange|substitute|trade)\\s+(?:out\\s+)?(.+?)\\s+(?:with|for|by)\\s+(.+)$"),
            p("^remplace[rz]?\\s+(.+?)\\s+par\\s+(.+)$"),
            p("^(?:sustitu(?:ye|ir|id|ya|yan)|reemplaz(?:a|ar|ad|e|en)|cambi(?:a|ar|ad|e|en))\\s+(.+?)\\s+por\\s+(.+)$"),
            p("^(?:ersetze|ersetzt|ersetzen|tausche|tauscht)\\s+(.+?)\\s+(?:durch|gegen|mit)\\s+(.+)$"));
    /** The new thing said with an article: a field of its own, not a new name for the old one. */
    private static final Pattern THING = p("^(?:(?:an?|the|some|one|un|une|le|la|les|du|des|el|los|las|una|uno|ein|eine|einen|einem|der|die|das|den)\\s+|l')\\S");

    /** "with a 'Dietary' pick list (…)": a new field, named and typed, not a new name for the old one. */
    private static final Pattern NAMED_KIND = p("^(?:an?|the)\\s+['\"][^'\"]{2,40}['\"]\\s*(?:[(:]|(?:drop-?down|pick ?list|list|choice|field|column|tick ?box|check ?box|checkbox|date|number|yes ?/ ?no)\\b)");
    /** A type and nothing else: "a dropdown", "une date", "ein Ja/Nein-Feld". */
    private static final Pattern TYPE_ONLY = p("^(?:(?:proper|real|simple|single|multiple|vraie?|simple|echte[rsn]?)\\s+)?(?:drop-?down(?: list)?|pick ?list|list|choice|multi-?(?:select|choice)|date(?: and time)?|datetime|number|whole number|decimal|integer|amount|money|yes ?/ ?no|tick ?box|check ?box|checkbox|file|upload|attachment|person|person picker|long text|free text|text|link|url|"
            + "liste(?: deroulante)?|nombre|montant|case a cocher|fichier|personne|texte(?: long| libre)?|lien|lista(?: desplegable)?|fecha|numero|importe|casilla|archivo|persona|texto(?: largo| libre)?|enlace|"
            + "auswahl(?:liste)?|datum|zahl|betrag|ja ?/ ?nein(?:-?feld)?|datei|person|freitext|langtext|link)(?:\\s+(?:field|box|feld|champ|campo))?$");

    private RefineReplace() {
    }

    static boolean replace(RefineSession s, RefineClause c) {
        for (Pattern shape : SHAPES) {
            Matcher m = c.match(shape);
            if (!m.find()) {
                continue;
            }
            RefineClause old = c.group(m, 1);
            RefineClause fresh = c.group(m, 2);
            if (!THING.matcher(fresh.text).find() || !RefineText.quoted(c.orig).isEmpty() && !fresh.match(NAMED_KIND).find()) {
                return false;
            }
            RefineMatcher.FieldRef f = RefineResolver.field(s, old);
            if (f == null && RefineResolver.isPronoun(old) && s.lastEntity != null && s.lastField != null && s.entity(s.lastEntity) != null
                    && s.field(s.lastEntity, s.lastField) == null && s.originalFields.contains(s.lastEntity + "." + s.lastField)) {
                // "MOT due isn't needed any more - swap it for the lease end date": the old one is already gone, the new one comes
                String was = s.clauseEntity;
                s.clauseEntity = s.lastEntity;
                boolean added = RefineAdditions.fields(s, new RefineClause("add " + fresh.orig));
                s.clauseEntity = was;
                return added;
            }
            if (f == null || f.score() < 0.99 || RefineResolver.field(s, fresh) != null && RefineResolver.field(s, fresh).score() >= 0.99) {
                return false;
            }
            String bare = fresh.text.replaceAll("^(?:an?|the|un|une|le|la|l'|el|una|ein|eine|einen)\\s*", "");
            if (TYPE_ONLY.matcher(bare).matches()) {
                // "replace the text with a dropdown": a new type for the same field
                return false;
            }
            String entity = f.entity().key();
            // "a score from 1 to 10": the range says it is a number, it is not part of the name
            String said = fresh.orig.replaceAll("(?i)\\s+(?:from|between|de|entre|von)\\s+\\d+\\s+(?:to|and|à|a|y|bis|und)\\s+\\d+\\s*$", "");
            String was = s.clauseEntity;
            s.clauseEntity = entity;
            int before = s.changes.size();
            boolean added = RefineAdditions.fields(s, new RefineClause("add " + said)) && s.changes.size() > before;
            s.clauseEntity = was;
            if (added) {
                s.removeField(entity, f.field().key());
            }
            return added;
        }
        return false;
    }
}

package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second thing to add after "plus", "also", "et aussi", "y también", "außerdem", with the verb of adding said once at
 * the start of the sentence (or, in German, at the end of its first part): "Add Urgent to the priorities; plus a closing
 * date", "Ajoute Accueil aux rôles, et aussi un moyen de transport (…)", "Añade Web a los canales, y también un
 * responsable", "Empfang bei den Aufgaben ergänzen, außerdem die Anreise (…)". The verb is said again before the second
 * part (after it in German), which has none of its own. Before, when the first part was read as new values of a choice,
 * the second part was a bare noun that asked for nothing.
 *
 * Also a second verb joined by "et de/d'", "y de", "and to": "Merci de rendre X obligatoire et d'ajouter Y" is two edits.
 */
final class AlsoAdds {
    private static final String ADD = "(?:add|also add|ajoute[sz]?|ajouter|rajoute[sz]?|rajouter|anade|anadid|anadir|agrega|agregad|agregar|erganze|erganzt)";
    private static final String ADD_DE = "(?:erganzen|hinzufugen|aufnehmen|erfassen)";
    private static final String ALSO = "(?:plus|and also|also|et aussi|ainsi que|et puis|y tambien|y ademas|ademas|tambien|ausserdem|sowie|und auch|und noch|dazu)";
    private static final String ARTICLE = "(?:an?|the|some|un|une|le|la|les|l'|des|du|el|los|las|una|unos|unas|ein|eine|einen|die|der|das|den)";
    private static final Pattern FRONT = Pattern.compile("^(\\s*(?:(?:please|pls|could you|can you|can we|merci d'|merci de|svp|por favor|bitte)\\s+)?(" + ADD + ")\\s+[^\\s.;!?][^.;!?]*?)"
            + "(\\s*[,;]\\s*|\\s+)" + ALSO + "\\s+(?=" + ARTICLE + "(?:\\s+|(?<=')))([^.;!?]+)([.;!?]*\\s*)$");
    private static final Pattern BACK_DE = Pattern.compile("^([^.;!?]*?\\b(" + ADD_DE + "))(\\s*[,;]\\s*)" + ALSO + "\\s+(?=" + ARTICLE + "\\s+)([^.;!?]+)([.;!?]*\\s*)$");
    /** The second part has a verb of its own. */
    private static final Pattern OWN_VERB = Pattern.compile("\\b(?:add|remove|delete|drop|rename|change|make|turn|set|put|need|needs|should|must|could|can|is|are|"
            + "ajout\\w*|rajout\\w*|supprim\\w*|enlev\\w*|renomm\\w*|rend\\w*|doit|doivent|est|sont|faut|"
            + "anad\\w*|agreg\\w*|quit\\w*|elimin\\w*|haz|debe\\w*|sea|sean|es|son|"
            + "erganz\\w*|hinzuf\\w*|entfern\\w*|losch\\w*|soll\\w*|muss|ist|sind|machen)\\b");
    /** "… et d'ajouter …", "… y de añadir …": a second verb after "and of". */
    private static final Pattern AND_OF = Pattern.compile("\\s*,?\\s+(?:et\\s+(?:de\\s+|d')|y\\s+de\\s+)(?=(?:ajouter|rajouter|supprimer|enlever|renommer|rendre|mettre|anadir|agregar|quitar|eliminar|renombrar|hacer|poner)\\b)");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?\\n]*");

    private AlsoAdds() {
    }

    static String take(String message) {
        StringBuilder out = new StringBuilder();
        Matcher sm = SENTENCE.matcher(message);
        int last = 0;
        boolean changed = false;
        while (sm.find()) {
            out.append(message, last, sm.start());
            String said = sm.group();
            String read = sentence(said);
            changed |= read != null;
            out.append(read == null ? said : read);
            last = sm.end();
        }
        out.append(message.substring(last));
        return changed ? out.toString() : message;
    }

    private static String sentence(String said) {
        RefineClause c = new RefineClause(said);
        Matcher of = c.match(AND_OF);
        if (of.find() && of.start() > 0) {
            String head = c.sub(0, of.start()).orig;
            String tail = c.from(of.end()).orig;
            String lead = said.substring(0, said.length() - said.stripLeading().length());
            return lead + head.strip() + ". " + RefineText.capitalize(tail);
        }
        Matcher m = c.match(FRONT);
        if (m.find() && !OWN_VERB.matcher(m.group(4)).find()) {
            String verb = c.group(m, 2).orig;
            return c.sub(0, m.start(4)).orig.stripTrailing() + " " + verb + " " + c.from(m.start(4)).orig;
        }
        Matcher de = c.match(BACK_DE);
        if (de.find() && !OWN_VERB.matcher(de.group(4)).find()) {
            String verb = c.group(de, 2).orig;
            RefineClause rest = c.group(de, 4);
            String end = c.group(de, 5).orig;
            return c.sub(0, de.start(4)).orig.stripTrailing() + " " + rest.orig.strip() + " " + verb + end;
        }
        return null;
    }
}

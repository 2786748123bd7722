package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * A record kind removed by naming its table or list, inside a longer sentence: "Tabelle Maschinen
 * bitte löschen, bei der Störung reicht ein Textfeld", "drop the vendors table, we buy direct now",
 * "supprime la liste des catégories, puis …", "borra la tabla de almacenes y …". The part between
 * commas that names a table (or list) of a kind and a verb of removing removes that kind, and is taken
 * out of the message, so the rest of the sentence is read on its own. A part with a negation is left
 * to the other readers.
 */
final class RefineKindRemoval {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");
    private static final Pattern PART = Pattern.compile("[^,;.!?\\n]+");
    private static final Pattern TABLE = p("\\b(?:the\\s+)?([\\w'-]+)\\s+(?:table|list|register)\\b|\\b(?:table|list|tabelle|liste|tabla|lista|register)\\s+"
            + "(?:of\\s+(?:the\\s+)?|des\\s+|de\\s+(?:los\\s+|las\\s+)?|d'|der\\s+|von\\s+|mit\\s+(?:den\\s+)?)?([\\w'-]+)|\\b([\\w-]+?)(?:tabelle|liste)\\b");
    private static final Pattern REMOVE = p("\\b(?:remove|delete|drop|scrap|get rid of|can go|is not needed|isn't needed|"
            + "loschen|losch|entfernen|entfern|streichen|kann weg|konnen weg|raus|"
            + "supprime[rz]?|supprimez|enleve[rz]?|retire[rz]?|"
            + "elimina[r]?|eliminad|borra[r]?|borrad|quita[r]?|quitad)\\b");
    private static final Pattern NEGATION = p("\\b(?:not|don't|do not|never|keep|ne|pas|no|nunca|mant[ei]n\\w*|nicht|kein\\w*|behalt\\w*|garde[rz]?)\\b");

    /** "remove 'Webinar' from the events list": a value taken off a list, not the list. */
    private static final Pattern FROM = p("\\b(?:from|off|aus|de la liste|de la lista|von der liste)\\b|['\"«»]");

    /**
     * Saying a kind is no longer kept here, without a verb of removing: "nobody uses the customer table any more", "we
     * stopped tracking visits", "on ne suit plus les visites", "ya no hacemos seguimiento de visitas", "Spenden erfassen wir
     * nicht mehr", or that it is kept elsewhere: "on gère les œuvres dans un autre logiciel", "the invoices are handled in
     * another system now", "las facturas se llevan en otro programa", "die Spenden laufen jetzt über die Buchhaltung".
     */
    private static final Pattern DROPPED = p("\\b(?:(?:nobody|no one|no-one) (?:uses|looks at|touches|fills in|keeps)|"
            + "(?:don't|do not|no longer|never|won't) (?:use|track|keep|record|log|manage|do|follow up|run|bother with)|"
            // "we no longer need to track claims", "on n'a plus besoin de suivre les sinistres", "ya no necesitamos llevar los siniestros",
            // "Schäden müssen wir hier nicht mehr erfassen"
            + "(?:no longer|don't|do not) need to (?:track|keep|record|log|manage)|plus besoin de (?:suivre|gerer|noter|garder|tenir|enregistrer)|"
            + "ya no (?:necesitamos|hace falta|tenemos que) (?:llevar|registrar|apuntar|controlar|gestionar|guardar)|"
            + "(?:mussen|brauchen) (?:\\w+ ){0,3}nicht mehr (?:zu )?(?:erfassen|fuhren|verwalten|notieren|pflegen)|"
            + "(?:stopped|stop|quit) (?:using|tracking|keeping|recording|logging|doing)|(?:not|aren't|are not|isn't|is not) (?:using|tracking|keeping|doing|recording) (?:\\w+ ){0,4}any ?more|"
            + "(?:ne|n') ?(?:\\w+ )?(?:suit|suivons|suivent|gere|gerons|utilise|utilisons|fait|faisons|note|notons|enregistre|enregistrons|tient|tenons|garde|gardons|sert|servent|utilisent) plus|"
            + "ya no (?:(?:lo|la|los|las) )?(?:hacemos|llevamos|usamos|utilizamos|gestionamos|registramos|apuntamos|controlamos|se usa|se usan|se lleva|se llevan)|"
            + "(?:fuhren|verwalten|erfassen|nutzen|benutzen|machen|notieren|tracken|pflegen|brauchen|benotigen) (?:\\w+ ){0,4}(?:nicht|kein\\w*(?: \\w+){0,2}) mehr)\\b");
    private static final Pattern ELSEWHERE = p("\\b(?:(?:in|into|on|through|via|with) (?:a |an )?(?:another|other|different|separate|external) (?:tool|system|software|program|app|spreadsheet)|elsewhere|"
            + "(?:dans|avec|sur) (?:un autre|une autre) (?:logiciel|outil|systeme|programme|fichier|tableur|application|appli)|ailleurs|"
            + "(?:en|con) (?:otro|otra) (?:programa|sistema|software|aplicacion|herramienta|hoja)|"
            + "(?:in|mit|uber) (?:einem|einer|ein) (?:anderen|andere|separaten|eigenen|externen) (?:programm|system|software|tool)|"
            + "laufen (?:jetzt |nun |inzwischen |ab sofort )?uber (?:die|den|das|unsere?n?) \\w+)\\b");
    /** "the list can go", "borrad esa parte entera": a removal of what the part before named. */
    private static final Pattern THAT_PART = p("\\b(?:(?:that|this|the) (?:list|table|part|section)|(?:cette|la) (?:partie|liste|table)|ce tableau|"
            + "(?:esa|esta|la) (?:parte|lista|tabla)|(?:die|diese) (?:liste|tabelle)|(?:der|dieser|den|diesen) (?:teil|bereich))\\b");
    /** A part that adds something or speaks of a field is never a kind dropped. */
    private static final Pattern NOT_KIND = p("\\b(?:add|field|column|whether|ajout\\w*|champ|colonne|anad\\w*|campo|columna|hinzu\\w*|feld|spalte|ob)\\b");

    /** "den Standort beim Fahrzeug …": a kind after such a preposition only says whose something is. */
    private static final Pattern MODIFIER = p("\\b(?:beim|vom|zum|zur|am|im)\\b");

    /** "on ne fait plus les recettes sur papier": how the kind was kept before, so it is now kept here. */
    private static final Pattern MANNER = p("\\b(?:(?:on|in|sur|en|auf|in) (?:paper|papier|papel|excel|a notebook|un cahier|un cuaderno|einem heft)|by hand|a la main|a mano|von hand|per hand)\\b");

    private RefineKindRemoval() {
    }

    /** Removes each kind named so, and returns the message without the parts that said it. */
    static String take(RefineSession s, String message) {
        if (s.spec.entities().size() < 2) {
            return message;
        }
        Matcher m = PART.matcher(message);
        StringBuilder out = new StringBuilder();
        int from = 0;
        int prevStart = 0;
        int prevEnd = 0;
        Entity prevKind = null;
        boolean prevTaken = false;
        int sentence = 0;
        int droppedIn = -2;
        while (m.find()) {
            RefineClause part = new RefineClause(m.group());
            if (SENTENCE_END.matcher(message.substring(prevEnd, m.start())).find()) {
                prevKind = null;
                // "We don't track claims here anymore, the insurer handles that. You can drop that part.": the next sentence
                // that removes "that part" says the same again, when the one before it dropped a kind
                sentence++;
                prevTaken = false;
            }
            Entity named = part.match(NOT_KIND).find() || part.match(MODIFIER).find() || namesField(s, part) ? null : kindIn(s, part);
            boolean dropped = named != null && !part.match(MANNER).find() && (droppedObject(s, part) || part.match(ELSEWHERE).find());
            boolean thatPart = named == null && part.match(THAT_PART).find() && part.match(REMOVE).find() && !part.match(FROM).find() && !part.match(NEGATION).find();
            if (dropped || thatPart && (prevKind != null || prevTaken || droppedIn == sentence - 1)) {
                droppedIn = sentence;
                if (dropped) {
                    s.removeEntity(named.key());
                    out.append(message, from, m.start());
                } else if (!prevTaken && prevKind != null) {
                    // "die Spenden laufen jetzt über die Buchhaltung, die Liste kann weg": the part before named the kind
                    s.removeEntity(prevKind.key());
                    out.append(message, from, prevStart);
                } else if (!prevTaken) {
                    out.append(message, from, m.start()); // the sentence before dropped the kind
                }
                // "ya no hacemos seguimiento de visitas, borrad esa parte entera": the second part says the same again
                from = m.end();
                prevKind = null;
                prevTaken = true;
                prevEnd = m.end();
                continue;
            }
            prevKind = named;
            prevTaken = false;
            prevStart = m.start();
            prevEnd = m.end();
            if (!part.match(REMOVE).find() || part.match(NEGATION).find() || part.match(FROM).find() || part.text.split("\\s+").length > 10) {
                continue;
            }
            Entity kind = tableOf(s, part);
            if (kind == null) {
                continue;
            }
            s.removeEntity(kind.key());
            out.append(message, from, m.start());
            from = m.end();
        }
        if (from == 0) {
            return message;
        }
        out.append(message.substring(from));
        // the commas left around what was taken out
        return out.toString().replaceAll("^[\\s,;.!?]+", "").replaceAll("\\s*,\\s*(?=[,;.!?]|$)", "").strip();
    }

    /**
     * "nobody uses the visits any more": the kind comes after the words that drop it ("visits don't need changing" keeps
     * them); German puts it before or after the verb ("Spenden erfassen wir nicht mehr", "wir erfassen keine Spenden mehr").
     */
    private static boolean droppedObject(RefineSession s, RefineClause part) {
        Matcher d = part.match(DROPPED);
        return d.find() && (s.lang == Lang.DE || kindIn(s, part.from(d.start())) != null);
    }

    /** The one original kind the part names by its name or plural (as whole words), or null. */
    private static Entity kindIn(RefineSession s, RefineClause part) {
        List<String> words = new ArrayList<>();
        List<String> singulars = new ArrayList<>();
        Matcher w = WORD.matcher(part.text);
        while (w.find()) {
            words.add(w.group());
            singulars.add(RefineText.fold(s.singular(w.group())));
        }
        Entity found = null;
        for (Entity e : s.spec.entities()) {
            if (!s.originalEntities.contains(e.key())) {
                continue;
            }
            if (says(words, e.name()) || e.plural() != null && says(words, e.plural()) || says(singulars, e.name())) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /** "we don't record the visit notes any more": a field of a kind is named, so a field goes, not a kind. */
    private static boolean namesField(RefineSession s, RefineClause part) {
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(part.text);
        while (w.find()) {
            words.add(w.group());
        }
        Set<String> kindNames = new HashSet<>();
        for (Entity e : s.spec.entities()) {
            kindNames.add(RefineText.fold(e.name()));
            kindNames.add(RefineText.fold(e.plural() == null ? "" : e.plural()));
        }
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                if (!kindNames.contains(RefineText.fold(f.label())) && says(words, f.label())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean says(List<String> words, String name) {
        List<String> n = new ArrayList<>();
        Matcher w = WORD.matcher(RefineText.fold(name));
        while (w.find()) {
            n.add(w.group());
        }
        return !n.isEmpty() && Collections.indexOfSubList(words, n) >= 0;
    }

    private static Entity tableOf(RefineSession s, RefineClause part) {
        Matcher t = part.match(TABLE);
        while (t.find()) {
            for (int g = 1; g <= 3; g++) {
                if (t.group(g) == null) {
                    continue;
                }
                RefineClause words = part.group(t, g);
                RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, words.orig);
                if (e == null) {
                    e = RefineMatcher.entity(s.spec, s.singular(words.orig));
                }
                if (e != null && e.score() >= 0.9 && s.originalEntities.contains(e.entity().key())) {
                    return e.entity();
                }
            }
        }
        return null;
    }
}

package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;

/**
 * Whether a French, Spanish or German clause really asks to delete a whole record kind. A kind goes
 * only when a verb of removing (or of no longer needing or using) has that kind as the head of its
 * object or of the subject in front of it ("quita los préstamos", "die Ausleihen können weg", "on
 * n'a plus besoin des inscriptions"), or when the clause speaks of the whole list or part. A clause
 * that only tells how things are ("los equipos ya no salen del edificio", "die Werkzeuge werden nicht
 * mehr im Lager gezählt") or removes something of the kind ("quita la hora de la fecha del préstamo")
 * never loses it. English keeps the readers' own judgement.
 */
final class RefineKindGuard {
    /** Verbs and phrases that ask to take something away or say it is no longer needed or used. */
    private static final Pattern ASKS = p("\\b(?:enlev\\w*|retir\\w*|supprim\\w*|vire[rz]?|efface\\w*|plus besoin|pas besoin|(?:n'|ne )(?:utilis|sert|serv|gard)\\w* plus|"
            + "(?:peu\\w*|pourr\\w*) (?:partir|disparaitre|sauter|s'en passer)|s'en passer|inutile\\w*|"
            + "quita\\w*|elimina\\w*|borra\\w*|suprim\\w*|sobra\\w*|fuera|no hace falta|no (?:nos )?(?:hace|hacen) falta|prescindi\\w*|"
            + "ya no (?:(?:lo|la|los|las|nos) )?(?:necesit|us|utiliz|sirv|quer)\\w*|no (?:(?:lo|la|los|las|nos) )?(?:necesit|us|utiliz|quer|sirv)\\w*|(?:puede|pueden) (?:irse|desaparecer|quitarse)|"
            + "entfern\\w*|losch\\w*|streich\\w*|weg|raus|(?:brauch|nutz|benutz|benotig)\\w* (?:\\w+ ){0,2}(?:nicht|kein\\w*)|"
            + "nicht mehr (?:gebraucht|benotigt|genutzt|benutzt|notig|gefuhrt)|uberflussig|abschaff\\w*|verzicht\\w*|kann weg|konnen weg)\\b");

    /** Words that may stand between the verb and the head noun of what it takes away. */
    private static final Set<String> FILLER = RefineText.set("le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "tout", "toute", "tous", "toutes",
            "ce", "cet", "cette", "ces", "qui", "concerne", "partie", "aussi", "donc", "alors", "complet", "completement", "entierement", "nos", "notre", "vos", "votre", "a",
            "el", "los", "las", "lo", "uno", "una", "unos", "unas", "del", "todo", "toda", "todos", "todas", "tambien", "pues", "nuestros", "nuestras", "nuestro", "nuestra",
            "que", "se", "nos", "me", "te", "y", "por", "favor", "completamente", "entera", "entero",
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "alle", "ganze", "ganzen", "ganz", "auch", "bitte", "doch", "mal", "noch", "dann", "einfach",
            "komplett", "unsere", "unseren", "wir", "ihr", "man", "konnen", "kann", "sollen", "soll", "mussen", "bei", "von", "vom", "zu", "es", "sie", "gar", "mehr",
            "please", "the", "all", "whole", "our");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private RefineKindGuard() {
    }

    /** True unless the clause of a French, Spanish or German message names the kind without asking to delete it. */
    static boolean asked(RefineSession s, Entity kind) {
        if (s.lang == Lang.EN || s.clauseSaid == null || s.clauseSaid.isBlank()) {
            return true;
        }
        String t = RefineText.fold(s.clauseSaid);
        if (RefineCues.WHOLE_KIND.matcher(t).find()) {
            return true;
        }
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher w = WORD.matcher(t);
        while (w.find()) {
            words.add(w.group());
            starts.add(w.start());
        }
        Matcher cue = ASKS.matcher(t);
        while (cue.find()) {
            int after = 0;
            while (after < starts.size() && starts.get(after) < cue.end()) {
                after++;
            }
            if (head(words, after, 1, kind)) {
                return true;
            }
            int before = after - 1;
            while (before >= 0 && starts.get(before) >= cue.start()) {
                before--;
            }
            // the subject or topic in front: "los edificios sobran", "die Ausleihen brauchen wir nicht mehr"
            if (head(words, 0, 1, kind) && before >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The first word from {@code from} that is not a filler names the kind. */
    private static boolean head(List<String> words, int from, int step, Entity kind) {
        for (int i = from; i >= 0 && i < words.size(); i += step) {
            String x = words.get(i);
            if (FILLER.contains(x)) {
                continue;
            }
            return names(x, kind);
        }
        return false;
    }

    private static boolean names(String word, Entity kind) {
        for (String n : new String[] {kind.name(), kind.plural(), kind.key()}) {
            if (n == null) {
                continue;
            }
            List<String> parts = WORD.matcher(RefineText.fold(n)).results().map(java.util.regex.MatchResult::group).toList();
            if (!parts.isEmpty() && (RefineText.sameWord(parts.get(0), word) || word.equals(RefineText.fold(n).replaceAll("[^a-z0-9]", "")))) {
                return true;
            }
        }
        return false;
    }
}

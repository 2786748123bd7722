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
 * Two values of a choice merged into one, told as news or as a wish (session 12, r1): "We've merged Silver and Gold into
 * one tier called Premium", "Gold and Silver are now a single tier, Premium", "On fusionne Mensuelle et Trimestrielle en
 * une seule formule Flexible", "Hemos juntado M y L en una sola talla llamada Mediana", "Kunde und Partner bitte zu einem
 * Typ 'Geschäftspartner' zusammenlegen". The choice is the one whose values the sentence names (two or more, in any
 * word form: "la trimestrielle" for Trimestriel); the new value is the quoted one, else the words left after the last
 * value once the field's name and the little words of merging are taken out. The values named go, the new one takes the
 * place of the first. The sentence is taken out of the message; a sentence that names no two values of one choice, or
 * no new value, is left to the other readers ("merge first and last name into one field").
 */
final class MergedOptions {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+|\\n|$)");
    /** Merging, or being one now. */
    private static final Pattern MERGE = p("\\b(?:merg\\w*|combin\\w*|fus\\w*|folded|collaps\\w*|unif\\w*|regroup\\w*|rassembl\\w*|reun\\w*|junt\\w*|agrup\\w*|"
            + "zusammen\\w*|vereinig\\w*|(?:now|desormais|maintenant|ahora|jetzt|nun) (?:just |only )?(?:one|a single|une seule|un seul|una sola|un solo|eine?n?)\\b)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\d](?:[\\p{L}\\d&+-]|['’](?=\\p{L}))*|[\"'«»“”„‘’]");
    private static final Pattern QUOTE = Pattern.compile("[\"'«»“”„‘’]");
    /** Words of merging around the new value, which are no part of it. */
    private static final Set<String> FILLER = RefineText.set("into", "in", "to", "as", "one", "a", "an", "single", "just", "only", "new", "called", "named", "now", "are", "is", "be",
            "will", "become", "becomes", "under", "the", "please", "pls", "thanks", "we", "have", "has", "been", "them", "both", "together", "from", "on", "of",
            "en", "une", "un", "seule", "seul", "nouvelle", "nouveau", "appelee", "appele", "nommee", "nomme", "sont", "est", "desormais", "maintenant", "la", "le", "les",
            "svp", "stp", "merci", "qu'une", "qu'un", "plus", "ne", "font", "forment", "d'une", "d'un", "sous", "nom",
            "una", "sola", "solo", "nueva", "nuevo", "llamada", "llamado", "denominada", "denominado", "ahora", "son", "es", "el", "los", "las", "por", "favor", "con", "nombre",
            "zu", "einem", "einer", "eine", "ein", "einzigen", "einzige", "neuen", "neue", "namens", "genannt", "heisst", "jetzt", "nun", "sind", "ist", "bitte", "danke", "den", "die",
            "der", "das", "dem", "als", "werden", "wird", "nur", "noch", "mit", "namen");
    private static final Set<String> JOIN = RefineText.set("and", "&", "with", "et", "avec", "y", "e", "con", "und", "mit", "plus", "or", "ou", "o", "oder");

    private MergedOptions() {
    }

    static String take(RefineSession s, String message) {
        if (!MERGE.matcher(RefineText.fold(message)).find() && !SWAP_CUE.matcher(RefineText.fold(message)).find()) {
            return message;
        }
        return RefineText.withoutTaken(message, SENTENCE,
                sentence -> MERGE.matcher(RefineText.fold(sentence)).find() && merge(s, sentence) || swap(s, sentence));
    }

    /** "Quelle: 'Messe' raus und 'Social Media' rein", "en estado, fuera 'Entregado' y dentro 'Completado'": a choice named, then its edits. */
    private static final Pattern SWAP = p("^\\s*(?:(?:en|in|bei|for|pour|para|dans|sur|on|im|beim)\\s+(?:the|le|la|les|el|los|las|der|dem|den|die)?\\s*)?([^:,;]{2,40}?)\\s*[:,]\\s*(.+?)[.!]*$");
    private static final Pattern PARTS = p("\\s*(?:[,;]|\\s(?:and|und|y|et|plus)\\s)\\s*");
    private static final Pattern SWAP_CUE = p("\\b(?:drop|remove|delete|out|raus|streichen|weg|entfernen|loschen|quitar|quita|quitad|fuera|eliminar|elimina|supprimer|supprime|enlever|enleve|retirer|retire)\\b");
    private static final Pattern ADD_CUE = p("\\b(?:add|rein|dazu|hinzufugen|hinzu|erganzen|aufnehmen|poner|pon|anadir|anade|dentro|agregar|agrega|ajouter|ajoute|rajouter|rajoute)\\b");

    /** Reads one "FIELD: remove A, add B" sentence; whether it changed the choice (every part must be read, one at least a removal). */
    private static boolean swap(RefineSession s, String sentence) {
        RefineClause c = new RefineClause(sentence.strip());
        Matcher m = c.match(SWAP);
        if (!m.find() || !SWAP_CUE.matcher(c.text).find()) {
            return false;
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(m, 1));
        if (f == null || f.score() < 0.99 || !f.field().type().hasOptions() || f.field().options().isEmpty()) {
            return false;
        }
        List<String> gone = new ArrayList<>();
        List<String> added = new ArrayList<>();
        RefineClause rest = c.group(m, 2);
        List<String> parts = new ArrayList<>();
        List<String> said = new ArrayList<>();
        Matcher j = rest.match(PARTS);
        int at = 0;
        while (j.find()) {
            parts.add(rest.text.substring(at, j.start()));
            said.add(rest.sub(at, j.start()).orig);
            at = j.end();
        }
        parts.add(rest.text.substring(at));
        said.add(rest.from(at).orig);
        for (int i = 0; i < parts.size(); i++) {
            boolean out = SWAP_CUE.matcher(parts.get(i)).find();
            if (!out && !ADD_CUE.matcher(parts.get(i)).find()) {
                return false;
            }
            List<String> quoted = RefineText.quoted(said.get(i));
            String value = quoted.size() == 1 ? quoted.get(0).strip() : said.get(i).replaceAll("(?iu)\\b(?:drop|remove|delete|out|raus|streichen|weg|entfernen|löschen|quitar|quita|quitad|fuera|eliminar|elimina|"
                    + "supprimer|supprime|enlever|enlève|retirer|retire|add|rein|dazu|hinzufügen|hinzu|ergänzen|aufnehmen|poner|pon|añadir|añade|dentro|agregar|agrega|ajouter|ajoute|"
                    + "rajouter|rajoute|please|pls|bitte|svp|stp|por favor|porfa|also|auch|noch|aussi|también|the|le|la|el|die|der|das)\\b", " ").replaceAll("\\s+", " ").strip();
            if (value.isEmpty() || value.split("\\s+").length > 3 || !Character.isUpperCase(value.codePointAt(0)) && !Character.isDigit(value.codePointAt(0)) && quoted.isEmpty()) {
                return false;
            }
            if (out) {
                String v = value;
                String known = f.field().options().stream().filter(o -> RefineText.fold(o).equals(RefineText.fold(v))).findFirst().orElse(null);
                if (known == null) {
                    return false;
                }
                gone.add(known);
            } else {
                added.add(RefineText.capitalize(value));
            }
        }
        if (gone.isEmpty() || gone.size() >= f.field().options().size()) {
            return false;
        }
        s.removeOptions(f.entity().key(), f.field().key(), gone);
        if (!added.isEmpty()) {
            s.addOptions(f.entity().key(), f.field().key(), added);
        }
        return true;
    }

    /** Reads one sentence; whether it merged values. */
    private static boolean merge(RefineSession s, String sentence) {
        List<String> tokens = RefineText.tokens(TOKEN, sentence);
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                if (!f.type().hasOptions() || f.options().size() < 3) {
                    continue;
                }
                List<String> named = new ArrayList<>();
                int end = -1;
                for (String o : f.options()) {
                    int at = find(tokens, o);
                    if (at >= 0) {
                        named.add(o);
                        end = Math.max(end, at + SPACES.split(o).length);
                    }
                }
                if (named.size() < 2 || named.size() >= f.options().size()) {
                    continue;
                }
                String value = newValue(s, f, tokens, end);
                if (value == null || f.options().stream().anyMatch(o -> RefineText.fold(o).equals(RefineText.fold(value)))) {
                    continue;
                }
                List<String> options = new ArrayList<>();
                for (String o : f.options()) {
                    if (o.equals(named.get(0))) {
                        options.add(value);
                    }
                    if (!named.contains(o)) {
                        options.add(o);
                    }
                }
                s.setOptions(e.key(), f.key(), options);
                return true;
            }
        }
        return false;
    }

    /** The value after the last one named: quoted, else the words left once the field's name and filler are out (one to three). */
    private static String newValue(RefineSession s, Field f, List<String> tokens, int from) {
        List<String> label = RefineMatcher.words(f.label());
        List<String> run = new ArrayList<>();
        boolean quoted = false;
        for (int i = from; i < tokens.size(); i++) {
            String w = tokens.get(i);
            String folded = RefineText.fold(w);
            if (QUOTE.matcher(w).matches()) {
                if (quoted) {
                    return run.isEmpty() ? null : String.join(" ", run);
                }
                quoted = true;
                run.clear();
                continue;
            }
            if (quoted) {
                run.add(w);
                continue;
            }
            boolean skip = FILLER.contains(folded) || JOIN.contains(folded) || MERGE.matcher(folded).matches()
                    || label.stream().anyMatch(l -> RefineText.sameWord(l, RefineText.stem(folded)));
            if (skip) {
                if (!run.isEmpty()) {
                    break;
                }
                continue;
            }
            run.add(w);
        }
        if (run.isEmpty() || run.size() > 3 || !Character.isUpperCase(run.get(0).codePointAt(0)) && !Character.isDigit(run.get(0).codePointAt(0))) {
            return null;
        }
        return String.join(" ", run);
    }

    /** Where the value's words start among the sentence's words, in any word form ("trimestrielle" for Trimestriel), or -1. */
    static int find(List<String> tokens, String option) {
        String[] words = RefineText.fold(option).split("\\s+");
        outer:
        for (int i = 0; i + words.length <= tokens.size(); i++) {
            for (int k = 0; k < words.length; k++) {
                if (!same(RefineText.fold(tokens.get(i + k)).replaceAll("^(?:l|d)'", ""), words[k])) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** One word in two forms: "trimestrielle" / "trimestriel", "mensuales" / "mensual"; short words only as written. */
    static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < 4 || b.length() < 4) {
            return false;
        }
        String x = a.replaceAll("(?:le|e|es|s|en|n)$", "");
        String y = b.replaceAll("(?:le|e|es|s|en|n)$", "");
        return x.length() >= 4 && x.equals(y);
    }
}

package org.toolsmith.draft.offline;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A choice's whole list of values said anew by a verb of changing (session 28, helper s28o): "change the condition
 * options to new, good, fair and poor", "make the stage choices A, B, C", "replace the categories with A, B and C",
 * "can the status values be A, B or C instead?", "remplace les catégories par A, B, C", "change les valeurs de l'état
 * en A, B et C", "cambia las categorías por A, B y C", "ersetze die Kategorien durch A, B und C", "ändere die Werte von
 * Status in A, B, C". The words between the verb and the list must name one choice field of the spec (its label or
 * plural, "options / values / choices" around it allowed); the list runs to the end of the sentence, has two to twelve
 * short values and says nothing of adding ("also", "too", "aussi", "también", "auch"). The values replace the old
 * ones; the sentence is taken out of the message.
 */
final class OptionsReplaced {
    private static final Pattern SENTENCE = Pattern.compile("(?:[^.!?\\n]|(?<=\\d)\\.(?=\\d))+(?:[.!?]+|\\n|$)");
    /** Verb, the words naming the field, a joining word, the list. */
    private static final Pattern VERB_FIRST = Pattern.compile("(?iu)^\\W*(?:(?:please|pls|can you|could you|can we|could we|pourriez-vous|peux-tu|puedes|podr[ií]as|kannst du|k[öo]nnt ihr|bitte)\\s+)?"
            + "(?:change|set|make|replace|update|switch|turn|remplace[rz]?|change[rz]?|modifie[rz]?|mets|mettez|cambia[dr]?|reemplaza[dr]?|sustituye|sustituir|modifica[dr]?|pon|"
            + "ersetze|ersetzt|ersetzen|[äa]ndere|[äa]ndert|[äa]ndern|setze|setzt)\\s+"
            + "(?:(.{2,60}?)\\s*(?:\\s(?:to|with|into|as|by|par|en|à|a|por|con|durch|zu|auf|in|mit)\\s+|:\\s*)"
            + "|(.{0,50}?\\b(?:options|choices|values|valeurs|choix|opciones|valores|Optionen|Werte))\\s+(?=(?-iu:\\p{Lu})))(.+?)(?:\\s+(?:instead|please|thanks|plut[ôo]t|stp|svp|merci|en su lugar|por favor|stattdessen|bitte))?\\s*[.!?]*\\s*$");
    /** "can the status values be A, B or C (instead)?", "could the stages be …". */
    private static final Pattern ASKED = Pattern.compile("(?iu)^\\W*(?:can|could)\\s+(.{2,60}?)\\s+be\\s+(.+?)(?:\\s+instead)?\\s*[.!?]*\\s*$");
    /** Words of adding or taking away: that is an extension or a removal, read elsewhere. */
    private static final Pattern OTHER_EDIT = Pattern.compile("(?iu)\\b(?:also|too|as well|add|adding|another|extra|remove|drop|without|aussi|[ée]galement|ajout\\w*|en plus|sans|enl[eè]v\\w*|"
            + "tambi[ée]n|a[ñn]ad\\w*|adem[áa]s|sin|quita\\w*|auch|hinzu\\w*|erg[äa]nz\\w*|zus[äa]tzlich|ohne|entfern\\w*|required|mandatory|optional|obligatoire|obligatori[oa]|pflicht\\w*)\\b");
    /** Words around the field's name that name its values, not the field. */
    private static final Pattern VALUE_WORDS = Pattern.compile("(?iu)\\b(?:options?|values?|choices?|list|valeurs?|choix|liste|opciones|opci[óo]n|valores?|lista|optionen|werte|auswahl|liste)\\b");
    private static final Pattern LIST_WORDS = Pattern.compile("(?iu)\\b(?:dropdown|drop-down|menu|list|with|liste|avec|lista|con|Auswahlliste|mit)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PIECES = Pattern.compile("\\s*(?:[,;/]|\\s(?:and|or|et|ou|y|o|und|oder)\\s)\\s*");
    private static final Set<String> NO_VALUE_START = Set.of("a", "an", "the", "some", "un", "une", "le", "la", "les", "des", "du", "el", "los", "las",
            "der", "die", "das", "den", "dem", "ein", "eine", "einen", "make", "set", "rename", "change", "rends", "mets", "renomme", "haz", "pon", "renombra",
            "mach", "setze", "benenne");

    private OptionsReplaced() {
    }

    static String take(RefineSession s, String message) {
        if (message == null || message.isEmpty()) {
            return message;
        }
        return RefineText.withoutTaken(message, SENTENCE, sentence -> read(s, sentence));
    }

    private static boolean read(RefineSession s, String sentence) {
        if (OTHER_EDIT.matcher(sentence).find()) {
            return false;
        }
        Matcher m = VERB_FIRST.matcher(sentence);
        String words;
        String list;
        if (m.matches()) {
            words = m.group(1) != null ? m.group(1) : m.group(2);
            list = m.group(3).strip();
        } else {
            m = ASKED.matcher(sentence);
            if (!m.matches() || !VALUE_WORDS.matcher(m.group(1)).find()) {
                return false; // "can the status be …" without "values" is read by the other readers
            }
            words = m.group(1);
            list = m.group(2).strip();
        }
        if (LIST_WORDS.matcher(list).find()) {
            return false; // "make condition a dropdown with A, B, C": a type change with its values, another reader's
        }
        RefineMatcher.FieldRef f = named(s, words);
        if (f == null) {
            return false;
        }
        for (String piece : PIECES.split(list)) {
            String[] ws = SPACES.split(piece.strip());
            if (ws.length == 0 || ws.length > 4 || NO_VALUE_START.contains(RefineText.fold(ws[0]))) {
                return false;
            }
        }
        List<String> values = RefineText.values(list);
        if (values.size() < 2 || values.size() > 12 || values.stream().anyMatch(v -> PointedValue.names(s, v))) {
            return false;
        }
        s.setOptions(f.entity().key(), f.field().key(), values);
        return true;
    }

    /** The one choice field with values the words name, by its label or its plural, "the X options" allowed. */
    private static RefineMatcher.FieldRef named(RefineSession s, String words) {
        String name = VALUE_WORDS.matcher(words).replaceAll(" ").strip();
        if (name.isEmpty()) {
            return null;
        }
        return ChangedOptions.named(s, new RefineClause(name));
    }
}

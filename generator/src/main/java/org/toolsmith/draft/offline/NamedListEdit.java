package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * A choice field named by its label and values said beside it, with a word that tells what happens to its list
 * (session 26, s26r), read by word family whatever the shape of the sentence:
 * <ul>
 *   <li>replacing: "only", "these options", "replace … by", "change the options … to", "uniquement", "que ces valeurs",
 *       "remplacer … par", "solo", "estas opciones", "cambia las opciones … por", "nur noch", "diese Werte",
 *       "ersetzen durch" — the values are the whole new list (at least two);</li>
 *   <li>extending: "also" with a word of allowing or being ("also allow", "can also be", "peut aussi être",
 *       "autorise aussi", "también puede ser", "permite también", "auch … erlauben", "kann auch … sein") — the values
 *       are added;</li>
 *   <li>taking out: "remove", "take out", "retire", "enlève", "quita", "elimina", "rausnehmen", "entfernen" — only
 *       values the field already offers are taken out.</li>
 * </ul>
 * The values are what stands on one side of the field's name (or after a colon) once the words of the frame are
 * taken off its edges ("please change the options for the", "to", "nothing else", "bitte … erlauben"). Exactly one
 * choice field must be named; a value that is a kind's or a field's name, or longer than four words, stops the reader.
 */
final class NamedListEdit {
    private static final Pattern REPLACE = RefineText.p("\\b(?:only|just|nothing else|nothing more|swap\\w*|exclusively|replace\\w*|(?:these|the following) (?:options|values|choices)"
            + "|(?:change|set|update)\\s+(?:the\\s+)?(?:options|choices|values)|uniquement|seulement|exclusivement|que ces|ne (?:doit|doivent|peut|peuvent) (?:avoir|proposer|contenir) que|remplac\\w*|ces (?:valeurs|options|choix)"
            + "|solo|solamente|unicamente|nada mas|(?:estas|estos|las siguientes) (?:opciones|valores)|sustitu\\w*|reemplaz\\w*|cambia\\w* (?:las|los) (?:opciones|valores)"
            + "|nur noch|nur|ausschliesslich|(?:diese|folgende) (?:werte|optionen)|ersetz\\w*)\\b");
    private static final Pattern ALSO = RefineText.p("\\b(?:also|too|as well|aussi|egalement|tambien|auch|ebenfalls)\\b");
    /** A word of allowing: more values, with or without "also". */
    private static final Pattern ALLOW = RefineText.p("\\b(?:allow\\w*|accept\\w*|permit\\w*|autoris\\w*|admit\\w*|permit\\w*|erlaub\\w*|zulass\\w*|zugelassen)\\b");
    /** A word of being or adding: more values only with "also" ("can also be", "peut aussi être", "auch … ergänzen"). */
    private static final Pattern BE_OR_ADD = RefineText.p("\\b(?:be|add\\w*|etre|ajout\\w*|rajout\\w*|ser|anad\\w*|sein|erganz\\w*)\\b");
    /** The end of a sentence (not the dot of "Dr." or "St."). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b(?:Dr|Dra|St|Sr|Sra|Mr|Mrs|Ms|Nr|bzw|ca|usw|etc))[.!?;]+(?=\\s|$)|\\n+");
    private static final Pattern REMOVE = RefineText.p("\\b(?:remove|take\\s+\\S+(?:\\s+\\S+)?\\s+out|take out|delete|drop|get rid of|retir\\w*|enlev\\w*|supprim\\w*|quit\\w*|elimin\\w*|borr\\w*|entfern\\w*|rausnehm\\w*|raus|streich\\w*|loesch\\w*|losch\\w*)\\b");
    /** Words of the frame around the values, never a value at the edge of the list. */
    private static final String FRAME = "(?:is|are|ever|always|please|pls|kindly|hi|hello|thanks|thank you|then|and|also|too|as well|only|just|allow|accept|add|that|them|it|this|these|the|of|for|to|in|on|at|with|by|into|from|list|options?|choices?|values?|field|change|set|update|replace|make|let|can|could|should|must|may|will|would|be|now|nothing else|nothing more|more|swap|no others?|we|you|please add that"
            + "|don't|do not|any more|anymore|remove|take|out|drop|delete|get rid of|option"
            + "|bonjour|merci|svp|stp|et|aussi|egalement|seulement|uniquement|autorise[rz]?|accepte[rz]?|ajoute[rz]?|pour|le|la|les|du|de|des|d'|l'|au|aux|dans|par|en|sur|que|ne|doit|doivent|peut|peuvent|avoir|etre|ces|valeurs?|choix|remplace[rz]?|remplacer|tu|vous|pouvez|peux|pourriez|rien d'autre|plus|on|retire[rz]?|enleve[rz]?|supprime[rz]?|l'ajouter|ajouter|les ajouter|faire"
            + "|hola|gracias|por favor|y|tambien|solo|solamente|permite|permitir|admite|anade|anadir|anadelo|anadelos|para|el|los|las|del|al|a|con|que|tenga|tengan|estas|estos|opciones|opcion|valores|cambia|cambiar|por|nada mas|ninguna otra|puede|pueden|ser|debe|deben|quita|quitar|elimina|eliminar"
            + "|sont|est|son|es|ist|sind|hallo|danke|bitte|und|auch|noch|nur|nur noch|erlauben|zulassen|bei|beim|der|die|das|den|dem|fur|von|zu|im|in|mit|durch|ersetzen|ersetze|auswahl|werte|wert|optionen|soll|sollen|sollte|kann|konnen|haben|sein|werden|diese|erganzen|erganze|entferne|entfernen|rausnehmen|streichen|option)";
    private static final Pattern LEFT_EDGE = Pattern.compile("^(?:[\\s,.;:!?¿¡()\"-]+|" + FRAME + "(?=[\\s,.;:!?¿¡()\"-]|$)|(?:l|d|qu|n)')");
    private static final Pattern RIGHT_EDGE = Pattern.compile("(?:[\\s,.;:!?¿¡()\"-]+|(?<=^|[\\s,.;:!?¿¡()\"'-])" + FRAME + ")$");
    private static final Pattern SEPARATOR = Pattern.compile(",|\\s(?:and|or|et|ou|y|o|und|oder)\\s");
    /** Words of another edit inside what would be the values: the values end before them (left to the other readers). */
    private static final Pattern OTHER_EDIT = RefineText.p("\\b(?:please|pls|make|set|rename|remove|delete|add|field|column|required|mandatory|compulsory|unique|optional"
            + "|obligatoire|obligatorio|pflicht\\w*|champ|colonne|campo|columna|feld|spalte|renomm\\w*|supprim\\w*|ajout\\w*|anad\\w*|elimin\\w*|entfern\\w*|hinzu\\w*"
            + "|bitte|merci|svp|stp|por favor|mets|mettre|haz|hacer|mach\\w*|rend\\w*|vuelve|also|aussi|tambien|auch|need|faut|necesit\\w*|brauch\\w*)\\b");
    /** The box or type the field becomes ("a drop-down with …", "une liste déroulante", "just a yes/no", "allow several"): a type change, for the type readers. */
    private static final Pattern BOX = RefineText.p("\\b(?:drop-?down|deroulante|desplegable|dropdown|multi-?select|text|texte|texto|number|nombre|numero|zahl|date|fecha|datum"
            + "|yes ?/ ?no|yes or no|checkbox|check box|tick ?box|boolean|true ?/ ?false|person|user|amount|money|currency|decimal\\w*|integer|whole number|e-?mail|phone|link|url|file|attachment|upload|long text|free text|time"
            + "|oui ?/ ?non|oui ou non|case a cocher|personne|utilisateur|montant|monetaire|entier|fichier|piece jointe|lien|courriel|telephone|heure"
            + "|si ?/ ?no|si o no|casilla|persona|usuario|importe|moneda|entero|archivo|adjunto|enlace|correo|hora"
            + "|ja ?/ ?nein|ja oder nein|kontrollkastchen|hakchen|benutzer|betrag|wahrung|ganzzahl|dezimal\\w*|datei|anhang|telefon|uhrzeit"
            + "|several|multiple|more than one|many|plusieurs|multiples?|plus d'une?|varios|varias|multiples|mas de una?|mehrere|mehr als eine?n?)\\b");

    private NamedListEdit() {
    }

    /** Each sentence of the message this reader can read is applied and taken out; the rest is left to the others. */
    static String take(RefineSession s, String message) {
        StringBuilder rest = new StringBuilder();
        Matcher m = SENTENCE_END.matcher(message);
        int start = 0;
        boolean any = false;
        while (start < message.length()) {
            int end = m.find(start) ? m.end() : message.length();
            String sentence = message.substring(start, end);
            if (!sentence.isBlank() && read(s, new RefineClause(sentence))) {
                any = true;
            } else {
                rest.append(sentence);
            }
            start = end;
        }
        return any ? rest.toString().strip() : message;
    }

    static boolean read(RefineSession s, RefineClause c) {
        String t = c.text;
        boolean replace = c.match(REPLACE).find();
        boolean extend = !replace && (c.match(ALLOW).find() || c.match(ALSO).find() && c.match(BE_OR_ADD).find());
        boolean remove = !replace && !extend && c.match(REMOVE).find();
        if (!replace && !extend && !remove || c.match(BOX).find()) {
            return false;
        }
        int[] at = null;
        Entity owner = null;
        Field named = null;
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                if (!f.type().hasOptions() || f.options().isEmpty()) {
                    continue;
                }
                int[] found = find(t, RefineText.fold(f.label()));
                if (found == null) {
                    continue;
                }
                if (named != null && !(at[0] == found[0] && at[1] == found[1])) {
                    return false; // two choice fields named: not this reader's to tell
                }
                if (named == null || found[1] - found[0] > at[1] - at[0]) {
                    at = found;
                    owner = e;
                    named = f;
                }
            }
        }
        if (named == null) {
            return false;
        }
        int colon = t.indexOf(':', at[1]);
        int[] span;
        if (colon >= 0) {
            span = span(t, colon + 1, t.length());
        } else {
            int[] before = span(t, 0, at[0]);
            int[] after = span(t, at[1], t.length());
            if (before != null && after != null) {
                return false;
            }
            span = before == null ? after : before;
        }
        if (span == null) {
            return false;
        }
        String inside = t.substring(span[0], span[1]);
        Pattern cue = replace ? REPLACE : remove ? REMOVE : extend && c.match(ALLOW).find() ? ALLOW : ALSO;
        if (cue.matcher(inside).find() || !cue.matcher(t.substring(0, span[0]) + " | " + t.substring(span[1])).find()
                || OTHER_EDIT.matcher(inside).find()) {
            // "forget it, only the oven part": the word of the edit is inside what would be the values, so they are none;
            // "… can also be 'Late' and please make the date required": a second edit, not a value
            return false;
        }
        List<String> values = RefineText.values(c.sub(span[0], span[1]).orig);
        if (values.isEmpty() || replace && values.size() < 2) {
            return false;
        }
        int kinds = 0;
        for (String v : values) {
            if (v.split("\\s+").length > 4 || v.length() > 40 || isLabel(s, v)) {
                return false;
            }
            kinds += RefineResolver.entity(s, new RefineClause(v)) != null ? 1 : 0;
        }
        if (kinds == values.size()) {
            return false; // "customers: also name and email": kinds, not values ("Talk" among other formats is a value)
        }
        if (remove) {
            List<String> had = named.options().stream().map(RefineText::fold).toList();
            if (!values.stream().allMatch(v -> had.contains(RefineText.fold(v)))) {
                return false;
            }
            List<String> out = new ArrayList<>();
            for (String o : named.options()) {
                if (values.stream().anyMatch(v -> RefineText.fold(v).equals(RefineText.fold(o)))) {
                    out.add(o);
                }
            }
            s.removeOptions(owner.key(), named.key(), out);
        } else if (extend) {
            s.addOptions(owner.key(), named.key(), values);
        } else {
            s.setOptions(owner.key(), named.key(), values);
        }
        return true;
    }

    /** Where the label stands in the folded clause, as whole words. */
    private static int[] find(String text, String label) {
        if (label.isBlank()) {
            return null;
        }
        int from = 0;
        while (true) {
            int i = text.indexOf(label, from);
            if (i < 0) {
                return null;
            }
            int j = i + label.length();
            boolean left = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean right = j == text.length() || !Character.isLetterOrDigit(text.charAt(j));
            if (left && right) {
                return new int[] {i, j};
            }
            from = i + 1;
        }
    }

    /** Where the values stand between two positions once the frame words are taken off both edges; null when nothing is left. */
    private static int[] span(String t, int start, int end) {
        int a = start;
        int b = end;
        boolean moved = true;
        while (moved && a < b) {
            moved = false;
            Matcher l = LEFT_EDGE.matcher(t.substring(a, b));
            if (l.find() && l.end() > 0) {
                a += l.end();
                moved = true;
            }
            Matcher r = RIGHT_EDGE.matcher(t.substring(a, b));
            if (r.find() && r.end() > r.start()) {
                b = a + r.start();
                moved = true;
            }
        }
        return a < b ? new int[] {a, b} : null;
    }

    private static boolean isLabel(RefineSession s, String value) {
        String v = RefineText.fold(value);
        return s.spec.entities().stream().flatMap(e -> e.fields().stream()).anyMatch(x -> RefineText.fold(x.label()).equals(v));
    }
}

package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * One value of a choice renamed, said by a word of renaming and the value as it stands (session 25, helper s25y):
 * "rename the option Lager to Pale ale in the style", "in the status, call 'New' 'Draft' instead",
 * "renomme la valeur Contrôle en Suivi dans le soin", "« Retrait » devient « Retrait en magasin »",
 * "cambia la opción Baja por Rutina en la prioridad", "'Recogida' pasa a llamarse 'Recogida en tienda'",
 * "benenne beim Status die Option Neu in Offen um", "bei der Sorte bitte 'Helles' in 'Lager' umbenennen".
 * <p>
 * The value must be one of a choice field's values, written whole in the clause; when the clause names a field too it
 * must be that value's field. The new value is the second of two quoted values, or the words after the joining word
 * ("to", "en", "por", "in" …) up to the field's own name. Before, the first two refused and "rename Lager to Pale ale in
 * the style" set the value to "Pale ale in the style".
 */
final class OptionRenames {
    private OptionRenames() {
    }

    /** Words of renaming (folded): verbs and the "becomes / is now called" of the four languages. */
    private static final Pattern RENAMING = RefineText.p("\\b(?:renam\\w*|relabel\\w*|call|called|renomm\\w*|devient|deviennent|s'appellera|s'appelle desormais|"
            + "renombr\\w*|pasa a llamarse|pase a llamarse|se llamara|cambia (?:la opcion|el valor)|cambiar (?:la opcion|el valor)|"
            + "umbenenn\\w*|benenn\\w*|heisst (?:jetzt|ab jetzt|kunftig|nun)|soll (?:jetzt |kunftig |nun )?\\S+ heissen)\\b");
    /** What joins the old value to the new one, right after the old value. */
    private static final Pattern JOIN = RefineText.p("^\\s*['\"»]?\\s*(?:to|into|as|en|par|por|a|in|zu|devient|pasa a llamarse|pase a llamarse|heisst jetzt|->|→|:)\\s+");
    /** Polite or closing words after the new value. */
    private static final Pattern TAIL = RefineText.p("(?:\\s+(?:please|pls|thanks?|thank you|instead|merci|svp|stp|s'il te plait|s'il vous plait|por favor|gracias|bitte|danke|um|umbenennen|umbenannt|desormais|a partir de ahora|ab jetzt|from now on))+\\s*$");
    /** Words that say a value of a list is meant, not a field of the same name. */
    private static final Pattern OPTION_WORD = RefineText.p("\\b(?:options?|values?|choices?|entry|entries|valeurs?|choix|valor(?:es)?|opcion(?:es)?|"
            + "optionen|werte?s?|auswahl\\w*|eintrag\\w*)\\b");
    private static final Pattern PLACE = RefineText.p("\\s+(?:in|on|for|of|dans|pour|de|du|des|en|del|para|bei|beim|im|von|vom)\\s+(?:the|our|le|la|les|l'|el|los|las|der|die|dem|den|das)?\\s*");

    static boolean read(RefineSession s, RefineClause c) {
        if (c.text.length() > 200 || !c.match(RENAMING).find()) {
            return false;
        }
        Entity owner = null;
        Field field = null;
        String value = null;
        int at = -1;
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                if (!f.type().hasOptions()) {
                    continue;
                }
                for (String o : f.options()) {
                    String folded = RefineText.fold(o);
                    int i = folded.isEmpty() ? -1 : Text.indexOfPhrase(c.text, folded);
                    if (i < 0 || RefineText.fold(f.label()).equals(folded)) {
                        continue;
                    }
                    boolean named = Text.containsPhrase(c.text, RefineText.fold(f.label()));
                    boolean ownNamed = field != null && Text.containsPhrase(c.text, RefineText.fold(field.label()));
                    if (field == null || (named && !ownNamed) || (named == ownNamed && field == f && i < at)) {
                        owner = e;
                        field = f;
                        value = o;
                        at = i;
                    } else if (named == ownNamed && field != f) {
                        return false; // the value stands in two lists and neither is named
                    }
                }
            }
        }
        if (field == null || namesAField(s, value) && !c.match(OPTION_WORD).find()) {
            return false; // "rename Defects to Defect description": a field of that name is what is renamed
        }
        String renamed = null;
        List<String> quoted = RefineText.quoted(c.orig);
        if (quoted.size() == 2 && RefineText.fold(quoted.get(0)).equals(RefineText.fold(value))) {
            renamed = quoted.get(1);
        } else if (quoted.size() <= 1) {
            RefineClause rest = c.from(at + RefineText.fold(value).length());
            Matcher join = rest.match(JOIN);
            if (!join.find()) {
                return false;
            }
            RefineClause next = rest.from(join.end());
            String words = next.text;
            int cut = words.length();
            Matcher place = PLACE.matcher(words);
            String label = RefineText.fold(field.label());
            while (place.find()) {
                if (words.startsWith(label, place.end()) || words.startsWith(RefineText.fold(owner.name()), place.end())
                        || owner.plural() != null && words.startsWith(RefineText.fold(owner.plural()), place.end())) {
                    cut = place.start();
                    break;
                }
            }
            int stop = indexOfAny(words, ",;.!?");
            cut = Math.min(cut, stop < 0 ? cut : stop);
            renamed = next.sub(0, cut).orig;
            Matcher tail = TAIL.matcher(RefineText.fold(renamed));
            if (tail.find()) {
                renamed = next.sub(0, tail.start()).orig;
            }
        }
        if (renamed == null) {
            return false;
        }
        String to = RefineText.label(renamed);
        if (to.isEmpty() || to.split("\\s+").length > 5 || RefineText.fold(to).equals(RefineText.fold(value))
                || field.options().stream().anyMatch(o -> RefineText.fold(o).equals(RefineText.fold(to)))) {
            return false;
        }
        // another field named outside the new value: not this list's value
        String outside = c.text.replace(RefineText.fold(to), " ");
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                if (f != field && RefineText.fold(f.label()).length() > 2 && Text.containsPhrase(outside, RefineText.fold(f.label()))
                        && !RefineText.fold(field.label()).contains(RefineText.fold(f.label()))
                        && !RefineText.fold(value).contains(RefineText.fold(f.label()))) {
                    return false; // another field is named: not this list's value
                }
            }
        }
        return RefineRenames.renameOption(s, new RefineMatcher.FieldRef(owner, field, 1), value, to);
    }

    /** Whether a field is labelled as the value is ("Mängel" both a field and a result's value). */
    private static boolean namesAField(RefineSession s, String value) {
        String v = RefineText.fold(value);
        return s.spec.entities().stream().flatMap(e -> e.fields().stream()).anyMatch(f -> RefineText.fold(f.label()).equals(v));
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}

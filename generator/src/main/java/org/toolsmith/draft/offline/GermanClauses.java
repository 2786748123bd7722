package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * German clause structures for {@link NativeClauses}: the verb or its particle last ("X muss noch rein",
 * "X kann raus"), second after a scope, "aus X wird Y", "statt X lieber Y", a demonstrative pointing back,
 * wishes in the subjunctive. Matching is on the folded text.
 */
final class GermanClauses {
    private GermanClauses() {
    }

    static final String DE_MODAL = "(?:muss|mussen|soll|sollen|sollte|sollten|kann|konnen|konnte|konnten|darf|durfen|musste|mussten)";

    static final String DE_SOFT = "(?:noch|auch|bitte|unbedingt|zusatzlich|ruhig|gerne?|ja|dann|jetzt|eigentlich|mal|einfach|direkt|getrost|komplett|ganz|mit|also|gar|ohnehin|sowieso|eh|daher|deshalb|doch)";

    /** "X muss noch rein", "X bitte noch dazu", "X soll mit rein": a particle of adding, last. */
    static final Pattern DE_ADD_LAST = Pattern.compile("^(?:(?:und|aber|also|achso|ach ja|ah)\\s*,?\\s+)?(?:bitte\\s+)?(.+?)\\s+(?:" + DE_MODAL + "\\s+)?(?:" + DE_SOFT + "\\s+)*"
            + "(?:mit\\s+)?(?:rein|hinein|dazu|hinzu|mit dazu|mit auf)$");

    /** "bei der Ausgabe muss noch rein, wann …", "da muss noch dazu: …": the particle second, what is added after it. */
    static final Pattern DE_ADD_FRONT = Pattern.compile("^(?:(?:und|aber|also)\\s+)?((?:bei|beim|fur|zum|zur|im|am|in)\\s+(?:(?:der|dem|den|die|das|jede[mrn]?)\\s+)?[\\w-]+\\s+|da\\s+|hier\\s+)?"
            + DE_MODAL + "\\s+(?:" + DE_SOFT + "\\s+)*(?:rein|hinein|dazu|hinzu|mit rein|mit dazu)\\s*[:,]?\\s+(.+)$");

    /** "X kann raus", "X können wir uns sparen", "X fliegt raus": a particle or verb of removing, last. */
    static final Pattern DE_REMOVE_LAST = Pattern.compile("^(?:(?:und|aber|also)\\s+)?(?:bitte\\s+)?(.+?)\\s+(?:"
            + "(?:" + DE_MODAL + "\\s+)(?:(?:wir|ihr|man)\\s+)?(?:(?:uns|euch)\\s+)?(?:" + DE_SOFT + "\\s+)*(?:raus|weg|entfallen|wegfallen|verschwinden|rausfliegen|sparen|streichen|weglassen|rausnehmen|rauswerfen|gestrichen werden|geloscht werden|entfernt werden)"
            + "|(?:fliegt|fliegen|kommt|kommen)\\s+(?:" + DE_SOFT + "\\s+)*raus)$");

    /** "aus Notiz wird Hinweise", "aus 'Offen' machen wir 'Neu'": the old name, then the new one. */
    static final Pattern DE_RENAME = Pattern.compile("^(?:(?:und|aber|also)\\s+)?(?:bitte\\s+)?aus\\s+(?:(?:der|dem|den)\\s+)?(.+?)\\s+(?:wird|werden|machen wir|machen|soll|sollte|sollen)\\s+(?:(?:bitte|dann|jetzt|einfach|lieber|besser|kunftig)\\s+)*(.+?)(?:\\s+(?:werden|gemacht werden))?$");

    /** "die nutzt eh keiner", "das steht eh im CRM": a demonstrative and a verb, a remark on what was just named. */
    static final Pattern DE_REMARK = Pattern.compile("^(?:die|der|das|den|dem)\\s+\\S+.*\\b(?:eh|sowieso|ohnehin|keiner|niemand|nie|kaum|selten|schon|bereits)\\b.*$");

    static final Pattern DE_EDIT_WORD = Pattern.compile("\\b(?:pflicht\\w*|rein|raus|weg|dazu|hinzu\\w*|erganz\\w*|losch\\w*|entfern\\w*|heiss\\w*|umbenenn\\w*|liste|zahl|text\\w*|datum|auswahl|optional|leer|ausgefullt)\\b");

    /** "das muss bei jeder Unterweisung hochgeladen werden": a passive about the thing just named. */
    static final Pattern DE_PASSIVE_BACK = Pattern.compile("^(?:das|die|der|dies|diese|dieses|es)\\s+" + DE_MODAL + "\\s+(?:" + DE_SOFT + "\\s+)*"
            + "((?:bei|beim|fur|zu|zum|zur|in|im)\\s+(?:jede[mrsn]?\\s+|der\\s+|dem\\s+|den\\s+|die\\s+)?[\\w-]+)?\\s*(?:" + DE_SOFT + "\\s+)*"
            + "(hochgeladen|angehangt|eingescannt|beigefugt|angefugt|hinterlegt|erfasst|eingetragen|angegeben|festgehalten|dokumentiert|gespeichert)\\s+werden(?:\\s+konnen)?$");

    /** A separable verb said first ("füg … hinzu", "nimm … auf", "pack … rein"): the readers know that order. */
    static final String DE_VERB_FIRST = "(?:fug|nimm|nehmt|pack|trag|setz|schreib|mach|tu|leg|bau|kommt|kommen|stell|schmeiss|wirf|werft|nehm)\\w*\\b";
    /** What stands before a verb-final request and makes it something else: a verb in front, or a negation. */
    private static final Pattern NOT_VERB_FINAL = Pattern.compile("(?:bitte\\s+)?" + DE_VERB_FIRST + ".*|.*\\b(?:nicht|kein\\w*|nie)\\b.*");
    private static final Pattern NOT_PLACED = Pattern.compile("(?:es|da|hier)\\b.*|(?:bitte\\s+)?" + DE_VERB_FIRST + ".*|.*\\b(?:kommt|kommen|gehort|gehoren|passt|passen|nicht|kein\\w*)\\b.*");

    static final Pattern DE_PRONOUN = Pattern.compile("^(?:das|die|der|den|dies|dieses|diese|es)$");

    /** The noun phrase a following "das muss rein" points back at: from the last article on. */
    static final Pattern DE_LAST_NP = Pattern.compile("^.*\\b((?:ein|eine|einen|einem|der|die|das|den|dem)\\s+(?!(?:ein|eine|einen|der|die|das|den|dem)\\b)[^,]+)$");

    static final Pattern DE_WISH = Pattern.compile("^(?:(?:und|aber|ach ja)\\s*,?\\s+)?(?:es\\s+)?(?:ware|waere|wurde)\\s+(?:(?:echt|sehr|auch|noch)\\s+)*(?:gut|schon|praktisch|hilfreich|super|toll|sinnvoll|helfen)\\s*,?\\s+(?:wenn\\s+(?:wir|man)\\s+(?:auch\\s+|noch\\s+)*(.+?)\\s+(?:hatten|hatte|erfassen konnten|eintragen konnten|sehen konnten)|(.+?)\\s+(?:zu\\s+(?:haben|erfassen|sehen|festhalten|notieren|hinterlegen)|(?:festhalten|erfassen|eintragen|notieren|angeben|speichern|hinterlegen|vermerken|dokumentieren|sehen)\\s+zu\\s+(?:konnen|durfen)))$");

    /** "Fürs Controlling wäre außerdem der Preis hilfreich", "die E-Mail-Adresse wäre praktisch": the thing, said as useful. */
    static final Pattern DE_USEFUL = Pattern.compile("^(?:(?:und|aber)\\s+)?(?:(?:fur|furs|zum|zur|im)\\s+(?:(?:die|den|das|der)\\s+)?[\\w-]+\\s+)?(?:ware|waren|waere)\\s+(?:(?:ausserdem|auch|noch|zusatzlich|dann)\\s+)*((?:der|die|das|ein|eine)\\s+.+?)\\s+(?:sehr\\s+|echt\\s+)?(?:hilfreich|praktisch|gut|nutzlich|wichtig|sinnvoll)$"
            + "|^(?:(?:und|aber)\\s+)?((?:der|die|das)\\s+.+?)\\s+(?:ware|waren|waere)\\s+(?:(?:ausserdem|auch|noch|sehr|echt)\\s+)*(?:hilfreich|praktisch|nutzlich|sinnvoll)$");

    /** "… wüsste gern, ob …", "hätte gern die E-Mail-Adresse", "möchte sehen, wer …": someone's wish in the subjunctive. */
    static final Pattern DE_WOULD_LIKE = Pattern.compile("(?iu)(?:^|(?<=,\\s{0,2}und\\s{1,2}))(?:(?:stattdessen|ausserdem|außerdem|zudem|dann)\\s+)?(?:[\\p{L}-]+\\s+){0,4}?(?:wüsste|wüssten|hätte|hätten|möchte|möchten)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:gern|gerne)\\s*,?\\s+(?:(?:wissen|sehen|erfahren)\\s*,?\\s+)?");

    static final Pattern DE_INSTEAD = Pattern.compile("^(?:(?:und|aber)\\s+)?(?:statt|anstatt|anstelle von)\\s+(?:(?:der|dem|des|die|das)\\s+)?(.{2,30}?)\\s*,?\\s+(?:(?:lieber|besser|bitte|dann|einfach)\\s+)+(.{2,30})$");

    static final Pattern DE_ASK_FIRST = Pattern.compile("^(?:(?:und|aber)\\s+)?(?:(?:bitte|noch|auch)\\s+)*(?:erganzen|hinzufugen|aufnehmen|erfassen|festhalten|eintragen|dazunehmen)\\s*,?\\s+(?=(?:ob|wer|wann|wie viele|wie viel|wieviel|welche[rsnm]?|wo|warum)\\b)");

    static final Pattern DE_SCOPE = Pattern.compile("^((?:bei|beim|fur|zum|zur|im|am)\\s+(?:(?:der|dem|den|jede[mrn]?)\\s+)?[\\w-]+)\\s+(?:(?:auch|noch|bitte)\\s+)*");

    static String germanSentence(RefineClause c) {
        Matcher m = c.match(DE_USEFUL);
        if (m.find()) {
            return "noch " + c.group(m, m.group(1) != null ? 1 : 2).orig + " hinzufügen";
        }
        Matcher wish = DE_WOULD_LIKE.matcher(c.orig);
        if (wish.find() && !c.text.matches(".*\\b(?:nicht|kein\\w*|loschen|entfernen|raus|weg)\\b.*")) {
            // "stattdessen wüsste das Welcome Centre gern, ob …, und hätte gern die E-Mail-Adresse": each wish is an addition
            String said = DE_WOULD_LIKE.matcher(c.orig).replaceAll("noch ").replaceAll("(?iu),\\s*und\\s+noch\\s+", ". Noch ");
            return said.replaceAll("(?iu)\\s*,\\s*um\\s+[^,.;]+?\\s+zu\\s+\\p{L}+", "");
        }
        String aside = c.orig.replaceAll("^.*?(\\s*\\([^()]*\\))$", "$1");
        RefineClause plain = aside.equals(c.orig) ? c : new RefineClause(c.orig.substring(0, c.orig.length() - aside.length()));
        m = plain.match(DE_WISH);
        if (m.find() && plain != c) {
            // "Es wäre schön, einen Ablehnungsgrund festhalten zu können (kann ein paar Sätze lang sein)"
            return "noch " + plain.group(m, m.group(1) != null ? 1 : 2).orig + " hinzufügen" + (aside.matches("(?s).*\\b(?:S[äa]tze|Absätze|lang|ausführlich)\\b.*") ? " als langer Text" : "");
        }
        m = c.match(DE_WISH);
        if (m.find()) {
            // "es wäre gut, wenn wir die Uhrzeit hätten", "es wäre praktisch, die Uhrzeit zu haben"
            RefineClause what = c.group(m, m.group(1) != null ? 1 : 2);
            Matcher scope = what.match(DE_SCOPE);
            return scope.find() ? what.group(scope, 1).orig + " noch " + what.from(scope.end()).orig + " hinzufügen" : "noch " + what.orig + " hinzufügen";
        }
        m = c.match(DE_ADD_FRONT);
        if (m.find()) {
            // "bei der Fahrt muss noch rein, wie viele Kilometer …": the particle second, what is added after the comma
            String scope = m.group(1) == null || m.group(1).strip().matches("da|hier") ? "" : c.group(m, 1).orig + " ";
            return scope + "noch " + c.group(m, 2).orig;
        }
        RefineClause body = c;
        String scope = "";
        Matcher sc = c.match(DE_SCOPE);
        if (sc.find()) {
            scope = c.group(sc, 1).orig + " ";
            body = c.from(sc.end());
        }
        m = body.match(DE_ASK_FIRST);
        if (m.find()) {
            // "beim Schlüssel bitte ergänzen, ob er nachgemacht werden darf": the verb first, then the question that names the field
            return scope + "noch " + body.from(m.end()).orig;
        }
        return null;
    }

    static String german(RefineClause c, String before) {
        Matcher m = c.match(DE_INSTEAD);
        if (m.find() && !c.group(m, 2).text.matches("^(?:ein|eine|einen|der|die|das|den)\\b.*")) {
            // "statt Notiz lieber Kommentar": a bare name in place of the old one is a new name
            return c.group(m, 1).orig + " in " + c.group(m, 2).orig + " umbenennen";
        }
        m = c.match(DE_RENAME);
        if (m.find() && c.group(m, 2).orig.split("\\s+").length <= 4) {
            return c.group(m, 1).orig + " in " + c.group(m, 2).orig + " umbenennen";
        }
        m = c.match(DE_ADD_FRONT);
        if (m.find()) {
            String scope = m.group(1) == null || m.group(1).strip().matches("da|hier") ? "" : c.group(m, 1).orig + " ";
            return scope + "noch " + c.group(m, 2).orig + " hinzufügen";
        }
        m = c.match(DE_REMOVE_LAST);
        if (m.find() && !NOT_VERB_FINAL.matcher(c.group(m, 1).text).matches()) {
            String what = c.group(m, 1).orig;
            if (DE_PRONOUN.matcher(RefineText.fold(what)).matches()) {
                // "das Fax nutzt keiner mehr, das kann weg": the readers find what "das" stands for
                return null;
            }
            return what + " entfernen";
        }
        m = c.match(DE_PASSIVE_BACK);
        if (m.find() && before != null) {
            // "… das Nachweisdokument als PDF, das muss bei jeder Unterweisung hochgeladen werden": what was just named, where
            RefineClause b = new RefineClause(before.replaceFirst("(?iu)^noch\\s+", "").replaceFirst("(?iu)\\s+hinzufügen$", ""));
            Matcher np = b.match(DE_LAST_NP);
            if (np.find()) {
                String where = m.group(1) == null ? "" : c.group(m, 1).orig + " ";
                boolean file = m.group(2).matches("hochgeladen|angehangt|eingescannt|beigefugt|angefugt|hinterlegt");
                return "\u0000" + where + "noch " + b.from(np.start(1)).orig + (file && !b.from(np.start(1)).text.matches(".*\\bals\\b.*") ? " als Datei" : "") + " hinzufügen";
            }
        }
        m = c.match(DE_ADD_LAST);
        if (m.find() && !NOT_PLACED.matcher(c.group(m, 1).text).matches()) {
            String what = c.group(m, 1).orig;
            if (DE_PRONOUN.matcher(RefineText.fold(what)).matches()) {
                // "… hat ja ein Ausgabedatum, das muss rein": the noun just named
                if (before == null) {
                    return null;
                }
                RefineClause b = new RefineClause(before);
                Matcher np = b.match(DE_LAST_NP);
                return np.find() ? "\u0000noch " + b.from(np.start(1)).orig + " hinzufügen" : null;
            }
            RefineClause w = c.group(m, 1);
            Matcher scope = w.match(DE_SCOPE);
            if (scope.find() && scope.end() < w.text.length()) {
                // "beim Fahrzeug bitte noch die Ausstattung dazu": the kind in front, then what it gets
                return w.group(scope, 1).orig + " noch " + w.from(scope.end()).orig + " hinzufügen";
            }
            return "noch " + what.replaceFirst("(?iu)^noch\\s+", "") + " hinzufügen";
        }
        if (before != null && c.match(DE_REMARK).find() && !c.match(DE_EDIT_WORD).find()
                && lowerVerb(c.orig)) {
            // "…, die nutzt eh keiner": a remark on what was just named
            return "";
        }
        return null;
    }

    /** "die nutzt eh keiner", "die Bestätigungen schicken die Vereine ohnehin": a verb (lower case) second or third, so a clause. */
    static boolean lowerVerb(String part) {
        String[] w = part.strip().split("\\s+");
        return w.length > 1 && Character.isLowerCase(w[1].charAt(0))
                || w.length > 2 && Character.isUpperCase(w[1].charAt(0)) && Character.isLowerCase(w[2].charAt(0)) && !w[2].matches("(?iu)und|oder|von|vom|der|des|für");
    }

}

package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * German edit messages said in the frames of everyday German, said again in the one frame the readers know, before
 * anything else reads them. Each rule is a frame of the language, not a phrasing:
 * <ul>
 * <li>words typed without umlauts ("loeschen", "Rueckgabe", "ausserdem") are written with them when the word is a
 * word of editing or a word of the app's own labels;</li>
 * <li>the polite imperative puts "Sie" after the verb and the particle last ("Fügen Sie … hinzu", "Bitte entfernen
 * Sie …"): it is the plain "Bitte … hinzufügen / entfernen";</li>
 * <li>a separable verb of taking in ("Nimm … mit auf", "Leg … an") is an addition;</li>
 * <li>a question about whether something can be done ("schau mal, ob wir … aufnehmen können") asks for it;</li>
 * <li>a new kind is said as a table or list with its fields ("Lege eine neue Tabelle X an, mit a und b", "wir
 * bräuchten noch Xs mit a und b", "eine Liste für Xs? Pro Eintrag: a, b", "dass wir auch Xs erfassen können (a,
 * b)"), and "jeder Eintrag" after it is one of those;</li>
 * <li>the values of a new choice field after "mögliche Werte:" or "das kann a oder b sein";</li>
 * <li>a rename said as "statt „X“ lieber „Y“" or "das Feld „X“ umbenennen? Neu: Y";</li>
 * <li>a value taken out of a list ("Nimm bei F die Option „V“ raus");</li>
 * <li>several edits in one sentence, each ending in its own infinitive, joined by commas or "und (dann)";</li>
 * <li>a type wished for in a clause with "wenn man … eingeben könnte".</li>
 * </ul>
 * Every rule keeps the words the person typed for names and values; a frame it does not recognise is left as it was.
 */
final class GermanFrames {

    private GermanFrames() {
    }

    // ------------------------------------------------------------------ umlauts
    /** Stems of editing words, as written with umlauts (folded to lower case). */
    private static final List<String> STEMS = List.of("füg", "hinzufüg", "ergänz", "lösch", "könn", "bräucht", "wär", "möcht", "gehör",
            "verknüpf", "änder", "künftig", "zukünftig", "heiß", "ausgefüll", "auswähl", "außerdem", "zurück", "müss", "nächst",
            "möglich", "für", "über", "hätt", "später", "prüf", "gebühr", "rück", "schlüssel", "zuständig", "gewünscht",
            "benötig", "zusätzlich", "ausfüll", "pflichtfeld", "würd", "wähl", "größ", "gespräch", "präsenz", "ermäßig", "läuft",
            "grüß", "gemäß", "dafür", "hinzugefüg");
    private static final Pattern UMLAUT_TYPED = Pattern.compile("(?i)ae|oe|ue|ss");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    static String umlauts(AppSpec spec, String message) {
        if (message.chars().anyMatch(c -> "äöüÄÖÜß".indexOf(c) >= 0) || !UMLAUT_TYPED.matcher(message).find()) {
            return message;
        }
        Set<String> known = new HashSet<>();
        for (Entity e : spec.entities()) {
            words(known, e.name());
            words(known, e.plural());
            for (Field f : e.fields()) {
                words(known, f.label());
                f.options().forEach(o -> words(known, o));
            }
        }
        Matcher m = WORD.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT);
            String repl = null;
            if (UMLAUT_TYPED.matcher(lower).find()) {
                String vowels = lower.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü");
                for (String c : List.of(vowels, vowels.replace("ss", "ß"), lower.replace("ss", "ß"))) {
                    if (!c.equals(lower) && (known.contains(c) || STEMS.stream().anyMatch(st -> c.startsWith(st) && typedIn(lower, st)))) {
                        repl = c;
                        break;
                    }
                }
            }
            if (repl != null && Character.isUpperCase(w.charAt(0))) {
                repl = Character.toUpperCase(repl.charAt(0)) + repl.substring(1);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(repl != null && !isAllCaps(w) ? repl : w));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The typed word holds the stem spelled without umlauts at its start. */
    private static boolean typedIn(String lower, String stem) {
        String typed = stem.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        return lower.startsWith(typed) && !typed.equals(stem);
    }

    private static boolean isAllCaps(String w) {
        return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
    }

    private static void words(Set<String> known, String s) {
        if (s == null) {
            return;
        }
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (w.chars().anyMatch(c -> "äöüß".indexOf(c) >= 0)) {
                known.add(w);
            }
        }
    }

    // ------------------------------------------------------------------ frames
    private static final String EDIT_STEMS = "füg|nehm|leg|benenn|entfern|lösch|ergänz|mach|stell|verknüpf|änder|setz|streich|erstell|trag|hinterleg|richt";
    private static final String PARTICLES = "hinzu|raus|heraus|weg|an|um|auf|mit auf|mit rein|rein|dazu|ein|ab|zu";
    /** "Fügen Sie … hinzu", "Bitte entfernen Sie …": the polite imperative, up to the end of its sentence. */
    private static final Pattern SIE_IMPERATIVE = Pattern.compile("(?iu)(?<=^|[.!?;]\\s{0,3}|^\\s*bitte,?\\s|[.!?;]\\s{0,3}bitte,?\\s)(?:bitte,?\\s+)?(" + EDIT_STEMS + ")en\\s+Sie\\s+(?:bitte\\s+)?([^.!?;]+)");
    private static final Pattern ENDING_PARTICLE = Pattern.compile("(?iu)^(.*?)\\s+(" + PARTICLES + ")\\s*$");
    /** "Nimm … (mit) auf", "Leg … an": a separable verb of taking in. */
    private static final Pattern TAKE_IN = Pattern.compile("(?iu)(?<=^|[.!?;]\\s{0,3})(?:bitte\\s+)?(?:nimm|nehmt|leg|lege|legt|häng|hänge|hängt)\\s+(?!.*\\b(?:tabelle|liste)\\b)(?![^.!?;]*\\bmit\\s+(?!(?:auf|rein|dazu)\\b)\\S)([^.!?;]+?)\\s+(?:mit\\s+auf|mit\\s+rein|mit\\s+dazu|auf|an|dazu|dran|ran)(?=\\s*(?:[.!?;]|$))");
    /** "Kannst du mal schauen, ob wir … aufnehmen können?": the question asks for the thing. */
    private static final Pattern WHETHER_CAN = Pattern.compile("(?iu)(?<=^|[.!?;]\\s{0,3})(?:(?:kannst du|könnt ihr|könntest du|können sie|könnten sie|bitte)\\s+)?(?:(?:mal|bitte|kurz|doch)\\s+)*(?:schauen|prüfen|checken|nachsehen|gucken|klären|nachschauen)\\s*,\\s*ob\\s+(?:wir|ihr|man|du|sie)\\s+([^.!?;]+?)\\s+(aufnehmen|mit aufnehmen|ergänzen|hinzufügen|erfassen|einbauen|anlegen|löschen|entfernen|rausnehmen|umbenennen)\\s+(?:können|könnt|kann|könnten|könnte|könntet)\\s*\\??");
    private static final Pattern PARTICLE_WORDS = Pattern.compile("(?<=\\s)doch\\s+(?!(?:nicht|kein|keine|keinen)\\b)");

    // kinds
    private static final String LIST_ITEMS = "([^.!?;()]+?(?:,|\\s+und\\s+)[^.!?;()]+?)";
    private static final Pattern KIND_TABLE = Pattern.compile("(?iu)(?<=^|[.!?;]\\s{0,3})(?:[^.!?;]*?\\b)?(?:eine\\s+)?(?:neue\\s+)?(?:tabelle|liste)\\s+(?:für\\s+(?:die\\s+)?|der\\s+|von\\s+|mit\\s+den\\s+)?((?-i:\\p{Lu})[\\p{L}-]+)\\s*(?:\\s(?:an|anlegen|anlegen lassen|einrichten|erstellen|haben|bekommen|bräuchten|brauchen)\\b)?\\s*(?:\\?\\s*pro\\s+eintrag|,?\\s*mit|\\s*:|,?\\s*pro\\s+eintrag\\s*:|,?\\s*\\()\\s*" + LIST_ITEMS + "\\)?\\s*(?=[.!?;]|$)");
    private static final Pattern KIND_NEED = Pattern.compile("(?iu)(?<=^|[.!?;]\\s{0,3})(?:wir|ich)\\s+(?:bräuchten|brauchen|benötigen|bräuchte|brauche|hätten gern|hätten gerne)\\s+(?:(?:außerdem|auch|noch|zusätzlich|bitte)\\s+)*((?-i:\\p{Lu})[\\p{L}-]+)\\s+mit\\s+" + LIST_ITEMS + "\\s*(?=[.!?;]|$)");
    private static final Pattern KIND_RECORD = Pattern.compile("(?iu)(?<=^|[.!?;]\\s{0,3})(?:[^.!?;]*?\\b)?dass\\s+(?:wir|man)\\s+(?:auch\\s+|noch\\s+)?((?-i:\\p{Lu})[\\p{L}-]+)\\s+(?:erfassen|verwalten|pflegen|anlegen|eintragen)\\s+(?:können|kann|könnten)\\s*\\(" + LIST_ITEMS + "\\)\\s*\\??");
    private static final Pattern EACH_ENTRY = Pattern.compile("(?iu)\\bjede[rs]?\\s+(?:eintrag|datensatz|zeile)\\b");

    // choice values of a new field
    private static final Pattern VALUES_AFTER_ADD = Pattern.compile("(?iu)\\b(hinzu|ergänzen|hinzufügen|anlegen|aufnehmen)\\s*,\\s*(?:die\\s+)?(?:mögliche[n]?\\s+werte|werte|optionen|auswahl)\\s*(?:sind)?\\s*:\\s*");
    private static final Pattern NEW_FIELD_CAN_BE = Pattern.compile("(?iu)(?<=^|[.!?;]\\s{0,3})(?:ein\\s+)?neues\\s+feld\\s+(.+?)\\s+((?:bei|beim|für|für die|für den|für das)\\s+(?:der\\s+|dem\\s+|den\\s+)?\\p{L}+)\\s*[,:]\\s*(?:das|der|die|es)\\s+kann\\s+([^.!?;]+?)\\s+sein\\s*(?=[.!?;]|$)");

    // renames
    private static final Pattern INSTEAD_RENAME = Pattern.compile("(?iu)(?<=^|[.!?;]\\s{0,3})(?:(?:kannst du|könnt ihr|könntest du|können sie|könnten sie|bitte)\\s+)?([^.!?;]*?)\\s*statt\\s+([„\"'«][^“\"'»]+[“\"'»])\\s+(?:lieber\\s+|besser\\s+|eher\\s+)?([„\"'«][^“\"'»]+[“\"'»])\\s+(?:schreiben|nehmen|verwenden|haben|nennen|anzeigen)\\s*\\??");
    private static final Pattern RENAME_NEW = Pattern.compile("(?iu)(?<=^|[.!?;]\\s{0,3})(?:(?:kannst du|könnt ihr|könntest du|können sie|könnten sie|bitte)\\s+)?(?:das\\s+feld\\s+|die\\s+spalte\\s+)?([„\"'«][^“\"'»]+[“\"'»])\\s+(?:bitte\\s+)?umbenennen\\s*[?.!]?\\s*(?:neu|neuer name|neuer titel)\\s*:\\s*([^.!?;]+)");

    // a value out of a list
    private static final Pattern OPTION_OUT = Pattern.compile("(?iu)(?<=^|[.!?;]\\s{0,3})(?:bitte\\s+)?(?:nimm|nehmt|streich|streiche|lösch|lösche|entfern|entferne)\\s+(?:bitte\\s+)?(?:bei|beim|im feld|in)\\s+(?:der\\s+|dem\\s+|den\\s+)?([\\p{L} .-]+?)\\s+(?:bitte\\s+)?(?:die\\s+option|den\\s+wert|den\\s+eintrag|die\\s+auswahl)?\\s*([„\"'«][^“\"'»]+[“\"'»])\\s*(?:raus|heraus|weg)?"
            // ", die gibt es nicht mehr": a remark on the value taken out
            + "(?:\\s*,\\s*(?:die|das|den|der)\\s+(?:gibt\\s+es|brauchen\\s+wir|nutzen\\s+wir|haben\\s+wir|verwenden\\s+wir)\\s+(?:nicht\\s+mehr|nie|kaum|eh\\s+nicht)[^.!?;]*)?(?=\\s*(?:[,.!?;]|$))");

    // several edits in one sentence
    private static final String EDIT_INF = "(?:ergänzen|hinzufügen|rausnehmen|herausnehmen|entfernen|löschen|streichen|umbenennen|machen|führen|setzen|umstellen|aufnehmen|anlegen)";
    private static final Pattern JOINED_EDITS = Pattern.compile("(?iu)(?<=\\s" + EDIT_INF + ")\\s*(?:,\\s*(?:und\\s+)?(?:dann\\s+)?(?:außerdem\\s+)?|\\s+und\\s+(?:dann\\s+)?(?:noch\\s+)?|,\\s*außerdem\\s+)(?=[^.!?;]*?\\s" + EDIT_INF + "\\s*(?:[.!?;,]|\\s+und\\b|$))");

    // a type wished in a "wenn man … könnte" clause
    private static final Pattern TYPE_WISH = Pattern.compile("(?iu)(?<=^|[.!?;]\\s{0,3})(?:es\\s+wäre\\s+(?:gut|schön|praktisch|besser|hilfreich)|schön\\s+wäre\\s+es|besser\\s+wäre\\s+es)\\s*,?\\s+wenn\\s+man\\s+(?:bei|beim|im\\s+feld|in)\\s+(?:der\\s+|dem\\s+|den\\s+)?([\\p{L} .-]+?)\\s+(?:einen|eine|ein)?\\s*(geldbetrag|betrag|zahl|ganze zahl|datum|zeitpunkt|häkchen|ja/nein|uhrzeit)\\s+(?:eingeben|eintragen|auswählen|angeben|setzen)\\s+(?:könnte|kann|könnten)(?:\\s+statt\\s+(?:freitext|text))?\\s*(?=[.!?;]|$)");

    // who did it and when, said as a question
    private static final Pattern WHO_HAS_DONE = Pattern.compile("(?iu)\\bwer\\s+hat\\s+([^.!?;,]+?)\\s+(\\p{L}+t)\\s+und\\s+wann\\b");
    private static final Pattern YES_NO_FIELD = Pattern.compile("(?iu)\\s+als\\s+(?:ein\\s+)?ja\\s*/\\s*nein-?\\s*feld\\b");
    /** "als Datum mit Uhrzeit": the type of a point in time, not the field called Datum. */
    private static final Pattern DATE_AND_TIME = Pattern.compile("(?iu)(?<=\\b(?:als|auf)\\s)(?:ein(?:en)?\\s+)?datum\\s+(?:und|mit)\\s+uhrzeit\\b");
    /** "Vielen Dank vorab.", "Danke dir!" closing the message: thanks, no field. */
    private static final Pattern THANKS_LAST = Pattern.compile("(?iu)(?<=[.!?])\\s*(?:(?:vielen|herzlichen|besten|tausend)\\s+)?dank(?:e)?(?:\\s+(?:schön|sehr|vorab|im\\s+voraus|dir|euch|ihnen))*\\s*[.!]*\\s*$");
    /** "Wir bräuchten bei X noch einen Y (a, b, c)", "bei X fehlt noch der Y (a, b)": an addition with its values. */
    private static final Pattern NEED_WITH_VALUES = Pattern.compile("(?iu)(?<=^|[.!?;]\\s{0,3})(?:wir|ich)\\s+(?:bräuchten|brauchen|bräuchte|brauche|benötigen)\\s+((?:bei|beim)\\s+(?:der\\s+|dem\\s+|den\\s+)?\\p{L}+\\s+)?(?:(?:außerdem|auch|bitte)\\s+)*noch\\s+([^.!?;(]+\\([^)]*,[^)]*\\))\\s*(?=[.!?;]|$)");
    private static final Pattern LACK_WITH_VALUES = Pattern.compile("(?iu)(?<=^|[.!?;]\\s{0,3}|,\\s{0,3}aber\\s)((?:bei|beim)\\s+(?:der\\s+|dem\\s+|den\\s+)?\\p{L}+)\\s+fehlt\\s+(?:uns\\s+)?noch\\s+([^.!?;(]+\\([^)]*,[^)]*\\))\\s*(?=[.!?;]|$)");
    /** "Könnten Sie X bitte löschen?": the ask said plainly, "bitte" in front. */
    private static final Pattern MODAL_ASK = Pattern.compile("(?iu)(?<=^|[.!?;]\\s{0,3})(?:könnten sie|können sie|würden sie|kannst du|könntest du|könnt ihr|könntet ihr)\\s+(?:bitte\\s+)?([^.!?;,]+?)\\s+(?:bitte\\s+)?(löschen|entfernen|rausnehmen|herausnehmen|streichen|umbenennen)\\s*\\?");
    private static final Pattern AREA = Pattern.compile("(?iu)\\b(?:den\\s+bereich|das\\s+modul)\\s+(?=(?-i:\\p{Lu}))");
    /** "Die Mahngebühr hätten wir gern bei der Ausleihe auch noch": the thing wished for, said first. */
    private static final Pattern WISH_FIRST = Pattern.compile("(?iu)(?<=^|[.!?;]\\s{0,3})(?:den|die|das)\\s+((?-i:\\p{Lu})[\\p{L}-]+)\\s+hätten\\s+wir\\s+(?:gern|gerne)\\s+(?![^.!?;]*\\b(?:liste|tabelle|eigene[nrs]?)\\b)([^.!?;]*?)\\s*(?:auch\\s+)?(?:noch)?\\s*(?=[.!?;]|$)");
    /** "wer sie freigegeben hat und an welchem Tag": when. */
    private static final Pattern WHICH_DAY = Pattern.compile("(?iu)\\bund\\s+(?:an\\s+welchem\\s+(?:tag|datum)|zu\\s+welchem\\s+zeitpunkt)\\b");
    /** "Die E-Mail bitte nicht mehr als Pflichtfeld": no longer required. */
    private static final Pattern NO_LONGER_REQUIRED = Pattern.compile("(?iu)(?<=^|[.!?;]\\s{0,3})([^.!?;,]+?)\\s+(?:bitte\\s+)?(?:nicht\\s+mehr\\s+(?:als\\s+)?(?:pflichtfeld|pflicht|verpflichtend)|kein\\s+pflichtfeld\\s+mehr)\\b");

    // colloquial words of required, optional and adding
    private static final String CLAUSE_START = "(?<=^|[.!?;:]\\s{0,3})";
    /** A field said in up to five words, with no verb of its own. */
    private static final String NAME_WORD = "(?!(?:ist|sind|wird|werden|war|waren|wäre|haben|hat|wir|ich|man)\\b)[\\p{L}\\p{N}„“\"'-]+";
    private static final String NAMED = "(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,4}?)";
    /** "Das Feld X bitte verpflichtend.": required, said without a verb. */
    private static final Pattern MANDATORY_WORD = Pattern.compile("(?iu)" + CLAUSE_START + NAMED + "\\s+(?:bitte\\s+)?(?:verpflichtend|obligatorisch)(?:\\s+machen)?\\s*(?=[.!?;]|$)");
    /** "Ohne das Feld X geht es nicht, das muss immer rein": X is required. */
    private static final Pattern CANNOT_DO_WITHOUT = Pattern.compile("(?iu)" + CLAUSE_START + "ohne\\s+" + NAMED + "\\s+geht(?:'s|\\s+es)\\s+nicht(?:\\s*,\\s*(?:das|der|die|es)\\s+muss\\s+immer\\s+(?:rein|drin\\s+sein|ausgefüllt\\s+werden|angegeben\\s+werden))?\\s*(?=[.!?;]|$)");
    /** "X ist kein Muss (mehr)", "X muss nicht sein, bitte optional": X is optional. */
    private static final Pattern NO_MUST = Pattern.compile("(?iu)" + CLAUSE_START + NAMED + "\\s+(?:ist\\s+kein\\s+muss(?:\\s+mehr)?|muss\\s+nicht\\s+sein\\s*,\\s*(?:also\\s+)?(?:bitte\\s+)?(?:optional|freiwillig))\\s*(?=[.!?;]|$)");
    /** "Beim Kunden kommt noch X dazu": an addition. */
    private static final Pattern COMES_IN = Pattern.compile("(?iu)" + CLAUSE_START + "((?:bei|beim)\\s+(?:der\\s+|dem\\s+|den\\s+)?\\p{L}+)\\s+kommt\\s+(?:bitte\\s+)?(?:noch\\s+)?(?:auch\\s+)?([^.!?;:]+?)\\s+(?:dazu|hinzu|rein)\\s*(?=[.!?;]|$)");
    /** "Beim Kunden fehlt mir noch X": who misses it is no part of the field. */
    private static final Pattern LACK_TO_ME = Pattern.compile("(?iu)\\bfehlt\\s+(?:mir|uns)\\s+(?=noch\\b)");


    static String plain(AppSpec spec, Lang lang, String message) {
        if (lang != Lang.DE || message == null || message.isBlank()) {
            return message;
        }
        String m = umlauts(spec, message);
        m = PARTICLE_WORDS.matcher(m).replaceAll("");
        m = sieImperative(m);
        m = WHETHER_CAN.matcher(m).replaceAll(r -> Matcher.quoteReplacement("Bitte " + r.group(1) + " " + addVerb(r.group(2)) + "."));
        m = kinds(spec, m);
        m = TAKE_IN.matcher(m).replaceAll(r -> Matcher.quoteReplacement("Bitte " + r.group(1) + " ergänzen"));
        m = VALUES_AFTER_ADD.matcher(m).replaceAll("$1: ");
        m = NEW_FIELD_CAN_BE.matcher(m).replaceAll(r -> Matcher.quoteReplacement("Füge " + r.group(2) + " ein Feld " + r.group(1) + " hinzu: " + r.group(3)));
        m = INSTEAD_RENAME.matcher(m).replaceAll(r -> Matcher.quoteReplacement(("Bitte " + r.group(1)).strip() + " " + r.group(2) + " in " + r.group(3) + " umbenennen."));
        m = RENAME_NEW.matcher(m).replaceAll(r -> Matcher.quoteReplacement("Bitte " + r.group(1) + " in „" + r.group(2).strip() + "“ umbenennen"));
        m = optionOut(spec, m);
        m = TYPE_WISH.matcher(m).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + " soll " + typeWord(r.group(2)) + " sein"));
        m = MODAL_ASK.matcher(m).replaceAll(r -> Matcher.quoteReplacement("Bitte " + r.group(1) + " " + r.group(2) + "."));
        m = DATE_AND_TIME.matcher(m).replaceAll("Zeitpunkt");
        m = THANKS_LAST.matcher(m).replaceAll("");
        m = NEED_WITH_VALUES.matcher(m).replaceAll(r -> Matcher.quoteReplacement("Bitte " + (r.group(1) == null ? "" : r.group(1)) + "noch " + r.group(2).strip() + " ergänzen"));
        m = LACK_WITH_VALUES.matcher(m).replaceAll(r -> Matcher.quoteReplacement("bitte " + r.group(1) + " noch " + r.group(2).strip() + " ergänzen"));
        m = WHO_HAS_DONE.matcher(m).replaceAll("wer $1 $2 hat und wann");
        m = WHICH_DAY.matcher(m).replaceAll("und wann");
        m = WISH_FIRST.matcher(m).replaceAll(r -> Matcher.quoteReplacement(("Bitte " + r.group(2)).strip() + " noch " + r.group().substring(0, r.group().indexOf(' ')).toLowerCase(Locale.ROOT) + " " + r.group(1) + " ergänzen"));
        m = NO_LONGER_REQUIRED.matcher(m).replaceAll("$1 soll optional sein");
        m = MANDATORY_WORD.matcher(m).replaceAll(r -> Matcher.quoteReplacement(namesField(spec, r.group(1)) ? r.group(1) + " soll Pflicht sein" : r.group()));
        m = CANNOT_DO_WITHOUT.matcher(m).replaceAll(r -> Matcher.quoteReplacement(namesField(spec, r.group(1)) ? cap(r.group(1)) + " soll Pflicht sein" : r.group()));
        m = NO_MUST.matcher(m).replaceAll(r -> Matcher.quoteReplacement(namesField(spec, r.group(1)) ? r.group(1) + " soll optional sein" : r.group()));
        m = COMES_IN.matcher(m).replaceAll(r -> Matcher.quoteReplacement("Bitte " + r.group(1) + " noch " + r.group(2) + " ergänzen"));
        m = LACK_TO_ME.matcher(m).replaceAll("fehlt ");
        m = YES_NO_FIELD.matcher(m).replaceAll(" (ja/nein)");
        String said = m;
        m = AREA.matcher(m).replaceAll(r -> namesKind(spec, said, r.end()) ? "die " : Matcher.quoteReplacement(r.group()));
        m = JOINED_EDITS.matcher(m).replaceAll(". ");
        return m;
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String addVerb(String inf) {
        return switch (inf.toLowerCase(Locale.ROOT)) {
            case "aufnehmen", "mit aufnehmen", "erfassen", "einbauen", "anlegen" -> "ergänzen";
            default -> inf;
        };
    }

    private static String typeWord(String w) {
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "geldbetrag", "betrag" -> "ein Betrag";
            case "zahl", "ganze zahl" -> "eine Zahl";
            case "datum" -> "ein Datum";
            case "zeitpunkt" -> "ein Zeitpunkt";
            case "uhrzeit" -> "eine Uhrzeit";
            default -> "ein ja/nein-Feld";
        };
    }

    private static String sieImperative(String m) {
        Matcher s = SIE_IMPERATIVE.matcher(m);
        StringBuilder out = new StringBuilder();
        while (s.find()) {
            String stem = s.group(1);
            String rest = s.group(2);
            String after = "";
            int comma = rest.indexOf(',');
            String head = rest;
            if (comma >= 0) {
                Matcher p = ENDING_PARTICLE.matcher(rest.substring(0, comma));
                if (p.matches() || !ENDING_PARTICLE.matcher(rest).matches()) {
                    head = rest.substring(0, comma);
                    after = rest.substring(comma);
                }
            }
            Matcher p = ENDING_PARTICLE.matcher(head);
            String inf;
            if (p.matches()) {
                head = p.group(1);
                inf = p.group(2).replace(" ", "") + stem.toLowerCase(Locale.ROOT) + "en";
            } else {
                inf = stem.toLowerCase(Locale.ROOT) + "en";
            }
            s.appendReplacement(out, Matcher.quoteReplacement("Bitte " + head.strip().replaceFirst("(?iu)\\s+bitte\\b", "") + " " + inf + after));
        }
        s.appendTail(out);
        return out.toString();
    }

    private static String kinds(AppSpec spec, String m) {
        String made = null;
        for (Pattern p : List.of(KIND_TABLE, KIND_NEED, KIND_RECORD)) {
            Matcher k = p.matcher(m);
            if (k.find() && !isField(spec, k.group(1)) && !isKind(spec, k.group(1))) {
                String items = k.group(2).strip().replaceAll("\\s*\\)$", "");
                m = m.substring(0, k.start()) + "Neue Tabelle " + k.group(1) + " mit " + items + (k.end() < m.length() && ".!?;".indexOf(m.charAt(k.end())) < 0 ? "." : "") + m.substring(k.end());
                made = k.group(1);
                break;
            }
        }
        if (made != null) {
            String one = Inflector.singular(Lang.DE, made);
            m = EACH_ENTRY.matcher(m).replaceAll(Matcher.quoteReplacement("jeder " + one));
        }
        return m;
    }

    private static String optionOut(AppSpec spec, String m) {
        Matcher o = OPTION_OUT.matcher(m);
        StringBuilder out = new StringBuilder();
        while (o.find()) {
            String field = o.group(1).strip();
            String value = o.group(2).substring(1, o.group(2).length() - 1);
            Field f = choiceField(spec, field);
            if (f != null && f.options().stream().anyMatch(v -> Text.fold(v).equals(Text.fold(value)))) {
                o.appendReplacement(out, Matcher.quoteReplacement("Bitte „" + value + "“ aus " + field + " entfernen"));
            } else {
                o.appendReplacement(out, Matcher.quoteReplacement(o.group()));
            }
        }
        o.appendTail(out);
        return out.toString();
    }

    private static Field choiceField(AppSpec spec, String label) {
        for (Entity e : spec.entities()) {
            for (Field f : e.fields()) {
                if (!f.options().isEmpty() && Text.fold(f.label()).equals(Text.fold(label))) {
                    return f;
                }
            }
        }
        return null;
    }

    private static boolean isField(AppSpec spec, String word) {
        String w = Text.fold(word);
        return spec.entities().stream().flatMap(e -> e.fields().stream()).anyMatch(f -> Text.fold(f.label()).equals(w));
    }

    private static final Pattern FIELD_WORDS = Pattern.compile("(?iu)^(?:(?:das\\s+feld|die\\s+spalte|der|die|das|den)\\s+)?(?:(?:bei|beim)\\s+(?:der\\s+|dem\\s+)?\\p{L}+\\s+)?[„\"']?(.+?)[“\"']?(?:\\s+(?:bei|beim)\\s+(?:der\\s+|dem\\s+)?\\p{L}+)?$");

    /** "das Feld „Größe“", "die Größe beim Garten": words that name a field of the app. */
    private static boolean namesField(AppSpec spec, String words) {
        Matcher w = FIELD_WORDS.matcher(words.strip());
        return w.matches() && isField(spec, w.group(1));
    }

    private static boolean isKind(AppSpec spec, String word) {
        String w = Text.fold(word);
        return spec.entities().stream().anyMatch(e -> Text.fold(e.name()).equals(w) || e.plural() != null && Text.fold(e.plural()).equals(w));
    }

    private static boolean namesKind(AppSpec spec, String m, int at) {
        Matcher w = WORD.matcher(m);
        return w.find(at) && w.start() == at && isKind(spec, w.group());
    }
}

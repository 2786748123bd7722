package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * A field's new type said in any of the four languages, once the field is known: the type named
 * ("should be money, not text", "als Geldbetrag", "c'est un montant", "texto libre"), what it holds
 * ("needs the time too", "il faut aussi l'heure", "más espacio"), or where its values come from
 * ("picked from the staff directory" → a person, "choisi parmi les fournisseurs" → a link to that
 * kind). Words after a negation ("not text", "no texto", "pas du texte", "statt Text") name the
 * type it should stop being, never the new one.
 */
final class RefineRetype {
    /** "not text", "no texto", "pas une liste", "statt Text", "rather than a link": the type left behind. */
    private static final Pattern NEGATED = p("\\b(?:not|no|never|rather than|instead of|pas|non|plutot que|au lieu d[eu']?|en lugar de|en vez de|nicht|kein\\w*|statt|anstatt)"
            + "\\s+(?:just\\s+|only\\s+|simply\\s+|juste\\s+|seulement\\s+|solo\\s+|nur\\s+)?(?:(?:a|an|the|du|de|des|un|une|la|le|el|una|ein|eine|einen|als)\\s+)?"
            + "(?!but\\b|mais\\b|pero\\b|sino\\b|sondern\\b)[\\w/'-]+(?:\\s+(?!but\\b|mais\\b|pero\\b|sino\\b|sondern\\b)[\\w/'-]+)?");

    private record Named(Pattern words, FieldType type) {
    }

    /** In order: the first that matches wins (on folded text with negated words taken out). */
    private static final List<Named> NAMED = List.of(
            new Named(p("\\b(?:members? of (?:the )?staff|(?:un |une )?membres? du personnel|du personnel|(?:un )?miembros? del personal|del personal|de la plantilla|aus dem (?:personal|team)|vom personal|"
                    + "doctors?|nurses?|medecins?|medicos?|arzt|arztin|arzte)\\b"
                    // "a person from the staff list", "une personne de l'équipe", "un usuario", "eine Person aus dem Team": a colleague
                    + "|\\b(?:person picker|people picker|person from (?:the |our )?(?:staff|team|directory)(?: list)?|personne de l'equipe|persona del equipo|person aus dem team)\\b"
                    + "|(?:^|\\b(?:be|become|into|to|etre|devenir|en|ser|sea|como|a|sein|werden|als)\\s+)(?:an?|une?|una|ein|eine|einen)\\s+(?:person|user|utilisateur|personne|usuario|persona|benutzer)\\s*$"), FieldType.PERSON),
            new Named(p("\\b(?:dates?[ -]?(?:and|&|with|\\+|plus|/)[ -]?times?|date-time|dates?[ -]?(?:et|avec|/)[ -]?(?:l')?heures?|fechas?[ -]?(?:y|con|/)[ -]?(?:la )?horas?|datum[ -]?(?:und|mit|/)[ -]?(?:der )?uhrzeit|timestamp|datetime|"
                    + "(?:with|and|plus|needs?|include\\w*|has|have|also) (?:the |a )?(?:time|hour)s?(?: too| as well)?|time of day|"
                    + "(?:avec|et|aussi|il faut) (?:aussi )?(?:l'|l )?heure|(?:con|y|tambien) (?:la )?hora|(?:mit|und|auch) (?:der |die )?uhrzeit)\\b"), FieldType.DATETIME),
            new Named(p("\\b(?:yes ?/ ?no|yes or no|tick ?box|check ?box|boolean|toggle|oui ?/ ?non|oui ou non|case a cocher|si ?/ ?no|si o no|casilla|ja ?/ ?nein(?:-?feld)?|ja oder nein|hakchen|kontrollkastchen|ankreuzfeld)\\b"), FieldType.BOOLEAN),
            new Named(p("\\b(?:money|amount of money|currency|cash amount|sum of money|euros?|dollars?|pounds?|montant|somme|argent|dinero|importe|cantidad de dinero|geldbetrag|betrag|geld|wahrung)\\b"), FieldType.MONEY),
            new Named(p("\\b(?:e-?mail(?: address)?|adresse (?:e-?mail|mail)|courriel|correo(?: electronico)?|e-?mail-?adresse)\\b"), FieldType.EMAIL),
            new Named(p("\\b(?:phone(?: number)?|telephone|numero de telephone|telefono|telefonnummer|telefon)\\b"), FieldType.PHONE),
            new Named(p("\\b(?:url|(?:clickable |web ?)?link|web address|website|lien(?: cliquable)?|adresse web|enlace|vinculo|direccion web|webadresse)\\b"), FieldType.URL),
            new Named(p("\\b(?:file|upload(?:ed)?|attachment|document|pdf|fichier|piece jointe|document joint|archivo|adjunto|documento|datei|anhang|dokument|hochlad\\w*)\\b"), FieldType.FILE),
            new Named(p("\\b(?:long(?:er)? text|(?:half|a whole|a full|whole|full) (?:a )?pages?|(?:gets?|got|getting) cut off|truncated|doesn't fit|does not fit|(?:big|bigger|large|larger) (?:text )?(?:box|field|area)|text ?area|paragraphs?|paragraphes?|parrafos?|absatze?|several lines|multi-?line|more (?:space|room|lines)|too (?:small|short)|"
                    + "texte long|(?:grande?|plus grande?) (?:zone|champ|case)(?: de texte)?|(?:zone|champ|case)(?: de texte)? plus grande?|plusieurs lignes|plus de place|trop (?:court|petit)e?|"
                    + "texto largo|mas espacio|(?:campo|cuadro|espacio)(?: de texto)? (?:mas )?grande|se queda(?:n)? cort[oa]s?|varias lineas|demasiado (?:corto|pequeno)|escriben mucho|"
                    + "langtext|lange[nr]? text|langere[nrs]? text(?:feld)?|lange[nr]? textfeld|mehrzeilig\\w*|multilignes?|multilineas?|mehr platz|grosse(?:re)?s? (?:textfeld|feld)|(?:bigger|larger) text|mehrere zeilen|zu (?:kurz|klein))\\b"), FieldType.LONG_TEXT),
            new Named(p("\\b(?:(?:a |real |proper |actual )?dates?|une (?:vraie )?date|(?:una )?fecha|(?:ein )?datum)\\b"), FieldType.DATE),
            // "a proper time, not text", "en vraie heure", "como hora de verdad", "als Uhrzeit": a moment, which is a date and time
            new Named(p("\\b(?:uhrzeit(?:feld)?|zeitpunkt|time of day)\\b|(?:^|\\b(?:a|an|as|into|proper|real|actual|correct|exact|une|vraie|en|como|una|verdadera|richtige|echte|eine)\\s+)"
                    + "(?:times?|heure|hora)\\b(?!\\s+(?:limit|slot|sheet|zone|frame|span|to|of|off|we|per|de trabajo|de travail|pile)\\b)"), FieldType.DATETIME),
            new Named(p("\\b(?:decimals?|number with decimals|percent(?:age)?|pourcentage|nombre decimal|decimal|porcentaje|kommazahl|dezimalzahl|prozent\\w*)\\b"), FieldType.DECIMAL),
            new Named(p("\\b(?:whole number|integer|count|(?:a )?number|numeric|nombre(?: entier)?|entier|entero|chiffre|numerique|numero(?: entero)?|numerico|cifra|(?:ganze )?zahl|numerisch)\\b"), FieldType.INTEGER),
            new Named(p("\\b(?:(?:free|plain|short)[- ]?text|typed(?: in)?|type it in|one line|single line|texte libre|saisie libre|texto libre|freitext(?:feld)?|freies textfeld|(?:just )?text)\\b"), FieldType.TEXT));

    /** "picked from the staff list", "choisi dans la liste du personnel", "aus der Lieferantenliste ausgewählt". */
    private static final Pattern PICKED = p("\\b(?:pick\\w*|chos\\w*|choose|select\\w*|taken|looked up|come from|comes from|from|among|"
            + "choisi\\w*|selectionn\\w*|pris|parmi|dans|provenir|eleg\\w*|elij\\w*|elig\\w*|escog\\w*|escoj\\w*|seleccion\\w*|de entre|entre|"
            + "gewahlt|auswahl\\w*|ausgewahlt|wahlen|aus|provenir|provient|venir|viene|kommen|kommt)\\b\\s+(?:(?:it|them|him|her|that|this one|le|la|les|lo|los|ihn|sie|es)\\s+)?(?:(?:from|in|out of|among|de|dans|parmi|desde|aus|von|unter)\\s+)?"
            + "(?:(?:the|our|a|an|les|la|le|l'|nos|notre|los|las|el|la|nuestr[oa]s?|der|dem|den|die|unserer?|unseren)\\s*)?"
            + "(?:(?:list|table|register|directory|catalog(?:ue)?|liste|lista|tabla|registro|tabelle|verzeichnis)\\s+(?:of|des|du|de|d'|de los|de las|del|der)\\s*)?"
            + "(?:(?:the|our|les|nos|los|las|nuestr[oa]s)\\s+)?([\\w'-]+(?:\\s+[\\w'-]+)?)");
    /** Words for the people of the organisation: a value picked from them is a person. */
    private static final Pattern PEOPLE = p("^(?:staff|staff (?:list|directory)|directory|employees?|colleagues?|people|users?|team|team members?|personnel|persons?|members? of staff|coworkers?|"
            + "personnel|salaries|employes|collaborateurs|collegues|equipe|annuaire|utilisateurs|"
            + "personal|empleados|trabajadores|companeros|equipo|plantilla|usuarios|"
            + "mitarbeiter\\w*|personal\\w*|kollegen|belegschaft|team|benutzer\\w*)$");

    /** Words that say the field should become something: without one, a type word after a field is another field ("the name, a contact email"). */
    private static final Pattern BECOME = p("\\b(?:should|must|needs?|need to|has to|have to|ought to|better|as|into|to be|pick|picked|choose|chosen|select|selected|is (?:really |actually |more like )?(?:an?|just)|make it|instead|rather|would be|"
            + "doi(?:t|vent)|devrai(?:t|ent)|etre|en|c'est|comme|plutot|transform\\w*|passe[rz]?|il faut|faut|faudrait|soi(?:t|ent)|sea|sean|"
            + "debe|deben|deberia|deberian|ser|como|es (?:un|una)|pasa a|(?:que )?se (?:elij|elig|escoj|seleccion)\\w*|convierte|convertir|hay que|necesita|necesitan|hace falta|se queda|se quedan|"
            + "soll|sollte|sollen|sollten|muss|mussen|als|sein|werden|brauch\\w*|ware|bitte)\\b");
    /** Words of place in the form or of comparison: not a type. */
    private static final Pattern ORDER = p("\\b(?:after|before|next to|below|above|first|last|same as|like the|apres|avant|a cote|en premier|en dernier|comme le|comme la|despues|antes|junto a|al lado|primero|ultimo|nach|vor|neben|zuerst|zuletzt|wie (?:das|der|die))\\b");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:'[a-z]+)?");

    private RefineRetype() {
    }

    /** The type a phrase names, leaving out what is negated; then the older word list. */
    static Optional<FieldType> named(String phrase) {
        String folded = RefineText.fold(phrase);
        String kept = NEGATED.matcher(folded).replaceAll(" ");
        Optional<FieldType> older = kept.isBlank() ? Optional.empty() : RefineTypes.named(kept);
        if (older.isPresent() && (older.get() == FieldType.PERSON || older.get() == FieldType.MULTI_CHOICE)) {
            return older;
        }
        for (Named n : NAMED) {
            if (n.words().matcher(kept).find()) {
                return Optional.of(n.type());
            }
        }
        return older;
    }

    /**
     * Reads the clause for a new type of the field it names; true when it changed (or confirmed)
     * the field. The words read are those after the field's mention, so that the field's own label
     * ("Start date") does not name its type.
     */
    static boolean apply(RefineSession s, RefineClause c, Entity entity, Field f, int wordAt) {
        String after = tail(c.text, wordAt, f.label());
        if (after.isBlank()) {
            return false;
        }
        Matcher become = BECOME.matcher(after);
        if (!become.find()) {
            return false;
        }
        // German puts the verb last: "kann X ein Datum werden?", "X soll … sein" read from the words before "werden / sein"
        boolean verbLast = become.group().matches("sein|werden") && !after.substring(0, become.start()).isBlank();
        after = verbLast ? after.substring(0, become.start()) : after.substring(become.start());
        if (picked(s, c, entity, f, after)) {
            return true;
        }
        // the words right after the cue, up to the next comma: "should come after the date" is about order
        String window = String.join(" ", java.util.Arrays.asList(after.split("[,;.]")[0].strip().split("\\s+")).subList(0,
                Math.min(7, after.split("[,;.]")[0].strip().split("\\s+").length)));
        if (ORDER.matcher(window).find()) {
            return false;
        }
        Optional<FieldType> named = named(window);
        if (named.isEmpty()) {
            return false;
        }
        if (OtherThing.named(window)) {
            // "the done box isn't enough, we need the completion date": a date of its own, the box stays
            return false;
        }
        FieldType t = named.get();
        if (t == f.type() && !t.hasOptions()) {
            // nothing to change: another reader may see more in the clause
            return false;
        }
        if (t == FieldType.TEXT && f.type() == FieldType.TEXT || t == FieldType.DATE && f.type() == FieldType.DATETIME && !after.matches(".*\\b(?:only|just|seulement|solo|nur)\\b.*")) {
            return false;
        }
        if (t == FieldType.INTEGER && (f.type() == FieldType.MONEY || f.type() == FieldType.DECIMAL)) {
            return false;
        }
        if (t == FieldType.INTEGER && RefineTypes.guess(f.label()) == FieldType.DECIMAL || t == FieldType.INTEGER && (after + " " + (s.message == null ? "" : RefineText.fold(s.message))).matches("(?s).*\\b(?:hours?|heures?|horas?|stunden|km|kg|decimal\\w*)\\b.*")) {
            // "the duration as a number, in hours": hours come in halves
            t = FieldType.DECIMAL;
        }
        if (t.hasOptions()) {
            List<String> listed = RefineAnchored.listed(c);
            List<String> options = listed.size() >= 2 ? listed : f.options();
            if (options.isEmpty()) {
                return false;
            }
            s.setType(entity.key(), f.key(), t, options, null);
            return true;
        }
        s.setType(entity.key(), f.key(), t, List.of(), null);
        return true;
    }

    /** The clause from the word after the field's mention (the whole clause when the mention is not found). */
    private static String tail(String text, int wordAt, String label) {
        if (wordAt < 0) {
            return text;
        }
        Matcher w = WORD.matcher(text);
        int skip = wordAt + Math.max(1, RefineMatcher.words(label).size());
        for (int i = 0; i < skip; i++) {
            if (!w.find()) {
                return "";
            }
        }
        return text.substring(w.end());
    }

    private static boolean picked(RefineSession s, RefineClause c, Entity entity, Field f, String after) {
        if (!after.matches(".*\\b(?:pick\\w*|chos\\w*|choose|select\\w*|looked up|comes? from|provien\\w*|provenir|venir de|viene de|venir del|kommen aus|kommt aus|stamm\\w* aus|choisi\\w*|selectionn\\w*|parmi|eleg\\w*|escog\\w*|seleccion\\w*|gewahlt|ausgewahlt|auswahl\\w*|wahlen)\\b.*")) {
            return false;
        }
        Matcher m = PICKED.matcher(after);
        while (m.find()) {
            String words = m.group(1).strip();
            String bare = words.replaceAll("-?(?:liste|list|lista|verzeichnis)$", "").replaceAll("\\s+(?:list|directory|table)$", "").strip();
            for (String w : new String[] {words, bare, words.split("\\s+")[0]}) {
                if (PEOPLE.matcher(w).matches() || w.matches("(?:mitarbeiter|personal)\\w*")) {
                    s.setType(entity.key(), f.key(), FieldType.PERSON, List.of(), null);
                    return true;
                }
                Entity kind = w.isBlank() ? null : RefineResolver.entity(s, new RefineClause(w));
                if (kind == null && s.lang == Lang.DE && !w.isBlank()) {
                    kind = RefineResolver.entity(s, new RefineClause(RefineAdditions.germanSingular(w)));
                }
                if (kind != null && !kind.key().equals(entity.key())) {
                    s.setType(entity.key(), f.key(), FieldType.REFERENCE, List.of(), kind.key());
                    return true;
                }
            }
        }
        return false;
    }
}

package org.toolsmith.draft.offline;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.toolsmith.draft.scripts.Comparison;

/**
 * The ways English, French, Spanish and German ask for logic (see {@link LogicPhrases}); patterns are
 * written for folded text: no accents ("apres", "despues", "fallig"), ß as "s" ("grosser" is "groser").
 */
final class LogicLexicons {
    private static final Comparison B = Comparison.BEFORE;
    private static final Comparison BE = Comparison.ON_OR_BEFORE;
    private static final Comparison A = Comparison.AFTER;
    private static final Comparison AE = Comparison.ON_OR_AFTER;
    /** Every language, English first (declared after the constants its builders use). */
    static final List<LogicPhrases> ALL = List.of(english(), french(), spanish(), german());

    /** Small words that tell the languages apart in a short sentence (folded). */
    private static final Map<Lang, java.util.Set<String>> SMALL_WORDS = Map.of(
            Lang.EN, java.util.Set.of("the", "of", "each", "must", "when", "show", "how", "is", "to", "and", "be", "after", "before", "add"),
            Lang.FR, java.util.Set.of("le", "la", "les", "des", "du", "de", "chaque", "doit", "quand", "afficher", "est", "et", "un", "une",
                    "etre", "apres", "avant", "ajouter"),
            Lang.ES, java.util.Set.of("el", "la", "los", "las", "del", "de", "cada", "debe", "cuando", "mostrar", "es", "y", "un", "una",
                    "ser", "despues", "antes", "anadir"),
            Lang.DE, java.util.Set.of("der", "die", "das", "dem", "den", "des", "jeder", "muss", "wenn", "zeige", "ist", "und", "ein", "eine",
                    "sein", "nach", "vor", "pro"));

    private LogicLexicons() {
    }

    /** The languages, the one whose small words a sentence uses most first (English on a tie). */
    static List<LogicPhrases> ordered(String folded) {
        List<String> words = List.of(folded.split("[^\\p{L}\\p{N}]+"));
        return ALL.stream().sorted(java.util.Comparator.comparingLong(
                (LogicPhrases l) -> -words.stream().filter(SMALL_WORDS.get(l.lang())::contains).count())).toList();
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    private static Map<Comparison, String> words(String before, String onOrBefore, String after, String onOrAfter) {
        return Map.of(B, before, BE, onOrBefore, A, after, AE, onOrAfter);
    }

    static LogicPhrases english() {
        String must = "(?:must|should|has to|needs to|have to|need to)\\s+(?:be|come|fall)";
        String ops = "on or after|on or before|no earlier than|no later than|after|before|later than|earlier than|at least|at most"
                + "|more than|less than|greater than|no more than|no less than";
        return new LogicPhrases(Lang.EN, p("^(?:and|also|please|then)\\s+"),
                List.of(p("^(?:the\\s+)?(?<left>.+?)\\s+" + must + "\\s+(?<op>" + ops + ")\\s+(?:the\\s+)?(?<right>.+)$")),
                List.of(entry(p("on or after|no earlier than|at least|no less than"), AE), entry(p("on or before|no later than|at most|no more than"), BE),
                        entry(p("after|later than|more than|greater than"), A), entry(p("before|earlier than|less than"), B)),
                List.of(p("^(?:the\\s+)?(?<field>.+?)\\s+" + must + "\\s+between\\s+(?<min>\\S+)\\s+and\\s+(?<max>\\S+)$")),
                List.of(p("^(?:the\\s+)?(?<field>.+?)\\s+(?:is required|must be (?:filled in|given|entered|set)|is needed)\\s+(?:when|if|whenever)\\s+(?<cond>.+)$")),
                p("^(?:(?:is|equals|is set to|=)\\s+)+|\\s+(?:is set)$"),
                List.of(p("^(?:the\\s+)?(?<field>.+?)\\s+(?:can|may)\\s+(?:only\\s+)?(?:go|change|move)\\s+from\\s+(?<from>.+?)\\s+(?:only\\s+)?to\\s+(?<to>.+)$")),
                p("\\s*(?:,|\\bor\\b|\\band\\b)\\s*"),
                List.of(p("\\bremind\\s+(?:the\\s+)?(?<person>.+?)\\s+(?<n>\\d+|one|two|three|four|five|six|seven|ten|a)\\s+(?:working\\s+)?days?\\s+"
                        + "(?<when>before|after)\\s+(?:the\\s+|their\\s+|its\\s+)?(?<date>.+?)(?:\\s+at\\s+(?<hour>\\d{1,2})(?::(?<min>\\d{2}))?\\s*(?<ampm>am|pm)?)?$")),
                p("before"), numbers("a|one two three four five six seven eight nine ten"),
                List.of(p("^when\\s+(?:the\\s+)?(?<field>.+?)\\s+(?:changes to|becomes|is set to|is changed to|turns)\\s+(?<value>.+?),?\\s+"
                        + "(?:set|fill in|record|stamp|put)\\s+(?:the\\s+)?(?<target>.+?)(?:\\s+to\\s+(?:today|the date|the person|who).*)?$")),
                p("\\b(?:how many days|days?)\\b.*\\b(?:overdue|late)\\b"),
                p("\\b(?<word>total|sum|how many|number of|count of)\\b"), p("total|sum"),
                List.of(p("(?:^|\\s)(?:an?\\s+)?[\"']?(?<label>[a-z][\\w ]{1,40}?)[\"']?\\s+button\\b"),
                        p("\\bbutton\\s+(?:to|that|which)\\s+(?<label2>[a-z][\\w ]{1,40})")),
                List.of(p("\\bmark(?:\\s+(?:it|them|as))*\\s+(?<state>.+)$")),
                new LogicPhrases.Says(words("before", "on or before", "after", "on or after"), words("less than", "at most", "more than", "at least"),
                        "%1$s must be %2$s %3$s.", "%1$s must be between %2$s and %3$s.", "Enter %1$s when %2$s is %3$s.",
                        "%1$s can only change from %2$s to %3$s.", " or ",
                        "Reminder: %1$s of this %2$s is in %3$s.", "Reminder: %1$s of this %2$s is %3$s ago.", "day", "days",
                        "Days overdue", "Total %s", "Number of %s", "Mark %s",
                        "Added a rule: %s", "Added a computed column “%s” to %s.", "Added a button “%s” to each %s.",
                        "Added an automation: %s.", "Added an automation: %s, every day at %s.",
                        "", "", "before", "after"));
    }

    static LogicPhrases french() {
        String the = "(?:le |la |les |l'|l )?";
        String must = "(?:doit|doivent|devrait|devraient|il faut que)\\s+(?:toujours\\s+)?(?:etre|tomber|venir)";
        String ops = "posterieure?s? ou egale?s? a|anterieure?s? ou egale?s? a|posterieure?s? a|anterieure?s? a|apres|avant|au plus tard|au plus tot"
                + "|pas avant|pas apres|au moins|au plus|au minimum|au maximum|superieure?s? ou egale?s? a|inferieure?s? ou egale?s? a"
                + "|superieure?s? a|inferieure?s? a|plus grande?s? que|plus petite?s? que";
        return new LogicPhrases(Lang.FR, p("^(?:et|aussi|puis|ensuite|enfin|merci de|svp)\\s+"),
                List.of(p("^" + the + "(?<left>.+?)\\s+" + must + "\\s+(?<op>" + ops + ")\\s+(?:a |au |aux |de |du |des )?" + the + "(?<right>.+)$")),
                List.of(entry(p("posterieure?s? ou egale?s? a|au plus tot|pas avant|au moins|au minimum|superieure?s? ou egale?s? a"), AE),
                        entry(p("anterieure?s? ou egale?s? a|au plus tard|pas apres|au plus|au maximum|inferieure?s? ou egale?s? a"), BE),
                        entry(p("posterieure?s? a|apres|superieure?s? a|plus grande?s? que"), A), entry(p("anterieure?s? a|avant|inferieure?s? a|plus petite?s? que"), B)),
                List.of(p("^" + the + "(?<field>.+?)\\s+(?:doit|doivent|devrait)\\s+(?:etre\\s+)?(?:comprise?s?\\s+)?entre\\s+(?<min>\\S+)\\s+et\\s+(?<max>\\S+)$")),
                List.of(p("^" + the + "(?<field>.+?)\\s+(?:est|sont)\\s+(?:obligatoire|requise?|necessaire)s?\\s+(?:quand|si|lorsque|lorsqu'|des que|dès que)\\s*(?<cond>.+)$"),
                        p("^" + the + "(?<field>.+?)\\s+doit\\s+etre\\s+(?:rempli|renseigne|saisi|indique|donne)e?s?\\s+(?:quand|si|lorsque|lorsqu'|des que)\\s*(?<cond>.+)$"),
                        p("^(?:quand|si|lorsque|lorsqu')\\s*(?<cond>.+?),\\s+" + the + "(?<field>.+?)\\s+(?:est|devient)\\s+(?:obligatoire|requise?)s?$")),
                p("^(?:(?:est|vaut|egal a|egale a|est egal a|est egale a|passe a|=)\\s+)+"),
                List.of(p("^" + the + "(?<field>.+?)\\s+(?:ne\\s+)?(?:peut|peuvent|doit)\\s+(?:seulement\\s+|uniquement\\s+)?(?:passer|aller|changer)\\s+"
                        + "(?:que\\s+)?(?:seulement\\s+|uniquement\\s+)?(?:de|d')\\s*(?<from>.+?)\\s+(?:a|en|vers)\\s+(?<to>.+)$")),
                p("\\s*(?:,|\\bou\\b|\\bet\\b)\\s*"),
                List.of(p("\\b(?:rappeler|envoyer un rappel|faire un rappel|relancer|prevenir)\\s+(?:a |au |aux |a l'|l'|le |la |les )?(?<person>.+?)\\s+"
                        + "(?<n>\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\\s+jours?\\s+(?:ouvres?\\s+)?(?<when>avant|apres)\\s+"
                        + "(?:la |le |l'|sa |son |leur )?(?<date>.+?)(?:\\s+a\\s+(?<hour>\\d{1,2})\\s*(?:h|:|heures?)\\s*(?<min>\\d{2})?)?$")),
                p("avant"), numbers("un|une deux trois quatre cinq six sept huit neuf dix"),
                List.of(p("^(?:quand|lorsque|lorsqu'|des que|si)\\s*" + the + "(?<field>.+?)\\s+(?:devient|passe a|passe en|est mise? a|change pour|vaut)\\s+"
                        + "(?<value>.+?),?\\s+(?:remplir|renseigner|enregistrer|noter|tamponner|mettre a jour|mettre|inscrire)\\s+"
                        + "(?:le |la |les |l')?(?<target>.+?)(?:\\s+(?:a|avec|par)\\s+(?:aujourd'hui|la date|la personne|l'utilisateur|qui).*)?$")),
                p("\\b(?:combien de jours|jours?)\\b.*\\b(?:en retard|de retard|retard)\\b"),
                p("\\b(?<word>total|somme|combien|nombre de|nombre d')"), p("total|somme"),
                List.of(p("\\bbouton\\s+\"?(?<label>[a-z][\\w' ]{1,40}?)\"?(?:\\s+(?:sur|pour chaque|dans)\\b.*)?$"),
                        p("\\bbouton\\s+(?:pour|qui permet de|permettant de)\\s+(?<label2>[a-z][\\w' ]{1,40})")),
                List.of(p("\\bmarquer(?:\\s+(?:comme|le|la|les|l'))*\\s+(?<state>.+)$")),
                new LogicPhrases.Says(words("avant", "le même jour ou avant", "après", "le même jour ou après"),
                        words("inférieur à", "au plus", "supérieur à", "au moins"),
                        "%1$s doit être %2$s %3$s.", "%1$s doit être entre %2$s et %3$s.", "Renseignez %1$s quand %2$s vaut %3$s.",
                        "%1$s ne peut passer que de %2$s à %3$s.", " ou ",
                        "Rappel : %2$s — %1$s dans %3$s.", "Rappel : %2$s — %1$s dépassée de %3$s.", "jour", "jours",
                        "Jours de retard", "Total %s", "Nombre de %s", "Marquer %s",
                        "Règle ajoutée : %s", "Colonne calculée « %s » ajoutée à : %s.", "Bouton « %s » ajouté à chaque fiche %s.",
                        "Automatisation ajoutée : %s.", "Automatisation ajoutée : %s, chaque jour à %s.",
                        "Rappeler %1$s %2$s %3$s %4$s", "Remplir %1$s quand %2$s devient %3$s", "avant", "après"));
    }

    static LogicPhrases spanish() {
        String the = "(?:el |la |los |las )?";
        String must = "(?:debe|deben|deberia|tiene que|tienen que|ha de|han de)\\s+(?:ser|estar|caer)";
        String ops = "posterior(?:es)? o igual(?:es)? a|anterior(?:es)? o igual(?:es)? a|posterior(?:es)? a|anterior(?:es)? a|despues de|antes de"
                + "|no anterior a|no posterior a|como minimo|como maximo|al menos|a lo sumo|mayor(?:es)? o igual(?:es)? (?:a|que)"
                + "|menor(?:es)? o igual(?:es)? (?:a|que)|mayor(?:es)? que|menor(?:es)? que";
        return new LogicPhrases(Lang.ES, p("^(?:y|tambien|ademas|luego|por favor)\\s+"),
                List.of(p("^" + the + "(?<left>.+?)\\s+" + must + "\\s+(?<op>" + ops + ")\\s+" + the + "(?<right>.+)$")),
                List.of(entry(p("posterior(?:es)? o igual(?:es)? a|no anterior a|como minimo|al menos|mayor(?:es)? o igual(?:es)? (?:a|que)"), AE),
                        entry(p("anterior(?:es)? o igual(?:es)? a|no posterior a|como maximo|a lo sumo|menor(?:es)? o igual(?:es)? (?:a|que)"), BE),
                        entry(p("posterior(?:es)? a|despues de|mayor(?:es)? que"), A), entry(p("anterior(?:es)? a|antes de|menor(?:es)? que"), B)),
                List.of(p("^" + the + "(?<field>.+?)\\s+(?:debe|deben|tiene que|tienen que)\\s+(?:estar|ser)\\s+(?:comprendid[oa]s?\\s+)?entre\\s+(?<min>\\S+)\\s+y\\s+(?<max>\\S+)$")),
                List.of(p("^" + the + "(?<field>.+?)\\s+(?:es|son)\\s+(?:obligatori|requerid|necesari)[oa]s?\\s+(?:cuando|si)\\s+(?<cond>.+)$"),
                        p("^" + the + "(?<field>.+?)\\s+(?:debe|deben)\\s+(?:rellenarse|completarse|indicarse|llenarse)\\s+(?:cuando|si)\\s+(?<cond>.+)$")),
                p("^(?:(?:es|sea|esta|este|vale|igual a|=)\\s+)+"),
                List.of(p("^" + the + "(?<field>.+?)\\s+(?:solo|solamente|unicamente)?\\s*(?:puede|pueden)\\s+(?:solo\\s+|solamente\\s+)?(?:pasar|cambiar|ir)\\s+"
                        + "de\\s+(?<from>.+?)\\s+a\\s+(?<to>.+)$")),
                p("\\s*(?:,|\\bo\\b|\\by\\b)\\s*"),
                List.of(p("\\b(?:recordar(?:le)?|enviar(?:le)? un recordatorio|avisar(?:le)?)\\s+(?:a |al |a la |a los |a las )?(?<person>.+?)\\s+"
                        + "(?<n>\\d+|un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\\s+dias?\\s+(?:habiles\\s+)?(?<when>antes|despues)\\s+de\\s+"
                        + "(?:la |el |su )?(?<date>.+?)(?:\\s+a las?\\s+(?<hour>\\d{1,2})(?::(?<min>\\d{2}))?)?$")),
                p("antes"), numbers("un|uno|una dos tres cuatro cinco seis siete ocho nueve diez"),
                List.of(p("^(?:cuando|si)\\s+" + the + "(?<field>.+?)\\s+(?:pase a|cambie a|se convierta en|pasa a|cambia a|se ponga en|sea)\\s+"
                        + "(?<value>.+?),?\\s+(?:rellenar|llenar|poner|registrar|anotar|completar|guardar|rellena|pon|registra)\\s+"
                        + the + "(?<target>.+?)(?:\\s+con\\s+.*)?$")),
                p("\\b(?:cuantos dias|dias?)\\b.*\\b(?:de retraso|de atraso|atrasad\\w*|retrasad\\w*|vencid\\w*)"),
                p("\\b(?<word>total|suma|cuant[oa]s|numero de)\\b"), p("total|suma"),
                List.of(p("\\bboton\\s+\"?(?<label>[a-z][\\w ]{1,40}?)\"?(?:\\s+(?:en|para cada)\\b.*)?$"),
                        p("\\bboton\\s+(?:para|que)\\s+(?<label2>[a-z][\\w ]{1,40})")),
                List.of(p("\\bmarcar(?:\\s+(?:como|lo|la|los|las))*\\s+(?<state>.+)$")),
                new LogicPhrases.Says(words("anterior a", "igual o anterior a", "posterior a", "igual o posterior a"),
                        words("menor que", "como máximo", "mayor que", "como mínimo"),
                        "%1$s debe ser %2$s %3$s.", "%1$s debe estar entre %2$s y %3$s.", "Indique %1$s cuando %2$s sea %3$s.",
                        "%1$s solo puede pasar de %2$s a %3$s.", " o ",
                        "Recordatorio: %2$s — %1$s en %3$s.", "Recordatorio: %2$s — %1$s venció hace %3$s.", "día", "días",
                        "Días de retraso", "Total %s", "Número de %s", "Marcar %s",
                        "Regla añadida: %s", "Columna calculada «%s» añadida a %s.", "Botón «%s» añadido a cada %s.",
                        "Automatización añadida: %s.", "Automatización añadida: %s, cada día a las %s.",
                        "Recordar a %1$s %2$s %3$s %4$s", "Rellenar %1$s cuando %2$s pase a %3$s", "antes de", "después de"));
    }

    static LogicPhrases german() {
        String the = "(?:der |die |das |den |dem |des )?";
        String n = "(?<n>\\d+|einen|einem|ein|eine|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn)\\s+(?:werk|arbeits)?tage?n?";
        String at = "(?:\\s+um\\s+(?<hour>\\d{1,2})(?::(?<min>\\d{2}))?(?:\\s*uhr)?)?";
        String ops = "am oder nach|am oder vor|nicht vor|nicht nach|nach|vor|spater als|fruher als|mindestens|hochstens|gros+er oder gleich"
                + "|kleiner oder gleich|gros+er als|kleiner als|mehr als|weniger als";
        return new LogicPhrases(Lang.DE, p("^(?:und|auch|bitte|dann|ausserdem)\\s+"),
                List.of(p("^" + the + "(?<left>.+?)\\s+(?:muss|mussen|soll|sollte|sollen|darf|durfen)\\s+(?:immer\\s+)?(?<op>" + ops + ")\\s+" + the
                        + "(?<right>.+?)(?:\\s+(?:liegen|sein|kommen))?$")),
                List.of(entry(p("am oder nach|nicht vor|mindestens|gros+er oder gleich"), AE), entry(p("am oder vor|nicht nach|hochstens|kleiner oder gleich"), BE),
                        entry(p("nach|spater als|gros+er als|mehr als"), A), entry(p("vor|fruher als|kleiner als|weniger als"), B)),
                List.of(p("^" + the + "(?<field>.+?)\\s+(?:muss|mussen|soll|sollte)\\s+zwischen\\s+(?<min>\\S+)\\s+und\\s+(?<max>\\S+)(?:\\s+(?:liegen|sein))?$")),
                List.of(p("^" + the + "(?<field>.+?)\\s+(?:ist (?:ein )?pflicht(?:feld)?|ist erforderlich|ist notwendig|muss ausgefullt werden|muss angegeben werden),?\\s+"
                        + "(?:wenn|falls|sobald)\\s+(?<cond>.+)$"),
                        p("^(?:wenn|falls|sobald)\\s+(?<cond>.+?),\\s+(?:ist|muss)\\s+" + the + "(?<field>.+?)\\s+(?:pflicht|erforderlich|ausgefullt werden|angegeben werden)$")),
                p("^(?:(?:auf|gleich|=)\\s+)+|\\s+(?:ist|lautet|steht|sind)$"),
                List.of(p("^" + the + "(?<field>.+?)\\s+(?:darf|kann|konnen|durfen)\\s+(?:nur\\s+)?von\\s+(?<from>.+?)\\s+(?:zu|nach|auf|in)\\s+(?<to>.+?)"
                        + "(?:\\s+(?:wechseln|gehen|springen|geandert werden|ubergehen))?$")),
                p("\\s*(?:,|\\boder\\b|\\bund\\b)\\s*"),
                List.of(p("\\berinner\\w*\\s+" + the + "(?<person>.+?)\\s+" + n + "\\s+(?<when>vor|nach)\\s+(?:dem |der |den |des |seinem |ihrem )?(?<date>.+?)"
                                + at + "(?:\\s+daran)?$"),
                        p("^" + the + "(?<person>.+?)\\s+(?:soll|muss|sollte)?\\s*" + n + "\\s+(?<when>vor|nach)\\s+(?:dem |der |den |des |seinem |ihrem )?"
                                + "(?<date>.+?)" + at + "\\s+(?:an\\s+)?erinnert werden$"),
                        p("^" + the + "(?<person>.+?)\\s+" + n + "\\s+(?<when>vor|nach)\\s+(?:dem |der |den |des |seinem |ihrem )?(?<date>.+?)" + at + "\\s+erinnern$")),
                p("vor"), numbers("ein|einen|einem|eine zwei drei vier funf sechs sieben acht neun zehn"),
                List.of(p("^(?:wenn|sobald|falls)\\s+" + the + "(?<field>.+?)\\s+(?:auf|zu)\\s+(?<value>.+?)\\s+(?:wechselt|gesetzt wird|geandert wird|springt|steht),?\\s+"
                                + "(?:setze|trage|fulle|stemple|soll)?\\s*" + the + "(?<target>.+?)(?:\\s+(?:ein|aus|setzen|eintragen|ausfullen|gesetzt werden|auf heute))*$"),
                        p("^(?:wenn|sobald|falls)\\s+" + the + "(?<field>.+?)\\s+(?<value>\\S+)\\s+wird,?\\s+(?:setze|trage|fulle|stemple|soll)?\\s*" + the
                                + "(?<target>.+?)(?:\\s+(?:ein|aus|setzen|eintragen|ausfullen|gesetzt werden|auf heute))*$")),
                p("\\b(?:wie viele tage|tage?)\\b.*\\b(?:uberfallig|verspatet|in verzug|im verzug|verzug)|\\buberfallig\\w*\\b.*\\btage\\b"),
                p("\\b(?<word>summe|gesamt\\w*|wie viele|anzahl)\\b"), p("summe|gesamt\\w*"),
                List.of(p("\"(?<label>[a-z][\\w ]{1,40}?)\"\\s*-?\\s*(?:schaltflache|button|knopf)"),
                        p("\\b(?:schaltflache|button|knopf)\\s+\"?(?<label>[a-z][\\w ]{1,40}?)\"?(?:\\s+(?:auf|bei|fur)\\b.*)?$"),
                        p("\\b(?:schaltflache|button|knopf)\\s+(?:zum|um)\\s+(?<label2>[a-z][\\w ]{1,40})")),
                List.of(p("^(?:als\\s+)?(?<state>.+?)\\s+(?:markieren|zu markieren)$"), p("\\bmarkier\\w*\\s+(?:als\\s+)?(?<state>.+)$")),
                new LogicPhrases.Says(words("vor", "am selben Tag oder vor", "nach", "am selben Tag oder nach"),
                        words("kleiner als", "höchstens", "größer als", "mindestens"),
                        "%1$s muss %2$s %3$s sein.", "%1$s muss zwischen %2$s und %3$s liegen.", "Bitte %1$s ausfüllen, wenn %2$s %3$s ist.",
                        "%1$s darf nur von %2$s zu %3$s wechseln.", " oder ",
                        "Erinnerung: %2$s — %1$s: noch %3$s.", "Erinnerung: %2$s — %1$s: %3$s überschritten.", "Tag", "Tage",
                        "Tage überfällig", "Summe %s", "Anzahl %s", "Als %s markieren",
                        "Regel hinzugefügt: %s", "Berechnete Spalte „%s“ zu %s hinzugefügt.", "Schaltfläche „%s“ zu jedem Eintrag %s hinzugefügt.",
                        "Automatisierung hinzugefügt: %s.", "Automatisierung hinzugefügt: %s, täglich um %s.",
                        "%1$s %2$s %3$s %4$s erinnern", "%1$s ausfüllen, wenn %2$s zu %3$s wechselt", "vor", "nach"));
    }

    /** "a one two" (spaces between numbers, "|" between words for the same one) from one upwards. */
    private static Map<String, Integer> numbers(String words) {
        Map<String, Integer> out = new java.util.HashMap<>();
        String[] byValue = words.split(" ");
        for (int i = 0; i < byValue.length; i++) {
            for (String w : byValue[i].split("\\|")) {
                out.put(w, i + 1);
            }
        }
        return Map.copyOf(out);
    }
}

package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/** Edits that add: new kinds of record and new fields, from the many ways people ask for them. */
final class RefineAdditions {
    /** Patterns whose first group names the kind of record, the second what it should hold. */
    private static final List<Pattern> KIND_FIRST = List.of(
            p("^(?:can|could|may|should|will)\\s+(?:the\\s+|each\\s+|every\\s+|all\\s+|our\\s+)?([\\w' -]+?)\\s+(?:also\\s+)?(?:show|have|include|record|track|display|hold|store|capture|say|carry|list|get)\\s+(.+)$"),
            p("^(?:the\\s+|each\\s+|every\\s+|all\\s+|our\\s+)?([\\w' -]+?)\\s+(?:should|must|will|need to|needs to|have to|has to|can|could|ought to)\\s+(?:also\\s+)?(?:carry|show|include|hold|store|capture|say|list|display|get|come with|be given|receive)\\s+(.+)$"),
            p("^(?:each|every|all|any)\\s+([\\w' -]+?)\\s+(?:gets|get|receives|receive|is given|are given|carries|carry|comes with|come with)\\s+(.+)$"),
            p("^(?:we|they|you|i)\\s+(?:also\\s+)?(?:give|assign|attach|allocate|issue)\\s+(?:each|every|all|any|a|the)\\s+([\\w'-]+)\\s+(.+)$"),
            // "ponle al alumno la fecha de nacimiento", "añádeles a los clientes el CIF": the kind as indirect object
            p("^(?:ponle|ponles|anadele|anadeles|agregale|agregales|metele|meteles|incluyele|incluyeles)\\s+(?:tambien\\s+)?(?:al|a la|a los|a las|a cada)\\s+([\\w'-]+)\\s+(.+)$"));

    private static final Pattern TO_VERB = p("^to\\s+(?:also\\s+)?(?:carry|have|show|include|hold|store|capture|say|list|display|get|record|track|keep|note|contain|mention)\\s+");
    /** After the kind named by its list: its parts in brackets, between dashes, after a colon or "with", or nothing. */
    /** The words naming a kind after "a list of": no preposition, so "a list of allergies per dog" names no kind "Allergies per dog". */
    private static final String KIND_WORDS = "((?:(?!\\b(?:to|for|per|on|in|at|from|pour|par|sur|dans|chez|para|por|en|fur|pro|je|zu|im|am|bei)\\b)[\\w' -])+?)";
    private static final String DESCRIBED = "\\s*(?=[(:]|[-–—]\\s|";
    private static final List<Pattern> NEW_KIND = List.of(
            // "quiero registrar los movimientos de stock: …", "on veut suivre les prêts : …", "wir wollen die Wartungen erfassen: …"
            p("^(?:quiero|queremos|quisiera|quisieramos|necesito|necesitamos|hay que)\\s+(?:tambien\\s+)?(?:registrar|llevar(?: el control de)?|gestionar|controlar|apuntar|guardar)\\s+(?:tambien\\s+)?(?:los|las|unos|unas)\\s+([\\w-]+(?:\\s+de\\s+[\\w-]+)?)\\s*(:.*)$"),
            p("^(?:je veux|je voudrais|nous voulons|on veut|on voudrait|il faut|il faudrait|j'aimerais|nous aimerions)\\s+(?:aussi\\s+|egalement\\s+)?(?:suivre|enregistrer|gerer|noter|tracer)\\s+(?:aussi\\s+)?(?:les|des)\\s+([\\w-]+(?:\\s+(?:de|d')\\s*[\\w-]+)?)\\s*(:.*)$"),
            p("^(?:wir wollen|wir mochten|ich mochte|ich will|wir mussen|wir sollten)\\s+(?:auch\\s+|noch\\s+)*(?:die\\s+)?([\\w-]+)\\s+(?:erfassen|verwalten|festhalten|dokumentieren|nachverfolgen)\\s*(:.*)$"),
            p("^(?:(?:can|could)\\s+(?:we|you|i)\\s+)?(?:also\\s+)?(?:add|create|make|have|keep|(?:i|we)\\s+(?:also\\s+)?(?:need|want))\\s+(?:an?\\s+|the\\s+)?(?:list|table|register)\\s+of\\s+" + KIND_WORDS + "(?=\\s*[(:]|\\s+with\\b|$)\\s*(.*)$"),
            // "can we have a proper list of sites - name and the site manager -", "on aimerait une vraie liste des organismes (nom, ville)",
            // "queremos una ficha de socios: nombre, …", "ich hätte gern ein Baustellen-Verzeichnis (Name, Adresse)": a kind said by the list it makes
            p("^(?:[\\w']+\\s+){0,5}?(?:have|need|want|like|get|keep|add|create|make|set up|start)\\s+(?:an?\\s+|the\\s+|one\\s+)?(?:(?:proper|separate|new|dedicated|simple|real|central|single|shared)\\s+)*"
                    + "(?:list|table|register|directory|database|catalog(?:ue)?)\\s+of\\s+(?:the\\s+|our\\s+|all\\s+(?:the\\s+|our\\s+)?)?(?!options\\b|choices\\b|values\\b)" + KIND_WORDS + DESCRIBED + "with\\b|(?:instead|rather)\\b|$)(.*)$"),
            p("^(?:[\\w']+\\s+){0,5}?(?:aimerait|aimerions|aimerais|voudrait|voudrions|voudrais|veut|voulons|faut|faudrait|besoin d'|ajoute\\w*|cree\\w*|avoir|prevoir)\\s*(?:une?\\s+)?(?:(?:vraie|vrai|nouvelle|nouveau|petite|propre|seule)\\s+)?"
                    + "(?:liste|table|tableau|registre|repertoire|fichier|annuaire|referentiel)\\s+(?:des\\s+|de\\s+|d')\\s*(?!valeurs\\b|choix\\b|options\\b)" + KIND_WORDS + DESCRIBED + "avec\\b|(?:au lieu)\\b|$)(.*)$"),
            p("^(?:[\\w']+\\s+){0,5}?(?:queremos|quiero|quisiera|quisieramos|necesitamos|necesito|falta|tener|anad\\w*|agreg\\w*|crea\\w*)\\s+(?:una?\\s+)?(?:(?:verdadera|nueva|propia|buena)\\s+)?"
                    + "(?:lista|tabla|registro|ficha|fichero|listado|directorio|catalogo)\\s+(?:(?:propia|aparte)\\s+)?de\\s+(?:los\\s+|las\\s+)?(?!valores\\b|opciones\\b)" + KIND_WORDS + DESCRIBED + "con\\b|(?:en vez|en lugar)\\b|$)(.*)$"),
            p("^(?:[\\w']+\\s+){0,5}?(?:ein|eine|einen)\\s+(?:(?:eigene|richtige|neue|separate|zentrale)[nrs]?\\s+)?(?:liste|verzeichnis|tabelle|kartei)\\s+(?:der|aller|von|fur|fur die|mit den|mit allen)\\s+" + KIND_WORDS + DESCRIBED + "mit\\b|(?:statt|anstatt)\\b|$)(.*)$"),
            p("^(?:[\\w']+\\s+){0,5}?(?:ein|eine|einen)\\s+(?:(?:eigene|richtige|neue|separate|zentrale)[nrs]?\\s+)?(\\p{L}{3,}?)-?(?:liste|verzeichnis|tabelle|kartei)\\s*(?=[(:]|mit\\b|[-–—]\\s)(.*)$"),
            p("^(?:(?:can|could)\\s+(?:we|you|i)\\s+)?(?:please\\s+)?(?:also\\s+)?(?:add|create|have|get|need|want|make|set up|start|keep|(?:i|we)\\s+(?:also\\s+)?(?:need|want|would like))\\s+(?:an?\\s+|the\\s+|another\\s+|one\\s+)?(?:proper\\s+|separate\\s+|new\\s+|dedicated\\s+|own\\s+|simple\\s+|real\\s+)?+(?!list\\b|table\\b|an?\\s|the\\s)([\\w' -]+?)\\s+(?:list|table|register|directory|catalog|catalogue|database|record type|record kind|kind of record|kind|entity)\\b\\s*(.*)$"),
            p("^(?:i|we)\\s+(?:also\\s+)?(?:need|want|would like|have)\\s+(?:to\\s+(?:track|record|keep|log|manage)\\s+)?(?:the\\s+)?([\\w-]+s(?:\\s+[\\w-]+s)?)\\s*(?:too|as well|also)?\\s*(:.*)$"),
            p("^(?:ajout\\w*|cree\\w*|il (?:nous )?faut|on a besoin d')\\s*(?:une\\s+|un\\s+)?(?:liste|table|tableau|registre)\\s+(?:des\\s+|de\\s+|d')\\s*([\\w' -]+?)(?=\\s*[(:]|\\s+avec\\b|$)\\s*(.*)$"),
            p("^(?:anad\\w*|agreg\\w*|crea\\w*|necesitamos)\\s+(?:una\\s+)?(?:lista|tabla|registro)\\s+(?:de\\s+)?([\\w' -]+?)(?=\\s*[(:]|\\s+con\\b|$)\\s*(.*)$"),
            p("^(?:il (?:nous )?faut|on a besoin|nous avons besoin|on veut|nous voulons|necesitamos|queremos|hace falta|wir brauchen|wir wollen|wir benotigen)\\s+(?:aussi\\s+|tambien\\s+|auch\\s+|noch\\s+)?(?:des\\s+|de\\s+|d'\\s*|les\\s+|los\\s+|las\\s+|unos\\s+|unas\\s+|die\\s+)?([\\w-]+(?:\\s+(?:de|d')\\s*[\\w-]+)?)\\s*(?:aussi|tambien|auch)?\\s*(:.*)$"),
            p("^(?:bitte\\s+)?(?:noch\\s+)?(?:eine|neue)\\s+(?:liste|tabelle)\\s+(?:der|fur|mit|von)?\\s*([\\w' -]+?)(?=\\s*[(:]|\\s+mit\\b|$)\\s*(.*)$"));
    private static final List<Pattern> ADD = List.of(
            p("^(?:for|on|in)\\s+(?:the\\s+|each\\s+|every\\s+|all\\s+)?([\\w' -]+?),?\\s+(?:we|i)\\s+(?:also\\s+)?(?:need|want|would like|track|record|have to record|must record|should record|keep)\\s+(?:to\\s+(?:know|record|track)\\s+)?(.+)$"),
            p("^(?:let|allow|lets)\\s+(?:us|me|them|people|the\\s+\\w+|\\w+)\\s+(?:to\\s+)?(attach|upload|add|record|enter|note|pick|choose|select|photograph)\\s+(.+)$"),
            p("^(?:can|could|may)\\s+(?:we|you|i)\\s+(?:also\\s+)?(?:please\\s+)?(have|get|see|keep|record|track|add|store|capture|include|attach|upload)\\s+(.+)$"),
            p("^(attach|upload)\\s+(.+)$"),
            p("^(?:(?:can|could)\\s+(?:we|you|i)\\s+)?(?:please\\s+)?(?:also\\s+)?(add|include|track|record|capture|store|log|keep track of|keep|show|display|put|insert|collect|note down|note|ask for|save|need|attach|upload)\\s+(?:also\\s+)?(.+)$"),
            p("^(?:the\\s+|each\\s+|every\\s+|all\\s+|our\\s+|chaque\\s+|les?\\s+|la\\s+|cada\\s+|los\\s+|las\\s+|el\\s+|jede[rsn]?\\s+|die\\s+|der\\s+|das\\s+)?([\\w' -]+?)\\s+(?:also\\s+)?(?:need|needs|should have|must have|should also have|also need|also needs|require|requires|should record|should show|should track|have|has|also have|also has|doit avoir|doivent avoir|a besoin d'|ont besoin d'|necesita|necesitan|debe tener|deben tener|braucht|brauchen|benotigt|benotigen|ont|tienen|tiene|haben|hat)\\b\\s*(?:also\\s+|noch\\s+|auch\\s+)?(.+)$"),
            p("^(?:we|i)(?:'d|'ll| would| will)?\\s+(?:also\\s+|now\\s+|really\\s+|still\\s+)*(?:need|want|like|would like|have|should|must)\\s+(?:also\\s+)?(?:to\\s+)?(?:also\\s+)?(know|see|track|record|capture|store|log|add|keep|note|have|ask|collect|photograph|attach|upload|be able to record|be able to see|be able to track|be able to attach|be able to upload)?\\s*(?:also\\s+)?(?:of\\s+|about\\s+|for\\s+)?(.+)$"),
            p("^there (?:should|must|needs to) (be)\\s+(.+)$"),
            p("^(?:we|i)\\s+(?:also\\s+|now\\s+|will\\s+|'ll\\s+|always\\s+|usually\\s+)*(track|record|log|keep|note|capture|store|collect|write down|ask for)\\s+(?:also\\s+)?(.+)$"),
            KIND_FIRST.get(0), KIND_FIRST.get(1), KIND_FIRST.get(2), KIND_FIRST.get(3), KIND_FIRST.get(4),
            p("^(?:is it|would it be|could it be|will it be|it should(?: also)? be|it would be|it'd be|it will be|it must be)\\s+(?:also\\s+)?possible\\s+to\\s+(?:also\\s+)?(add|record|track|attach|upload|see|store|capture|include|have|enter|note|log|keep)\\s+(.+)$"),
            p("^(?:[\\w'-]+\\s+){1,3}?(?:also\\s+)?(?:want|wants|need|needs|would like|'d like|like)\\s+to\\s+(?:be able to\\s+)?(see|know|record|track|check|find out|tell|capture|log|attach|upload|add|note|enter)\\s+(.+)$"),
            p("^it(?:'d|'ll| would| will)?\\s+be\\s+(?:really\\s+|very\\s+|quite\\s+)?(?:nice|good|great|useful|helpful|handy|important|better)\\s+to\\s+(?:also\\s+)?(see|have|know|record|track|capture|add|keep|store|note|log|get|attach|upload)\\s+(?:also\\s+)?(.+)$"),
            p("^(?:let us|let me|lets)\\s+(?:also\\s+)?(keep|track|store|capture|record|log|add|include|have|see|note|know)\\s+(.+)$"),
            p("^(?:missing|also missing|still missing|don't forget|do not forget|remember|not to forget)\\s*:?\\s+(?:about\\s+)?()(.+)$"),
            p("^(?:we're|we are|you're|you are|it's|it is|the form is)\\s+(?:still\\s+)?missing\\s+()(.+)$"),
            p("^()(.+?)\\s+(?:would be|will be|is|are)\\s+(?:really\\s+|very\\s+|also\\s+|still\\s+)?(?:useful|helpful|handy|nice to have|good to have|needed|important|missing|essential|crucial)(?:\\s+(?:too|as well|to have|to know|here|for us|for me|for the team|for them))?$"),
            p("^(?:the\\s+)?(?:form|app|screen|page|record|entry)\\s+(?:should|must|needs to|has to|could|can)\\s+(?:also\\s+)?(ask for|ask|show|include|have|contain|capture|collect)\\s+(.+)$"),
            p("^(?:the\\s+|our\\s+)?[\\w' -]+?\\s+(?:should|must|need to|needs to|have to|has to|will|can)\\s+(?:also\\s+)?(note|record|track|log|enter|capture|fill in|write down|say|give)\\s+(.+)$"),
            p("^(?:ajout\\w*|rajout\\w*|(?:mett(?:re|ez|ons)|mets)(?![^,.;]*\\b(?:a la place|au lieu|en (?:liste|choix|texte|nombre|date|menu)|comme|obligatoire|facultati\\w*|optionnel\\w*|en premier|en dernier|avant|apres)\\b)|garder (?:une )?trace (?:de la |de l'|des |du |de |d')|il (?:nous )?faut(?: aussi| egalement)?|on (?:a|aurait) besoin (?:de |d')?(?:savoir |voir |noter )?|on (?:a|aurait) besoin d[eu']?|j'ai besoin d[eu']?|nous avons besoin d[eu']?|enregistr\\w*|note[rz]?|garder|stocker|conserver|saisir|consigner|suivre|indiquer|afficher|(?:je|nous|on|j')\\s*(?:veux|voudrais|voulons|veut|voudrait|aimerais|aimerions|aimerait)\\s+(?:aussi\\s+|egalement\\s+)?(?:savoir|voir|noter|suivre|enregistrer|garder))(?:\\s+pouvoir)?(?:\\s+(?:(joindre|televerser)|noter|indiquer|saisir|renseigner|enregistrer|consigner))?\\s*(.+)$"),
            p("^(?:anad\\w*|agreg\\w*|incluy\\w*|necesitamos(?: saber)?|queremos(?: saber| ver| registrar| apuntar| anotar| guardar)?|(?:yo\\s+)?quiero(?: saber| ver| registrar| apuntar| anotar| guardar)?|quisiera(?: saber| ver| apuntar| anotar)?|(?:me|nos) gustaria(?: saber| ver| registrar| apuntar| anotar)?|hace falta|registr\\w*|guard\\w*|apuntar|anotar|incluir|seguir|controlar|indicar|mostrar)(?:\\s+poder(?:\\s+(?:(subir|adjuntar)|anadir|guardar|apuntar|ver))?)?\\s+(.+)$"),
            // "pon también el proveedor", "mete un stock mínimo", "incorpora la fecha": Spanish verbs of putting in
            p("^(?:pon|poned|ponga|ponme|mete|meted|metan|incorpora|incorporad|apunta|anota|(?:poner|meter|incorporar)(?![^,.;]*\\b(?:en (?:lugar|vez)|como|obligatori\\w*|opcional)\\b)|llevar (?:un )?registro (?:de la|de los|de las|del|de))\\s+(?:tambien\\s+|ademas\\s+)?()(.+)$"),
            p("^(?:bitte\\s+)?noch()\\s+(.+)$"),
            // "nimm bitte noch den Hersteller auf", "pack noch ein Feld für Bemerkungen rein", "trag auch die Farbe ein"
            p("^(?:nimm|nehmt|pack|packt|trag|tragt|setz|setzt)\\s+(?:bitte\\s+|noch\\s+|auch\\s+|mal\\s+)*()(.+?)\\s+(?:mit\\s+)?(?:auf|rein|hinein|dazu|hinzu|ein)$"),
            // "bei der Ausleihe soll man auch ein Foto hochladen können"
            p("^(?:soll|sollte|muss|sollen)\\s+man\\s+(?:auch\\s+|noch\\s+|bitte\\s+|zusatzlich\\s+)*()(.+?)\\s+(?:hochladen|anhangen|eintragen|angeben|erfassen|notieren|festhalten)\\s+konnen$"),
            // "es fehlen noch der Ort und …", "il manque la salle", "faltan el precio y …": what is missing is added
            p("^(?:es\\s+|uns\\s+)?(?:fehlen|fehlt)(?:\\s+(?:noch|uns|auch|hier|leider))*()\\s+(.+)$"),
            p("^()(.+?)\\s+(?:fehlen|fehlt)(?:\\s+(?:noch|uns|auch|hier|leider))*$"),
            p("^il (?:nous |y )?manque(?:\\s+(?:encore|aussi|toujours))*()\\s+(.+)$"),
            p("^(?:(?:nos|me)\\s+)?falta(?:n|ria|rian)?(?:\\s+(?:tambien|todavia|aun))*()\\s+(.+)$"),
            // "Ergänze bitte beim Kunden die Steuernummer", "erfasse noch die Uhrzeit": the imperative first
            p("^(?:erganze|erganzt|erfasse|erfasst)(?!.*\\bum\\b)\\s+(?:bitte\\s+|noch\\s+|auch\\s+|mal\\s+)*()(.+?)(?:\\s+(?:hinzu|dazu|mit))?$"),
            p("^fug\\w*\\s+()(.+?)\\s+hinzu$"),
            p("^fug\\w*\\s+(?:bitte\\s+|noch\\s+|auch\\s+)*hinzu\\s*,?()\\s*(.+)$"),
            p("^(?:bitte\\s+)?(?:noch\\s+|auch\\s+)?()(.+?)\\s+(?:noch\\s+|auch\\s+)?(?:hinzufugen|erganzen|aufnehmen|einfugen|erfassen|anlegen|dazunehmen|verfolgen|festhalten|sehen|anzeigen|eintragen|notieren|vermerken|dokumentieren)$"),
            p("^(?:wir brauchen|ich brauche|brauche ich|brauchen wir|wir mochten|ich mochte|wir wollen|ich will|erfasse|erfassen|wir mussen|mussen wir|muss ich)()\\s*,?\\s+(?:noch\\s+|auch\\s+)?(?:(?:wissen|sehen|erfassen|festhalten|notieren|speichern|dokumentieren|aufschreiben)\\s*,?\\s*)?(.+)$"),
            p("^()((?:who|whether|how many|how much|how long|qui|quien|wer)\\b.+)$"));

    private RefineAdditions() {
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    /**
     * "A contract has a number, a supplier and an end date", "une tournée a une date et un chauffeur", "cada sala tiene nombre y
     * planta", "ein Wartungsplan hat Startdatum und Techniker": one of a kind and what it has. In a clause, the fields of a kind
     * this message made (", and a team has a name and a leader" after the link made Team); see {@link #definedKinds}.
     */
    private static final Pattern DEFINED = p("^(?:a|an|each|every|one|un|une|chaque|una?|cada|ein|eine|jede[rs]?)\\s+([\\w'-]+(?:\\s+[\\w'-]+){0,2}?)\\s+"
            + "(has|comes with|contains|includes|consists of|is made of|a|possede|comporte|contient|comprend|tiene|lleva|incluye|contiene|consta de|hat|besteht aus|enthalt|umfasst)"
            + "\\s+(?:also\\s+|aussi\\s+|tambien\\s+|auch\\s+|jeweils\\s+)?(.+)$");

    /** "Sites have a name, an address and a contact", "les salles ont …", "las rutas tienen …", "die Touren haben …": the plural said. */
    private static final Pattern DEFINED_MANY = p("^(?:the\\s+|les\\s+|los\\s+|las\\s+|die\\s+)?([\\w'-]+(?:\\s+[\\w'-]+){0,2}?)\\s+"
            + "(have|come with|contain|include|ont|possedent|comportent|contiennent|tienen|llevan|incluyen|haben|enthalten|umfassen)"
            + "\\s+(?:also\\s+|aussi\\s+|tambien\\s+|auch\\s+|jeweils\\s+|(?:each|all|chacune?|toutes?|tous|cada un[oa]|alle)\\s+)?(.+)$");
    private static final Pattern DEFINITION_SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+|\\n|$)");
    /** ", and each job …", ", et chaque livraison …", ", and a team has …", ", und jede Lieferung …": where a definition and a link meet. */
    private static final Pattern THEN_EACH = p("(?:,?\\s+(?:and|et|y|und)\\s+|\\s*[:;]\\s*|\\s+[-–—]\\s+)(?=(?:each|every|an?|one|chaque|une?|cada|una?|jede[rsmn]?|eine?)\\s)");
    private static final Pattern EACH_LEAD = p("^(?:each|every|chaque|cada|jede[rsmn]?)\\s");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.!?\\s]+$");
    /** A subject that is a person asking ("we", "can we", "could you", "est-ce qu'on", "podemos", "können wir"), not a thing described. */
    private static final Pattern NOT_A_THING = p("(?:^|\\s)(?:we|they|you|i|people|users|nous|ils|elles|on|vous|nosotros|ellos|ellas|wir|sie|man|ihr"
            + "|can|could|would|should|will|shall|may|might|do|does|did|let's|peut|peux|pourrait|pourriez|pouvez|puede|puedes|podemos|podeis|podriamos|podria"
            + "|kann|kannst|konnen|konnten|konntest|sollen|sollten)(?:\\s|$)");
    private static final Pattern DEFINITION_LEAD = p("^(?:[-*•]\\s*|(?:ok|okay|so|also|alors|bon|bueno|pues|gut|also)\\s*,?\\s+)");

    /**
     * The message with the sentences that describe one of a thing it links to (a kind not yet there) taken out, and those kinds
     * made with their fields first, so the link said before or after them finds its kind: "Let's link orders to a framework contract
     * instead of typing it. A contract has a number, a supplier and an end date."; "Une tournée a une date et un chauffeur, et chaque
     * livraison appartient à une tournée." (the link part stays).
     */
    static String definedKinds(RefineSession s, String message) {
        if (message == null || message.length() > 1500) {
            return message;
        }
        Matcher sm = DEFINITION_SENTENCE.matcher(message);
        StringBuilder out = new StringBuilder();
        int from = 0;
        boolean any = false;
        while (sm.find()) {
            String sentence = sm.group();
            RefineClause whole = new RefineClause(TRAILING_STOPS.matcher(sentence).replaceAll(""));
            // "Une tournée a une date et un chauffeur, et chaque livraison appartient à une tournée": each part on its own
            List<RefineClause> parts = new java.util.ArrayList<>();
            Matcher then = whole.match(THEN_EACH);
            int at = 0;
            while (then.find()) {
                RefineClause tail = whole.from(then.end());
                if (tail.match(EACH_LEAD).find() || tail.match(DEFINED).find()) {
                    // not ", and an end date" inside a list
                    parts.add(whole.sub(at, then.start()));
                    at = then.end();
                }
            }
            parts.add(whole.from(at));
            List<RefineClause> kept = new java.util.ArrayList<>();
            String made = null;
            for (RefineClause part : parts) {
                RefineClause def = part;
                Matcher lead = def.match(DEFINITION_LEAD);
                if (lead.find()) {
                    def = def.from(lead.end());
                }
                String key = SPACES.split(def.text).length <= 30 ? define(s, def) : null;
                if (key != null) {
                    made = s.entity(key).name();
                } else {
                    kept.add(part);
                }
            }
            boolean read = made != null;
            StringBuilder rest = new StringBuilder();
            for (RefineClause part : kept) {
                if (read && SPACES.split(part.text).length <= 8 && mentions(part.text, made) && !namesOriginal(s, part.text)) {
                    // "Bitte die Touren mit aufnehmen: eine Tour hat …": the announcement of the kind just made
                    continue;
                }
                rest.append(part.orig.strip()).append(". ");
            }
            if (!read) {
                continue;
            }
            any = true;
            out.append(message, from, sm.start()).append(' ').append(rest);
            from = sm.end();
        }
        if (!any) {
            return message;
        }
        return out.append(message.substring(from)).toString().strip();
    }

    /** One definition of a thing named elsewhere in the message and no kind yet: the kind made with its fields. */
    private static String define(RefineSession s, RefineClause c) {
        Matcher one = c.match(DEFINED);
        boolean single = one.find() && !("a".equals(one.group(2)) && s.lang != Lang.FR);
        Matcher m = single ? one : c.match(DEFINED_MANY);
        if (!single && !m.find()) {
            return null;
        }
        RefineClause subject = c.group(m, 1);
        RefineClause what = c.group(m, 3);
        if (RefineText.values(what.orig).size() < 2 || RefineResolver.isPronoun(subject) || subject.match(NOT_A_THING).find()) {
            return null;
        }
        if (RefineResolver.entity(s, subject) != null) {
            return null;
        }
        String label = RefineText.label(subject.orig);
        String name = RefineText.capitalize(single ? label : kindSingular(s.lang, label));
        String spelled = INITIALS.matcher(label).matches() ? spelledOut(s.message, label.replaceFirst("s$", "")) : null;
        if (spelled != null) {
            // "Add a purchase order to each invoice. A PO has …": the kind is named by the words its letters stand for
            name = RefineText.capitalize(spelled.toLowerCase(java.util.Locale.ROOT));
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, subject);
        if (f != null && f.score() >= 0.99 || SPACES.split(name).length > 3 || !mentionedElsewhere(s, name, c)) {
            return null;
        }
        String key = s.addEntity(name);
        RefineItems.addAll(s, what, key, null);
        s.ensureField(key);
        return key;
    }

    /**
     * "Add a contract to each order. A contract has a number, …": a typed field added to a kind that was there, named as a kind
     * this message made, is the link to it.
     */
    static void fieldsNamedAsMadeKinds(RefineSession s) {
        for (Entity made : s.spec.entities()) {
            if (s.originalEntities.contains(made.key())) {
                continue;
            }
            String name = RefineText.fold(made.name());
            for (Entity e : s.spec.entities()) {
                if (!s.originalEntities.contains(e.key())) {
                    continue;
                }
                for (org.toolsmith.spec.Field f : e.fields()) {
                    if (f.type() == FieldType.TEXT && !s.originalFields.contains(e.key() + "." + f.key()) && RefineText.fold(f.label()).equals(name)
                            && e.fields().stream().noneMatch(x -> x.type() == FieldType.REFERENCE && made.key().equals(x.target()))) {
                        s.setType(e.key(), f.key(), FieldType.REFERENCE, List.of(), made.key());
                    }
                }
            }
        }
    }

    private static final Pattern INITIALS = Pattern.compile("[A-Z]{2,4}s?");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*");

    /** "purchase order" for "PO", "bon de commande" for "BC" ("de" may stand between): the words of the message the letters stand for. */
    private static String spelledOut(String message, String letters) {
        List<int[]> words = new java.util.ArrayList<>();
        Matcher w = WORD.matcher(message);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        String want = letters.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < words.size(); i++) {
            int k = 0;
            int j = i;
            while (j < words.size() && k < want.length()) {
                String word = message.substring(words.get(j)[0], words.get(j)[1]).toLowerCase(java.util.Locale.ROOT);
                if (word.charAt(0) == want.charAt(k) && word.length() > 1) {
                    k++;
                } else if (k == 0 || !SMALL_JOINS.contains(word)) {
                    break;
                }
                j++;
            }
            if (k == want.length() && j - i > 1) {
                return message.substring(words.get(i)[0], words.get(j - 1)[1]);
            }
        }
        return null;
    }

    private static final java.util.Set<String> SMALL_JOINS = java.util.Set.of("de", "du", "des", "of", "del", "la", "der");

    /** The thing is named outside the definition itself (the link to it). */
    private static boolean mentionedElsewhere(RefineSession s, String name, RefineClause def) {
        return mentions(RefineText.fold(s.message).replace(def.text, " "), name);
    }

    private static boolean namesOriginal(RefineSession s, String folded) {
        for (Entity e : s.spec.entities()) {
            if (s.originalEntities.contains(e.key()) && (mentions(folded, e.name()) || mentions(folded, e.plural()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the folded text names the thing (its last word, a plural ending allowed). */
    private static boolean mentions(String folded, String name) {
        String[] w = SPACES.split(RefineText.fold(name));
        String head = w[w.length - 1];
        String stem = head.length() > 5 ? head.substring(0, head.length() - 2) : head;
        int at = folded.indexOf(stem);
        while (at >= 0) {
            if (at == 0 || !Character.isLetter(folded.charAt(at - 1))) {
                return true;
            }
            at = folded.indexOf(stem, at + 1);
        }
        return false;
    }

    static boolean definedKind(RefineSession s, RefineClause c) {
        Matcher m = c.match(DEFINED);
        if (!m.find() || "a".equals(m.group(2)) && s.lang != Lang.FR) {
            return false;
        }
        RefineClause subject = c.group(m, 1);
        RefineClause what = c.group(m, 3);
        Entity e = RefineText.values(what.orig).size() < 2 || RefineResolver.isPronoun(subject) ? null : RefineResolver.entity(s, subject);
        if (e == null || s.originalEntities.contains(e.key())) {
            return false;
        }
        RefineItems.addAll(s, what, e.key(), null);
        s.lastEntity = e.key();
        return true;
    }

    static boolean newKind(RefineSession s, RefineClause c) {
        for (Pattern p : NEW_KIND) {
            Matcher m = c.match(p);
            if (!m.find()) {
                continue;
            }
            RefineClause nameWords = c.group(m, 1);
            boolean pronoun = THEM.matcher(nameWords.text).matches();
            if (pronoun) {
                // "we pay freelance videographers now, so we need a list of them (…)": the kind the pronoun stands for
                String newest = s.spec.entities().stream().map(Entity::key).filter(k -> !s.originalEntities.contains(k)).reduce((a, b) -> b).orElse(null);
                String named = newest != null ? s.entity(newest).name() : s.antecedent(nameWords.orig);
                if (named == null) {
                    continue;
                }
                nameWords = new RefineClause(named);
            }
            String asSaid = nameWords.text;
            // the word a pronoun stands for names a kind only as it is ("videographers" is no "Video request")
            Entity made = !pronoun ? RefineResolver.entity(s, nameWords) : s.spec.entities().stream()
                    .filter(e -> RefineText.fold(e.name()).equals(asSaid) || RefineText.fold(e.plural()).equals(asSaid)).findFirst().orElse(null);
            RefineClause described = c.group(m, 2);
            if (made != null && !s.originalEntities.contains(made.key()) && described != null && !described.isEmpty()) {
                // "each order is for one of our buildings - keep a buildings list with name and address": the kind just made
                String parts = parts(described.orig);
                if (!parts.isBlank()) {
                    RefineItems.addAll(s, new RefineClause(parts), made.key(), null);
                }
                s.lastEntity = made.key();
                return true;
            }
            if (made != null || nameWords.text.split("\\s+").length > 3) {
                continue;
            }
            if (RefineResolver.field(s, nameWords) != null && !RefineMatcher.namesKind(c.text)) {
                continue;
            }
            // "we need a proper owner list (name, email)": the Owner field then picks from that list
            RefineMatcher.FieldRef had = RefineResolver.field(s, nameWords);
            String label = RefineText.label(nameWords.orig);
            String name = RefineText.capitalize(p == NEW_KIND.get(NEW_KIND.size() - 2) || s.lang != Lang.EN ? kindSingular(s.lang, label) : singular(label));
            String key = s.addEntity(name);
            RefineClause rest = c.group(m, 2);
            Entity owner = null;
            if (rest != null && !rest.isEmpty()) {
                String desc = parts(rest.orig);
                // "…: a, b and c, each assigned to a machine", "…, jeweils einer Maschine zugeordnet": the owner, no field
                KindOwnerTail.Cut beside = KindOwnerTail.find(s, new RefineClause(desc));
                if (beside == null && !after(rest.orig).isBlank()) {
                    beside = KindOwnerTail.leading(s, new RefineClause(after(rest.orig)));
                } else if (beside != null) {
                    desc = beside.rest().orig;
                }
                owner = beside == null ? null : beside.owner();
                RefineClause said = new RefineClause(desc);
                String rest2 = RefineEachLink.eachFirst(s, key, said);
                if (rest2 != null) {
                    // "cada movimiento es de un producto, con la fecha, …": the link, then the fields
                    desc = rest2.replaceAll("^(?i)(?:with|avec|con|mit)\\s+", "");
                    said = new RefineClause(desc);
                }
                if (said.text.matches("^(?:each|every|chaque|tout|toute|cada|jede[rsn]?)\\s.*")
                        && (RefineLinks.link(s, said) || RefineLinks.partOf(s, said) || RefineLinks.hasMany(s, said))) {
                    // "il nous faut des projets : chaque tâche appartient à un projet": the link, not fields
                    desc = "";
                }
                if (!desc.isBlank()) {
                    RefineItems.addAll(s, said, key, null);
                }
            }
            s.ensureField(key);
            if (owner != null && !owner.key().equals(key)) {
                s.link(key, owner.key());
            }
            // when the message also links or drops the old field itself, those clauses do it
            boolean saysMore = s.message != null && RefineText.fold(s.message).matches("(?s).*\\b(?:pick|choose|select|link|drop|remov|delet|replac|instead|old|choisi|ancien|supprim|remplac|elig|escog|antigu|quita|reemplaz|wahl|alte|entfern|ersetz)\\w*.*");
            if (had != null && !saysMore && had.score() >= 0.99 && !had.entity().key().equals(key)
                    && java.util.EnumSet.of(FieldType.TEXT, FieldType.PERSON, FieldType.CHOICE).contains(had.field().type())) {
                s.setType(had.entity().key(), had.field().key(), FieldType.REFERENCE, List.of(), key);
            }
            s.lastEntity = key;
            String after = rest == null || owner != null ? "" : after(rest.orig);
            if (!after.isBlank()) {
                // "… a list of them (name, email) and to pick which one works on each request": the link said after the parts
                RefineAnchored.pickOne(s, new RefineClause(after));
            }
            return true;
        }
        return false;
    }

    private static final Pattern THEM = p("(?:them|those|these|eux|elles|ellos|ellas|ihnen|denen)");
    private static final Pattern DASH_LEAD = Pattern.compile("^[-–—]\\s+");
    private static final Pattern AND_LEAD = Pattern.compile("^[\\s,;]*(?:(?:and|et|y|und|then|puis|dann)\\s+)?");
    private static final Pattern PARTS_LEAD = Pattern.compile("^(?i)(?:with|avec|con|mit)\\s+|^[(:]\\s*|\\)\\s*$");
    private static final Pattern INSTEAD_LEAD = p("^(?:instead|rather|au lieu|en vez|en lugar|statt|anstatt)\\b.*");

    /** What is said after the bracketed or dashed parts of a kind: "(a, b) and to pick one for each X" → "to pick one for each X". */
    static String after(String rest) {
        String r = rest.strip();
        int end = -1;
        if (r.startsWith("(")) {
            end = r.indexOf(')') + 1;
        } else if (DASH_LEAD.matcher(r).find()) {
            Matcher dashed = RefineAnchored.DASHED.matcher(" " + r + " ");
            end = dashed.find() && dashed.start() == 0 ? Math.min(r.length(), dashed.end() - 1) : -1;
        }
        return end <= 0 ? "" : AND_LEAD.matcher(r.substring(end)).replaceFirst("").strip();
    }

    /** What a kind is made of, from what follows its name: "(a, b) and …" → "a, b", "- a and b - …" → "a and b", "with a, b", ": a, b". */
    static String parts(String rest) {
        String r = rest.strip();
        if (r.startsWith("(")) {
            int close = r.indexOf(')');
            return (close < 0 ? r.substring(1) : r.substring(1, close)).strip();
        }
        Matcher dashed = RefineAnchored.DASHED.matcher(" " + r + " ");
        if (DASH_LEAD.matcher(r).find() && dashed.find() && dashed.start() == 0) {
            return dashed.group(1).strip();
        }
        if (INSTEAD_LEAD.matcher(RefineText.fold(r)).matches()) {
            return "";
        }
        return DASH_LEAD.matcher(PARTS_LEAD.matcher(r).replaceAll("")).replaceFirst("").strip();
    }

    static boolean fields(RefineSession s, RefineClause c) {
        for (Pattern p : ADD) {
            Matcher m = c.match(p);
            if (!m.find()) {
                continue;
            }
            String entityKey = null;
            String verb = null;
            RefineClause what;
            if (p == ADD.get(0) || p == ADD.get(5) || KIND_FIRST.contains(p)) {
                if (p == ADD.get(5) && Perfect.follows(c.text, m.start(2))) {
                    continue; // "accounts have moved the instalments to Xero": a perfect tense tells news, it gives no kind anything
                }
                Entity e = RefineResolver.entity(s, c.group(m, 1));
                RefineClause kindWords = c.group(m, 1);
                boolean germanPlural = s.lang == Lang.DE && c.text.matches("^(?:die\\s+)?[a-z-]+\\s+(?:auch\\s+|noch\\s+)?(?:haben|brauchen|benotigen)\\b.*");
                String one = kindSingular(s.lang, RefineText.label(kindWords.orig));
                if (e == null && s.lang != Lang.EN) {
                    // "die Aufgaben haben …", "les tâches ont …" on a kind named Task (the glossary knows the singular)
                    e = RefineResolver.entity(s, new RefineClause(one));
                }
                if (e == null && p == ADD.get(5) && (kindWords.text.matches("^[a-z-]+s$") || germanPlural) && RefineResolver.field(s, kindWords) == null
                        && !kindWords.text.matches("(?:we|they|us|people|users|staff|reps|managers|employees|teams?|ours|theirs|yours|mine|these|those|both|all|some|most|many|others|wir|sie|alle|kunden|mitarbeiter|das|dies|diese|dieses|es|man|ich|ihr|du|ca|cela|eso|esto)")) {
                    // "sessions need a room and a capacity", "die Projekte haben einen Namen": a kind of its own
                    String key = s.addEntity(RefineText.capitalize(one));
                    RefineItems.addAll(s, c.group(m, 2), key, null);
                    s.ensureField(key);
                    return true;
                }
                if (e == null) {
                    continue;
                }
                entityKey = e.key();
                what = c.group(m, 2);
            } else {
                verb = m.group(1);
                what = c.group(m, 2);
            }
            if (what == null || what.isEmpty()) {
                continue;
            }
            Matcher toVerb = what.match(TO_VERB);
            if (toVerb.find() && toVerb.end() < what.text.length()) {
                // "loans need to carry a reference number"
                what = what.from(toVerb.end());
            }
            if (entityKey == null && optionsOfLast(s, what)) {
                return true;
            }
            if (linkedList(s, what, entityKey)) {
                return true;
            }
            if (RefineItems.addAll(s, what, entityKey, verb)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "rename urgency to priority and add Critical": capitalised or quoted values right after a choice
     * field was spoken of are new choices, not new fields.
     */
    private static boolean optionsOfLast(RefineSession s, RefineClause what) {
        RefineMatcher.FieldRef last = s.last();
        if (last == null || !last.field().type().hasOptions() || !s.changes.stream().anyMatch(ch -> ch.contains(last.field().label()))) {
            return false;
        }
        List<String> values = RefineText.values(what.orig);
        if (values.isEmpty() || values.size() > 6) {
            return false;
        }
        for (String v : values) {
            String typed = what.orig.contains(v) ? v : null;
            boolean marked = typed != null && Character.isUpperCase(typed.charAt(0)) || what.orig.matches(".*[\"'«].*");
            if (!marked || v.split("\\s+").length > 3 || !java.util.EnumSet.of(org.toolsmith.spec.FieldType.TEXT, org.toolsmith.spec.FieldType.BOOLEAN).contains(RefineTypes.guess(s, v))
                    || RefineResolver.entity(s, new RefineClause(v)) != null || RefineResolver.field(s, new RefineClause(v)) != null
                    || RefineText.fold(v).matches(".*\\b(?:name|title|type|code|number|status|address|location|reference)\\b.*")) {
                return false;
            }
        }
        s.addOptions(last.entity().key(), last.field().key(), values);
        return true;
    }

    private static final Pattern LINKED_LIST = p("^(.+?),?\\s+(?:linked|connected|tied|picked from|chosen from|taken from)\\s+(?:to\\s+)?(?:an?|the|our)\\s+(?:new\\s+|separate\\s+)?(?:(?:list|table|register)\\s+of\\s+)?([\\w' -]+?)(?:\\s+(?:list|table|register))?(?:\\s+(?:with|of)\\s+(.+))?$");

    /** "the supplier for each item, linked to a suppliers list with name and phone": a link to a new kind. */
    private static boolean linkedList(RefineSession s, RefineClause what, String entityKey) {
        Matcher m = what.match(LINKED_LIST);
        if (!m.find()) {
            return false;
        }
        RefineResolver.Scoped scoped = RefineResolver.scope(s, what.group(m, 1));
        String from = RefineResolver.targetEntity(s, scoped.entityKey() != null ? scoped.entityKey() : entityKey);
        RefineClause kindWords = what.group(m, 2);
        Entity existing = RefineResolver.entity(s, kindWords);
        String key = existing != null ? existing.key() : s.addEntity(RefineText.capitalize(singular(RefineText.label(kindWords.orig))));
        if (existing == null && m.group(3) != null) {
            RefineItems.addAll(s, what.group(m, 3), key, null);
        }
        s.ensureField(key);
        String label = RefineText.label(scoped.phrase().orig);
        s.addField(from, label.isEmpty() ? s.entity(key).name() : label, org.toolsmith.spec.FieldType.REFERENCE, List.of(), key);
        return true;
    }

    /** "Enrollments" → "Enrollment", "Freezers" → "Freezer", "People" → "Person". */
    /** A plural kind name said in the message's language made singular. */
    static String kindSingular(Lang lang, String label) {
        return switch (lang) {
            case EN -> singular(label);
            case DE -> germanSingular(label);
            default -> Inflector.singular(lang, label);
        };
    }

    /** "Projekte" → "Projekt", "Aufgaben" → "Aufgabe", "Schulungen" → "Schulung"; a plural with an umlaut ("Räume") is left as it is. */
    static String germanSingular(String word) {
        String one = Inflector.singularWord(Lang.DE, word);
        if (one.equals(word) && word.length() > 5 && word.endsWith("e") && !word.matches(".*[äöüÄÖÜ].*")) {
            return word.substring(0, word.length() - 1);
        }
        if (one.equals(word) && word.length() > 6 && word.endsWith("en")) {
            return word.substring(0, word.length() - 1);
        }
        return one;
    }

    static String singular(String phrase) {
        int cut = phrase.lastIndexOf(' ') + 1;
        String word = phrase.substring(cut);
        String lower = RefineText.fold(word);
        String one;
        if (lower.equals("people")) {
            one = Character.isUpperCase(word.charAt(0)) ? "Person" : "person";
        } else if (lower.endsWith("ies") && lower.length() > 4) {
            one = word.substring(0, word.length() - 3) + "y";
        } else if (lower.matches(".*(?:ches|shes|sses|xes|[^aeiou]uses)$") && lower.length() > 5) {
            one = word.substring(0, word.length() - 2);
        } else if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is") && lower.length() > 3) {
            one = word.substring(0, word.length() - 1);
        } else {
            one = word;
        }
        return phrase.substring(0, cut) + one;
    }
}
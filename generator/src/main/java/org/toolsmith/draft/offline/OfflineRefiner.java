package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.draft.DraftException;
import org.toolsmith.draft.Refinement;
import org.toolsmith.draft.Refiner;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.SpecException;
import org.toolsmith.spec.SpecNormalizer;
import org.toolsmith.spec.SpecValidator;

/**
 * Applies chat edits in English, French, Spanish and German with rules and word lists: add, remove
 * and rename fields, change their type, make them required, optional or unique, set or extend
 * choices, add or remove record kinds and link them. It changes only what the message names:
 * other fields keep their keys, types and order. Stateless and thread-safe.
 */
public final class OfflineRefiner implements Refiner {
    public static final int MAX_MESSAGE = 10_000;

    static final String HELP = "I could not tell what to change. I can add a field (\"add a due date\"), remove one "
            + "(\"remove the notes\"), rename one (\"rename Value to Deal size\"), change its type (\"make Owner a person from "
            + "the staff directory\"), make it required or optional, set its choices (\"status is Open, Returned or Lost\"), "
            + "add a kind of record (\"add a supplier list with name and email\") or link two kinds (\"each loan belongs to a department\").";

    /** "Ajoutez juste un X", "añade solo un X", "add just a X": a word of "only" between the verb of adding and the thing. */
    private static final Pattern ONLY_AFTER_VERB = Pattern.compile("(?iu)\\b(add|put|ajout\\p{L}*|rajout\\p{L}*|mets|mettez|mettre|a[ñn]ad\\p{L}*|agreg\\p{L}*|pon|poned|poner)"
            + "\\s+(?:juste|seulement|simplement|uniquement|s[oó]lo|solamente|simplemente|just|only|simply)\\s+"
            + "(?=(?:a|an|the|un|une|le|la|les|l'|des|du|una|el|los|las|unos|unas)\\b)");
    /**
     * "The kitchen prints the orders. Il leur faut aussi X", "Los coordinadores … También les hace falta X": what the
     * team needs, said in the third person at the start of a sentence, is asked as "we need" is ("they also need" reads as
     * a need already; "nos hace falta" is read as "necesitamos"). A kind before the pronoun ("a los voluntarios les hace falta") keeps its own reading.
     */
    private static final Pattern THEY_NEED_ES = Pattern.compile("(?iu)((?:^|[.!?¡¿]\\s*|\\n\\s*)(?:(?:y|pero|adem[aá]s|tambi[eé]n)\\s+)?)(?:les|le|nos)\\s+(?:hace|har[ií]a)\\s+falta\\b");
    private static final Pattern THEY_NEED_FR = Pattern.compile("(?iu)((?:^|[.!?]\\s*|\\n\\s*)(?:(?:et|mais|aussi)\\s+)?)il\\s+(?:leur|lui)\\s+(?:faut|faudrait|faudra)\\b");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:and|also|then|so|but|please|pls|plus|oh|ok|okay|just|now|actually|et|puis|aussi|alors|juste|simplement|y|tambien|luego|pues|solo|solamente|simplemente|und|auch|dann|also|hi|hello|hey"
                    + "|first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|lastly|next|d'abord|ensuite|enfin|primero|segundo|despues|por ultimo|zuerst|erstens|zweitens|danach|zuletzt)\\b[,:\\s]*)+");
    private static final Pattern TRAILING = Pattern.compile(
            "[,\\s]*\\b(?:please|pls|thanks(?: a lot| so much| a million| again| in advance)?|thank you(?: (?:so|very) much| in advance)?|many thanks|"
                    + "merci (?:d'avance|par avance|beaucoup|encore|mille fois)|mille mercis|(?:muchas|mil) gracias|gracias de antemano|"
                    + "vielen dank(?: im voraus)?|tausend dank|besten dank|danke im voraus|cheers|though|anyway|if possible|stp|svp|s'il (?:te|vous) plait|merci|por favor|porfa|porfis|gracias|bitte|danke|bitte schon|bitte schön)[.!\\s]*$");
    /**
     * "a photo + the description", "une photo + la description": a plus before a second thing said with its article is
     * a list, not part of a name ("date + time", "Anschreiben + Lebenslauf" stay one thing).
     */
    private static final Pattern PLUS = Pattern.compile("(?iu)(?<=[\\p{L}\\p{N})])(?:\\s*,)?\\s+\\+\\s+(?=(?:the|a|an|its|their|le|la|les|l'|un|une|des|du|son|sa|ses|el|los|las|un|una|su|sus|der|die|das|den|dem|ein|eine|einen|seine|ihre)\\s*\\p{L})");
    /** "a photo when there is damage", "une photo quand il y a un dégât", "wenn es einen Schaden gibt": when it is asked, not what. */
    private static final Pattern WHEN_THERE = Pattern.compile("(?iu)(?<=\\p{L})(?:\\s*,)?\\s+(?:"
            + "(?:when|whenever|if|in case)\\s+there(?:'s|\\s+is|\\s+are|\\s+was|\\s+were)\\s+(?:an?\\s+|some\\s+|any\\s+)?[\\p{L}'-]+(?:\\s+[\\p{L}'-]+)?"
            + "|(?:quand|lorsqu'|lorsque|s')\\s*il\\s+y\\s+a\\s+(?:un\\s+|une\\s+|des\\s+|du\\s+|de\\s+la\\s+|de\\s+l')?[\\p{L}'-]+(?:\\s+[\\p{L}'-]+)?"
            + "|(?:cuando|si)\\s+(?:hay|haya)\\s+(?:un\\s+|una\\s+|unos\\s+|unas\\s+|alg[uú]n\\s+|alguna\\s+)?[\\p{L}'-]+(?:\\s+[\\p{L}'-]+)?"
            + "|(?:wenn|falls|sobald)\\s+es\\s+(?:einen\\s+|eine\\s+|ein\\s+)?[\\p{L}'-]+\\s+gibt)"
            + "(?=\\s*(?:[,.;+!?)]|\\s(?:and|et|y|und|\\+)\\s|$))");
    /**
     * The word before "if there is …" that makes it a question asked, not a condition: "add / note / know / mark if there's a
     * lift", "ajoute / note s'il y a une cave", "añade / apunta / saber si hay garaje".
     */
    private static final Pattern ASKING_VERB = Pattern.compile("(?iu)(?:^|.*[^\\p{L}])(?:add|record|note|log|track|know|see|show|say|says|mark|tick|check|capture|ask|asks|asking|indicate|"
            + "ajout\\p{L}*|rajout\\p{L}*|not(?:e|er|ez|ons)|savoir|sache|voir|indiqu\\p{L}*|pr[ée]cis\\p{L}*|marqu\\p{L}*|coch\\p{L}*|enregistr\\p{L}*|suivre|v[ée]rifi\\p{L}*|demand\\p{L}*|"
            + "a[ñn]ad\\p{L}*|agreg\\p{L}*|anot\\p{L}*|apunt\\p{L}*|saber|ver|indic\\p{L}*|marc\\p{L}*|registr\\p{L}*|pon|poner|comprob\\p{L}*|pregunt\\p{L}*)$");

    /** "a photo when there is damage": the condition goes; "add if there's a lift", "noter s'il y a des dégâts": the question stays. */
    static String dropConditions(String message) {
        Matcher m = WHEN_THERE.matcher(message);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (ASKING_VERB.matcher(message.substring(Math.max(0, m.start() - 40), m.start())).matches()) {
                continue;
            }
            out.append(message, last, m.start());
            last = m.end();
        }
        return out.append(message.substring(last)).toString();
    }

    /**
     * "a record of whether …", "une case pour savoir si …", "una marca de si …", "ein Häkchen, ob …": a word for a mark or a note
     * in front of a yes/no question names no field of its own; the question does. The article makes it a noun ("we record
     * whether" keeps its verb); "if" and "si" count only after a word that joins them ("a note if the client complains" is a
     * condition).
     */
    private static final Pattern TOLD_WHETHER = Pattern.compile("(?iu)\\b(?:a|an|the|some|un|une|una|ein|eine|einen)\\s+"
            + "(?:record|note|mark|flag|tick|indication|indicator|mention|marque|coche|case(?: à cocher)?|nota|marca|indicaci[óo]n|casilla|registro|vermerk|hinweis|h[äa]e?kchen|kreuz(?:chen)?|markierung)"
            + "(?:\\s*,?\\s+(?=(?:whether|ob)\\b)|\\s+(?:of|on|for|about|saying|showing|de|sur|pour savoir|pour indiquer|para saber|para indicar|sobre|dar[üu]ber)\\s+(?=(?:whether|if|si|s'ils?|s'elles?|ob)\\b))");

    /**
     * German puts a comma before every "ob": "Ergänze, ob …", "Notiere beim Auftrag, ob …", "Bei der Anmeldung fehlt, ob …".
     * After a verb of adding, noting or lacking (with its particles and a scope) the comma cuts nothing; the question is its object.
     */
    private static final Pattern VERB_COMMA_OB = Pattern.compile("(?u)\\b((?i:erg[äa]nz\\p{L}*|notier\\p{L}*|erfass\\p{L}*|vermerk\\p{L}*|fehl(?:t|en)|f[üu]g\\p{L}*\\s+hinzu))"
            + "((?:\\s+(?i:noch|auch|bitte|mal|jetzt|au(?:ss|ß)erdem))*(?:\\s+(?i:bei|beim|am|im|f[üu]r|zu|zur|zum|in|an)(?:\\s+(?i:der|die|das|dem|den|jede[mnrs]?))?\\s+\\p{Lu}[\\p{L}-]*)?"
            + "(?:\\s+(?i:noch|auch|bitte|mal))*)\\s*,\\s*(?=(?i:ob)\\b)");

    /** ", yes or no?" after a question: the question is a yes/no field, not two more values of a choice. */
    private static final Pattern YES_OR_NO = Pattern.compile("(?iu)(?<=\\p{L})\\s*[,:;\\u2013\\u2014-]\\s*(?:yes or no|yes/no|oui ou non|oui/non|s[ii\\u00ed] o no|s[i\\u00ed]/no|ja oder nein|ja/nein)\\s*\\?[?!.]*");
    private static final Pattern LEADING_SCOPE = Pattern.compile(
            "^(?:for|on|in|at|pour|dans|sur|para|en|bei|fur|zu)\\s+(?:(?:the|each|every|all|our|les|la|le|l'|chaque|los|las|el|cada|den|dem|der|die|das|jede[rsmn]?)\\s+)?([\\w'-]+(?:\\s+[\\w'-]+)?)\\s*,\\s*");
    /** "para los alumnos menores de edad, …", "for rooms with a stage, …", "bei Kunden aus dem Ausland, …": a kind and who among them. */
    private static final Pattern QUALIFIED_SCOPE = Pattern.compile(
            "^(?:for|pour|para|bei|fur)\\s+(?:(?:the|all|our|les|tous les|toutes les|los|las|todos los|todas las|den|die|allen)\\s+)?([\\w'-]+)\\s+"
                    + "(?:(?:under|over|with|without|who|that|from|in|de|du|des|qui|avec|sans|menores|mayores|con|sin|que|del|mit|ohne|aus|unter|uber|die|der)\\b[^,]{1,40})\\s*,\\s*(?=\\S)");
    /** "for the machine add…", "beim Fahrzeug noch …", "en las salas añade…": a kind named in front, with no comma. */
    /** "please", "can you", "could we", "pouvez-vous", "¿podéis", "könnt ihr", "bitte" right after a kind said in front. */
    private static final Pattern POLITE_AFTER_KIND = Pattern.compile("^(?:please|pls|plz|can you|could you|can we|could we|would you|s'il vous plait|svp|pouvez-vous|pourriez-vous|peux-tu|pourrais-tu|por favor|podeis|podriais|puedes|podrias|bitte|kannst du|konnt ihr|konntet ihr|konnen sie|konnten sie)\\b");
    private static final Pattern LEADING_KIND = Pattern.compile(
            "^(?:for|on|in|at|to|pour|dans|sur|chez|para|en|bei|beim|fur|zu|zum|zur|im|am)\\s+(?:(?:the|each|every|all|our|les|la|le|chaque|tous les|toutes les|los|las|el|cada|todos los|todas las|den|dem|der|die|das|jede[rsmn]?|allen)\\s+|l')?([\\w'-]+)(?:\\s+([\\w'-]+))?\\s+(?=\\S+\\s+\\S)");
    /** "Pour la date de fin, il faut aussi l'heure", "for the notes we need more room": a field named in front, then what it needs. */
    private static final Pattern LEADING_FIELD = Pattern.compile(
            "^(?:for|about|pour|quant a|para|en cuanto a|bei|beim|fur|zu|zum|zur)\\s+(?:(?:the|les|la|le|el|los|las|den|dem|der|die|das)\\s+|l')?(.{2,40}?)\\s*[,:]?\\s+"
                    + "(?=(?:we|i|it|they|il|on|nous|hay|se|wir|ich|es|man|also|aussi|tambien|auch|bitte|please|faut|need\\w*|necesit\\w*|brauch\\w*|soll\\w*|should|must)\\b)");
    /** "Les notes, il faut pouvoir écrire plusieurs paragraphes", "the notes, we need more room there". */
    private static final Pattern NAMED_FIELD_COMMA = Pattern.compile(
            "^(?:(?:the|les|la|le|el|los|las|den|dem|der|die|das)\\s+|l')?([^,]{2,40}?)\\s*,\\s+"
                    + "(?=(?:we|i|it|they|il|on|nous|hay|se|wir|ich|es|man|faut|need\\w*|necesit\\w*|brauch\\w*|soll\\w*|should|must|that|ca|cela|eso|das)\\b)");
    /** Greetings and polite question forms in front of a request: "hey, could you please", "Bonjour, pourriez-vous", "¿Podéis", "Könntet ihr". */
    private static final Pattern POLITE = Pattern.compile(
            "^(?:(?:hi|hello|hey|hiya|good morning|morning|bonjour|salut|coucou|hola|buenas|buenos dias|hallo|guten (?:tag|morgen)|moin|servus)(?![\\p{L}'])(?:\\s+(?:there|team|all|everyone|tout le monde|a todos|zusammen|leute))?\\s*[,!.:]*\\s*)*[¿¡]?"
                    + "(?:(?:could|can|would|will) you(?: please)?(?: kindly)?|would it be possible to|is it possible to|"
                    + "(?:est-ce que |est-ce qu')?(?:pourriez-vous|pouvez-vous|vous pouvez|vous pourriez|peux-tu|pourrais-tu|tu peux|tu pourrais|pourrait-on|peut-on|on peut|on pourrait|pouvons-nous|pourrions-nous|puis-je|pourrais-je|(?:je|nous) (?:peux|pourrais|pouvons|pourrions))|serait-il possible d[e']|merci d(?:e|'(?!\\s*avance))|"
                    + "(?:me |nos )?(?:podeis|podriais|podrias|puedes|podrian|pueden|podria|se puede|seria posible|podemos|podriamos|puedo|se podria)(?![a-z])(?!\\s+(?:tener|prescindir)\\b)|"
                    + "(?:konntet ihr|konnt ihr|kannst du|konntest du|konnten sie|konnen sie|wurdet ihr|wurden sie|ware es moglich|konnen wir|konnten wir|kann ich|konnte ich)(?![a-z])(?!(?:\\s+\\S+)*?\\s+(?:haben|verzichten)\\b)(?: mal)?)?\\s*(?:please|s'il (?:te|vous) plait|svp|stp|por favor|bitte)?\\s*[,]?\\s*");
    /** "il faudrait (si possible) ajouter", "hay que añadir", "we should add", "wir sollten … hinzufügen": the verb is the edit. */
    private static final Pattern MUST_DO = Pattern.compile(
            "^(?:il (?:nous )?(?:faudrait|faut)|on (?:doit|devrait)|nous devons|hay que|habria que|tenemos que|deberiamos|we (?:should|must|need to|have to)|i(?:'d)? (?:need|want) (?:you )?to|wir (?:sollten|mussen|muessen)|man sollte"
                    // "on veut ajouter…", "queremos añadir…", "we'd like to add…": a wish whose infinitive is the edit
                    + "|on (?:veut|voudrait|aimerait|souhaite)|nous (?:voulons|voudrions|aimerions|souhaitons)|je (?:veux|voudrais|souhaite)|j'aimerais|queremos|quisieramos|quiero|quisiera|nos gustaria|me gustaria|(?:we|i)(?:'d| would)? (?:want|like) to)"
                    + "\\s+(?:(?:aussi|egalement|encore|si possible|juste|simplement|tambien|si es posible|solo|also|still|if possible|noch|auch|bitte|einfach|nur|wenn moglich|falls moglich)\\s+)*"
                    + "(?=(?:ajouter|rajouter|supprimer|enlever|retirer|renommer|rendre|mettre|garder (?:une )?trace|anadir|agregar|quitar|eliminar|renombrar|hacer|poner|add|remove|delete|rename|make|drop|include|track|record)\\b)");
    /** "avoir X" (after "on pourrait"), "podemos tener X", "können wir X haben": asking to have a field. */
    private static final Pattern HAVE = Pattern.compile(
            "^(?:avoir|(?:podemos|podriamos|se puede|puedo) tener|(?:konnen|konnten) wir (?:noch |auch )?(.+?) haben\\b)\\s*(?:aussi\\s+|egalement\\s+|tambien\\s+)?");
    /** "pon en su lugar X", "mets à la place X", "stattdessen X": what comes in place of a field just removed, added. */
    private static final Pattern IN_ITS_PLACE = Pattern.compile(
            "^(?:(?:pon|ponga|pongan|mete|anade|mets|mettez|ajoute|fug\\w*|nimm|put|add)\\s+)?(?:en su lugar|en vez de eso|a la place|a sa place|stattdessen|dafur|in its place)\\s*,?\\s+(?:(?:pon|anade|ajoute|mets|add|put)\\s+)?(?=\\S)");
    private static final Pattern EXPLAINS_PERSON = Pattern.compile("^(?:someone|somebody|a person|the person|a colleague|a member of staff|a staff member|an employee|quelqu'un|alguien|jemand)\\b");
    private static final Pattern INSTEAD_OF = Pattern.compile("\\b(?:instead of|rather than|au lieu d[eu']?|en lugar de|en vez de|statt|anstatt)\\s+(?:an?\\s+|the\\s+|un\\s+|une\\s+|le\\s+|la\\s+|el\\s+|un\\s+)?([^,]+)");
    private static final Pattern NAMED_LIST = Pattern.compile("(?i)\\b(?:an?|the)\\s+(['\"][^'\"]{2,40}['\"])\\s+(?:pick ?list|drop-?down(?: list| menu)?|choice list|selection list|list)\\s*(?=\\(|:)");
    /** "a tick (box) on each X for whether …", "a checkbox showing if …": a yes/no field asked as its question (English). */
    private static final Pattern TICK_FOR = Pattern.compile("(?i)\\b(?:an?\\s+)?(?:tick(?:\\s*-?box)?|check\\s*-?box|yes\\s*/\\s*no(?:\\s+(?:field|box|question))?|flag|toggle)\\s+"
            + "(?:((?:on|for|in)\\s+(?:each|every|the|all)\\s+[\\w-]+)\\s+)?(?:(?:for|showing|saying|to (?:say|show|mark|record|note)|indicating|that (?:says|shows|records))\\s+(?:whether|if)\\s+"
            // "a tick box to say they've approved the refund": what it says, without whether
            + "|(?:showing|saying|to (?:say|show|mark|record|note)|indicating|that (?:says|shows|records))\\s+(?:that\\s+)?(?=(?:they|we|he|she|it|someone|somebody)(?:'ve|'re|'s|'d)?\\s|the\\s))");
    private static final Pattern DASH_VALUES = Pattern.compile("\\s+[-–—]\\s+(?=[\\p{L}\\d' /-]{1,25}(?:,\\s*[\\p{L}\\d' /-]{1,25})+\\s*,?\\s+(?:or|ou|o|oder)\\s+[\\p{L}\\d' /-]{1,25}\\s*(?:$|\\n|[.;!]))");
    private static final Pattern ONLY_HAVE = Pattern.compile("(?i)(?<=^|[.!?]\\s{1,3})(?:we|they|there)\\s+(?:only\\s+)?(?:have|has|use|offer|stock|run|are)\\s+(?:only\\s+)?"
            + "([^,]{1,30}(?:,\\s*[^,]{1,30})*,?\\s+(?:and|or)\\s+[^,.]{1,30}?)\\s*,\\s*so\\s+((?:please\\s+)?(?:make|turn|change)\\s+(?:it|that|this|them|the\\s+[\\w ]{2,30}?)\\s+(?:into\\s+)?(?:a|an)\\s+(?:drop-?down|pick ?list|choice|list|multi-?select|fixed list))\\s*[.!]*(?=\\s|$)");
    /** "an emergency contact - a name and a number": generic parts of one thing, named by it (English). */
    private static final Pattern COMPOUND = Pattern.compile("(?i)\\b(an?|the|some)\\s+((?:[a-z][\\w'-]*\\s+){0,2}[a-z][\\w'-]*)\\s*[-–—:]\\s*"
            + "((?:(?:an?|the|their|its)\\s+)?(?:name|number|phone(?: number)?|email(?: address)?|address|date|time)(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)"
            + "(?:(?:an?|the|their|its)\\s+)?(?:name|number|phone(?: number)?|email(?: address)?|address|date|time)"
            + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:(?:an?|the|their|its)\\s+)?(?:name|number|phone(?: number)?|email(?: address)?|address|date|time))?)(?=\\s*(?:[.;!?\\n]|$))");

    private static String compoundParts(String message) {
        Matcher m = COMPOUND.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String head = m.group(2);
            boolean contact = head.toLowerCase(java.util.Locale.ROOT).matches(".*\\b(?:contact|kin|parent|guardian|referee|supplier|landlord|doctor|gp)$");
            List<String> parts = new java.util.ArrayList<>();
            for (String part : m.group(3).split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+")) {
                String p = part.replaceAll("(?i)^(?:an?|the|their|its)\\s+", "").strip();
                parts.add(head + " " + (contact && p.equalsIgnoreCase("number") ? "phone" : p));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + " " + String.join(" and " + m.group(1).replaceAll("(?i)^an$", "a") + " ", parts)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "Instead of the paid tick box, we'd like a status: …": what the person wants in place of a field (English). */
    private static final Pattern INSTEAD_WISH = Pattern.compile("^(?:instead of|rather than|in place of)\\s+(.{2,50}?)\\s*,?\\s+"
            + "(?:i(?:'d| would)? (?:like|want|prefer)|we(?:'d| would)? (?:like|want|prefer)|we (?:need|want)|i need|let us (?:have|use|add)|can we (?:have|get)|(?:please\\s+)?(?:use|add|have|put))\\s+(?:to (?:have|use|add|see)\\s+)?(?=an?\\s|the\\s|some\\s|one\\s)");
    private static final Pattern INSTEAD = Pattern.compile("\\s*,?\\s*\\b(?:instead of|rather than|au lieu d[eu']?|en lugar de|en vez de|statt|anstatt)\\b[^,:]*"
            // "… instead of 1, 2, 3": the old values, all of them
            + "(?:\\s*,\\s*(?:(?:and|or|et|ou|y|o|und|oder)\\s+)?[\\p{L}\\d]+(?:\\s[\\p{L}\\d]+)?(?=\\s*(?:,|$|[-–—.;])))*");

    /** "Can you: add…", "Three things: …": asking, not naming anything. */
    private static final Pattern ASKING = Pattern.compile(
            "^(?:(?:can|could|would) you(?: please)?|please|(?:a few|some|two|three|four|several|small|quick) (?:things|changes|tweaks|edits)|changes|todo|to do"
                    + "|one more(?: thing)?|another (?:thing|one)|(?:deux|trois|quatre|quelques|petites) (?:choses|changements|modifications|points)|(?:dos|tres|cuatro|unas|algunas) (?:cosas|cambios)|(?:zwei|drei|vier|ein paar|einige) (?:sachen|dinge|punkte|anderungen|kleinigkeiten)|(?:une )?autre chose|encore une chose|otra cosa|una cosa mas|noch (?:etwas|was|eins))\\s*:\\s*");
    /** "a field for the asset's location", "un champ pour la ville": asking for it without a verb. */
    private static final Pattern FIELD_FOR = Pattern.compile(
            "^(?:(?:an?|one|another|une?|una?|otro|ein(?:e)?|noch ein(?:e)?)\\s+)(?:new\\s+|extra\\s+|nouveau\\s+|nuevo\\s+|neues\\s+)?(?:field|column|box|champ|campo|feld|spalte)\\s+(?:for|with|called|named|pour|avec|para|con|fur|mit)\\s+\\S");
    /** "We now also book desks: add a desks table…": what comes before the colon only sets the scene. */
    private static final Pattern PREFACE = Pattern.compile("^(?![^:]*\\b(?:list|liste|lista|table|tabla|tabelle)\\b[^:]*:)(?=(?:[^:\\s]+\\s+){2,}[^:]*:)[^:]{3,80}:\\s*(?!\\S+-(?:le|la|les)\\b|\\S+(?:lo|la|los|las)\\s*$|(?:remove|delete|drop|scrap) (?:it|them)\\b|(?:entfern|losch)\\w* (?:es|sie|ihn)\\b)(?=[¿¡]?\\s*(?:please\\s+)?(?:(?:add|remove|delete|drop|rename|make|create|link|we|i|il (?:nous )?faut|necesitamos|wir brauchen|(?:can|could) (?:we|you|i)|podemos|podriamos|puedo|podeis|puedes|se podria|pouvons-nous|pourrions-nous|peut-on|on peut|on pourrait|pourriez-vous|pouvez-vous|konnen wir|konnten wir|konnt ihr|konntet ihr)\\b|(?:ajout|rajout|supprim|enl[eè]v|renomm|a[nñ]ad|quit|elimin|f[uü]g|entfern|remplac|reemplaz|sustitu|ersetz|replac)\\w*))");
    /** "When we scrap parts we need…": the condition in front of the request. */
    /** "…: ¿podemos guardar …?", "…: pouvons-nous ajouter …": a request asked after a preface. */
    private static final Pattern ASKED_AFTER = Pattern.compile("[¿¡]?\\s*(?:(?:can|could) (?:we|you|i)|podemos|podriamos|puedo|podeis|puedes|se podria|pouvons-nous|pourrions-nous|peut-on|on peut|on pourrait|pourriez-vous|pouvez-vous|konnen wir|konnten wir|konnt ihr|konntet ihr)\\b");
    private static final Pattern SUBORDINATE = Pattern.compile("^(?:when|whenever|if|once|since|because|quand|lorsque|si|cuando|wenn|sobald)\\b[^,]{3,80}?,?\\s+((?:we|i)\\s+(?:also\\s+)?(?:need|want|must|should|have to)\\b.*)$");

    private static final String ANNOUNCED = "(?:changes|things|tweaks|edits|updates|fixes|modifications|changements|corrections|cambios|ajustes|anderungen|korrekturen|punkte)";
    /** "We need a few changes:", "Quelques modifications :": a line that only announces the edits below it. */
    private static final Pattern ANNOUNCES = Pattern.compile(
            "^(?:[^:]{0,60}\\b" + ANNOUNCED + "\\b[^:]{0,30}:\\s*"
                    + "|(?:(?:a few|some|two|three|several|small|minor|quick|a couple of|quelques|petites|unos|algunos|pequenos|ein paar|einige|kleine)\\s+)+"
                    + ANNOUNCED + "(?:\\s+(?:please|svp|por favor|bitte))?)$");

    /** A closing said as a sentence of its own after the request: "Have a nice day", "Bonne journée", "Un saludo", "Schönen Tag noch". */
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?iu)^(?:(?:and|et|y|und)\\s+)?(?:have a (?:nice|good|great|lovely) (?:day|weekend|week|evening)|enjoy your (?:day|weekend)|(?:kind |best |warm )?regards|best wishes|"
                    + "bonne (?:journ[e\u00e9]e|soir[e\u00e9]e|semaine|fin de journ[e\u00e9]e)|belle journ[e\u00e9]e|bon (?:week-?end|apr[e\u00e8]s-midi)|(?:bien )?cordialement|amicalement|"
                    + "(?:un )?(?:cordial )?saludos?|saludos cordiales|atentamente|buen (?:d[i\u00ed]a|fin de semana)|buenos d[i\u00ed]as|que (?:tengas|teng[a\u00e1]is|tenga) (?:un )?buen d[i\u00ed]a|"
                    + "feliz (?:d[i\u00ed]a|fin de semana)|(?:einen )?sch[o\u00f6]nen (?:tag|abend)|sch[o\u00f6]nes wochenende|(?:viele|liebe|beste|freundliche|herzliche) gr[u\u00fc](?:\u00df|ss|s)e|"
                    + "mit freundlichen gr[u\u00fc](?:\u00df|ss|s)en)(?:\\s+(?:a todos|a tous|zusammen|everyone|all|noch))*[\\s.!]*$");

    private static final Pattern LISTING = Pattern.compile(
            "^(?:please\\s+)?(?:(add|remove|delete|drop|rename|ajoute[rz]?|supprime[rz]?|anade|quita|elimina|hinzufugen|entfernen)\\s*:"
                    + "|(?:new\\s+)?(?:fields?|columns?)\\s+to\\s+(add|remove|delete|drop)\\s*:"
                    + "|(?:please\\s+)?(?:add|include)\\s+(?:the\\s+)?following(?:\\s+(?:fields|columns|things|items))?\\s*:"
                    + "|new\\s+(?:fields|columns)\\s*:|(?:more|extra|additional)\\s+(?:fields|columns)\\s*:)\\s*");
    private static final Pattern PLUS_ITEM = Pattern.compile("^\\+\\s*(.+)$|^(.+?)\\s*:\\s*(?:add|add it|new|to add|needed|please add)[.!]*$");
    /** Softening in front of an edit: "maybe", "I think we should", "what about", "how about adding". */
    private static final Pattern HEDGE = Pattern.compile(
            "^(?:(?:what|how) about\\s+(adding|removing|dropping|deleting|making|renaming|having|tracking|recording)?|"
                    + "(?:maybe|perhaps|i think|we think|i guess|i believe|i feel|i suppose|ideally|in my opinion)\\s*,?\\s*(?:(?:we|you)\\s+(?:should|could|can|might|need to|must)\\s+(?:also\\s+)?)?)\\s*");
    private static final java.util.Map<String, String> VERB_STEM = java.util.Map.of(
            "adding", "add", "removing", "remove", "dropping", "drop", "deleting", "delete", "making", "make",
            "renaming", "rename", "having", "add", "tracking", "track", "recording", "record");
    /** "also …", "… please", "… too": the clause asks for something even without a verb. */
    private static final Pattern MARKED = Pattern.compile(
            "^(?:et|y)\\s+(?=(?:la|el|los|las|le|les|un|une|una|unos|unas|des|du)\\s|l')|^(?:and\\s+)?(?:also|plus|and|et aussi|aussi|y tambien|tambien|und auch|auch|noch)\\b|\\b(?:please|too|as well|pls|svp|stp|por favor|bitte|aussi|tambien|auch)[.!\\s]*$");
    /** A connector and an article opening a later clause ("… . And the date of …", "et la …", "y la …", "und das …"): the edit before goes on. */
    private static final Pattern GOES_ON = Pattern.compile(
            "^(?:(?:and|et|y|und)\\s+(?:also\\s+|aussi\\s+|tambien\\s+|auch\\s+|noch\\s+)?(?:the|a|an|some|le|la|les|l'|un|une|des|du|el|los|las|una|unos|unas|der|die|das|den|ein|eine|einen)(?:\\s|(?<=l')\\p{L})"
                    + "|(?:plus|also|aussi|tambien|auch)\\s+\\p{L})");
    /** After a comma, four words or more with no list joiner and no further comma: a remark on the thing before, not one more item. */
    private static final Pattern REMARK = Pattern.compile("^(?![^,]*\\b(?:and|or|et|ou|y|o|und|oder)\\b)[^,]*?(?:\\S+\\s+){3,}\\S+$");
    /** "priority (low, medium, high)", "urgency: low / high": a name and its values, nothing else. */
    private static final Pattern LISTED_NOUN = Pattern.compile("^(?:an?\\s+|the\\s+)?([\\w' -]{2,40}?)\\s*(?:\\(([^)]+)\\)|:\\s*(.+))$");
    /** Words that make a clause more than a noun phrase. */
    private static final Pattern NOT_NOUN = Pattern.compile(
            "\\b(?:is|are|was|were|be|should|must|can|could|would|will|do|does|did|not|don't|make|ignore|forget|print|tell|show|give|write|delete|set|change|turn|stop|start|"
                    + "est|sont|doit|peut|fais|ignore|oublie|es|son|debe|puede|haz|ignora|ist|sind|soll|muss|kann|mach|ignoriere|vergiss)\\b");

    /** Words that soften a request without changing it ("should really be", "is actually"); lower case only, so a choice "Maybe" stays. */
    private static final Pattern FILLER = Pattern.compile(
            "(?<=\\s)(?:if possible|si possible|si es posible|wenn moglich|wenn möglich|falls möglich|really|actually|basically|probably|definitely|honestly|ideally|preferably|simply|kind of|sort of|somehow|vraiment|plutot|plutôt|realmente|más bien|mas bien|eigentlich|wirklich|eher|lieber)(?=\\s)");

    /** "make sure the date can't be left empty": the request is what follows. */
    private static final Pattern SURE = Pattern.compile(
            "(?iu)^(?:please\\s+)?(?:make sure|make certain|ensure|be sure|assure-toi|assurez-vous|veille[zr]? (?:a|à) ce|aseg[uú]rate de|aseg[uú]rense de|stell(?:t|en sie)? sicher|sorg(?:t|en sie)? daf[uü]r)(?:\\s*,?\\s*(?:that|que|qu'|dass))?\\s*(?=\\S+\\s+\\S)");
    private static final Pattern REALLY_EN = Pattern.compile("(?iu)^(.+?)\\s+(?:is|are)\\s+(?:really|actually|in fact|now)\\s+(?=[\"«']|the\\s|our\\s)(?:the\\s+|our\\s+)?");
    private static final Pattern REALLY_FR = Pattern.compile("(?iu)^(.+?)\\s+(?:est|sont)\\s+(?:en fait|en r[ée]alit[ée]|plut[oô]t|d[ée]sormais|maintenant)\\s+(?=[\"«']|le\\s|la\\s|l')(?:le\\s+|la\\s+|l')?");
    private static final Pattern REALLY_ES = Pattern.compile("(?iu)^(.+?)\\s+(?:es|son)\\s+(?:en realidad|realmente|ahora)\\s+(?=[\"«']|el\\s|la\\s)(?:el\\s+|la\\s+)?");
    private static final Pattern REALLY_DE = Pattern.compile("(?iu)^(.+?)\\s+(?:ist|sind)\\s+(?:eigentlich|in wirklichkeit|jetzt|nun)\\s+(?:der\\s+|die\\s+|das\\s+)?([\"«'].+)$");
    private static final Pattern VALUE_PRONOUN = Pattern.compile("\\b(?:it|them|that|es|ihn|sie)\\b|\\w(?:lo|la|los|las)\\b|-(?:le|la|les)\\b|\\b(?:le|la|les) (?:supprim|enlev|retir)");
    private static final Pattern KEEP_ES = Pattern.compile("(?iu)^(?:necesito|necesitamos|queremos|quiero|hace falta|tenemos que|hay que)\\s+(?:registrar|llevar|gestionar|controlar|guardar|anotar|apuntar|seguir)\\s+(?=[^:]{2,40}:)");
    private static final Pattern KEEP_FR = Pattern.compile("(?iu)^(?:il (?:nous )?faut|on (?:veut|voudrait|doit)|nous (?:voulons|devons)|je veux)\\s+(?:suivre|g[ée]rer|enregistrer|noter|garder|conserver)\\s+(?=[^:]{2,40}:)");
    private static final Pattern LIKE_LIST = Pattern.compile("(?iu)^(?:i|we)(?:'d| would) (?:also )?like (?=(?:an?|the|one) (?:(?:separate|proper|new|simple|own)\\s+)?(?:list|table|register|directory)\\b)");
    private static final Pattern NEED_LIST_DE = Pattern.compile("(?iu)^(?:wir brauchen|wir ben[oö]tigen|ich brauche|ich ben[oö]tige|wir wollen|ich m[oö]chte|wir m[oö]chten)\\s+(?:auch\\s+|noch\\s+)?(?=(?:eine|neue)\\s+(?:liste|tabelle)\\b)");
    /** "necesitamos ponentes con nombre, email y biografía": a new kind with its fields (Spanish plural head). */
    private static final Pattern KIND_WITH = Pattern.compile("(?iu)^(necesitamos|queremos)\\s+(?:tambi[eé]n\\s+)?(?:unos\\s+|unas\\s+|los\\s+|las\\s+)?(\\p{L}{3,}(?:es|s))\\s+(con\\s+[^,]+(?:,|\\s+y\\s+).+)$");
    private static final Pattern CREATE_FR = Pattern.compile("(?iu)^(cr[ée]e[rz]?)\\s+(?:les\\s+|des\\s+)?(\\p{L}+[sx])\\s+(?=avec\\b)");
    private static final Pattern CREATE_ES = Pattern.compile("(?iu)^(crea[r]?)\\s+(?:los\\s+|las\\s+|unos\\s+|unas\\s+)?(\\p{L}+s)\\s+(?=con\\b)");
    private static final Pattern CREATE_DE = Pattern.compile("(?iu)^(?:leg(?:e|t)?|erstell(?:e|t)?)\\s+(?:die\\s+|auch\\s+|noch\\s+)*(\\p{L}+)\\s+mit\\s+(.+?)\\s+an$");
    private static final Pattern ADDS = Pattern.compile("^(?:add|also add|include|track|record|capture|store|log|ajout\\w*|rajout\\w*|anad\\w*|agreg\\w*|incluy\\w*|fug\\w*|erfass\\w*)\\b"
            // "we need a photo after…", "wir brauchen ein Foto…": something new, with an indefinite article
            + "|^(?:(?:we|i) (?:also |still )?need (?:an?|some)|wir brauchen (?:noch |auch )?(?:ein|eine|einen)|il (?:nous )?faut (?:aussi )?(?:un|une|des)|on a besoin d'une?|necesitamos (?:tambien )?(?:un|una|unos|unas)|hace falta (?:un|una))\\b");
    private static final Pattern RECORD_WHO_FR = Pattern.compile(
            "(?i)^.{0,60}?\\b(?:indiquer|saisir|noter|enregistrer|garder|conserver|suivre|renseigner|preciser|préciser|(?:il faut|il faudrait|on doit|nous devons|on voudrait|nous voulons|on veut) (?:aussi |également )?savoir)\\s+(?=(?:qui|quand|combien|si|pourquoi|comment|où|ou)(?!\\p{L}))");
    private static final Pattern RECORD_WHO_ES = Pattern.compile(
            "(?i)^.{0,60}?\\b(?:registrar|anotar|indicar|guardar|apuntar|apuntarse|saber también|(?:hay que|tenemos que|queremos|debemos) (?:también )?saber)\\s+(?=(?:quién|quien|cuándo|cuando|cuántos|cuantos|cuántas|cuantas|cuánto|cuanto|cuánta|cuanta|si|por qué|por que|cómo|como|dónde|donde)(?!\\p{L}))");
    private static final Pattern RECORD_WHO_DE = Pattern.compile(
            "(?i)^.{0,60}?\\b(?:erfassen|festhalten|notieren|angeben|eintragen|speichern|vermerken|ergänzen|brauchen wir|wir brauchen|müssen wir wissen|wollen wir wissen|sollten wir wissen|es fehlt(?:\\s+(?:noch|auch|uns))*)\\s*,?\\s+(?=(?:wer|wann|wie|ob|warum|wo|wieviel|wie viel)\\b)");
    /** "J'ai besoin de savoir qui…", "Necesito saber quién…", "Ich muss wissen, wer…": the describer's shape, whoever says it. */
    private static final Pattern KNOW_FR = Pattern.compile(
            "(?i)^(?:j'ai (?:aussi |également |encore )?besoin de|je dois|j'aimerais|je voudrais|je veux|il faut que je sache|on doit|nous devons|on devrait|nous devrions|il faudrait|il (?:nous )?faut|on voudrait|nous voudrions|nous aimerions|on aimerait)\\s+(?:aussi\\s+|également\\s+)?savoir\\s+(?=(?:qui|quand|combien|si|s'il|s'ils|pourquoi|où)(?!\\p{L}))(?!si possible|quand meme|quand même)");
    private static final Pattern KNOW_ES = Pattern.compile(
            "(?i)^(?:necesito|necesitamos|quiero|quisiera|me gustar[ií]a|nos gustar[ií]a|tengo que|tenemos que|debemos|deber[ií]amos|habr[ií]a que|queremos|hay que|(?:nos |me )?falta)\\s+(?:tambi[eé]n\\s+)?(?:saber|guardar|registrar|apuntar|anotar)\\s+(?:tambi[eé]n\\s+)?(?=(?:qui[eé]n|cu[aá]ndo|cu[aá]nt[oa]s?|si|por qu[eé]|d[oó]nde)(?!\\p{L}))");
    private static final Pattern KNOW_DE = Pattern.compile(
            "(?i)^(?:(?:also|daher|deshalb|deswegen|dann|und)\\s+)?(?:(?:ich muss|ich m[öo]chte|ich will|ich w[üu]rde gern(?:e)?|wir m[öo]chten|wir wollen|wir sollten|man muss|wir m[üu]ssten|ich m[üu]sste"
                    + "|muss ich|m[üu]ssen wir|m[öo]chte ich|m[öo]chten wir|wollen wir|will ich|sollten wir)\\s+(?:auch\\s+|noch\\s+|jetzt\\s+)*wissen|(?:wir brauchen|ich brauche|brauche ich|brauchen wir)(?:\\s+auch|\\s+noch|\\s+jetzt)*|es w[äa]re (?:gut|sch[öo]n|hilfreich|praktisch|toll),? wenn wir w[üu]ssten|(?:es\\s+)?w[äa]re\\s+(?:gut|sch[öo]n|hilfreich|praktisch|toll)\\s+zu\\s+wissen|(?:gut|sch[öo]n|hilfreich|praktisch)\\s+w[äa]re(?:\\s+es)?\\s*,?\\s+zu\\s+wissen)\\s*,?\\s+(?=(?:wer|wann|wie viele|wieviele|wie viel|ob|warum|wo)\\b)");
    /** "also when it came back", "aussi : quand il est revenu", "también por qué se canceló", "außerdem: warum …": a question asked of the record. */
    private static final Pattern ALSO_WH = Pattern.compile(
            "(?i)^(?:and\\s+|et\\s+|y\\s+|und\\s+)?(?:also|too|aussi|également|egalement|también|tambien|además|ademas|außerdem|ausserdem|auserdem|zudem|dazu)\\s*:?\\s+"
                    + "(?=(?:who|when|where|why|whether|how many|how much|qui|quand|où|pourquoi|combien|quién|quien|cuándo|cuando|dónde|donde|por qué|por que|cuánt[oa]s?|cuant[oa]s?|wer|wann|wo|warum|wie viele|wie viel)(?!\\p{L}))");
    /** The question words that open a folded question, by language, in the order they are tried ("ou" is French "où"). */
    private static final Map<Lang, Pattern> QUESTION_WORDS = questionWords();
    /** "Add it", "Ajoute ce champ", "Añádelo", "Bitte ein Feld dafür": the field is the question just asked. */
    private static final Pattern ADD_THAT = Pattern.compile(
            "^(?:(?:add|include|track|record|ajoute[rz]?|rajoute[rz]?|anade|anadid|agrega|incluye|fug|bitte|please|can you|could you|por favor|svp|stp)\\s*)*"
                    + "(?:-?(?:it|that|this|that one|this one|le|la|les|lo|los|las|es|das|dies|ca|cela|eso|esto|ello|ce champ|cette information|ese dato|este dato|esa informacion)\\s*)?"
                    + "(?:(?:a|an|un|une|ein|eine)\\s+)?(?:(?:new\\s+)?(?:field|column|champ|campo|feld|spalte)\\s*)?(?:for (?:it|that|this)|pour (?:ca|cela)|para (?:eso|ello|esto)|dafur|hierfur|dazu)?\\s*(?:hinzu|too|as well|aussi|tambien|auch|please|por favor|bitte|svp|stp)?\\s*$"
                    + "|^(?:anadelo|anadela|anadelos|agregalo|agregala|incluyelo|ajoute-le|ajoute-la|ajoutez-le|ajoutez-la|fug es hinzu|fugt es hinzu|add it in)\\b.*$");
    /** A question the person asks the form to answer: "how many kids does each member have?", "¿cuántas cajas…?". */
    private static final Pattern QUESTION = Pattern.compile(
            "^(?:who|when|how many|how much|how long|whether|is|are|does|do|did|has|have|was|were|qui|quand|combien|est-ce|cuando|quien|cuant[oa]s?|wer|wann|wie viele|wie viel|wieviele|ist|sind|hat|haben)\\b");
    /** "On doit pouvoir joindre le devis", "Die Rechnung soll man hochladen können": a file to attach. */
    private static final Pattern ATTACH_FR = Pattern.compile(
            "(?i)^(?:(?:on|nous|je|j'|il)\\s*)?(?:doit|devons|dois|veut|voulons|veux|voudrait|voudrais|voudrions|aimerait|aimerais|aimerions|faut|faudrait|devrait)\\s+(?:aussi\\s+|également\\s+)?(?:pouvoir\\s+)?(?:joindre|attacher|t[ée]l[ée]verser|d[ée]poser|charger|t[ée]l[ée]charger|scanner)\\s+");
    private static final Pattern ATTACH_DE_TAIL = Pattern.compile(
            "(?i)^(?:(?:man|wir|ich)\\s+(?:soll(?:te)?|muss|m[üu]ssen|will|wollen|m[öo]chten?|sollten)\\s+(?:auch\\s+|noch\\s+)?)?(.+?)\\s+(?:(?:soll(?:te)?|sollen|muss|m[üu]ssen)\\s+man\\s+(?:auch\\s+|noch\\s+)?)?(?:hochladen|anh[äa]ngen|beif[üu]gen|einscannen)(?:\\s+k[öo]nnen)?$");
    /** "…, il faut une grande zone de texte", "we need a bigger box": a type for the field just spoken of, not a field. */
    private static final Pattern BOX_FOR_LAST = Pattern.compile(
            "^(?:(?:so\\s+)?(?:we|i)\\s+need|il (?:nous )?faut|on a besoin d'|(?:hace falta|necesitamos|hay que poner)|wir brauchen|make it|give it|use|donc|alors)\\s+"
                    + "(?:(?:an?|une?|una?|ein(?:e|en)?|the|la|le|el|plutot|rather|instead)\\s+)*(.{3,40})$");
    /** Only the size and the kind of box: "a bigger text box", "une grande zone de texte", "un cuadro de texto más grande". */
    private static final Pattern BOX = Pattern.compile("^(?:(?:much\\s+|way\\s+)?(?:big|bigger|large|larger|long|longer|grande?s?|plus grande?|gross\\w*|lang\\w*|mas grande)\\s+)?(?:text\\s+|texte\\s+)?"
            + "(?:box|field|area|space|zone|champ|case|campo|cuadro|espacio|feld|textfeld|bereich|textbox)(?:\\s+(?:de texte|de texto|text|texte))?(?:\\s+(?:plus grande?|mas grande|grande?|bigger|larger|long|largo))?$");
    /** "we have to start logging how many …", "can we start recording …": the record asked for, not a field called Start. */
    private static final Pattern START_DOING = Pattern.compile("(?i)\\b(?:start|begin)(?:ing)?\\s+(?:to\\s+)?(also\\s+)?(?:logging|recording|tracking|noting(?: down)?|capturing|counting|log|record|track|note(?: down)?|capture|count)\\b(?:\\s+(?:down|in))?");
    private static final LogicReader LOGIC = new LogicReader();
    private final RefineLanguage language = new RefineLanguage();
    private final SpecNormalizer normalizer = new SpecNormalizer();
    private final SpecValidator validator = new SpecValidator();

    @Override
    public Refinement refine(AppSpec spec, String message) {
        // "…, entre Reçu et Payé", "after Booked": where new values go, no value itself; read without it first
        PlacePhrase.Cut place = PlacePhrase.cut(spec, message);
        if (place != null) {
            try {
                Refinement read = refineOnce(spec, place.message());
                AppSpec placed = PlacePhrase.place(place, spec, read.spec());
                if (placed != null) {
                    return new Refinement(normalizer.normalize(placed), read.changes());
                }
            } catch (DraftException refused) {
                // read whole below
            }
        }
        try {
            return refineOnce(spec, message);
        } catch (DraftException refused) {
            // "we've changed our scale: response options should now be …", "petite modif : « Agent » → « Maître-nageur »,
            // c'est plus parlant": a message refused whole is read again without its preface or its reason, once each
            for (String plainer : RefusedRetry.plainer(message, spec)) {
                try {
                    return refineOnce(spec, plainer);
                } catch (DraftException stillRefused) {
                    // the next plainer form, or the first refusal
                }
            }
            // "we now lend out canoes and dry bags too", "Kirsche und Ahorn kommen dazu": values of a list not named
            Refinement fitted = fitted(spec, message);
            if (fitted != null) {
                return fitted;
            }
            throw refused;
        }
    }

    /** The message's language, the spec's labels breaking a tie. */
    private Lang lang(AppSpec spec, String message) {
        return language.guess(message, spec.entities().stream().flatMap(e -> e.fields().stream()).map(Field::label).toList());
    }

    private Refinement fitted(AppSpec spec, String message) {
        Lang lang = lang(spec, message);
        ChoiceListFit.Fit fit = ChoiceListFit.read(spec, message, lang);
        if (fit == null) {
            return null;
        }
        AppSpec out = normalizer.normalize(spec.mapEntity(fit.entity(), e -> e.mapField(fit.field(), f -> f.withOptions(fit.options()))));
        try {
            validator.check(out);
        } catch (SpecException e) {
            return null;
        }
        return new Refinement(out, List.of(fit.said()));
    }

    private Refinement refineOnce(AppSpec spec, String message) {
        if (message == null || message.isBlank()) {
            throw new DraftException("The message is empty. " + HELP.substring(HELP.indexOf("I can")));
        }
        if (message.length() > MAX_MESSAGE) {
            throw new DraftException("The message is " + message.length() + " characters long; write one change or a few at a time (at most "
                    + MAX_MESSAGE + " characters).");
        }
        String refusal = RefineIntake.refusal(message);
        if (refusal != null) {
            // instructions to the system or thanks: nothing to change, and the person is told why
            return new Refinement(spec, List.of(refusal));
        }
        AccessReader.Found access = new AccessReader().refine(spec, message);
        if (access.any() && access.onlyAccess()) {
            return new Refinement(access.spec(), access.said());
        }
        LogicReader.Found logic = LOGIC.read(spec, message);
        if (logic.any()) {
            return new Refinement(logic.spec(), logic.said());
        }
        if (message.matches("(?s).*(?:^|\\n)\\s*\\+\\s*\\S.*") && message.matches("(?s).*(?:^|\\n)\\s*-\\s*\\S.*")) {
            // "+ return date / - notes": with a plus beside it, a minus line takes away
            message = message.replaceAll("(?m)^\\s*-\\s*(?=\\S)", "remove ");
        }
        // "Bonjour, il nous faudrait …", "Moin! Wir brauchen …": the greeting is no part of the request
        message = OpeningWords.message(MailFrame.editBody(message));
        message = OpeningWords.politeAfter(message); // "the email of the volunteer porfa, …": the polite word is no part of the noun
        message = PointerTail.cut(spec, lang(spec, message), message); // "how much did it cost? can we record that": the tail names nothing
        // "Fügen Sie … hinzu", "Nimm … mit auf", "ob wir … aufnehmen können", "loeschen": German frames said plainly
        message = GermanFrames.plain(spec, lang(spec, message), message);
        message = message.replace("→", " -> ").replace("⇒", " -> ");
        message = TypeNamePhrase.plain(lang(spec, message), message); // "new field X: price", "… ? it should be an integer", "X bitte als Datum ergänzen"
        message = ValueClause.brackets(message); // "a channel, one of email, phone or chat", "un impact, qui peut être faible ou grave": "a channel (email, phone, chat)"
        // "Open, Waiting (when we need the customer's reply) and Closed": an aside on one value of a list is no value
        message = ValueAside.cut(message);
        // "was the risk reassessed, yes or no?": the question alone, a yes/no field, not two more values of a choice
        message = YES_OR_NO.matcher(message).replaceAll("?");
        // "a record of whether the meter was read", "ein Häkchen, ob die Kaution gezahlt ist": the question is the field
        message = TOLD_WHETHER.matcher(message).replaceAll("");
        message = VERB_COMMA_OB.matcher(message).replaceAll("$1$2 ");
        // "ajoute une photo quand il y a un dégât + la description": two things asked, whatever the condition
        message = PLUS.matcher(dropConditions(message)).replaceAll(", ");
        String written = message;
        RefineSession s = new RefineSession(spec);
        s.lang = lang(spec, message);
        s.lex = language.lexicon(s.lang);
        s.glossary = language.glossary();
        message = RenameGaps.take(s, message); // "rename Cost to Price, and Notes to Remarks": the new name ends before the next field
        // "drop X and instead track Y", "X devient Y", "statt X wollen wir Y": said again as "remove X. add Y." / "rename X to Y."
        message = ReplaceSaid.take(s, message);
        message = KindGaps.take(s, message); // "the tasks need a due date, and the projects a budget": one edit per kind
        message = AlsoAdds.take(message); // "Add Urgent to the priorities; plus a closing date": the verb said again
        message = CopulaGaps.take(s, message); // "the hours should be a whole number and the volunteer a person": the verb said again
        message = ONLY_AFTER_VERB.matcher(message).replaceAll("$1 "); // "ajoutez juste un responsable": "juste" is no part of the name
        message = THEY_NEED_FR.matcher(THEY_NEED_ES.matcher(message).replaceAll("$1necesitamos")).replaceAll("$1il nous faut");
        message = BoxPhrases.plain(s.lang, message); // "a yes/no for the deposit", "une case caution payée": "the deposit (yes/no)"
        message = GermanEllipsis.spell(s, message); // "Hin- und Rückfahrt", "Abhol- und Lieferzeit": both words spelled out
        // "how long each clean takes: when they start and when they finish": a start time and an end time
        message = BareQuestion.times(s, message);
        // "Please add to the inspections:\n- a\n- b", "Bitte ergänzen: a, b und c": each detail asked for under the header
        message = AddColon.plain(message);
        message = FieldWhere.plain(NeedColon.plain(MissingColon.plain(s, message))); // "Wir brauchen noch: a, b und c"; "ein Feld, wo man X reinschreiben kann"
        // "Customers keep asking for a loyalty card. Put a status on orders …": the report asks for nothing
        message = ReportedAsks.drop(s, message);
        // "Add a photo. Would be good for the insurers.": what good it would do asks for nothing
        message = RefineIntake.dropVerdicts(message);
        // "A few tenants pay in cash.", "…, new rules from head office": what holds for some records, or a rule as the reason
        // "… the IBAN and the mandate date. Could you add both?": the two things named before are added
        message = BesideRemarks.recordOf(BesideRemarks.addBoth(s.lang, BesideRemarks.cut(message)));
        // "the scan date as well as the resolution", "le prix ainsi que la facture", "der Preis sowie die Rechnung": one list
        message = AdditiveJoins.plain(s.lang, message);
        // "the locations have changed, it's now A, B or C", "St Mary's has closed and we've taken on St John's instead": values as news
        message = OptionsReplaced.take(s, message); // "change the condition options to A, B and C", "remplace les catégories par A, B, C"
        message = ChangedOptions.take(s, message);
        // "we opened a new site in Bristol, add it to the sites", "hemos abierto la Sala Norte, añádela": the value said before the pronoun
        message = PointedValue.take(s, message);
        // "Exchange as order type and Cancelled as order status": each value to the choice it names
        message = AsFieldValues.take(s, message);
        // "we've merged Silver and Gold into one tier called Premium": the two values go, the new one comes
        message = MergedOptions.take(s, message);
        // "we work with subcontractors, each has a name and a phone": a new kind said in passing
        // "the supplier should be picked from a supplier list (name, email, …)": a text field becomes a kind of its own
        // "we don't want a separate customers table, just type the customer's name on each order": the kind goes, the link becomes text
        message = KindToField.take(s, message);
        // "keep a separate list of suppliers (name, email) and link each order to one": the new kind and the link, by word families
        // (before FieldToKind, which would take a typed "Supplier name" the message keeps for the new kind)
        message = NewKindLinked.take(s, message);
        // "add a landlord (each flat belongs to one) and a rent": the thing added with its link said beside it is a kind
        message = AddedKindLinked.take(s, message);
        // "can we also choose the course on each enrolment?", "Jeder Kurs soll auf den Raum verweisen": a link, two kinds named
        message = TwoKindsLink.take(s, message);
        message = FieldToKind.take(s, message);
        message = KindIntro.take(s, ContainerNouns.plain(s, message));
        // German verb-final clauses, Spanish clitics and impersonal wishes: the plain word order
        message = NativeClauses.rewrite(s, NamedBack.rewrite(s, Clefts.rewrite(s, InsteadThing.rewrite(s, NeedVoices.plural(s, message)))));
        s.message = message;
        // "… link orders to a contract. A contract has a number, a supplier and an end date.": the kind described, made first
        message = RefineAdditions.definedKinds(s, message);
        // "on reports: a photo + a description": the kind named before the colon is where the rest goes
        message = KindColon.take(s, message);
        // "we'd like each order to say whether it is insured": a yes/no on that kind
        message = EachSaysWhether.take(s, message);
        // "Let's add visits: each visit belongs to a client and has …": a new kind said whole
        message = RefineEachKind.take(s, message);
        // "we also need a list of warehouses - name, city and …": a new kind and its fields, said in one sentence
        message = RefineKindSentence.take(s, message);
        // "Channel is free text - turn it into a dropdown: Phone, Email, Web form": a text field becomes a list to pick from
        message = ChoiceFromText.take(s, message);
        // "Pour le lieu on a oublié deux endroits : A et B. Tu peux les rajouter ?": values for a choice field
        message = ValuesToAdd.take(s, message);
        // "one supplier supplies many parts, so hook them up": the link, without the remark after it
        message = RefineLinkRemarks.strip(message);
        // "Tabelle Maschinen bitte löschen, bei der Störung …": a kind removed by its table, in part of a sentence
        message = RefineKindRemoval.take(s, message);
        message = RefineListOf.brackets(message);
        message = RefineChatFrames.pairRenames(s, message);
        // "dietary requirements - none, vegetarian, vegan or other": after a dash, the values of what was named
        message = DASH_VALUES.matcher(message).replaceAll(": ");
        message = compoundParts(message);
        // "we only have A, B and C, so make it a dropdown": the values come before the request
        message = ONLY_HAVE.matcher(message).replaceAll("$2: $1.");
        // "Can we track the payment of each order? pending, paid, refunded": the values go inside the question
        message = ValuesAfter.glue(s, message);
        // "which mechanic did the job?", "où est rangé le colis ?": a bare question asks for a field; "which field is required?" for none
        message = AskedBoxes.join(message); // "Signed? and Returned? checkboxes thanks": one request, a box per name
        message = BareQuestion.take(s, message);
        List<RefineClause> clauses = message.isBlank() ? List.of() : new ArrayList<>(RefineSplitter.split(message));
        DraftException unsure = null;
        UnreadSentences unread = new UnreadSentences();
        for (int i = 0, mark = 0; i <= clauses.size(); i++) {
            if (i > 0) {
                unread.clause(s, clauses.get(i - 1), s.changes.size() + s.already.size() > mark);
            }
            mark = s.changes.size() + s.already.size();
            if (i == clauses.size()) {
                break;
            }
            // "pero añadid …", "aber bitte … ergänzen", "en plus, la …": the connector is no part of the request
            RefineClause clause = OpeningWords.clause(clauses.get(i));
            RefineClause next = i + 1 < clauses.size() ? clauses.get(i + 1) : null;
            if (AsideQuestion.skip(clause, next)) {
                continue; // "Who decided the service list, by the way? Add the dog's age."
            }
            if (RefineAsides.metByNext(clause, next) || RefineAsides.explainsNext(clause, next)) {
                // the field it names tells where the edit after it goes
                RefineMentions.of(s, clause).fields.stream().filter(RefineMentions.Hit::full)
                        .max(java.util.Comparator.comparingInt(RefineMentions.Hit::at))
                        .ifPresent(h -> s.mention(h.entity().key(), h.field().key()));
                // "we want to know what's wrong - add a fault description": the addition says it
                continue;
            }
            if (NegatedRemoval.said(s, clause)) {
                // "please don't remove the loans": a wish to keep, which removes nothing
                s.already.add("Nothing was removed: the message asks to keep it (\"" + clause.orig.strip() + "\").");
                continue;
            }
            var instead = clause.match(INSTEAD_OF);
            s.insteadOf = instead.find() ? clause.group(instead, 1).orig : null;
            s.marked = MARKED.matcher(clause.text).find();
            s.goesOn = i > 0 && GOES_ON.matcher(clause.text).find();
            s.clauseSaid = clause.orig;
            FieldHome.Tail home = FieldHome.tail(s, clause);
            int madeBefore = s.changes.size();
            if (home != null) {
                clause = home.rest(); // "…, il dépend du client": where the field goes, read once it is made
                if (home.after() != null) {
                    clauses.add(i + 1, home.after()); // "…, il dépend du client, et la date de retour …": read after the move
                }
            }
            if (ValuesAfter.read(s, clause) || SeveralValues.after(s, clause) || ValuesLead.read(s, clause) || FieldHome.read(s, clause)) {
                // "Can the deadlines have a type? Filing, hearing or internal.": the values of the field just added
                continue;
            }
            try {
                apply(s, prepare(RefineWishes.plain(s, MissingAtKind.plain(s, RefineChatFrames.plain(s, othersWant(s, FieldPhrase.dropReason(s, WantFrames.plain(s, NeedFrames.plain(s, AskFrames.plain(s, PlaceFor.plain(s, ChoicePreface.plain(s, clause))))))))))));
            } catch (DraftException which) {
                // a clause that names nothing it can resolve ("put that", with nothing said before) is left out; the others still count
                unsure = which;
            }
            if (home != null && s.changes.size() > madeBefore) {
                FieldHome.move(s, home.home());
            }
        }
        RefineEachLink.settle(s);
        RefineAdditions.fieldsNamedAsMadeKinds(s); // "Add a contract to each order. A contract has …": that field is the link
        OptionsAreFields.settle(s);
        PickFromList.read(s);
        PickFromList.merge(s); // "our own cleaners list …, and make the Cleaner field pick from it": that field becomes the link
        NameFieldToLink.settle(s); // "Driver name" turned into a link to the new Driver list: the name field goes, a Driver link comes
        UntouchedFields.read(s, spec, written);
        unread.read(s); // a need said in a sentence the readers passed over, beside edits they did read
        StaysAsIs.read(s, spec, written); // "(the planned quantity can stay as it is)": that field keeps what it had
        TickBoxToChoice.read(s, spec, written); // "instead of the Alive tick box, a status: …": the box becomes that choice
        if (s.changes.isEmpty() && s.already.isEmpty() && !RefineGist.read(s, spec)) {
            throw unsure != null ? unsure : new DraftException(HELP);
        }
        List<String> said = s.changes.isEmpty() ? s.already : s.changes;
        AppSpec out = normalizer.normalize(s.spec);
        try {
            validator.check(out);
        } catch (SpecException e) {
            throw new DraftException("That change would leave the app incomplete: " + e.getMessage());
        }
        return new Refinement(out, said);
    }

    private static final Pattern WHO_SPACES = Pattern.compile("\\s+");
    private static final String WHO_LEADS = "(?:usually|normally|always|mostly|probably|generally|the|a|an|our|one of the|one of our)";
    private static final Pattern WHO_ANSWER = Pattern.compile("^(?:" + WHO_LEADS + "\\s+)*[a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?[.!]?$");
    private static final Pattern WHO_LEAD = Pattern.compile("^(?i)(?:" + WHO_LEADS + "\\s+)+");

    /** A person named right after a question that added a person field ("who signs it off? the duty manager"). */
    private static boolean answersWho(RefineSession s, RefineClause c) {
        RefineMatcher.FieldRef last = s.last();
        return "add".equals(s.lastIntent) && last != null && last.field().type() == org.toolsmith.spec.FieldType.PERSON
                && !s.originalFields.contains(last.entity().key() + "." + last.field().key())
                && s.message != null && s.message.contains("?") && WHO_SPACES.split(c.text).length <= 4
                && WHO_ANSWER.matcher(c.text).matches()
                && RefineTypes.guess(s, WHO_LEAD.matcher(c.orig).replaceAll("")) == org.toolsmith.spec.FieldType.PERSON;
    }

    /**
     * "also when it came back", "aussi : quand il a été inspecté", "por qué se canceló": a question asked of the record
     * is a field to add, in the know-frame of its question word's language, when "also" opens it or its verb is an
     * office verb of {@link VerbFamily}. A clause with a comma after it stays (a condition: "when it's back, …").
     */
    private static String askedOfRecord(String plain) {
        Matcher also = ALSO_WH.matcher(plain);
        boolean said = also.find();
        String rest = said ? plain.substring(also.end()) : plain.strip();
        String w = Text.fold(rest);
        if (w.contains(",")) {
            return plain;
        }
        Lang lang = null;
        for (Map.Entry<Lang, Pattern> q : QUESTION_WORDS.entrySet()) {
            if (q.getValue().matcher(w).lookingAt()) {
                lang = q.getKey();
                break;
            }
        }
        if (lang == null || !said && VerbFamily.ask(lang, w) == null) {
            return plain;
        }
        return switch (lang) {
            case FR -> "on a besoin de savoir ";
            case ES -> "necesitamos saber ";
            case DE -> "wir müssen wissen, ";
            default -> "we need to know ";
        } + rest;
    }

    private static Map<Lang, Pattern> questionWords() {
        Map<Lang, Pattern> m = new java.util.LinkedHashMap<>();
        m.put(Lang.FR, Pattern.compile("^(?:qui|quand|ou|pourquoi|combien)\\b"));
        m.put(Lang.ES, Pattern.compile("^(?:quien|cuando|donde|por que|cuant[oa]s?)\\b"));
        m.put(Lang.DE, Pattern.compile("^(?:wer|wann|wo|warum|wie viele?)\\b"));
        m.put(Lang.EN, Pattern.compile("^(?:who|when|where|why|how many|how much)\\b"));
        return java.util.Collections.unmodifiableMap(m);
    }

    static RefineClause prepare(RefineClause c) {
        String text = DiscoursePreface.strip(FieldPhrase.plainVerbs(START_DOING.matcher(c.orig).replaceAll("$1record")).replaceAll("(?i)\\blet's\\b", "let us").replaceAll("^[¿¡\\s]+", ""));
        RefineClause folded = new RefineClause(text);
        var polite = folded.match(POLITE);
        if (polite.find() && polite.end() > 0 && polite.end() < folded.text.length()) {
            // "Bonjour, pourriez-vous ajouter…", "¿Podéis añadir…?", "Könntet ihr … ergänzen?": the request itself
            folded = folded.from(polite.end());
        }
        var must = folded.match(MUST_DO);
        if (must.find() && must.end() < folded.text.length()) {
            // "il faudrait si possible ajouter…", "hay que añadir…", "we should add…": the edit itself
            folded = folded.from(must.end());
        }
        var have = folded.match(HAVE);
        if (have.find() && (have.end() < folded.text.length() || have.group(1) != null)
                && !folded.from(have.end()).text.matches("^(?:plusieurs|several|multiple|more than one|varios|varias|mehrere|deux|two|dos|zwei)\\b.*")) {
            // "On pourrait avoir la date de naissance ?", "¿Podemos tener…?", "Können wir noch X haben?"
            // "könnten wir die Versandart haben (Abholung, Paket)?": the values after the verb stay with it
            String what = have.group(1) != null ? folded.group(have, 1).orig + " " + folded.from(have.end()).orig : folded.from(have.end()).orig;
            folded = new RefineClause("add " + what.replaceAll("[?]+$", "").strip());
        }
        var place = folded.match(IN_ITS_PLACE);
        if (place.find()) {
            folded = new RefineClause("add " + folded.from(place.end()).orig);
        }
        var lead = folded.match(LEADING);
        if (lead.find() && !folded.text.startsWith("noch")) {
            folded = folded.from(lead.end());
        }
        var trail = folded.match(TRAILING);
        if (trail.find()) {
            folded = folded.sub(0, trail.start());
        }
        var insteadWish = folded.match(INSTEAD_WISH);
        if (insteadWish.find()) {
            // "Instead of the Paid tick box I'd like a proper status: …": the old field goes, the new one comes
            folded = new RefineClause("replace " + folded.group(insteadWish, 1).orig + " with " + folded.from(insteadWish.end()).orig);
        }
        var instead = folded.match(INSTEAD);
        if (instead.find() && instead.start() > 0) {
            folded = new RefineClause(folded.sub(0, instead.start()).orig + " " + folded.from(instead.end()).orig);
        }
        var hedge = folded.match(HEDGE);
        if (hedge.find() && hedge.end() < folded.text.length()) {
            // "maybe add…", "I think we should add…", "what about a return date?", "how about adding…"
            String verb = hedge.group(1) == null ? "add" : hedge.group(1).replaceAll("ing$", "").replaceAll("(?<=[^aeiou])(?=$)", "");
            String rest = folded.from(hedge.end()).orig;
            folded = new RefineClause(hedge.group(1) == null && hedge.group(0).matches("^(?:what|how) about.*") ? "add " + rest
                    : hedge.group(1) != null ? VERB_STEM.getOrDefault(hedge.group(1), verb) + " " + rest : rest);
        }
        var listing = folded.match(LISTING);
        if (listing.find() && listing.end() < folded.text.length()) {
            // "ADD: return date", "fields to remove: notes, returned", "please add the following fields: …"
            String verb = listing.group(1) != null ? listing.group(1) : listing.group(2) != null ? listing.group(2) : "add";
            folded = new RefineClause(verb + " " + folded.from(listing.end()).orig);
        }
        var plus = folded.match(PLUS_ITEM);
        if (plus.find()) {
            // "+ return date": something to add, "X: add"
            folded = new RefineClause("add " + (plus.group(1) != null ? folded.group(plus, 1).orig : folded.group(plus, 2).orig));
        }
        var ask = folded.match(ASKING);
        if (ask.find()) {
            folded = folded.from(ask.end());
        }
        if (folded.match(FIELD_FOR).find()) {
            folded = new RefineClause("add " + folded.orig);
        }
        var preface = folded.match(PREFACE);
        if (preface.find()) {
            int colon = folded.text.indexOf(':');
            // "Pour les contrats : ajoute…", "For rooms: add…": the kind in front is a scope, kept with a comma
            boolean each = folded.text.matches("^(?:each|every|chaque|cada|jede[rsmn]?)\\s+\\S+(?:\\s+\\S+)?\\s*:.*");
            folded = (each || folded.text.matches("^(?:for|on|in|pour|dans|sur|para|en|bei|beim|fur|im|zu)\\s.*")) && colon > 0
                    ? new RefineClause((each ? "for " : "") + folded.sub(0, colon).orig + ", " + folded.from(colon + 1).orig)
                    : folded.from(preface.end());
            if (ASKED_AFTER.matcher(folded.text).lookingAt()) {
                // "Hola, ahora grabamos los seminarios: ¿podemos guardar…?": the request after the preface is asked again
                return prepare(folded);
            }
        }
        var when = folded.match(SUBORDINATE);
        if (when.find()) {
            folded = folded.from(when.start(1));
        }
        String plain = askedOfRecord(SURE.matcher(folded.orig).replaceFirst(""));
        Matcher tick = TICK_FOR.matcher(plain);
        if (tick.find()) {
            // "add a tick box on each visit for whether the keys were returned": the question is the field
            String scope = tick.group(1) == null ? "" : " " + tick.group(1);
            plain = plain.substring(0, tick.start()) + "a yes/no for whether " + plain.substring(tick.end()).replaceAll("[.!?\\s]+$", "") + scope;
        }
        // "a 'Dietary' pick list (Vegetarian, Vegan)": the quoted name and its values, the kind of box is the values
        plain = NAMED_LIST.matcher(plain).replaceAll("a $1 ");
        // "X is really the Y", "« X » est en fait « Y »": a new name, said as what the field is
        plain = REALLY_EN.matcher(plain).replaceFirst("$1 should be called ");
        plain = REALLY_FR.matcher(plain).replaceFirst("$1 devrait s'appeler ");
        plain = REALLY_ES.matcher(plain).replaceFirst("$1 debería llamarse ");
        plain = REALLY_DE.matcher(plain).replaceFirst("$1 soll $2 heißen");
        plain = FILLER.matcher(plain).replaceAll(" ")
                // "add internal remarks, long text": the type of what was just named
                .replaceAll("(?i),\\s*((?:long|free|plain) text|texte (?:long|libre)|texto (?:largo|libre)|langer text|freitext|langtext|yes/no|oui/non|s[ií]/no|ja/nein)\\s*$", " as $1");
        // "…, in minutes", "(en euros)", "in Stunden": the unit says it is a number, it is not another field
        plain = plain.replaceAll("(?i),?\\s*\\(?\\b(?:in|en|als)\\s+(?:minutes|days|weeks|months|years|minutos|dias|días|semanas|meses|jours|semaines|mois|minuten|tagen|wochen|monaten)\\)?\\s*$", " as a number")
                .replaceAll("(?i),?\\s*\\(?\\b(?:in|en|als)\\s+(?:hours|km|kg|metres|meters|horas|heures|stunden)\\)?\\s*$", " as a decimal")
                .replaceAll("(?i),?\\s*\\(?\\b(?:in|en|als)\\s+(?:euros?|dollars?|pounds)\\)?\\s*$", " as money");
        plain = plain.replaceAll("(?iu),\\s*((?:as|in|en|como|als)\\s+(?:an?\\s+|un\\s+|una\\s+|ein\\s+)?(?:pdf|scan))\\s*$", " $1"); // "…, en PDF": how it arrives, not another field
        // "que cada gasto se asigne a un proyecto": the wish, said as a statement
        plain = plain.replaceFirst("(?iu)^que\\s+(?=(?:cada|todo|toda|todos|todas)\\b)", "");
        // "necesito registrar las notas: …", "il faut suivre les visites : …": the kind to keep, said with a verb of keeping
        plain = KEEP_ES.matcher(plain).replaceFirst("necesitamos ");
        plain = LIKE_LIST.matcher(plain).replaceFirst("we need ");
        // "crée les services avec un nom…", "crea temporadas con…", "lege Gebäude mit Adresse an": a new kind, said with "create"
        plain = CREATE_FR.matcher(plain).replaceFirst("$1 une liste des $2 ");
        plain = CREATE_ES.matcher(plain).replaceFirst("$1 una lista de $2 ");
        plain = CREATE_DE.matcher(plain).replaceFirst("eine Liste der $1 mit $2");
        plain = NEED_LIST_DE.matcher(plain).replaceFirst("");
        plain = KIND_WITH.matcher(plain).replaceFirst("$1 una lista de $2 $3");
        plain = KEEP_FR.matcher(plain).replaceFirst("il nous faut ");
        // "chaque demande doit indiquer qui l'a validée", "hay que registrar quién…", "erfassen, wer…": the describer's shape
        plain = ATTACH_FR.matcher(plain).replaceFirst("attach ");
        Matcher upload = ATTACH_DE_TAIL.matcher(plain);
        if (upload.find() && !upload.group(1).isBlank()) {
            plain = "attach " + upload.group(1);
        }
        plain = KNOW_FR.matcher(plain).replaceFirst("on a besoin de savoir ");
        plain = KNOW_ES.matcher(plain).replaceFirst("necesitamos saber ");
        plain = KNOW_DE.matcher(plain).replaceFirst("wir müssen wissen, ");
        plain = RECORD_WHO_FR.matcher(plain).replaceFirst("on a besoin de savoir ");
        plain = RECORD_WHO_ES.matcher(plain).replaceFirst("necesitamos saber ");
        plain = RECORD_WHO_DE.matcher(plain).replaceFirst("wir müssen wissen, ");
        return new RefineClause(plain.replaceAll("\\s*[.!?;,]+$", "").replaceAll("(?i)\\bhinzu\\s*(\\([^)]*\\))", "$1 hinzu")
                .replaceAll("(?i)\\bhinzu\\s*(:.+)$", "$1 hinzu"));
    }

    /** "Heads of year want the parent's email on each student": what someone else wants is asked for as "we want" (English). */
    private static final Pattern OTHERS_WANT = Pattern.compile(
            "^(?:the\\s+|our\\s+)?([a-z][\\w' -]{1,40}?)\\s+(?:want|wants|would like|asked for|have asked for|has asked for|are asking for|is asking for|keep asking for|requested|have requested|has requested)\\s+(?=(?:the|a|an|some|to know|to see|to record)\\s)");

    /** "Could keepers attach a photo …", "can the drivers log the fuel level": what others could do is asked for (English). */
    private static final Pattern OTHERS_COULD = Pattern.compile(
            "^(?:can|could)\\s+(?:the\\s+|our\\s+)?([a-z][\\w-]+s)\\s+(?:also\\s+)?(?:attach|upload|add|record|log|enter|note|write down|type in|fill in)\\s+(?=(?:the|a|an|some|their|its)\\s)");

    private static final Pattern LEADING_ALSO = Pattern.compile("^\\s*(?:also\\s+)?");

    private static RefineClause othersWant(RefineSession s, RefineClause c) {
        var could = c.match(OTHERS_COULD);
        boolean others = s.lang == Lang.EN && could.find();
        RefineMatcher.FieldRef doer = others ? RefineResolver.field(s, c.group(could, 1)) : null;
        if (others && RefineResolver.entity(s, c.group(could, 1)) == null
                && (doer == null || doer.field().type() == FieldType.PERSON)) { // "could keepers attach …" beside a Keeper field: people still
            // the verb stays: "attach" still tells a file
            return new RefineClause("we need to " + LEADING_ALSO.matcher(c.from(could.end(1)).orig).replaceFirst(""));
        }
        var m = c.match(OTHERS_WANT);
        if (s.lang != Lang.EN || !m.find() || c.group(m, 1).text.matches("^(?:we|i|you|they)$|^(?:instead|rather|in place|if|when|since|because|as|so|and|but|then)\\b.*|.*\\b(?:i|we|you|they|he|she)$"
                + "|.*\\b(?:whether|who|what|which|each|every|add|record|track|know|that)\\b.*")) {
            return c;
        }
        RefineClause who = c.group(m, 1);
        RefineMatcher.FieldRef f = RefineResolver.field(s, who);
        if (f != null && f.score() >= 0.99 && f.field().type() != FieldType.PERSON || RefineResolver.entity(s, who) != null) {
            // "the status wants …" is about the field; "teachers want …" (people) ask for something
            return c;
        }
        return new RefineClause((c.from(m.end()).text.startsWith("to ") ? "we want " : "add ") + c.from(m.end()).orig);
    }

    private static void apply(RefineSession s, RefineClause c) {
        s.valueRemovedBefore = s.valueRemovedNow;
        s.valueRemovedNow = false;
        RefineClause said = c;
        c = RefineIntake.request(c);
        s.context = false;
        if (!c.isEmpty() && c.orig.length() < said.orig.length()) {
            // "customers often order more than one size, so it should allow several": the field is in the context
            RefineMentions.Hit named = RefineMentions.of(s, said).fields.stream().filter(RefineMentions.Hit::full)
                    .max(java.util.Comparator.comparingInt(RefineMentions.Hit::at)).orElse(null);
            if (named != null) {
                s.mention(named.entity().key(), named.field().key());
            }
            s.context = named != null;
        }
        if (c.isEmpty()) {
            // context only ("the warehouse started sending delivery notes by email"): kept for "attach them"
            s.previous = said;
            return;
        }
        if (c.isEmpty() || c.match(ANNOUNCES).find() || c.match(SIGN_OFF).find()) {
            // "… Bonne journée", "Un saludo", "Schönen Tag noch": a sentence that only closes the message
            return;
        }
        if (s.valueRemovedBefore && c.text.length() <= 40 && c.match(VALUE_PRONOUN).find() && c.match(RefineCues.REMOVE).find()) {
            // "we no longer accept Private, take it off the list": "it" is the value just taken out
            s.valueRemovedNow = true;
            return;
        }
        s.clauseEntity = null;
        c = TypeAside.cut(s, c);
        if (RefineWhichEach.read(s, c)) {
            // "savoir de quel magasin vient chaque réclamation": a link asked as what to know
            s.previous = c;
            return;
        }
        if (OptionRenames.read(s, c) || WholeValueSet.read(s, c) || TimeToo.read(s, c) || RefineAsides.scopedChoice(s, c) || RefineAsides.namedChoiceValue(s, c) || RefineAsides.keep(s, c) || RefineAsides.valuesFor(s, c) || ChoiceListEdits.read(s, c) || ShapedValues.read(s, c) || ChoiceListEdits.carried(s, c)) {
            // "for the status, add 'On hold'": values of that choice field
            s.lastIntent = null;
            s.previous = c;
            return;
        }
        c = RefineAsides.besides(s, c);
        RefineClause[] placed = RefineAsides.place(s, c);
        RefineClause whole = c;
        if (placed != null) {
            // "add a parking spot, right after the company": where it goes, not a second field
            c = placed[0];
        }
        var scope = c.match(LEADING_SCOPE);
        if (scope.find()) {
            // "For rooms, we also want…", "pour les réservations, ajoute…": the kind, then the request
            var e = RefineResolver.entity(s, c.group(scope, 1));
            if (e != null) {
                c = c.from(scope.end());
                s.clauseEntity = e.key();
            }
        }
        boolean qualified = false;
        if (s.clauseEntity == null) {
            var loose = c.match(QUALIFIED_SCOPE);
            if (loose.find()) {
                // "para los alumnos menores de edad, el nombre del padre": the kind, with who among them, then what they need
                var e = RefineResolver.entity(s, c.group(loose, 1));
                if (e != null && c.from(loose.end()).text.split("\\s+").length >= 1) {
                    c = c.from(loose.end());
                    s.clauseEntity = e.key();
                    qualified = true;
                }
            }
        }
        if (s.clauseEntity == null) {
            c = leadingKind(s, c);
        }
        if (s.clauseEntity != null && c.match(POLITE_AFTER_KIND).lookingAt()) {
            // "on orders please add …", "for rooms, could you add …": the request after the kind, read as if it opened the clause
            c = prepare(c);
        }
        var box = c.match(BOX_FOR_LAST);
        if (box.find() && BOX.matcher(box.group(1).strip()).matches() && s.last() != null && RefineRetype.named(box.group(1)).isPresent()
                && s.originalFields.contains(s.last().entity().key() + "." + s.last().field().key())) {
            // "the remark is too small, we need a big text box": the box is the remark's
            var type = RefineRetype.named(box.group(1)).get();
            if (!type.hasOptions() && type != FieldType.REFERENCE) {
                s.setType(s.last().entity().key(), s.last().field().key(), type, java.util.List.of(), null);
                s.previous = c;
                return;
            }
        }
        var kept = RefineRetype.named(c.text);
        if (s.mentionedOnly && s.last() != null && kept.isPresent() && !kept.get().hasOptions() && !c.match(ADD_THAT).find() && !c.match(ADDS).find()
                && RefineRetype.apply(s, c, s.last().entity(), s.last().field(), -1)) {
            // "Les notes, il faut pouvoir écrire plusieurs paragraphes": the clause before named the field
            s.previous = c;
            return;
        }
        if (s.previousIdle && s.previous != null && c.match(ADD_THAT).find() && s.previous.match(QUESTION).find()) {
            // "How many kids does each member have? Add that.": the question names the field
            RefineClause asked = s.previous;
            s.previousIdle = false;
            if (RefineAdditions.fields(s, new RefineClause("add " + asked.orig.replaceAll("[?¿]", "").strip()))) {
                s.lastIntent = null;
                s.previous = c;
                return;
            }
        }
        String asked = s.previous != null && c.match(ADD_THAT).find() ? FieldPhrase.embeddedQuestion(s, s.previous) : null;
        if (asked != null && RefineAdditions.fields(s, new RefineClause("add " + asked))) {
            // "the drivers keep asking when the next inspection is due, so add that": the question they ask names the field
            s.lastIntent = null;
            s.previous = c;
            return;
        }
        var aboutField = s.clauseEntity == null ? c.match(LEADING_FIELD) : null;
        if (aboutField != null && !aboutField.find()) {
            aboutField = c.match(NAMED_FIELD_COMMA);
        } else if (aboutField != null) {
            aboutField.reset();
        }
        if (aboutField != null && aboutField.find()) {
            RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(aboutField, 1));
            if (f != null && f.score() >= 0.99 && RefineRetype.apply(s, c.from(aboutField.end()), f.entity(), f.field(), -1)) {
                s.lastIntent = null;
                s.previous = c;
                return;
            }
        }
        String kind = RefineListOf.read(s, c) || RefineAnchored.renameOption(s, c) || RefineAnchored.wholeKind(s, c) || RefineAnchored.ownList(s, c) || RefineAnchored.pickOne(s, c) || RefineAnchored.listedChoice(s, c) ? "other" : intent(s, c);
        if (kind == null && RefineAnchored.read(s, c)) {
            // no sentence shape fits: what the clause names, and the cue words around it
            kind = "other";
        }
        if (kind == null && EXPLAINS_PERSON.matcher(c.text).find() && s.lastIntent != null && s.lastIntent.equals("add")) {
            // "add buddy - someone from the team who …": the explanation says it is a person
            RefineMatcher.FieldRef last = s.last();
            if (last != null && !s.originalFields.contains(last.entity().key() + "." + last.field().key())) {
                s.setType(last.entity().key(), last.field().key(), org.toolsmith.spec.FieldType.PERSON, List.of(), null);
                kind = "other";
            }
        }
        if (kind == null && "add".equals(s.lastIntent) && s.clauseEntity != null && c.text.matches("^(?:an?|the|some|whether)\\s+\\S.*")
                && !NOT_NOUN.matcher(c.text).find()) {
            // "…, and on detentions a tick for whether the parents were told": the addition goes on, on that kind
            kind = RefineAdditions.fields(s, new RefineClause("add " + c.orig)) ? "add" : null;
        }
        if (kind == null && answersWho(s, c)) {
            // "who closed the till? the floor supervisor": the answer to the question, not another field
            kind = "other";
        }
        if (kind == null && s.lastIntent != null && c.text.split("\\s+").length <= 5
                && !c.text.matches(".*\\b(?:is|are|was|were|has|have|does|do|did)\\b.*") && !StatementClause.is(c)) {
            // "remove the notes, and the status field": a bare list goes on with the verb before it
            RefineClause carried = new RefineClause(s.lastIntent + " " + c.orig);
            kind = s.lastIntent.equals("remove") ? (RefineRemovals.remove(s, carried) ? "remove" : null)
                    : RefineAdditions.fields(s, carried) ? "add" : null;
        }
        int comma = s.goesOn && kind == null ? c.text.indexOf(',') : -1;
        if (comma > 0 && REMARK.matcher(c.from(comma + 1).text.strip()).matches() && bareNoun(s, c.sub(0, comma))) {
            // "… . And the date of the last visit, the drivers never write it down": the thing asked for, then a remark on it
            kind = RefineAdditions.fields(s, new RefineClause("add " + c.sub(0, comma).orig)) ? "add" : null;
        }
        if (kind == null && (s.marked || s.goesOn || qualified) && bareNoun(s, c)) {
            // "also the number of items lent", "return date please": a noun phrase asked for
            kind = RefineAdditions.fields(s, new RefineClause("add " + c.orig)) ? "add" : null;
        }
        var listed = c.match(LISTED_NOUN);
        if (kind == null && listed.matches() && RefineText.values(c.group(listed, listed.group(2) != null ? 2 : 3).orig).size() >= 2) {
            // "priority (low, medium, high)": a choice field named with its values
            RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(listed, 1));
            if (f != null && f.score() >= 0.99 && f.field().type().hasOptions()) {
                s.setOptions(f.entity().key(), f.field().key(), RefineText.values(c.group(listed, listed.group(2) != null ? 2 : 3).orig));
                kind = "other";
            } else if ((f == null || f.score() < 0.99) && ListItemGate.valueLike(s.lang, RefineText.values(c.group(listed, listed.group(2) != null ? 2 : 3).orig))) {
                kind = RefineAdditions.fields(s, new RefineClause("add " + c.orig)) ? "add" : null;
            }
        }
        if (placed != null && "add".equals(kind)) {
            RefineAsides.move(s, whole, placed[1]);
        }
        if (kind == null && subjectRetype(s, c)) {
            kind = "other";
        }
        s.mentionedOnly = false;
        if (kind == null) {
            remember(s, c);
            s.mentionedOnly = s.last() != null;
        }
        s.lastIntent = kind == null || kind.equals("other") ? null : kind;
        s.previousIdle = kind == null;
        s.previous = c;
    }

    /** "beim Fahrzeug noch das Baujahr ergänzen": the kind in front is the scope, the rest the request. */
    private static RefineClause leadingKind(RefineSession s, RefineClause c) {
        var m = c.match(LEADING_KIND);
        if (!m.find()) {
            return c;
        }
        for (int g = 1; g <= 2; g++) {
            if (m.group(g) == null) {
                break;
            }
            RefineClause words = c.sub(m.start(1), m.end(g));
            Entity e = RefineResolver.entity(s, words);
            RefineMatcher.EntityRef exact = RefineMatcher.entity(s.spec, words.orig);
            boolean sure = exact != null ? exact.score() >= 0.99 : e != null;
            RefineClause rest = c.from(m.end(g)).isEmpty() ? null : new RefineClause(c.from(m.end(g)).orig.replaceAll("^[,\\s]+", ""));
            if (e != null && sure && rest != null && rest.text.split("\\s+").length >= 2) {
                s.clauseEntity = e.key();
                return rest;
            }
        }
        return c;
    }

    /** "La fecha debería incluir también la hora": a field named first, then what it should be. */
    private static final Pattern SUBJECT = Pattern.compile(
            "^(?:(?:the|la|le|les|l'|el|los|las|der|die|das)\\s*)?(.{2,40}?)\\s+(?=(?:should|must|needs?|has to|have to|is|are|doit|doivent|devrait|devraient|est|sont|debe|deben|deberia|deberian|tiene que|tienen que|es|son|soll|sollte|sollen|muss|ist|sind)\\b)");

    private static final Pattern PICK_IT = Pattern.compile(
            "^(?:(?:just|then|please)\\s+)?(?:pick|choose|select|take|look up)\\s+(?:it|them|him|her|that|this one)\\s+(?:from|out of|in)\\b"
                    + "|^(?:choisis|choisissez|prends|prenez)-(?:le|la|les)\\b|^(?:eligelo|eligela|eligelos|escogelo|escogela)\\b|^(?:wahl|wahle|wahlt)\\s+(?:ihn|sie|es)\\b");

    private static final Pattern PICK_FIELD = Pattern.compile(
            "^(?:pick|choose|select|take|look up|choisi[rsz]?|choisissez|prends|prenez|elige|escoge|selecciona|wahl|wahle|wahlt)\\s+(?:(?:the|le|la|les|l'|el|los|las|den|die|das)\\s*)?(.{2,40}?)\\s+(?:from|out of|in|among|dans|parmi|de|entre|desde|aus)\\s+");

    private static boolean subjectRetype(RefineSession s, RefineClause c) {
        if (s.last() != null && c.match(PICK_IT).find()) {
            // "…, so pick them from the staff list": the field just spoken of
            return RefineRetype.apply(s, c, s.last().entity(), s.last().field(), -1);
        }
        var pick = c.match(PICK_FIELD);
        if (pick.find()) {
            // "pick the practitioner from the staff list", "choisis le technicien parmi les salariés"
            RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(pick, 1));
            if (f != null && f.score() >= 0.99 && RefineRetype.apply(s, new RefineClause("pick from " + c.from(pick.end()).orig), f.entity(), f.field(), -1)) {
                return true;
            }
        }
        var m = c.match(SUBJECT);
        if (!m.find()) {
            return false;
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(m, 1));
        return f != null && f.score() >= 0.99 && RefineRetype.apply(s, c.from(m.end()), f.entity(), f.field(), -1);
    }

    private static String intent(RefineSession s, RefineClause c) {
        if (TypeByUse.read(s, c)) {
            // "only the day matters, not the time", "a single line is plenty"
            return "other";
        }
        if (LinkRelative.read(s, c)) {
            // "every lesson ought to point to the tutor who taught it": the link without the relative clause
            return "other";
        }
        if (RefineEachLink.toMade(s, c)) {
            // "every order comes from one", "jede Bestellung gehört zu einem": the kind this message makes
            return "other";
        }
        if (RefineEachLink.choiceInstead(s, c) || RefineEachLink.which(s, c) || RefineEachLink.whichOne(s, c) || RefineEachLink.manyOf(s, c) || RefineReplace.replace(s, c) || RefineRenames.move(s, c) || RefineRenames.split(s, c) || RefineRenames.rename(s, c) || RefineKinds.kindWithParts(s, c) || RefineKinds.perOwner(s, c) || RefineLinks.ownTable(s, c) || RefineLinks.pickFrom(s, c)
                || RefineLinks.link(s, c) || LinkVerbs.read(s, c) || RefineLinks.partOf(s, c) || RefineLinks.hasMany(s, c) || RefineLinks.doneBy(s, c)) {
            return "other";
        }
        if (RefineRating.rating(s, c)) {
            return "add";
        }
        if (RefineRemovals.remove(s, c)) {
            return "remove";
        }
        if (RefineFlags.flags(s, c) || RefineTypeEdits.type(s, c) || RefineOptions.options(s, c) || ChangedName.read(s, c)) {
            return "other";
        }
        if (ValueNounPhrase.read(s, c)) {
            // "we now also have a cancelled state": a value said in a noun phrase; a bare phrase after it goes on adding
            return "add";
        }
        if (RefineAdditions.newKind(s, c)
                || RefineKinds.pluralKind(s, c) || RefineAdditions.definedKind(s, c)) {
            return "other";
        }
        int waiting = s.pendingLinks.size();
        if (!c.match(ADDS).find() && RefineEachLink.read(s, c)) {
            // "each application goes to one funder": a link said with any verb
            return "other";
        }
        if (!c.match(ADDS).find() && RefineAnchored.read(s, c)) {
            // a clause about fields that exist, with no verb of adding: read from what it names
            s.pendingLinks.subList(waiting, s.pendingLinks.size()).clear();
            return "other";
        }
        if (s.pendingLinks.size() > waiting) {
            // a link to a kind the rest of the message makes ({@link RefineEachLink#settle})
            return "other";
        }
        return RefineAdditions.fields(s, c) ? "add" : null;
    }

    /** A short noun phrase, with an article or a word that types it, and no verb. */
    private static boolean bareNoun(RefineSession s, RefineClause c) {
        String[] words = c.text.split("\\s+");
        if (words.length > (s.goesOn ? 14 : 8) || NOT_NOUN.matcher(c.text).find() || RefineMatcher.words(c.orig).isEmpty() || c.text.contains("?")) {
            return false;
        }
        return c.text.matches("^(?:the|a|an|some|our|their|its|le|la|les|l'|un|une|des|du|el|los|las|un|una|der|die|das|den|ein|eine|einen)\\b.*")
                || RefineTypes.guess(s, c.orig) != org.toolsmith.spec.FieldType.TEXT;
    }

    /** A clause that asks for nothing may still name a field that the next one calls "it". */
    private static void remember(RefineSession s, RefineClause c) {
        for (String q : RefineText.quoted(c.orig)) {
            for (Entity e : s.spec.entities()) {
                for (Field f : e.fields()) {
                    if (RefineText.fold(f.label()).equals(RefineText.fold(q))) {
                        s.mention(e.key(), f.key());
                        return;
                    }
                }
            }
        }
        List<String> words = RefineMatcher.words(c.orig);
        int best = 0;
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                List<String> label = RefineMatcher.words(f.label()).stream().filter(w -> w.length() > 2 || RefineMatcher.words(f.label()).size() < 3).toList();
                if (!label.isEmpty() && label.size() > best
                        && label.stream().allMatch(w -> words.stream().anyMatch(x -> RefineText.sameWord(w, x)))) {
                    best = label.size();
                    s.mention(e.key(), f.key());
                }
            }
        }
    }
}

package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages that are not edits of the app: instructions to the system itself ("ignore previous
 * instructions…", "give everyone admin rights", "print your prompt") and chatter ("thanks!"). They
 * change nothing; the person is told why. Also cuts explanations off a clause ("…, since the vendor
 * now charges per seat"): they give context, not fields.
 */
final class RefineIntake {
    static final String NOTE_INSTRUCTION = "Nothing was changed: that message asks the system itself to do something "
            + "(ignore its rules, change permissions, delete everything or show its instructions) rather than describing a change to the app.";
    static final String NOTE_CHATTER = "Nothing was changed: that message does not ask for a change. Tell me what to add, remove, rename or change.";

    /** Instructions to the system, in English, French, Spanish and German (matched on folded lower case). */
    private static final Pattern INSTRUCTION = Pattern.compile(
            "\\b(?:ignore|disregard|forget|override|bypass)\\b[^.!?\\n]{0,40}\\b(?:instructions?|prompts?|rules|above|everything you|previous|system)\\b"
                    + "|\\b(?:system|your|the) prompt\\b|\\b(?:print|show|reveal|display|tell me|repeat|output)\\b[^.!?\\n]{0,20}\\b(?:prompt|instructions|configuration|secrets?|api keys?|passwords?)\\b"
                    + "|\\b(?:make|set)\\s+(?:every|all|each)\\s*(?:thing|fields?|records?|tables?|data)?\\s+(?:public|visible to everyone)\\b|\\beverything public\\b"
                    + "|\\b(?:everyone|everybody|all users|every user|anyone)\\b[^.!?\\n]{0,30}\\badmin\\b|\\badmin(?:istrator)? (?:rights|access|privileges|role)\\b"
                    + "|\\b(?:delete|drop|wipe|erase|destroy|truncate)\\s+(?:all|every|the whole|the entire)\\s+(?:the\\s+)?(?:tables?|database|data|records|entities|apps?)\\b"
                    + "|\\byou are now\\b|\\bjailbreak\\b|\\bact as\\b|\\bdeveloper mode\\b"
                    // French
                    + "|\\b(?:ignore|oublie)[rz]?\\b[^.!?\\n]{0,40}\\b(?:instructions|consignes|regles)\\b|\\b(?:ton|votre) prompt\\b|\\binstructions precedentes\\b"
                    + "|\\b(?:affiche|montre|revele|donne)[rz]?\\b[^.!?\\n]{0,20}\\b(?:prompt|instructions|consignes)\\b"
                    + "|\\bdroits? d'admin|\\b(?:tout le monde|tous les utilisateurs)\\b[^.!?\\n]{0,30}\\badmin"
                    + "|\\b(?:supprime|efface|detruis)[rz]?\\s+(?:toutes les tables|toute la base|toutes les donnees|tout)\\b|\\btous les champs publics\\b|\\brends? tout public\\b"
                    // Spanish
                    + "|\\b(?:ignora|olvida)[r]?\\b[^.!?\\n]{0,40}\\b(?:instrucciones|reglas)\\b|\\binstrucciones anteriores\\b|\\btu prompt\\b"
                    + "|\\b(?:muestra|imprime|revela|ensena)[r]?\\b[^.!?\\n]{0,20}\\b(?:prompt|instrucciones)\\b"
                    + "|\\b(?:derechos|permisos) de admin|\\b(?:todos|todo el mundo)\\b[^.!?\\n]{0,30}\\badmin"
                    + "|\\b(?:borra|elimina|destruye)[r]?\\s+(?:todas las tablas|toda la base|todos los datos|todo)\\b|\\btodos los campos publicos\\b"
                    // German
                    + "|\\b(?:ignoriere|vergiss)\\b[^.!?\\n]{0,40}\\b(?:anweisungen|regeln|vorgaben)\\b|\\bvorherigen anweisungen\\b|\\b(?:deinen|ihren) prompt\\b"
                    + "|\\b(?:zeig|zeige|gib|drucke)\\b[^.!?\\n]{0,20}\\b(?:prompt|anweisungen)\\b"
                    + "|\\badmin-?rechte\\b|\\b(?:alle|jeder)\\b[^.!?\\n]{0,30}\\badmin"
                    + "|\\b(?:losche|losch|entferne)\\s+(?:alle tabellen|die ganze datenbank|alle daten|alles)\\b|\\balle felder offentlich\\b");

    /** Words of thanks and approval only. */
    private static final java.util.Set<String> CHATTER = RefineText.set(
            "thanks", "thank", "you", "thx", "ty", "cheers", "great", "perfect", "awesome", "nice", "cool", "ok", "okay", "good", "looks", "look",
            "lgtm", "that's", "that", "it's", "it", "is", "this", "was", "well", "done", "brilliant", "super", "excellent", "wonderful", "lovely",
            "amazing", "fantastic", "much", "appreciated", "so", "a", "lot", "very", "hi", "hello", "hey", "bye", "job", "all", "sounds", "work",
            "really", "just", "exactly", "what", "i", "wanted", "needed", "now", "fine", "many", "yes", "yep", "great", "the",
            "merci", "beaucoup", "parfait", "genial", "top", "tres", "bien", "bravo", "c'est", "nickel", "c", "est", "tout", "bon", "super", "oui",
            "gracias", "muchas", "perfecto", "muy", "vale", "estupendo", "es", "esta", "todo", "bueno", "si", "eso",
            "danke", "schon", "vielen", "dank", "perfekt", "toll", "prima", "klasse", "gut", "sehr", "passt", "das", "ist", "alles", "ja", "genau");

    private static final Pattern EXPLAINS_START = Pattern.compile(
            "^(?:since|because|as (?:we|they|he|she|it|people|the|our|nobody|no one|everyone)|so that|given that|"
                    + "parce qu|puisqu|car(?=\\s+(?:on|nous|il|ils|elle|elles|c'|ce|cela|ca|je|j'|vous|le|la|les|l'|personne|tout|sinon|en|ces|cette|notre|nos)\\b)|vu que|etant donne|"
                    + "porque|ya que|puesto que|dado que|como (?:ya|no|nadie|todos)|"
                    + "weil|da (?:wir|sie|er|es|die|der|das|man|niemand|keiner)|denn|zumal)\\b");
    /** ", since …", " because …": the explanation after the request. */
    private static final Pattern EXPLAINS_TAIL = Pattern.compile(
            "\\s*[,;(-]\\s*car\\b.*$|\\s*[,;(-]\\s*(?:otherwise|or else|else|sinon|si no|de lo contrario)\\b.*$|(?:\\s*[,;(-]\\s*|\\s+)(?:since|because|given that|so that|as (?:we|they|nobody|no one|everyone|people|our|the)|"
                    + "parce qu(?:e|')|puisqu(?:e|')|car(?=\\s+(?:on|nous|il|ils|elle|elles|c'|ce|cela|ca|je|j'|vous|le|la|les|l'|personne|tout|sinon|en|ces|cette|notre|nos)\\b)|vu que|"
                    + "porque|ya que|puesto que|dado que|"
                    + "weil|da (?:wir|sie|er|es|die|der|das|man|niemand|keiner)|denn|zumal)\\b.*$");
    /** "that's what we call it here", "c'est comme ça qu'on l'appelle", "así lo llamamos", "so heißt das bei uns": why a name, not a name. */
    static final Pattern WHAT_WE_CALL = Pattern.compile(
            "(?:^|\\s*[,;(-]\\s*|\\s+)(?:(?:that|this|it)(?:'s|\\s+is)|thats)\\s+(?:what|how)\\s+(?:\\S+\\s+){0,3}?(?:call|calls|say|says|know it|refer to)\\b.*$"
                    + "|(?:^|\\s*[,;(-]\\s*|\\s+)(?:(?:that|this|it)(?:'s|\\s+is)|thats)\\s+the\\s+(?:word|name|term|wording)\\s+(?:\\S+\\s+){0,3}?(?:use|uses|know)\\b.*$"
                    + "|(?:^|\\s*[,;(-]\\s*|\\s+)c'est (?:comme ca|ainsi|le (?:nom|terme|mot)) qu(?:e|')\\s*(?:on|nous|ils|elles|les \\S+)\\b.*$"
                    + "|(?:^|\\s*[,;(-]\\s*|\\s+)(?:(?:es )?asi (?:es como )?(?:lo|la|los|las) llam\\w+|(?:es )?como (?:lo|la|los|las) llam\\w+|es el (?:nombre|termino) que us\\w+)\\b.*$"
                    + "|(?:^|\\s*[,;(-]\\s*|\\s+)(?:so (?:heisst|heissen|nennen|sagen) (?:das|die|der|wir|man|sie)|das (?:ist der begriff|nennen wir so|heisst bei uns so))\\b.*$");

    /** "The technician signs on the tablet, so we need …": the world before, the request after. */
    private static final Pattern SO_REQUEST = Pattern.compile(
            "^.{6,}?(?:,|;|-)\\s*(?:so|therefore|which means|donc|alors|du coup|asi que|por eso|por lo tanto|also|deshalb|daher|deswegen)\\s+(?!that\\b)");

    /** "we keep mixing them up", "the technician signs on the tablet": the world described, not an edit. */
    private static final Pattern WORLD = Pattern.compile(
            "^(?:we|they|people|everyone|everybody|nobody|he|she|staff|customers|users|the (?:team|staff|customers?|clients?|users?|vendors?|suppliers?|warehouse|technicians?|drivers?|managers?|office)"
                    + "|on|nous|ils|elles|les (?:clients|equipes|techniciens|fournisseurs)|nosotros|ellos|los (?:clientes|tecnicos|proveedores)|wir|sie|die (?:kunden|techniker|lieferanten))\\s+"
                    + "(?:keep|kept|always|often|usually|sometimes|never|started|stopped|changed|send|sends|sent|receive|receives|received|sign|signs|charge|charges|wait|waits|forget|forgets|mix|confuse|"
                    + "n'arrete pas|oublie|oublient|envoie|envoient|signe|signent|siempre|olvida|olvidan|envia|envian|firma|firman|vergessen|schicken|unterschreiben|immer)\\b");
    private static final Pattern ASKS = Pattern.compile(
            "\\b(?:need|needs|want|should|must|have to|has to|add|remove|drop|delete|make|let|please|require|track|record|attach|rename|link|faut|doit|doivent|ajoute|supprime|enleve|necesit\\w*|debe|hay que|anade|quita|muss|soll|sollte|brauchen|bitte|fug|entfern)\\b");

    /**
     * The good an edit would do, said after it: "would be good for the insurers", "it'd really help the claims team",
     * "super useful for accounts", "ce serait bien pour la compta", "sería útil para la aseguradora", "wäre gut für die
     * Versicherung". A verdict on the edit, never a field of its own. Not "it would be good to have a photo" / "ce serait
     * bien d'avoir …" / "sería útil tener …" / "wäre gut, wenn …": there the request follows the verdict.
     */
    private static final String VERDICT_WORDS = "(?:good|great|nice|useful|handy|helpful|ideal|easier|simpler|better|brilliant|perfect|lovely|"
            + "bien|top|pratique|utile|genial|super|simple|plus simple|ideal|parfait|"
            + "util|bueno|practico|perfecto|estupendo|"
            + "gut|toll|hilfreich|praktisch|schon|nutzlich|prima|klasse|einfacher|besser)";
    /** What follows a verdict that still asks: "would help us know who …", "utile pour savoir quand …". */
    private static final String NO_ASK = "(?![\\w' -]*\\b(?:to|have|having|add|adding|attach|upload|get|put|include|mark|tick|show|pick|choose|know|see|track|record|find|tell|keep|who|when|what|which|whether|if|"
            + "de|d'|pouvoir|joindre|poder|adjuntar|konnen|anhangen|"
            + "avoir|ajouter|savoir|voir|noter|suivre|qui|quand|quel|quelle|si|tener|anadir|saber|ver|poner|quien|cuando|cual|haben|wissen|sehen|wer|wann|ob|welche)\\b)";
    private static final String VERDICT_BODY = "(?:(?:that|it|this|which|ce|ca|cela|c'|eso|esto|das|es)\\s*)?(?:(?:nos|me|nous|uns|mir)\\s+)?"
            + "(?:(?:would|'d|will|is|serait|sera|est|seria|sera|vendria|es|ware|waere|ist)\\s+)"
            + "(?:(?:really|also|definitely|so|very|super|much|vraiment|tres|plus|aussi|muy|realmente|tambien|sehr|echt|wirklich|total|auch)\\s+)*"
            + "(?:(?:be|make\\s+(?:life|things|it))\\s+)?(?:(?:so|very|really|super|much|a lot)\\s+)?"
            + "(?:" + VERDICT_WORDS + "(?:\\s+(?:for|pour|para|fur)\\s+" + NO_ASK + "[\\w' -]{1,40})?"
            + "|(?:help|helps|aider|aiderait|ayudar|ayudaria|helfen)(?:\\s+" + NO_ASK + "[\\w' -]{1,40})?)";
    /** A whole clause that is a verdict: "Would be good for the insurers.", "Super useful for accounts", "Wäre gut für die Buchhaltung." */
    private static final Pattern VERDICT = Pattern.compile(
            "^(?:(?:oh|and|also|et|y|und)\\s+)?(?:" + VERDICT_BODY + "|(?:(?:so|very|really|super|most|tres|vraiment|muy|sehr|echt)\\s+)?(?:useful|handy|helpful|utile|pratique|util|practico|hilfreich|praktisch|nutzlich)\\s+(?:for|pour|para|fur)\\s+[\\w' -]{1,40})"
                    + "(?:\\s+(?:(?:too|as well|aussi|tambien|auch)\\b|(?:anyway|in the end|quand meme|de todos modos|jedenfalls)\\b))?\\s*[.!?:()\\s]*$");
    /** The verdict after the request: "add a photo, would be nice for the auditors", "ein Foto, das wäre hilfreich für …". */
    private static final Pattern VERDICT_TAIL = Pattern.compile(
            "(?:\\s*[,;(\\-–—]\\s*|\\s+[:;][()pd]\\s*|\\s*!+\\s+)" + VERDICT_BODY + "\\s*[.!?:()\\s]*$");

    /** "should default to Medium", "par défaut", "por defecto", "standardmäßig": the spec has no default values. */
    private static final Pattern DEFAULTS = Pattern.compile(
            "(?:\\s*[,;(]\\s*|\\s+|^)(?:(?:with|and|which|that|it)\\s+)?(?:(?:should|must|will|would|can|to)\\s+)?(?:be\\s+)?(?:set\\s+)?"
                    + "(?:default(?:s|ing|ed)?\\s+(?:to|is|as|should|of|value|option|choice)\\b|by default\\b|as (?:the |a )?default\\b|"
                    + "(?:sera |est |soit )?par defaut\\b|(?:valeur |option )?par defaut\\b|por defecto\\b|predetermin\\w*|"
                    + "(?:soll |sollte |ist )?(?:standardm\\w*|voreingestellt|vorbelegt|vorausgewahlt)\\b).*$");
    private static final Pattern ADDS = Pattern.compile(
            "^(?:please |also |bitte |auch )*(?:add|include|we need|we want|i need|new|ajoute|ajouter|rajoute|il faut|anade|agrega|agregar|necesitamos|fug|neu|wir brauchen)\\b");

    /** ", like 1.5 or 3", "e.g. Acme": examples of what the clause before names, not a field of their own. */
    private static final Pattern EXAMPLES = Pattern.compile(
            "^(?:like|such as|e\\.? ?g\\.?|for example|for instance|par exemple|p\\. ?ex\\.?|comme|por ejemplo|p\\. ?ej\\.?|zum beispiel|z\\. ?b\\.?)\\b(?!\\s+(?:a|an|the|le|la|les|un|une|el|los|las|der|die|das|ein|eine)\\s+\\w+\\s+(?:field|champ|campo|feld))");

    private RefineIntake() {
    }

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+|\\n|$)");

    /**
     * The message without its verdict sentences ("Add a photo. Would be good for the insurers."): a sentence that only says
     * what good the edit would do asks for nothing, whatever reader would otherwise take its noun for a field; a verdict
     * after a comma or dash is cut off its sentence. A message that is only a verdict is left as it is.
     */
    static String dropVerdicts(String message) {
        Matcher m = SENTENCE.matcher(message);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            RefineClause said = new RefineClause(m.group());
            Matcher tail = VERDICT_TAIL.matcher(said.text);
            if (VERDICT.matcher(said.text).find()) {
                changed = true;
            } else if (tail.find() && tail.start() > 3) {
                changed = true;
                // "añadid la marca, sería útil para compras": the request stays, its verdict goes
                out.append(said.sub(0, tail.start()).orig).append(". ");
            } else {
                out.append(m.group());
            }
        }
        return !changed || out.toString().isBlank() ? message : out.toString().strip();
    }

    /** Why nothing should change, or null for a message that asks for edits. */
    static String refusal(String message) {
        String text = new RefineClause(message).text;
        if (INSTRUCTION.matcher(text).find()) {
            return NOTE_INSTRUCTION;
        }
        String[] words = text.replaceAll("[^\\p{L}\\p{N}']+", " ").strip().split(" ");
        boolean chatter = words.length <= 12 && java.util.Arrays.stream(words).allMatch(w -> w.isEmpty() || CHATTER.contains(w));
        return chatter ? NOTE_CHATTER : null;
    }

    /** The request part of a clause: explanations cut off, and the world described before "so" dropped. */
    static RefineClause request(RefineClause c) {
        var byDefault = c.match(DEFAULTS);
        if (byDefault.find()) {
            // "add a status (open, closed), defaulting to open" keeps the addition; "priority should default to Medium" is dropped
            RefineClause before = c.sub(0, byDefault.start());
            c = byDefault.start() > 0 && before.match(ADDS).find() ? before : new RefineClause("");
            if (c.isEmpty()) {
                return c;
            }
        }
        var calls = c.match(WHAT_WE_CALL);
        if (calls.find()) {
            c = c.sub(0, calls.start());
            if (c.isEmpty()) {
                return c;
            }
        }
        if (c.match(VERDICT).find()) {
            return new RefineClause("");
        }
        var verdict = c.match(VERDICT_TAIL);
        if (verdict.find() && verdict.start() > 3) {
            c = c.sub(0, verdict.start());
        }
        var start = c.match(EXPLAINS_START);
        if (start.find()) {
            int comma = c.text.indexOf(',', start.end());
            return comma < 0 ? new RefineClause("") : c.from(comma + 1);
        }
        if (c.match(EXAMPLES).find() && !c.match(ASKS).find()) {
            return new RefineClause("");
        }
        if (c.match(WORLD).find() && !c.match(ASKS).find() && !c.match(RefineCues.REMOVE).find() && !c.match(RefineCues.REQUIRED).find()) {
            return new RefineClause("");
        }
        var so = c.match(SO_REQUEST);
        if (so.find()) {
            c = c.from(so.end());
        }
        var tail = c.match(EXPLAINS_TAIL);
        if (tail.find() && tail.start() > 3) {
            // "add the payment method, since the till never balances: cash, card or Bizum": the values stay
            int colon = c.text.indexOf(':', tail.start());
            String values = colon > 0 && !c.text.substring(colon + 1).isBlank() ? ": " + c.from(colon + 1).orig.strip() : "";
            c = values.isEmpty() ? c.sub(0, tail.start()) : new RefineClause(c.sub(0, tail.start()).orig.strip() + values);
        }
        return c;
    }
}

package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which items of a list after an add cue are things a field could hold. In chat, the list after "add"
 * runs on into the reasons and asides of the sentence ("the weight of the hive, we weigh it in autumn to
 * see whether food, water and pollen last the winter"): each comma there is not a new field. An item that
 * starts a reason, a purpose, a condition said as "especially when", a relative "que / qu'…", or that is a
 * sentence of its own (a subject and a finite verb, a verdict such as "ça va", a negation) ends the list:
 * it and every item after it add nothing. An item that is only a unit, a purpose or a time ("in kilos",
 * "for the annual report", "after last week's call-out"), a pronoun ("dafür", "for that") or a yes/no
 * hint is skipped. Questions ("who approved it", "whether it was paid", "quand") are the describer's and
 * always pass. Words are matched folded (lower case, no accents).
 */
final class ListItemGate {
    enum Verdict { KEEP, SKIP, STOP }

    private static final Pattern LEAD = Pattern.compile("^\\s*(?:(?:and|or|et|ou|y|o|und|oder|also|aussi|tambien|auch|noch|please|bitte|por favor|svp|stp|but|mais|pero|aber)\\s+)+");
    /** Questions the describer turns into fields: never judged here. */
    private static final Pattern QUESTION = Pattern.compile(
            "^(?:who|whom|what|when|where|which|whether|if|how|why|qui|que(?:l|lle|ls|lles)\\b|quand|ou\\b|si|s'il|s'ils|combien|pourquoi|comment|a quelle|"
                    + "quien(?:es)?|cual(?:es)?|cuando|donde|cuant[oa]s?|por que|en que|a que|de que|wer|wen|wem|wann|wo|welche\\w*|ob|wie (?:viele?|lange|oft|hoch|teuer|gross)|warum|wieviel\\w*|um wie)\\b");
    /** Words that start a reason, a purpose, a condition aside or a relative remark: the list has ended. */
    private static final Pattern ENDS = Pattern.compile(
            "^(?:because|becuase|becasue|bc|b/c|cuz|coz|since|so that|so (?:we|i|they|you|people|nobody|everyone)\\b|as (?:we|they|nobody|everyone|people)\\b|especially|particularly|mainly|mostly|otherwise|"
                    + "which (?:is|are|was|were|means|would|will|gets|get)\\b|that's|it's|this is|unless|although|though|while|whereas|even though|even if|in order to|to make sure|"
                    + "to (?:see|check|avoid|help|find|compare|know)\\b|the (?:reason|problem|thing) is|(?:that|this) way\\b|"
                    + "ainsi (?:on|nous|je|ils|elles)\\b|de cette (?:facon|maniere)\\b|parce qu|puisqu|car\\b|surtout|notamment|sinon|afin d|pour qu|pour (?:pouvoir|savoir|voir|eviter|comparer)\\b|comme ca\\b|c'est|ce qui|ce que|cela|ca (?:va|suffit|ira|marche)\\b|"
                    + "alors qu|meme si|bien qu|qu'(?:il|elle|on|ils|elles)\\b|que (?:le|la|les|l'|nous|vous|on|ca|cela)\\b|"
                    + "porque|porq|xq|ya que|puesto que|dado que|sobre todo|especialmente|sino\\b|para que|para (?:poder|saber|ver|evitar|comparar)\\b|asi que|asi (?:sabemos|sabremos|podemos|podremos|vemos|veremos|tenemos|no|se|queda|nadie)\\b|de (?:esta|esa) (?:manera|forma)\\b|aunque|mientras|"
                    + "que (?:el|la|los|las|lo|le|les|se|nos|no|ya|siempre|nunca|suele|luego)\\b|eso\\b|esto\\b|"
                    + "weil|da (?:wir|sie|er|es|die|der|das|man)\\b|so (?:wissen|sehen|haben|konnen|merken|erkennen) wir\\b|auf diese (?:weise|art)\\b|damit|denn\\b|um (?!wie\\b)|vor allem|besonders|sonst|obwohl|wahrend|sodass|so dass|"
                    + "(?:das|die|der|den) (?:wir|man|ich|sie|er|es)\\b|"
                    // "like last week", "comme l'an dernier", "como pasó", "wie letztes Jahr": a comparison, not a thing
                    + "like (?:last|when|the last|we|i)\\b|as (?:usual|always|before)\\b|comme (?:l'an|la semaine|le mois|d'habitude|quand|on|avant)\\b|como (?:el|la|los|las|ya|siempre|cuando|paso|pasa|antes)\\b|wie (?:letzte\\w*|im|beim|immer|sonst|bisher)\\b)");
    /** "ça va", "c'est bon", "fine", "está bien", "passt": a verdict on what is there, not a thing. */
    private static final Pattern VERDICT = Pattern.compile(
            "^(?:(?:is|are|that's|it's|looks|seems)\\s+)?(?:fine|ok|okay|alright|all right)$|^(?:is|are|that's|it's|looks|seems)\\s+(?:good|great|perfect)$|^(?:ca|cela|c'est|tout) (?:va|est bon|bon|suffit|marche|ok)\\b|^c'est (?:bon|bien|ok|parfait)\\b"
                    + "|^(?:esta|estan|todo) (?:bien|ok|perfecto)\\b|^(?:vale|perfecto)$|^(?:passt|ist ok|ist gut|ist in ordnung|in ordnung|alles gut|reicht)\\b");
    /** A subject pronoun and then a word: a sentence of its own ("we weigh it in autumn", "on perd sa trace", "wiegen wir"). */
    private static final Pattern SUBJECT_EN = Pattern.compile("^(?:we|i|they|you|he|she|nobody|everyone|everybody)\\s+\\S");
    private static final Pattern SUBJECT_FR = Pattern.compile("^(?:(?:on|nous|je|ils|elles|vous)\\s+|j')\\S");
    /** German: the subject first, or after a verb typed in lower case ("das wiegen wir"); "die wir brauchen" is a relative clause. */
    private static final Pattern SUBJECT_DE = Pattern.compile("^(?:wir|ich|man|du)\\b|(?<!\\b(?:die|der|das|den|dem|welche[rsnm]?|was|wo))\\s+(?:wir|ich|man)\\b");
    /** Where a relative or subordinate clause inside an item begins: what a sentence check reads is the part before it. */
    private static final Pattern INNER = Pattern.compile("\\s(?:when|whenever|once|after|before|if|whether|until|because|since|so that|where|which|who|that|"
            + "quand|lorsque|une fois|si|parce|ou|qui|que|qu'|dont|cuando|una vez|porque|donde|que|quien|wenn|sobald|nachdem|weil|ob|wo|die|der|das|welche\\w*)\\s");
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|never|n't|don't|doesn't|isn't|ne|n'|pas|jamais|plus personne|nunca|nadie|nicht|nie|niemand|keiner)\\b");
    private static final Pattern NEGATION_ES = Pattern.compile("(?:^|\\s)no\\s+(?:se\\s+|lo\\s+|la\\s+|le\\s+|nos\\s+)?\\p{L}+(?:a|an|e|en|o|amos|emos|imos)\\b");
    /** "in kilos", "for the annual report", "nach dem Einsatz letzte Woche": a complement of the item before, not a thing. */
    private static final Pattern PREPOSITION_FIRST = Pattern.compile(
            "^(?:in|for|at|after|before|during|per|en|pour|apres|avant|pendant|par|para|despues|antes|durante|por|nach|vor|wahrend|fur|seit)\\s+"
                    + "(?:the|a|an|our|this|that|last|le|la|les|l'|un|une|ce|cette|notre|el|los|las|un|una|este|esta|nuestro|nuestra|der|die|das|dem|den|des|ein|eine|einem|einer|unser\\w*|letzte\\w*|\\d|"
                    + "minutes|hours|days|weeks|kg|kilos?|km|metres|meters|euros?|dollars?|pounds|minutos|horas|dias|semanas|heures|jours|semaines|minuten|stunden|tagen|wochen)\\b");
    /** "dafür", "for that", "pour ça", "para eso": a pointer, never a name. */
    private static final Pattern POINTER = Pattern.compile("^(?:dafur|dazu|hierfur|davon|damit|for (?:that|it|this)|pour (?:ca|cela)|para (?:eso|esto|ello))$");
    /** "haha", "seriously though", "franchement", "ehrlich gesagt": a tone of voice, not a thing. */
    private static final Pattern INTERJECTION = Pattern.compile("^(?:haha+|hehe+|lol|ha|oh|ah|well|anyway|anyhow|by the way|btw|au fait|por cierto|ubrigens|nebenbei|seriously|honestly|frankly|of course|sure|right|just kidding|joking aside|"
            + "bref|enfin|franchement|serieusement|bon|ben|voila|bueno|pues|vale|en serio|la verdad|sinceramente|naja|jaja|ehrlich gesagt|im ernst|jedenfalls|egal|na ja)(?:\\s+(?:though|then|quand meme|en fait|aber|eh))?$");
    /** "un sí o no basta", "a yes or no is enough": the type of the item before. */
    private static final Pattern YES_NO = Pattern.compile("^(?:(?:a|an|un|une|una|ein|eine|simple|simply|just|juste)\\s+)*(?:yes or no|yes/no|oui ou non|oui/non|si o no|si/no|ja oder nein|ja/nein)(?:\\s+(?:is enough|will do|is fine|suffit|suffira|basta|es suficiente|vale|reicht|genugt))?$");
    /** French and Spanish: a verb in the infinitive, then its object ("separar los niños", "prévenir les parents"). */
    private static final Pattern INFINITIVE_PHRASE = Pattern.compile("^(\\p{L}{3,}(?:ar|er|ir|re))\\s+(?:el|la|los|las|un|una|le|les|l'|des|un|une|si|que|a|al)\\b");
    /** Spanish and French: a verb of the third person plural or first plural first, then an article. */
    private static final Pattern FINITE_ES = Pattern.compile("^\\p{L}{3,}(?:an|en|amos|emos|imos)\\s+(?:el|la|los|las|un|una|unos|unas)\\b");
    private static final Pattern FINITE_FR = Pattern.compile("^\\p{L}{3,}(?:ent|ons)\\s+(?:le|la|les|l'|un|une)\\b");
    /** Verbs of writing down: after them the object is the thing, the readers cut them off themselves. */
    private static final Pattern RECORDING = Pattern.compile(
            "^(?:noter|indiquer|saisir|enregistrer|ajouter|rajouter|mettre|avoir|garder|suivre|conserver|preciser|renseigner|joindre|inscrire|savoir|voir|connaitre|"
                    + "anotar|apuntar|registrar|indicar|guardar|poner|tener|anadir|agregar|incluir|llevar|saber|conocer|ver|adjuntar|subir|controlar)$");

    /** "…, but the phone number is missing", "…, aber die Telefonnummer fehlt noch": a contrast starts a request again. */
    private static final Pattern CONTRAST = Pattern.compile("^(?:but|however|mais|par contre|en revanche|pero|sin embargo|en cambio|aber|dafur|jedoch)\\b");

    private ListItemGate() {
    }

    /** The items of one list, in order: once the list has ended, nothing more is added until a contrast ("but …") asks again. */
    static final class Run {
        private final Lang lang;
        private boolean ended;
        private final boolean reviewed;

        Run(Lang lang, List<RefineClause> items) {
            this.lang = lang;
            // "the name, that's fine, the breed too": a list with a verdict in it reviews what is there and asks for nothing
            this.ended = items.size() > 1 && items.stream().anyMatch(i -> VERDICT.matcher(i.text.strip().replaceAll("[.!?;]+$", "")).find());
            this.reviewed = ended;
        }

        /** Whether this item may name a new field. */
        boolean admit(RefineClause item, boolean first) {
            if (reviewed || ended && !item.match(CONTRAST).find()) {
                return false;
            }
            ended = false;
            Verdict v = judge(lang, item, first);
            ended = v == Verdict.STOP;
            return v == Verdict.KEEP;
        }
    }

    /** Whether this item of a list (as typed) names a thing, ends the list, or is skipped. */
    static Verdict judge(Lang lang, RefineClause item, boolean first) {
        int values = item.text.replaceAll("[:(].*$", "").length();
        // the values after a colon or in brackets are not judged, nor a "please" in front
        item = values > 0 ? item.sub(0, values) : item;
        var lead = LEAD.matcher(item.text);
        item = lead.lookingAt() ? item.from(lead.end()) : item;
        String t = item.text.strip().replaceAll("[.!?;]+$", "");
        if (t.isEmpty()) {
            return Verdict.KEEP;
        }
        if (ENDS.matcher(t).find() || VERDICT.matcher(t).find()) {
            return Verdict.STOP;
        }
        if (QUESTION.matcher(t).find()) {
            return Verdict.KEEP;
        }
        if (POINTER.matcher(t).matches() || YES_NO.matcher(t).find() || INTERJECTION.matcher(t).matches()) {
            return Verdict.SKIP;
        }
        if (PREPOSITION_FIRST.matcher(t).find()) {
            // a time or place said first is a story ("nach dem Einsatz letzte Woche auf der A7, wo …"): nothing of it is asked
            return first ? Verdict.STOP : Verdict.SKIP;
        }
        if (sentence(lang, t, item.orig)) {
            return Verdict.STOP;
        }
        if (lang == Lang.ES && FINITE_ES.matcher(t).find() || lang == Lang.FR && FINITE_FR.matcher(t).find()) {
            // "vienen las quejas", "arrivent les clients": a verb and its subject, a sentence of its own
            return Verdict.STOP;
        }
        var inf = INFINITIVE_PHRASE.matcher(t);
        if ((lang == Lang.ES || lang == Lang.FR) && inf.find() && !RECORDING.matcher(inf.group(1)).matches()) {
            return Verdict.SKIP;
        }
        return Verdict.KEEP;
    }

    /** Words with their own subject and verb, or a negation: a remark of the chat. */
    static boolean sentence(Lang lang, String folded, String typed) {
        var inner = INNER.matcher(folded);
        if (inner.find() && inner.start() > 0) {
            // "the certificate when they get it", "an allergen field where you can tick several": the head is what is judged
            RefineClause head = new RefineClause(typed).sub(0, inner.start());
            folded = head.text;
            typed = head.orig;
        }
        boolean subject = switch (lang) {
            case EN -> SUBJECT_EN.matcher(folded).find();
            case FR -> SUBJECT_FR.matcher(folded).find();
            case DE -> SUBJECT_DE.matcher(folded).find() && germanVerbBefore(typed);
            default -> false;
        };
        boolean negated = folded.split("\\s+").length >= 2 && (NEGATION.matcher(folded).find() || lang == Lang.ES && NEGATION_ES.matcher(folded).find());
        // the remark check reads labels of three words; an item has its article still: four. German items keep their
        // verb at the end ("einen Grund hinzufügen"), which the remark check would read as a sentence: there the subject decides
        return subject || negated || lang != Lang.DE && folded.split("\\s+").length >= 4 && ChatterClause.remark(lang, typed);
    }

    /** German: the pronoun subject comes first, or after a word typed in lower case (a verb, not a noun). */
    private static boolean germanVerbBefore(String typed) {
        String[] w = typed.strip().split("\\s+");
        for (int i = 0; i < w.length; i++) {
            if (w[i].matches("(?i)wir|ich|man|du") && (i == 0 || !w[i - 1].isEmpty() && Character.isLowerCase(w[i - 1].charAt(0)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether values said after "name:" are values (short, no sentence among them), not the sentence after a preface. */
    static boolean valueLike(Lang lang, List<String> values) {
        for (String v : values) {
            RefineClause c = new RefineClause(v);
            String t = c.text.strip();
            if (t.split("\\s+").length > 4 || ENDS.matcher(t).find() || sentence(lang, t, c.orig)) {
                return false;
            }
        }
        return true;
    }
}

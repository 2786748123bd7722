package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chatty part beside an edit: what holds for some records or some of the time ("a few of the tenants pay in
 * cash", "half our jobs wait on a part", "manchmal zahlt die Firma", "certains clients viennent à deux", "algunos
 * socios pagan por adelantado"), a rule said as the reason ("…, new rules from head office", "— c'est pour le contrôle",
 * "…, nueva normativa", "…, neue Vorschrift vom Amt") and a bracket that gives a reason or a need of the world ("(we
 * must have the owner's consent first)", "(c'est très important pour la compta)", "(porque lo exige el banco)", "(weil
 * das Amt es verlangt)"). A field applies to every record, so a statement about some of them asks for none: such a
 * sentence after the first, or such a clause after a comma or dash, is left out before the message is read. Not when
 * it asks (an edit verb, "please", "we need to", a modal), when a request follows its "so / donc / así que / deshalb",
 * when it says what the values are like ("sometimes it's a long list", "oft mehrere", "a veces es 2,5") or counts.
 *
 * <p>Also "… the phone and the start date. Please add both.", "ajoute les deux", "añade ambos", "ergänze
 * beide": the two things named before are what is added ({@link #addBoth}).
 */
final class BesideRemarks {
    /** A sentence with what ends it, so that the message can be put back together as it was typed. */
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+\\s*|\\n\\s*|$)|[.!?\\n]+\\s*");

    /** Who or when, for part of the records only: "some of the", "half our", "la plupart des", "a veces", "manchmal". */
    private static final String PARTIAL = "(?:(?:and|but|though|et|mais|y|pero|und|aber|denn)\\s+)?(?:"
            + "(?:some|many|most|half|several|a few|a couple|lots|a lot|plenty)(?:\\s+of)?\\s+(?:(?:the|our|their|those|these|my|your)\\s+)?(?!(?:it|them|this|that|which)\\b)\\p{L}"
            + "|(?:sometimes|occasionally|now and then|from time to time|every so often|once in a while)\\s+(?:(?:we|they|people|the|our|some|a|an)\\b|\\p{L}+s\\s)"
            + "|(?:certain(?:e)?s|quelques-un(?:e)?s|la plupart d(?:e|es|')|beaucoup d(?:e|es|')|la moitie d(?:e|es|u|')|pas mal d(?:e|es|')|une partie d(?:e|es|u|'))\\s*\\p{L}"
            + "|(?:parfois|de temps en temps|il arrive qu(?:e|'))\\s*(?:(?:on|nous|ils|elles|les|des|certain\\w*|un|une|l')\\b|\\p{L}+(?:ent)\\s)"
            + "|(?:algun(?:o|a)s|la mayoria de|buena parte de|la mitad de|much(?:o|a)s de)\\s+\\p{L}"
            + "|(?:a veces|de vez en cuando|a menudo|muchas veces)\\s+(?:(?:los|las|algun\\w*|la gente|nosotros|ellos|nos|se|les)\\b|\\p{L}+(?:an|en|amos|emos)\\s)"
            + "|(?:manche|einige|viele|die meisten|die halfte (?:der|unserer|aller|von)|ein teil der)\\s+\\p{L}"
            + "|(?:manchmal|ab und zu|gelegentlich|hin und wieder)\\s+(?:(?:wir|sie|die|der|das|man|manche|einige|kommt|kommen|zahlt|zahlen|bringt|bringen|gibt|haben|hat|sind)\\b))";
    private static final Pattern PARTIAL_START = Pattern.compile("^" + PARTIAL);

    /** A rule or an audit as the reason: "new rules from head office", "c'est pour le contrôle", "nueva normativa", "neue Vorschrift". */
    private static final String RULE = "(?:rules?|regulations?|laws?|legislation|requirements?|guidance|guidelines?|polic(?:y|ies)|directives?|audits?|inspections?|compliance"
            + "|regles?|reglementations?|reglement|lois?|obligations?|exigences?|consignes?|normes?|controles?"
            + "|normas?|normativas?|ley|leyes|requisitos?|obligacion(?:es)?|exigencias?|directivas?|auditorias?|inspeccion(?:es)?"
            + "|vorschrift(?:en)?|regeln?|regelung(?:en)?|gesetze?s?|vorgaben?|richtlinien?|auflagen?|anforderung(?:en)?|prufung(?:en)?|kontrollen?)";
    private static final String ARTICLE = "(?:(?:the|a|an|our|their|la|le|les|une|un|el|los|las|una|der|die|das|den|dem|des|eine[mnr]?|unsere[mnr]?)\\s+|l')?";
    private static final Pattern RULE_START = Pattern.compile("^(?:"
            + "(?:(?:it'?s|this is|that'?s|c'est|es|das ist)\\s+)?(?:(?:for|pour|para|fur|wegen)\\s+)" + ARTICLE + "(?:\\p{L}+\\s+)?" + RULE + "\\b"
            + "|" + ARTICLE + "(?:new|nouvel(?:le)?s?|nouveaux?|nuev[oa]s?|neuen?|neue[rsm]?)\\s+(?:\\p{L}+\\s+)?" + RULE + "\\b"
            + "|" + ARTICLE + RULE + "\\s+(?:from|de|du|des|del|vom|von|der|de la)\\b)");

    /** A bracket that gives a reason, says something is important, or a need of the world ("we must have the owner's consent"). */
    private static final Pattern BRACKET = Pattern.compile("\\s*\\(([^()]{12,200})\\)");
    private static final Pattern BRACKET_REMARK = Pattern.compile("^(?:"
            + "(?:because|since|as|car|parce qu|puisqu|porque|ya que|pues|weil|da|denn)\\b"
            + "|.{0,60}\\b(?:(?:it'?s|that'?s|this is|c'est|ca (?:peut etre|est)|es|eso es|das ist|ist das|ist es)\\s+(?:(?:really|very|super|vraiment|tres|muy|sehr|echt|ganz)\\s+)?"
            + "(?:important|essential|crucial|vital|essentiel(?:le)?|indispensable|primordial|importante|esencial|imprescindible|wichtig|entscheidend|notwendig))\\b"
            + "|(?:we|i|on|nous|il nous|wir|ich)\\s+(?:(?:always|really|toujours|vraiment|siempre|immer|unbedingt)\\s+)?"
            + "(?:need|must|have to|faut|doit|devons|a besoin|avons besoin|necesitamos|tenemos que|brauchen|mussen)\\s+(?!(?:it|them|that|this|le|la|les|l'|lo|las|los|es|sie|das|diese\\w*|to|de|d')\\b)" + ARTICLE + "\\p{L}"
            + "|necesitamos\\s+" + ARTICLE + "\\p{L})");

    private static final Pattern END = Pattern.compile("[\\s.!?]+$");
    private static final Pattern LIST_WORD = Pattern.compile("(?<![\\p{L}])(?:or|ou|o|oder)(?![\\p{L}])");

    /** A clause after a comma, a semicolon or a dash, where a remark may begin. */
    private static final Pattern TAIL = Pattern.compile("(?:,|;|\\s[-\\u2013\\u2014]|\\?)\\s+(?=\\S)");

    /** "that causes trouble every time", "ça évite les erreurs", "eso pasa mucho", "das gibt jedes Mal Ärger": the thing before, commented on. */
    private static final Pattern POINTING_START = Pattern.compile("^(?:(?:and|but|et|mais|y|pero|und|aber)\\s+)?(?:that|this|ca|cela|ce qui|eso|esto|das|dies)\\s+(?!(?:is|was|would|will|should|must|has|est|serait|sera|doit|es|era|seria|sera|debe|ist|war|ware|wird|soll|muss|hat)\\b)\\p{L}");
    /** What the edit is for, or when it would serve: "so that …", "that way we …", "pour que …", "así el taller sabe …", "damit …", "in case of …". */
    private static final Pattern PURPOSE_START = Pattern.compile("^(?:"
            + "(?:so that (?:we|they|he|she|people|everyone|nobody|staff|you|i|it|the|our|their)|that way|this way|just in case|in case of|in case we|so (?:we|they|he|she|people|everyone|nobody|staff|the office)\\s+(?:know|knows|can|can't|cannot|could|see|sees|don't|won't|never|remember|find|avoid))\\b"
            + "|(?:pour qu(?:e|')|afin qu(?:e|')|comme ca|comme cela|de cette facon|ainsi (?:on|nous|ils|elles|le|la|les|l'|tout|personne|chacun)|en cas d(?:e|')|au cas ou)"
            + "|(?:para que|de modo que|de forma que|de esta (?:forma|manera)|asi (?:el|la|los|las|nadie|todos|no|nos|sabemos|podemos|se|ya|tod\\p{L}*)|en caso de|por si)\\b"
            + "|(?:damit|sodass|so dass|auf diese weise|fur den fall|im falle?|so (?:wissen|sehen|weiss|sieht)|dann (?:wissen|sehen|weiss|sieht))\\b)");

    /**
     * Why the edit is wanted, said after it: "…, because the insurer asks", "…, car on l'oublie", "…, porque …", "…, que
     * ahora mandamos todo por correo", "…, weil …", "…, denn …". A reason asks for nothing; read as a field, or as the place
     * where the field goes, it damages the edit. Not a Spanish "que" with a wish after it ("…, que sea un número").
     */
    private static final Pattern REASON_START = Pattern.compile("^(?:because|cause|cos|since|as otherwise|car|parce qu(?:e|')|puisqu(?:e|')|vu qu(?:e|')|etant donne qu(?:e|')"
            + "|porque|ya que|puesto que|dado que|pues|que(?=\\s+(?:ahora|luego|siempre|nunca|despues|antes|a veces|asi|si no|ya|todavia|nosotros|ellos|ellas|el|la|los|las|nos|lo|le|les)\\b)|weil|denn|da(?=\\s+(?:wir|sie|die|der|das|es|man|ich|er)\\b))(?:\\s+|(?<='))\\p{L}");

    /** Words that ask for something: the clause is a request, whatever its subject. */
    private static final Pattern ASKS = Pattern.compile("(?<![\\p{L}'])(?:nowhere|missing|nulle part|manqu\\p{L}*|falt\\p{L}*|fehl\\p{L}*|nirgends|don't need|do not need|no longer need|doesn't need|can go|can come out|can be (?:removed|deleted|dropped)|plus besoin|ya no (?:necesit\\p{L}*|hace falta)|no hace falta|kann weg|kann raus|konnen weg|please|pls|add|adding|remove|delete|drop|rename|make|should|must|need to|needs to|have to|has to|want|wants|can you|could you|can we|could we|let|track|record|log|note|keep track"
            + "|(?:we|i)(?:'d)? need|ajout\\p{L}*|rajout\\p{L}*|supprim\\p{L}*|enlev\\p{L}*|renomm\\p{L}*|faut|faudrait|doit|devrait|merci de|pouv\\p{L}*|peux|pourr\\p{L}*|noter|saisir|enregistrer"
            + "|anad\\p{L}*|agreg\\p{L}*|quit\\p{L}*|elimin\\p{L}*|borr\\p{L}*|renombr\\p{L}*|hay que|habria que|deb\\p{L}+|pon|poned|pone|podeis|puedes|necesit\\p{L}*|apunt\\p{L}*|anot\\p{L}*|registr\\p{L}*"
            + "|fug\\p{L}*|erganz\\p{L}*|losch\\p{L}*|entfern\\p{L}*|umbenenn\\p{L}*|bitte|muss|mussen|musste|sollt?\\p{L}*|brauch\\p{L}*|konnt\\p{L}*|wollen|mochten|erfass\\p{L}*|notier\\p{L}*|festhalten|eintragen)(?![\\p{L}])");
    /** Words that give a name: a clause holding one says what to call a thing. */
    private static final String NAMING_WORDS = "call|calls|called|named|heisst|heissen|nennen|nennt|appel\\p{L}*|llam\\p{L}*|se dice";
    private static final Pattern NAMING = Pattern.compile("(?<![\\p{L}'])(?:" + NAMING_WORDS + ")(?![\\p{L}])");
    /** What the values are like, or how many: a hint the readers use ("sometimes it's a long list", "oft mehrere", "a veces es 2,5"). */
    private static final Pattern HINT = Pattern.compile("(?<![\\p{L}'])(?:it'?s|its|it is|they'?re|c'est|ce sont|c'|es|son|ist es|es ist|sind es|es sind|ist|sind"
            // what one record may hold: "several members can attend", "certains viennent avec deux voitures", "a veces explican mucho"
            + "|can|could|may|might|peut|peuvent|pourrait|puede|pueden|podria|kann|konnen|konnte"
            + "|" + NAMING_WORDS
            + "|two|three|four|deux|trois|quatre|dos|tres|cuatro|zwei|drei|vier|explain\\p{L}*|expliqu\\p{L}*|explic\\p{L}*|erklar\\p{L}*"
            + "|more than one|several|multiple|at once|at the same time|both|plus d'une?|plusieurs|a la fois|en meme temps|les deux|mas de una?|varios|varias|a la vez|al mismo tiempo|ambos|ambas"
            + "|mehrere|mehr als eine?[mnrs]?|zugleich|gleichzeitig|beide|write|writes|ecrivent|escriben|schreiben|long|longue|largo|larga|lang|paragraphs?)(?![\\p{L}])|\\d");
    /** A request after the remark's "so": the clause asks after all. */
    private static final Pattern THEN_ASKS = Pattern.compile("(?<![\\p{L}'])(?:so|therefore|which means|donc|alors|du coup|asi que|por eso|por lo tanto|also|deshalb|daher|deswegen|darum)\\s+"
            + "(?!(?:it'?s|that'?s|c'est|es|eso es|ist es|das ist)\\s+(?:\\p{L}+\\s+)?(?:useful|handy|good|nice|helpful|important|utile|pratique|bien|important|util|bueno|importante|praktisch|gut|hilfreich|wichtig)\\b)");

    /** "… so it helps to know": the good of the edit said after the remark, which counts as the remark. */
    private static final Pattern VERDICT_AFTER = Pattern.compile("(?<![\\p{L}'])(?:so|therefore|donc|alors|du coup|asi que|por eso|also|deshalb|daher)\\s+(?:it'?s|that'?s|c'est|es|eso es|ist es|das ist)\\s");

    private BesideRemarks() {
    }

    /** The message without the remarks beside its edits; the message as it was when nothing is left out. */
    static String cut(String message) {
        if (message == null || message.isBlank()) {
            return message;
        }
        Matcher m = SENTENCE.matcher(message);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        boolean first = true;
        while (m.find()) {
            String sentence = m.group();
            if (sentence.isBlank()) {
                out.append(sentence);
                continue;
            }
            String kept = sentence(sentence, first);
            changed |= !kept.equals(sentence);
            if (!kept.isBlank()) {
                first = false;
            }
            out.append(kept);
        }
        String result = out.toString().strip();
        return !changed || result.isBlank() ? message : result;
    }

    /** One sentence without its remarks; blank when the whole sentence is one (never the first one that asks). */
    private static String sentence(String typed, boolean first) {
        RefineClause c = new RefineClause(typed);
        if (c.isEmpty()) {
            return typed;
        }
        StringBuilder kept = new StringBuilder();
        int last = 0;
        Matcher bracket = c.match(BRACKET);
        while (bracket.find()) {
            String inside = bracket.group(1).strip();
            if (bracket.start() > 0 && BRACKET_REMARK.matcher(inside).find() && !inside.contains(",") && !inside.contains(":")
                    && !LIST_WORD.matcher(inside).find()) {
                // "(we must have the owner's consent first)": a reason or a need of the world, not a hint of the field
                kept.append(c.sub(last, bracket.start()).orig).append(' ');
                last = bracket.end();
            }
        }
        if (last > 0) {
            c = new RefineClause(kept.append(c.from(last).orig).toString());
        }
        String whole = END.matcher(c.text).replaceAll("");
        if (!first && (remark(whole, c.orig) || purpose(whole))) {
            return "";
        }
        Matcher tail = c.match(TAIL);
        java.util.List<int[]> seps = new java.util.ArrayList<>();
        while (tail.find()) {
            String before = c.text.substring(0, tail.start());
            if (before.chars().filter(ch -> ch == '(').count() <= before.chars().filter(ch -> ch == ')').count()) {
                // "(vegetarian, halal; several can apply)": a comma inside a bracket ends no clause
                seps.add(new int[] {tail.start(), tail.end()});
            }
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = 0; i < seps.size(); i++) {
            int[] sep = seps.get(i);
            int to = i + 1 < seps.size() ? seps.get(i + 1)[0] : c.text.length();
            String segment = END.matcher(c.text.substring(sep[1], to)).replaceAll("").strip();
            String head = c.text.substring(0, sep[0]).strip();
            if (head.split("\\s+").length >= 2 && (remark(segment, c.sub(sep[1], to).orig) || rule(segment) || purpose(segment) || reason(segment))) {
                // the remark runs on to the end of the sentence ("damit die Leute sehen, was sie bekommen"), up to a clause that asks
                int j = i + 1;
                while (j < seps.size() && goesOn(c.text.substring(seps.get(j)[1], j + 1 < seps.size() ? seps.get(j + 1)[0] : c.text.length()))) {
                    j++;
                }
                to = j < seps.size() ? seps.get(j)[0] : c.text.length();
                out.append(c.sub(from, sep[0]).orig);
                from = to;
                i = j - 1;
            }
        }
        if (from == 0 && last == 0) {
            return typed;
        }
        String rest = from < c.text.length() ? c.from(from).orig : "";
        String stop = c.text.matches("(?s).*[.!?]$") && !rest.matches("(?s).*[.!?]$") ? c.orig.substring(c.orig.length() - 1) : "";
        String trailing = typed.substring(typed.stripTrailing().length());
        return (out + rest).stripTrailing() + stop + (trailing.isEmpty() ? " " : trailing);
    }

    /** Whether folded words say what holds for some records or some of the time, and ask nothing. */
    static boolean remark(String folded, String typed) {
        boolean partial = PARTIAL_START.matcher(folded).find();
        boolean pointing = POINTING_START.matcher(folded).find() && pronoun(typed);
        if (!partial && !pointing || folded.split("\\s+").length < 4 || ASKS.matcher(folded).find() || THEN_ASKS.matcher(folded).find()) {
            return false;
        }
        // "sometimes it's a long list", "oft mehrere", "a veces es 2,5": what the values are like, read by the type readers
        String said = folded;
        Matcher verdict = VERDICT_AFTER.matcher(said);
        return !HINT.matcher(verdict.find() ? said.substring(0, verdict.start()) : said).find();
    }

    /**
     * Whether the pointing word in front is a pronoun, not an article: "that helps", "das steht im Vertrag" but not "that
     * status", "das Gewicht fehlt" (a German noun is written with a capital, an English verb after "that" ends in -s or -ed).
     */
    private static boolean pronoun(String typed) {
        String[] words = typed.strip().replaceFirst("(?iu)^(?:and|but|et|mais|y|pero|und|aber)\\s+", "").split("[\\s,;:!?.]+");
        if (words.length < 2) {
            return false;
        }
        String first = words[0].toLowerCase(java.util.Locale.ROOT);
        return switch (first) {
            case "that", "this" -> words[1].matches("\\p{L}+(?:s|ed)");
            case "das", "dies" -> Character.isLowerCase(words[1].codePointAt(0));
            default -> true;
        };
    }

    /** Whether folded words say what the edit is for or when it would serve ("so the office knows", "en cas de panne", "damit …"). */
    static boolean purpose(String folded) {
        return PURPOSE_START.matcher(folded).find() && folded.split("\\s+").length >= 3 && !ASKS.matcher(folded).find();
    }

    /**
     * Whether folded words give why the edit is wanted ("because …", "car …", "que ahora …", "weil …"), with nothing asked.
     * A reason that ends in a colon introduces the values ("…, since the till never balances: cash, card or voucher"): kept.
     */
    static boolean reason(String folded) {
        return REASON_START.matcher(folded).find() && folded.split("\\s+").length >= 3 && !ASKS.matcher(folded).find()
                && folded.indexOf(':') < 0
                && !HINT.matcher(folded).find() && !(folded.startsWith("que ") && WISH_ES.matcher(folded).find());
    }

    /** A Spanish wish in the subjunctive ("…, que la fecha sea obligatoria", "que se elija de una lista"): a request, not a reason. */
    private static final Pattern WISH_ES = Pattern.compile("\\b(?:sea|sean|elija|elijan|pueda|puedan|tenga|tengan|haya|aparezca|aparezcan|salga|salgan|este|esten|ponga|pongan|marque|quede|quepa)\\b");

    /** Whether a clause after a remark goes on with it: it neither asks nor gives a name ("…, appelle-le X"). */
    private static boolean goesOn(String folded) {
        return !ASKS.matcher(folded).find() && !NAMING.matcher(folded).find();
    }

    /** Whether folded words are a rule or an audit given as the reason, with nothing asked. */
    static boolean rule(String folded) {
        return RULE_START.matcher(folded).find() && folded.split("\\s+").length <= 10 && !folded.contains(",")
                && !ASKS.matcher(folded).find();
    }

    /** "Can you add both?", "ajoute les deux", "añade ambos", "ergänze beide": a short sentence that adds the two things named before. */
    private static final Pattern BOTH = Pattern.compile("(?<![\\p{L}'])(?:both|the two|les deux|ambos|ambas|los dos|las dos|beide|beides|die beiden)(?![\\p{L}])");
    private static final Pattern ADD_VERB = Pattern.compile("(?<![\\p{L}'])(?:add|include|put|ajout\\p{L}*|rajout\\p{L}*|mettre|mets|mettez|inclu\\p{L}*|anad\\p{L}*|agreg\\p{L}*|pon|poned|meter|erganz\\p{L}*|fug\\p{L}*|hinzu\\p{L}*|aufnehmen|einbauen)(?![\\p{L}])");
    /** The joiner of the two things: the last "and / et / y / und" of the sentence before. */
    private static final Pattern JOIN = Pattern.compile("\\s(?:and|et|y|e|und)\\s+(?=\\S)");
    /** Where the first of the two things starts: its article, not after "of / de / von". */
    private static final Pattern THING_START = Pattern.compile("(?<![\\p{L}'])(?<!(?<![\\p{L}'])(?:of|de|del|du|des|von|vom|der|to|a|an) )(?:the|a|an|our|their|its|le|la|les|un|une|son|sa|ses|el|los|las|un|una|su|sus|der|die|das|den|dem|ein|eine|einen|seine|ihre)\\s+(?=\\p{L})|(?<![\\p{L}'])(?:l'|d')(?=\\p{L})");
    private static final Pattern ASK_BOTH = Pattern.compile("[¿¡]?(?:\\p{L}+[\\s,-]+){0,5}?(?:both|the two|les deux|ambos|ambas|los dos|las dos|beide|beides|die beiden)[\\s\\p{L},!?.-]*");

    /**
     * "The bank now wants the payer's IBAN and the mandate date. Could you add both?":
     * the short sentence that adds "both" goes, and the sentence before becomes the plain "add" of its language with the two
     * things it names. The message as it was when no such sentence follows two things joined by "and".
     */
    static String addBoth(Lang lang, String message) {
        if (message == null || lang == null) {
            return message;
        }
        java.util.List<String> sentences = new java.util.ArrayList<>();
        Matcher m = SENTENCE.matcher(message);
        while (m.find()) {
            if (!m.group().isBlank()) {
                sentences.add(m.group());
            }
        }
        for (int i = 1; i < sentences.size(); i++) {
            RefineClause ask = new RefineClause(sentences.get(i));
            if (!BOTH.matcher(ask.text).find() || !ADD_VERB.matcher(ask.text).find() || ask.text.split("\\s+").length > 9
                    || !ASK_BOTH.matcher(ask.text).matches()) {
                continue;
            }
            RefineClause before = new RefineClause(sentences.get(i - 1).replaceAll("[.!?\\s]+$", ""));
            Matcher join = JOIN.matcher(before.text);
            int at = -1;
            while (join.find()) {
                at = join.start();
            }
            if (at < 0) {
                continue;
            }
            Matcher start = THING_START.matcher(before.text.substring(0, at));
            int first = -1;
            while (start.find()) {
                first = start.start();
            }
            if (first < 0) {
                continue;
            }
            String verb = switch (lang) {
                case FR -> "ajoute ";
                case ES -> "añade ";
                case DE -> "ergänze ";
                default -> "add ";
            };
            sentences.set(i - 1, verb + before.from(first).orig + ". ");
            sentences.remove(i);
            return String.join("", sentences).strip();
        }
        return message;
    }

    /** "a record of whether …", "une trace de qui …", "un registro de si …", "einen Vermerk, ob …": the question is the field. */
    private static final Pattern RECORD_OF = Pattern.compile("(?iu)(?<![\\p{L}'])(?<!keep\\s)(?:(?:a|an)\\s+(?:(?:written|quick|short)\\s+)?(?:record|note|log)\\s+of"
            + "|une\\s+(?:trace|note|mention)\\s+(?:de|d')|un\\s+(?:registro|apunte)\\s+de|una\\s+(?:nota|anotación|anotacion)\\s+de"
            + "|(?:einen|ein)\\s+(?:Vermerk|Hinweis|Eintrag)\\s*,?|eine\\s+(?:Notiz|Angabe)\\s*,?)\\s*"
            + "(?=(?:whether|if|who|when|which|what|how|where|si|s'|qui|quand|quel\\p{L}*|où|comment|combien|quién|quien|cuándo|cuando|cuál\\p{L}*|cual\\p{L}*|dónde|donde|cómo|cuánt\\p{L}*|ob|wer|wann|welche\\p{L}*|wo|wie)(?![\\p{L}]))");

    /** The message with "a record of" taken off the question it holds ("add a record of whether the keys were returned"). */
    static String recordOf(String message) {
        return message == null ? null : RECORD_OF.matcher(message).replaceAll("");
    }
}

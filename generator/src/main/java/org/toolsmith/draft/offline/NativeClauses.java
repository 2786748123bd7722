package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * German, Spanish and French clause structures rewritten, before the message is read, to the plain
 * word order the readers know. Each rule is about how the language builds a clause, not about a
 * phrasing: German puts the verb or its particle last ("die Einheit muss noch rein", "die Bemerkung
 * kann raus", "Dauer in Minuten dazu", "aus Notiz wird Hinweise") or second after a scope ("bei der
 * Ausgabe muss noch rein, wann …"); a demonstrative after a comma points back at the noun just named
 * ("… ein Ausgabedatum, das muss rein") or only comments on it ("…, die nutzt eh keiner"). Spanish
 * asks impersonally ("que se pueda indicar X", "hace falta poder guardar X", "hace falta un campo para
 * X"), names the thing with "lo de X", puts the object first and repeats it as a clitic ("la tabla de
 * donantes no la usamos, quitadla", "lo de A y B cambiadlo a C y D"), and says the wish with a
 * subjunctive after a comma ("el limpiador, que sea una persona"). French asks with "pouvoir" ("il
 * faudrait pouvoir indiquer X"). A list after a verb of lacking is not announced by its colon ("il
 * manque : A, B" is "il manque A, B"). Matching is on the folded text; the words the person typed are
 * kept for labels and values. The German rules are in {@link GermanClauses}, the Spanish ones in
 * {@link SpanishClauses}; this class cuts sentences and parts and holds what the languages share.
 */
final class NativeClauses {

    private static final Pattern FR_SCOPED_VALUES = Pattern.compile("^(?:(?:et|mais)\\s+)?(?:pour|dans)\\s+(?:le|la|les|l')\\s*([\\w -]{2,30}?)\\s*,?\\s+(?:ajoute|ajoutez|rajoute|rajoutez|mets|mettez|il faut ajouter)\\s+(?:aussi\\s+)?(.+)$");
    private static final Pattern FR_WISH = Pattern.compile("^(?:(?:et|mais|ah|bon|enfin)\\s*,?\\s+)?(?:(?:ce serait|ca serait|il serait)\\s+(?:vraiment\\s+|tres\\s+)?(?:bien|utile|pratique|top|super)\\s+(?:d'avoir|d'ajouter|de noter|d'indiquer|de garder|de pouvoir noter|de pouvoir indiquer|de pouvoir garder)"
            + "|(?:on|nous)\\s+(?:voudrait|voudrions|aimerait|aimerions)\\s+(?:aussi\\s+|egalement\\s+)?(?:garder trace d[eu']?|garder la trace d[eu']?|noter|conserver|avoir|pouvoir noter|pouvoir indiquer|pouvoir garder trace d[eu']?)"
            + "|(?:on|nous)\\s+(?:voudrait|voudrions|aimerait|aimerions)\\s+(?:aussi\\s+)?(?:pouvoir\\s+)?(?:lui |leur )?(?:dire|savoir)\\s+(?=(?:qui|quel|quelle|quand|si|a quelle)\\b))\\s*(?:aussi\\s+)?(.+)$");
    private static final Pattern LACK_COLON = Pattern.compile("(?iu)\\b(faltan?|faltarian?|manquent|manque|fehlt|fehlen)(\\s+(?:noch|aussi|encore|tambien|todavia|aun))?\\s*:\\s*");
    private static final Pattern FR_CAN = Pattern.compile("^(?:(?:et|mais|ah|bon)\\s*,?\\s+)?(?:il (?:nous )?faudrait|il (?:nous )?faut|on doit|on devrait|on voudrait|nous voudrions|ce serait bien de|ce serait bien d'|j'aimerais|on aimerait|il serait bien de)\\s+(?:aussi\\s+|egalement\\s+)?pouvoir\\s+(?:aussi\\s+)?"
            + "(?:indiquer|saisir|noter|renseigner|preciser|enregistrer|ajouter|mettre|entrer|consigner)\\s+(?:aussi\\s+)?(.+)$");

    private static final Pattern NEED_SUBJUNCTIVE_DE = Pattern.compile("(?iu)(?<=\\p{L}\\s)br[äa]uchten wir\\b");

    private NativeClauses() {
    }

    static String rewrite(RefineSession s, String message) {
        if (s.lang != Lang.DE && s.lang != Lang.ES && s.lang != Lang.FR || message == null || message.isBlank()) {
            return message;
        }
        if (s.lang == Lang.ES) {
            // "lo de X", "sobra lo del horario": the thing itself
            message = message.replaceAll("(?iu)\\blo del\\s+", "el ").replaceAll("(?iu)\\blo de\\s+", "");
        }
        // "il manque : A, B", "faltan: A y B": the verb of lacking, then what is missing
        message = LACK_COLON.matcher(message).replaceAll("$1$2 ");
        // "(de 0 a 10, con decimales)", "(6, 9 kg, parfois 2 kg)": what the number looks like, not a list of values
        message = decimalHints(message);
        // "un desplegable con A, B y C", "eine Auswahl mit A, B, C": the values of the list, as after a colon
        message = LIST_WITH.matcher(message).replaceAll("$1: ");
        // "una casilla para marcar si …", "ein Häkchen, ob …", "une case à cocher si …": a yes/no asked as its question
        message = TICK.matcher(message).replaceAll(s.lang == Lang.DE ? "ob " : "si ");
        // "fehlt uns dagegen", "par contre", "en cambio": how the sentence relates to the one before, not part of any name
        message = DISCOURSE.matcher(message).replaceAll("");
        // "fehlt uns, wen wir anrufen sollen: also einen Ansprechpartner und …": the things after "also", not the question before
        message = LACK_WH_NAMELY.matcher(message).replaceAll("$1 ");
        message = EventNouns.rewrite(s.lang, message);
        if (s.lang == Lang.DE) {
            // "bei den Torten bräuchten wir noch …": the polite subjunctive of needing is the plain need
            message = NEED_SUBJUNCTIVE_DE.matcher(message).replaceAll("brauchen wir");
            // "ob für den Aufenthalt ein Visum nötig ist": the circumstance in front is not what is asked about
            message = message.replaceAll("(?iu)\\bob\\s+(?:für|bei|in|an|auf|nach|vor|während|wegen|im|am|beim|zum|zur)\\s+(?:(?:den|dem|der|die|das|einen|einem|einer|diesen|diesem)\\s+)?\\p{L}+\\s+(?=(?:ein|eine|der|die|das|er|sie|es)\\b)", "ob ");
            // "beim Schlüssel noch, ob …": the comma only marks the question
            message = message.replaceAll("(?iu)\\b(noch|auch|bitte),\\s+(?=(?:ob|wer|wann|wie|wo|welche[rsnm]?)\\b)", "$1 ")
                    // "soll künftig Kommentar heißen": when, not part of the new name
                    .replaceAll("(?iu)\\b(soll|sollte|sollen|sollten)\\s+(?:(?:künftig|zukünftig|in zukunft|ab jetzt|ab sofort|lieber|besser|eher|dann|bitte)\\s+)+(?=\\S+(?:\\s+\\S+){0,3}\\s+heißen\\b)", "$1 ");
        }
        if (s.lang == Lang.ES) {
            // "quitar ese campo y poner directamente la fecha de vencimiento": a second edit after "y"
            message = message.replaceAll("(?iu)\\s+y\\s+(?:luego\\s+)?(poner|añadir|anadir|meter|incluir|agregar)\\s+(?:directamente\\s+|también\\s+|tambien\\s+|en su lugar\\s+)*(?=(?:el|la|los|las|un|una)\\s)", ". Añade ");
            // "el peso total de cada expedición": whose it is is the record itself
            message = SpanishClauses.eachKind(s, message);
        }
        if (s.lang == Lang.FR) {
            message = message.replaceAll("(?iu)\\s+et\\s+(?:plutôt\\s+)?(mettre|ajouter)\\s+(?:directement\\s+|plutôt\\s+|à la place\\s+)*(?=(?:le|la|les|l'|un|une)\\b)", ". Ajoute ");
        }
        if (s.lang == Lang.ES) {
            // "la hora de entrada y la de salida": the noun the second one leaves out
            message = ELLIPSIS_ES.matcher(message).replaceAll("$1 $2 $3 $4 $5 $1 $6 $7")
                    // "si se han repuesto los productos": the thing, then what was done to it
                    .replaceAll("(?iu)\\bsi\\s+se\\s+(?:ha|han|habia|habian)\\s+(\\p{L}+(?:ad|id|t|s|ch)[oa]s?)\\s+((?:el|la|los|las)\\s+)?(\\p{L}+(?:\\s+de\\s+\\p{L}+)?)", "si $2$3 está $1");
        }
        StringBuilder out = new StringBuilder();
        Matcher sentences = Pattern.compile("[^.!?;\\n]+(?:[.!?;\\n]+|$)").matcher(message);
        while (sentences.find()) {
            String sentence = sentences.group();
            String end = sentence.replaceAll("^.*?([.!?;\\n\\s]*)$", "$1");
            String body = sentence.substring(0, sentence.length() - end.length());
            String lead = body.replaceAll("^(\\s*).*$", "$1");
            out.append(lead).append(sentence(s, body.strip())).append(end);
        }
        return out.toString();
    }

    private static String sentence(RefineSession s, String sentence) {
        if (sentence.isBlank()) {
            return sentence;
        }
        Lang lang = s.lang;
        String said = sentence;
        String rewritten = lang == Lang.ES ? SpanishClauses.spanishSentence(new RefineClause(sentence)) : lang == Lang.DE ? GermanClauses.germanSentence(new RefineClause(sentence)) : null;
        sentence = rewritten != null ? rewritten : sentence;
        String valued = colonValues(sentence);
        if (!valued.equals(sentence)) {
            sentence = valued;
            rewritten = valued;
        }
        String typed = statedType(s, sentence);
        if (typed != null) {
            return typed;
        }
        List<String> parts = parts(sentence);
        List<String> listed = namely(parts);
        boolean changed = listed != parts;
        parts = listed;
        List<String> kept = new ArrayList<>();
        java.util.Set<Integer> edits = new java.util.HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            RefineClause part = new RefineClause(parts.get(i));
            String before = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            String r = switch (lang) {
                case DE -> GermanClauses.german(part, before);
                case ES -> SpanishClauses.spanish(s, part, before);
                case FR -> french(s, part);
                default -> null;
            };
            if (r == null && changed && remark(lang, part)) {
                // "aus Notiz wird Hinweise, klingt freundlicher": a comment after the edit, not another edit
                r = "";
            }
            if (r == null) {
                kept.add(parts.get(i));
                continue;
            }
            changed = true;
            if (r.startsWith("\u0000")) {
                // the part points back at the noun phrase of the part before, and replaces it
                kept.set(kept.size() - 1, r.substring(1));
                edits.add(kept.size() - 1);
            } else if (!r.isEmpty()) {
                kept.add(r);
                edits.add(kept.size() - 1);
            }
        }
        if (!changed) {
            return rewritten != null ? rewritten : said;
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < kept.size(); i++) {
            if (i > 0) {
                // "Die Farbe sieht jeder am Auto. Farbe entfernen": what only sets the scene is said apart from the edit after it
                boolean apart = edits.contains(i) && !edits.contains(i - 1) && !new RefineClause(kept.get(i - 1)).match(ADDED).find()
                        && kept.get(i - 1).split("\\s+").length >= 4;
                joined.append(apart ? ". " : ", ");
            }
            joined.append(kept.get(i));
        }
        return joined.toString();
    }

    private static final Pattern LIST_WITH = Pattern.compile("(?iu)\\b(desplegable|lista desplegable|lista de opciones|men[uú] desplegable|selecci[oó]n|dropdown|drop-down|auswahl|auswahlliste|auswahlfeld|liste d[ée]roulante|menu d[ée]roulant|liste de choix)\\s+"
            + "(?:con|mit|avec)\\s+(?:(?:las|los|den|les)\\s+)?(?:(?:opciones|valores|werten|optionen|options|valeurs|choix)\\s+)?(?=[^\\s,]+(?:\\s+[^\\s,]+)?\\s*(?:,|\\s+(?:y|o|und|oder|et|ou)\\s))");
    private static final Pattern TICK = Pattern.compile("(?iu)\\b(?:(?:una|un|ein|eine|einen|une)\\s+)?(?:casilla|check|checkbox|tick|h[äa]kchen|k[äa]stchen|ankreuzfeld|ja/nein-feld|case(?:\\s+[àa]\\s+cocher)?|coche)"
            + "(?:\\s+(?:de\\s+)?(?:s[ií]/no|ja/nein|oui/non))?\\s*,?\\s+(?:(?:para|pour|daf[üu]r,?|um anzugeben,?)\\s+(?:(?:marcar|indicar|saber|dire|indiquer|savoir|anzukreuzen)\\s+)?)?(?:si|ob)\\s+");
    private static final Pattern ELLIPSIS_ES = Pattern.compile("(?iu)\\b(\\p{L}+)\\s+(de|del)\\s+(\\p{L}+)\\s+(y|o)\\s+(el|la|los|las)\\s+(de|del)\\s+(\\p{L}+)");
    private static final Pattern DISCOURSE = Pattern.compile("(?iu)(?<=\\s)(?:dagegen|hingegen|allerdings|übrigens|ubrigens|zudem|ebenfalls|jedoch|en revanche|par contre|par ailleurs|en cambio|por otra parte|por otro lado|de paso)\\s*,?(?=\\s)");
    private static final Pattern LACK_WH_NAMELY = Pattern.compile("(?iu)\\b(fehlt|fehlen|falta|faltan|manque|manquent|brauchen wir|necesitamos|il nous faut)(?:\\s+(?:uns|nos|noch|aussi))*\\s*,?\\s+(?:wen|wer|was|wann|welche\\w*|wie|qui[eé]n|qu[eé]|cu[aá]ndo|cu[aá]l\\w*|qui|quoi|quand|quel\\w*)\\b[^:.;]{3,80}:\\s*(?:also|n[äa]mlich|o sea|es decir|c'est-[àa]-dire|[àa] savoir)?\\s*");
    private static final Pattern PAREN = Pattern.compile("\\(([^()]{1,80})\\)");
    private static final Pattern DECIMAL_HINT = Pattern.compile("\\b(?:decimales?|decimaux|decimale|nachkomma\\w*|kommazahl\\w*|mit komma|dezimal\\w*|with decimals|\\d+[.,]\\d+|\\d+\\s*(?:kg|g|km|m|cm|mm|l|liter|litres?|litros?|metros?|metres?|meter))\\b");

    private static String decimalHints(String message) {
        Matcher m = PAREN.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inside = RefineText.fold(m.group(1));
            boolean hint = DECIMAL_HINT.matcher(inside).find() && !inside.matches(".*\\b(?:oder|ou|o|or|y|und|et|and)\\b.*") ;
            m.appendReplacement(out, Matcher.quoteReplacement(hint ? "(decimal)" : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "also a, b, c", "o sea a, b y c", "c'est-à-dire a, b", "namely a, b": the values of what was just added. */
    private static final Pattern NAMELY = Pattern.compile("^(?:also|namlich|sprich|d\\.\\s*h\\.|das heisst|o sea|es decir|c'est-a-dire|c'est a dire|a savoir|soit|namely|i\\.e\\.)\\s*:?\\s+(.+)$");
    static final Pattern ADDED = Pattern.compile("\\b(?:hinzufugen|erganzen|dazu|rein|anad\\w*|pon|poned|ajout\\w*|rajout\\w*|add)\\b|^(?:bitte\\s+)?noch\\b"
            // "wir brauchen noch die Art, also A, B oder C", "il faudrait un statut, à savoir …", "necesitamos el tipo, o sea …": a need names the thing too
            + "|\\b(?:brauchen|brauche|brauchten|brauchte|benotigen|fehlt|fehlen|il (?:nous )?(?:faut|faudrait)|on a besoin|nous avons besoin|manque|necesit\\w*|hace falta|falta|faltan|queremos|quiero)\\b");
    private static final Pattern ARTICLE_LED = Pattern.compile("(?:el|la|los|las|un|una|le|les|l'|une?|der|die|das|den|dem|ein|eine[nm]?)\\b");
    private static final Pattern LAST_OR = Pattern.compile("(?iu)\\s+(?:oder|ou|o|or|und|et|y|and)\\s+");
    private static final Pattern SEVERAL = Pattern.compile("\\b(?:mehrere|several|varios|varias|plusieurs|more than one|mas de uno|plus d'un)\\b");

    /** The values listed after an addition with "also / o sea / c'est-à-dire", as brackets after the thing added. */
    private static List<String> namely(List<String> parts) {
        for (int i = 0; i + 1 < parts.size(); i++) {
            RefineClause next = new RefineClause(parts.get(i + 1));
            Matcher m = next.match(NAMELY);
            if (!m.find() || !new RefineClause(parts.get(i)).match(ADDED).find()) {
                continue;
            }
            List<String> values = new ArrayList<>();
            values.add(next.group(m, 1).orig);
            if (ARTICLE_LED.matcher(next.group(m, 1).text).lookingAt()) {
                // "la partitura, o sea el PDF que manda el director": what the thing is, said again, not a second thing
                List<String> out = new ArrayList<>(parts.subList(0, i));
                out.add(parts.get(i) + " (" + values.get(0) + ")");
                out.addAll(parts.subList(i + 2, parts.size()));
                return out;
            }
            int j = i + 2;
            String tail = "";
            while (j < parts.size()) {
                String part = parts.get(j);
                Matcher dash = Pattern.compile("\\s+[–—-]\\s+").matcher(part);
                if (dash.find()) {
                    // "…, umweltgefährlich – ein Stoff hat oft mehrere": the last value, then a remark on it
                    values.add(part.substring(0, dash.start()));
                    tail = part.substring(dash.end());
                    j++;
                    break;
                }
                if (java.util.Arrays.stream(LAST_OR.split(part, 2)).anyMatch(v -> v.strip().split("\\s+").length > 4)) {
                    if (SEVERAL.matcher(RefineText.fold(part)).find()) {
                        // "…, umweltgefährlich – ein Stoff hat oft mehrere": a remark on the values
                        tail = part;
                        j++;
                    }
                    break;
                }
                values.add(part);
                j++;
            }
            // "o sea Ventas, Atención al cliente o Cobros", "also Anmeldung oder Abmeldung": the last two are joined by "or"
            values = values.stream().flatMap(v -> java.util.Arrays.stream(LAST_OR.split(v, 2))).map(String::strip).filter(v -> !v.isEmpty()).toList();
            if (values.size() < 2 || values.stream().anyMatch(v -> v.split("\\s+").length > 3)) {
                continue;
            }
            boolean several = SEVERAL.matcher(RefineText.fold(tail)).find();
            List<String> out = new ArrayList<>(parts.subList(0, i));
            String list = "(" + String.join(", ", values) + ")" + (several ? " (mehrere möglich)" : "");
            Matcher verb = Pattern.compile("(?iu)\\s+((?:mit\\s+)?(?:hinzufügen|ergänzen|dazu|rein|hinzu|aufnehmen))$").matcher(parts.get(i));
            out.add(verb.find() ? parts.get(i).substring(0, verb.start()) + " " + list + " " + verb.group(1) : parts.get(i) + " " + list);
            out.addAll(parts.subList(j, parts.size()));
            return out;
        }
        return parts;
    }

    private static final Pattern NOT_FREE_TEXT = Pattern.compile("(?iu)\\s+(?:no\\s+(?:deber[ií]a|debe|tiene que)\\s+ser\\s+(?:un\\s+)?texto(?:\\s+libre)?|ne\\s+(?:devrait|doit)\\s+(?:pas|plus)\\s+[êe]tre\\s+(?:du|un)\\s+(?:champ\\s+)?(?:texte(?:\\s+libre)?)|(?:sollte|soll|darf)\\s+kein(?:en)?\\s+(?:Frei)?text(?:feld)?\\s+sein)\\b.*$");
    /** What may stand between a colon and the values: "en la práctica siempre es", "nous avons trois niveaux,", "es gibt". */
    private static final Pattern VALUES_LEAD = Pattern.compile("^(?:(?:en la practica|normalmente|casi siempre|en realidad|de hecho|en pratique|en general|normalement|in der praxis|eigentlich|meistens)\\s*,?\\s+)?"
            + "(?:(?:siempre\\s+)?(?:es|son|hay|tenemos|usamos)|(?:nous avons|on a|il y a|c'est|ce sont)(?:\\s+(?:toujours|seulement|uniquement))?|(?:es gibt|wir haben|das sind|es ist|es sind)(?:\\s+(?:immer|nur|meistens))?)"
            + "(?:\\s+(?:\\S+\\s+){0,2}?(?:niveaux|niveles|opciones|options|valeurs|valores|stufen|werte|optionen|tipos|types|arten|categories|categorias|kategorien))?\\s*[,:]?\\s+");

    /** "X no debería ser texto libre: en la práctica siempre es A, B o C, y así podríamos filtrar": the values, then the rest as its own sentence. */
    private static String colonValues(String sentence) {
        int colon = sentence.indexOf(':');
        if (colon < 0 || colon == sentence.length() - 1 || sentence.indexOf(':', colon + 1) >= 0) {
            return sentence;
        }
        RefineClause after = new RefineClause(sentence.substring(colon + 1));
        Matcher lead = after.match(VALUES_LEAD);
        RefineClause items = lead.find() ? after.from(lead.end()) : after;
        List<String> parts = parts(items.orig);
        List<String> values = new ArrayList<>();
        int i = 0;
        for (; i < parts.size(); i++) {
            String p = parts.get(i);
            String[] joined = p.split("(?iu)\\s+(?:y|o|e|u|et|ou|und|oder|or|and)\\s+");
            if (java.util.Arrays.stream(joined).anyMatch(v -> v.strip().split("\\s+").length > 4)) {
                break;
            }
            values.add(p);
            if (joined.length > 1) {
                // "A, B o C, y así podríamos filtrar": the list ends with its "o / y"
                i++;
                break;
            }
        }
        String rest = String.join(", ", parts.subList(i, parts.size()));
        boolean list = values.size() >= 2 || values.size() == 1 && values.get(0).matches("(?iu).+\\s+(?:y|o|e|u|et|ou|und|oder)\\s+.+");
        Matcher notText = NOT_FREE_TEXT.matcher(sentence.substring(0, colon));
        if (list && notText.find()) {
            // "X no debería ser texto libre: A, B o C", "X sollte kein Freitext sein: A, B": a list to pick from
            String head = sentence.substring(0, notText.start()).strip();
            String as = notText.group().matches("(?iu).*\\b(?:kein|als)\\b.*") ? " als Auswahl" : notText.group().matches("(?iu).*\\b(?:pas|plus)\\b.*") ? " doit être une liste" : " como desplegable";
            return head + as + ": " + String.join(", ", values) + (rest.isEmpty() ? "" : ". " + RefineText.capitalize(rest.replaceFirst("(?iu)^(?:y|et|und)\\s+", "")));
        }
        if (list && (lead.find(0) || !rest.isEmpty())) {
            // the values, and what follows them said apart
            return sentence.substring(0, colon + 1) + " " + String.join(", ", values) + (rest.isEmpty() ? "" : ". " + RefineText.capitalize(rest.replaceFirst("(?iu)^(?:y|et|und)\\s+", "")));
        }
        if (!list && after.text.matches("^\\s*(?:queremos|necesitamos|necesitariamos|nos|nous|on|wir|ich|je|j')\\b.*") && after.text.split("\\s+").length > 5) {
            // "no nos basta con saber si se pidió: queremos la hora exacta …": a sentence after the colon, not values
            return sentence.substring(0, colon) + ". " + after.orig;
        }
        return sentence;
    }

    /** Words a German, Spanish or French part may start with that are not a bare verb of comment. */
    private static final Pattern NOT_REMARK = Pattern.compile("^(?:und|oder|aber|sowie|bitte|noch|auch|also|bei|beim|fur|im|am|zum|zur|mit|ohne|statt|der|die|das|den|dem|ein|eine|einen|wir|ich|man|es|da|dann|wenn|ob|wer|wann|ware|waere|"
            + "y|o|pero|que|el|la|los|las|un|una|en|para|con|sin|si|quien|cuando|tambien|ademas|"
            + "et|ou|mais|le|les|l'|un|une|des|du|pour|avec|sans|si|qui|quand|aussi|on|il)\\b");

    private static final Pattern PURPOSE = Pattern.compile("^(?:para\\s+(?:que\\s+|\\p{L}+(?:ar|er|ir)(?:le|les|lo|la|los|las|se|nos)?\\b)|pour\\s+(?:que\\s+|\\p{L}+(?:er|ir|re)\\b)|um\\s+.+\\s+zu\\s+\\p{L}+$|damit\\s+|so that\\s+)");

    /** A short comment with no edit in it: "klingt freundlicher", "suena mejor", "c'est plus clair"; in Spanish, a "que …" after the edit; a purpose. */
    private static boolean remark(Lang lang, RefineClause c) {
        if (c.match(PURPOSE).find() && !c.orig.contains(":")) {
            // "…, para medir cuánto tarda", "…, pour leur envoyer les infos", "…, um ihnen die Infos zu schicken": why, not what
            return true;
        }
        if (lang == Lang.ES && c.match(SpanishClauses.ES_THAT_REMARK).find() && !c.orig.contains(":") && !c.match(ADDED).find()
                && !c.match(RefineCues.REQUIRED).find() && !c.match(RefineCues.OPTIONAL).find() && !c.text.matches(".*\\b(?:quit|borr|elimin|renombr|llam)\\w*.*")) {
            return true;
        }
        String[] words = c.orig.strip().split("\\s+");
        return words.length >= 2 && words.length <= 4 && !c.orig.contains(":") && !c.orig.contains("'") && !c.orig.contains("\"")
                && Character.isLowerCase(words[0].charAt(0)) && !c.match(NOT_REMARK).find() && !c.match(GermanClauses.DE_EDIT_WORD).find()
                && !c.match(RefineCues.REMOVE).find() && !c.match(RefineCues.REQUIRED).find();
    }

    private static final Pattern NEGATED_TEXT = Pattern.compile("\\b(?:kein(?:en)?\\s+(?:frei)?text(?:feld)?|nicht\\s+(?:mehr\\s+)?als\\s+(?:frei)?text|statt\\s+(?:frei)?text|no\\s+(?:como\\s+)?texto(?:\\s+libre)?|en vez de texto|pas\\s+(?:en\\s+|du\\s+|de\\s+)?texte(?:\\s+libre)?|au lieu du texte)\\b");
    private static final Pattern STATED = Pattern.compile("^(?:(?:der|die|das|el|la|los|las|le|la|les|l')\\s*)?(.{2,40}?)\\s+(?:ist|sind|es|son|est|sont)\\s+(?:(?:bei uns|chez nous|para nosotros|immer|eigentlich|ja|meistens|siempre|en realidad|toujours|en fait)\\s+)*((?:ein|eine|einen|un|una|une)\\s+[^,]{2,40}?)\\s*(?:,|$)");

    /** "Pfand ist bei uns immer ein Betrag in Euro, also bitte kein Freitext mehr": what the field holds, said as a fact, then "not text". */
    private static String statedType(RefineSession s, String sentence) {
        RefineClause c = new RefineClause(sentence);
        if (!c.match(NEGATED_TEXT).find()) {
            return null;
        }
        Matcher m = c.match(STATED);
        if (!m.find()) {
            return null;
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(m, 1));
        if (f == null || f.score() < 0.8) {
            return null;
        }
        String what = c.group(m, 1).orig;
        String type = c.group(m, 2).orig;
        return switch (s.lang) {
            case DE -> what + " soll " + type + " sein, kein Freitext";
            case ES -> what + " debe ser " + type + ", no texto";
            default -> what + " doit être " + type + ", pas du texte";
        };
    }

    /** The parts of a sentence between commas, not cutting inside brackets or quotes. */
    private static List<String> parts(String sentence) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char ch = sentence.charAt(i);
            if (ch == '(' || ch == '«' || ch == '„') {
                depth++;
            } else if ((ch == ')' || ch == '»' || ch == '“') && depth > 0) {
                depth--;
            } else if (ch == ',' && depth == 0) {
                parts.add(sentence.substring(start, i).strip());
                start = i + 1;
            } else if ((ch == '–' || ch == '—') && depth == 0 && i > 0 && sentence.charAt(i - 1) == ' ' && i + 1 < sentence.length() && sentence.charAt(i + 1) == ' ') {
                // "… in voller Auflösung ablegen – das Feld kann raus": a spaced dash ends a clause too
                parts.add(sentence.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(sentence.substring(start).strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    private static String french(RefineSession s, RefineClause c) {
        String values = scopedValues(s, c, FR_SCOPED_VALUES, "ajoute %s à %s");
        if (values != null) {
            return values;
        }
        Matcher m = c.match(FR_WISH);
        if (m.find()) {
            return "ajoute " + c.group(m, 1).orig;
        }
        m = c.match(FR_CAN);
        if (m.find()) {
            return "ajoute " + c.group(m, 1).orig;
        }
        return null;
    }

    /** Values added to the choice field named in front ("en el tipo añadid A y B"), said in the order the readers know. */
    static String scopedValues(RefineSession s, RefineClause c, Pattern p, String format) {
        Matcher m = c.match(p);
        if (!m.find()) {
            return null;
        }
        RefineClause named = c.group(m, 1);
        RefineMatcher.FieldRef f = RefineResolver.field(s, named);
        if (f == null || f.score() < 0.99 || !f.field().type().hasOptions() || RefineResolver.entity(s, named) != null) {
            return null;
        }
        String article = c.text.substring(m.start(1) - 4 < 0 ? 0 : m.start(1) - 4, m.start(1)).strip();
        return String.format(format, c.group(m, 2).orig, (article.endsWith("la") || article.endsWith("l'") ? "la " : article.endsWith("le") ? "le " : "el ") + named.orig)
                .replace("à le ", "au ").replace("a el ", "al ");
    }
}

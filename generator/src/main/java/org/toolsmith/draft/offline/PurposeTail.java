package org.toolsmith.draft.offline;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a new field is for, said right after the thing with no comma before it: "a storage location for each item
 * (…) so new staff know where to look", "une photo du colis pour vérifier l'emballage", "la fecha de nacimiento de
 * cada jugador para comprobar las categorías", "die Seriennummer um Reklamationen zu prüfen". The name is the noun
 * phrase in front; the purpose runs on to the end of the phrase and names no field (its nouns and any "and" inside it
 * are no more items). A purpose at the start of an item is {@link PurposeItems}' and one after a comma
 * {@link BesideRemarks}'; this class cuts the one folded into the phrase. Left alone: a purpose right after a box or
 * place word ("a box so people can tick it", "un champ pour noter …", "un campo para subir …": what is written there
 * names the field), right after a copula or a question word ("si es para llevar", "whether it's for …": the purpose is
 * what is asked), and a phrase with nothing but little words in front. Read on the folded words.
 */
final class PurposeTail {
    private PurposeTail() {
    }

    /** English: "so that", "in order to", "so as to", "so <who> <…>" with a subject of people. */
    private static final String EN = "so that|so as to|in order to|to make sure|so (?:(?:all|any|new|other|our|the|future|every)\\s+){0,2}"
            + "(?:we|i|they|you|he|she|people|nobody|no one|noone|everyone|everybody|anyone|staff|volunteers|customers|clients|members|drivers|"
            + "parents|the office|the team|others|users|tutors|teachers|managers)(?=\\s)"
            + "|so (?:(?:the|our|new|all|any|other)\\s+)?\\p{L}+\\s+(?:can|could|will|would|know|knows|see|sees|don't|doesn't|won't|never|always|remember|"
            + "find|finds|check|checks|understand|understands)(?=\\s)";
    /** French: "pour que", "afin de / que", "pour" + an infinitive. */
    private static final String FR = "pour qu(?:'|e\\s)|afin (?:de\\s|d'|qu(?:'|e\\s))|pour (?:(?:en|y|nous|leur|lui|se|s')\\s*)?(?:\\p{L}{2,}(?:er|ir)|faire|prendre|mettre|"
            + "permettre|connaitre|reconnaitre|suivre|repondre|rendre|ecrire|inscrire|lire|dire|produire|reduire|vendre|attendre|relire|remettre|soumettre|transmettre|joindre)(?=\\s|$)";
    /** Spanish: "para que", "a fin de", "para" + an infinitive (with its clitic). */
    private static final String ES = "para que\\s|a fin de\\s|para (?:\\p{L}{2,}(?:ar|er|ir)(?:se|lo|la|los|las|le|les|nos)?)(?=\\s|$)";
    /** German: "damit", "sodass", "um … zu" + a verb (also "nachzuprüfen"). */
    private static final String DE = "damit\\s|sodass\\s|so dass\\s|um\\s+(?!\\d)(?:\\S+\\s+){0,8}?(?:zu\\s+\\p{L}+|\\p{L}+zu\\p{L}+en)(?=\\s|$|[,.!?])";

    private static final java.util.Map<Lang, Pattern> OPENER = new java.util.EnumMap<>(java.util.Map.of(
            Lang.EN, Pattern.compile("\\s(?:" + EN + ")"),
            Lang.FR, Pattern.compile("\\s(?:" + FR + ")"),
            Lang.ES, Pattern.compile("\\s(?:" + ES + ")"),
            Lang.DE, Pattern.compile("\\s(?:" + DE + ")")));

    /** Spanish and French nouns that end like an infinitive ("talla para mujer", "pour hiver"). */
    private static final Set<String> NOUNS = Set.of("mujer", "taller", "hogar", "lugar", "alquiler", "bar", "mar", "par", "altar", "collar",
            "dolar", "militar", "familiar", "particular", "titular", "hiver", "cuir", "desir", "loisir", "avenir", "plaisir", "soir", "diner", "dejeuner",
            "deber", "poder", "placer", "ayer", "cancer", "hier", "fer", "mer", "cher");

    /** A box, a place or a thing to write in: what comes after it says what is written there. */
    private static final Pattern CARRIER = Pattern.compile("(?:^|\\s)(?:box|field|space|place|spot|tick|checkbox|way|something|somewhere|column|button|option|section|area|"
            + "case|champ|espace|endroit|zone|rubrique|moyen|facon|bouton|colonne|quelque chose|"
            + "campo|casilla|sitio|lugar|espacio|apartado|hueco|manera|forma|modo|algo|boton|columna|opcion|"
            + "feld|kastchen|hakchen|platz|stelle|moglichkeit|spalte|knopf|etwas)\\s*$");
    /** A copula, a question word or a verb of knowing just before: the purpose is what is asked. */
    private static final Pattern ASKED = Pattern.compile("(?:^|\\s)(?:is|are|was|were|be|it's|its|whether|if|est|sont|etait|c'est|si|s'il|es|son|era|fue|sea|ist|sind|war|ob|"
            + "what|which|who|why|how|quoi|pourquoi|comment|que|qui|quel|quelle|por que|para que|como|cual|quien|was|wer|warum|wozu|wie|"
            + "or|ou|o|oder|either|soit|bien)\\s*$");
    /** ", and the …" after the purpose: the next thing asked, kept. */
    private static final Pattern NEXT_ITEM = Pattern.compile(",\\s+(?:and|et|y|und)\\s+(?:the|a|an|their|its|le|la|les|l'|un|une|des|du|son|sa|ses|el|los|las|un|una|su|sus|der|die|das|den|dem|ein|eine|einen)\\s*(?=\\p{L})");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Pattern LAST_BRACKET = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    /** "para", "pour (en)": the word that opens the purpose, so that what is left is its verb. */
    private static final Pattern FIRST_WORD = Pattern.compile("^\\S+\\s+(?:(?:en|y|nous|leur|lui|se|s')\\s*(?=\\p{L}))?");

    /** The phrase without a purpose folded in after its thing, or the phrase itself. */
    static RefineClause cut(Lang lang, RefineClause phrase) {
        Pattern opener = OPENER.get(lang);
        if (opener == null) {
            return phrase;
        }
        Matcher m = phrase.match(opener);
        while (m.find()) {
            if (RefineItems.insideParentheses(phrase.text, m.start())) {
                continue;
            }
            String before = LAST_BRACKET.matcher(phrase.text.substring(0, m.start())).replaceFirst("");
            String verb = FIRST_WORD.matcher(m.group().strip()).replaceFirst("");
            if (phrase.text.indexOf(':', m.end()) >= 0) {
                return phrase; // "a dropdown so staff can pick: …": the values come after, the sentence is the request
            }
            if (NOUNS.contains(verb) || CARRIER.matcher(before).find() || ASKED.matcher(before).find() || !WORD.matcher(before).find()) {
                continue;
            }
            Matcher next = NEXT_ITEM.matcher(phrase.text);
            if (next.find(m.end())) {
                // "… para comprobar las categorías, y la dirección": the purpose ends where the next thing is asked
                return new RefineClause(phrase.sub(0, m.start()).orig + phrase.sub(next.start(), phrase.text.length()).orig);
            }
            return phrase.sub(0, m.start());
        }
        return phrase;
    }
}

package org.toolsmith.draft.offline;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One field goes and another comes in its place, or a field gets a new name and one more edit, said the way people type
 * it: "drop X and instead track Y", "X isn't needed any more, but we need Y", "instead of X we'd like Y", "on n'a plus
 * besoin de X, mais il nous faut Y", "plutôt que X, on veut Y", "borra X y en vez de eso pon Y", "en lugar de X,
 * queremos Y", "das Feld X entfernen und stattdessen Y erfassen", "X raus, dafür Y rein", "statt X wollen wir Y"; and
 * "X becomes Y", "X devient Y", "X pasa a llamarse Y", "X heißt ab jetzt Y", "rename X to Y and make it required".
 * Each such sentence is said again as the plain requests the clause readers know ("remove X. add Y.", "rename X to Y.
 * make Y required.") in the message's language. The old field must be one the app has (named by its words), and the
 * new detail no field it has; otherwise the sentence is left to the other readers. Before, the removal was done and
 * the detail lost ("instead track …", "… mais il nous faut …", "… und stattdessen … erfassen"), or the detail added and
 * the removal lost ("instead of X, …"), or the second edit read into the new name ("Full name and require an email").
 */
final class ReplaceSaid {
    private static final String OLD = "(?<old>(?:[^,.;:!?\\n]|\\.(?=\\s\\p{L}))(?:[^,.;:!?\\n]|\\.(?=\\s\\p{L})){1,39}?)";
    /** A new name: no comma, so that two renames in one sentence are two. */
    private static final String NEWR = "(?<new>[^.;!?,\\n]{2,60}?)";
    /** A second edit said after the new name: "and make it required", "et rends-le obligatoire", "und ist Pflicht". */
    private static final String REST = "(?<rest>\\s*,?\\s+(?:and|et|y|und)\\s+[^.;!?\\n]{3,80}?)?";
    /** The kind said first: "Pour les salles, …", "Bei den Teilnahmen …", "On vehicles, …". */
    private static final String SCOPE = "(?<scope>(?:pour|sur|dans|on|for|in|bei|en|para)\\s+(?:les|the|den|los|las|all)\\s+\\p{L}+\\s*,?\\s+)?";
    private static final String NEW = "(?<new>[^.;!?\\n]{2,90}?)";
    private static final String END = "\\s*(?:[.;!?]+|$)";
    /** The start of a sentence, with a polite or chatty opening. */
    private static final String START = "(?:^|(?<=[.!?;:]\\s{0,3})|(?<=\\n))\\s*(?:(?:ok|okay|so|also|oh and|and|hi|hello|bonjour|hola|hallo)[,!]?\\s+)?"
            + "(?:(?:please|pls|can we|could we|can you|could you|kindly|merci de|pouvez-vous|pourriez-vous|tu peux|peux-tu|por favor,?|¿?pod[eé]is|¿?puedes|bitte|k[öo]nnt ihr|kannst du)\\s+)?";
    private static final String MARK = "(?:instead|in its place|in place|à la place|a la place|plutôt|plutot|en su lugar|en vez de eso|en lugar de eso|stattdessen|daf[üu]r)";
    private static final String SEP = "\\s*(?:,|;|–|—|-|\\s|\\.\\s+(?=" + MARK + "))\\s*(?:(?:and|but|so|et|mais|y|pero|und|aber)\\s+)?(?:" + MARK + "\\s*,?\\s*)?";

    /** After "X isn't needed": the new detail only with "but" or "instead" or a verb that asks for it. */
    private static final String ASKS_NEW = "\\s*[,;–—-]?\\s*(?:(?:but|instead)\\s*,?\\s*(?:" + "(?:add|put|track|have|use|record|(?:we|i)(?: do| also| still)? need|we(?:'d| would) like|i(?:'d| would) like)" + "\\s+|what we need is\\s+)?"
            + "|(?:and\\s+)?(?:(?:instead|in its place)\\s*,?\\s+)?(?:add|put|track|have|use|record|(?:we|i)(?: do| also| still)? need|we(?:'d| would) like|i(?:'d| would) like|what we need is)\\s+)";
    private static final String RM_EN = "(?:remove|drop|delete|get rid of|lose|scrap|ditch|take out)";
    private static final String ADD_EN = "(?:add|put|track|have|use|record|keep|show|replace (?:it|that) with|(?:we|i)(?: do| also| still)? need|we(?:'d| would) like|i(?:'d| would) like)";
    private static final String GONE_EN = "(?:(?:is|are)(?:n't| not| no longer) needed(?: any ?more)?|(?:should|can|could) go|(?:is|are) useless now|(?:is|are)(?:n't| not) used any ?more)";
    private static final String WISH_EN = "(?:(?:we|i)(?:'d| would)?(?: really| also)? (?:rather have|rather|want|like|need|prefer)(?: to (?:know|have|see|track|record))?|please add|add|put|track|have|use)";
    private static final String RM_FR = "(?:supprime[rz]?|enl[eè]ve[rz]?|retire[rz]?|on supprime|on enl[eè]ve|on retire|vire[rz]?)";
    private static final String ADD_FR = "(?:ajoute[rz]?|rajoute[rz]?|mets|mettez|mettre|on ajoute|on met|il nous faut|il faut)";
    private static final String WISH_FR = "(?:on (?:voudrait|veut|aimerait|pr[ée]f[èe]re)|nous (?:voulons|voudrions|aimerions)|je (?:veux|voudrais|pr[ée]f[èe]re)|il nous faut|il faut|ajoute[rz]?|mets|mettez)(?: (?:avoir|noter|suivre))?";
    private static final String RM_ES = "(?:quita[rd]?|borra[rd]?|elimina[rd]?|saca[rd]?)";
    private static final String ADD_ES = "(?:a[ñn]ade|a[ñn]adid|a[ñn]adir|pon|poned|poner|agrega|agregad|mete|necesitamos|queremos)";
    private static final String WISH_ES = "(?:queremos|necesitamos|quiero|necesito|preferimos|poned|pon|a[ñn]ade|a[ñn]adid)";
    private static final String RM_DE = "(?:entfernen|l[öo]schen|rausnehmen|herausnehmen|streichen|raus)";
    private static final String ADD_DE = "(?:erfassen|hinzuf[üu]gen|erg[äa]nzen|aufnehmen|rein|notieren)";

    private record Shape(Pattern pattern, boolean rename, boolean needsRest) {
    }
    private static final String RN_END = "\\s*(?:[.;!?,]+|$)";

    private static Shape rm(String regex) {
        return new Shape(Pattern.compile("(?iu)" + START + SCOPE + regex), false, false);
    }

    private static Shape rn(String regex, boolean needsRest) {
        return new Shape(Pattern.compile("(?iu)(?:" + START + "|(?<=,\\s{0,3}))" + regex), true, needsRest);
    }

    private static final List<Shape> SHAPES = List.of(
            // English: removal, then the new detail
            rm(RM_EN + "\\s+" + OLD + SEP + ADD_EN + "\\s*:?\\s+" + NEW + END),
            rm("take\\s+" + OLD + "\\s+(?:off|out)" + SEP + ADD_EN + "\\s+" + NEW + END),
            rm(OLD + "\\s*:\\s*replace (?:it|that) with\\s+" + NEW + END),
            rm(OLD + "\\s+" + GONE_EN + ASKS_NEW + NEW + END),
            rm("(?:we\\s+)?(?:no longer|don't|do not|won't)\\s+(?:need|record|use|keep|track|want)\\s+" + OLD + "(?:\\s+(?:any ?more|in the app))*" + ASKS_NEW + NEW + END),
            rm("no more\\s+" + OLD + SEP + "(?:" + ADD_EN + "\\s+|what we need is\\s+)" + NEW + END),
            rm("(?:instead of|rather than|in place of)\\s+(?:tracking\\s+|recording\\s+|having\\s+|keeping\\s+)?" + OLD + "\\s*,?\\s+" + WISH_EN + "\\s+" + NEW + END),
            rm("(?:replace|swap)\\s+" + OLD + "\\s+(?:with|for|by)\\s+" + NEW + END),
            // French
            rm(RM_FR + "\\s+" + OLD + SEP + ADD_FR + "\\s+(?:plut[ôo]t\\s+|[àa] la place\\s+)?" + NEW + END),
            rm("(?:on n'a plus besoin|nous n'avons plus besoin|plus besoin|pas besoin)\\s+(?:du|des|de la|de l'|d'|de)\\s*" + OLD + SEP
                    + "(?:par contre\\s+)?(?:" + WISH_FR + "\\s+)" + NEW + END),
            rm("on ne (?:note|suit|garde|saisit|met|enregistre) plus\\s+" + OLD + "\\s+mais\\s+" + NEW + END),
            rm("(?:au lieu (?:des|du|de la|de l'|de|d')|plut[ôo]t que|[àa] la place (?:des|du|de la|de l'|de|d'))(?:\\s+|(?<='))" + OLD + "\\s*,\\s*" + WISH_FR + "\\s+" + NEW + END),
            // Spanish
            rm(RM_ES + "\\s+" + OLD + SEP + "(?:y\\s+)?(?:en vez de eso|en su lugar|en lugar de eso)?\\s*,?\\s*" + ADD_ES + "\\s+" + NEW + "(?:\\s+en su lugar)?" + END),
            rm("ya no (?:necesitamos|usamos|queremos|hace falta)\\s+" + OLD + SEP + "(?:pero s[ií]\\s+|lo que s[ií] necesitamos es\\s+|mejor\\s+)(?:" + WISH_ES + "\\s+)?" + NEW + END),
            rm(OLD + "\\s+ya no (?:hace falta|se usa|sirve|lo necesitamos)" + SEP + "(?:mejor|pero|en cambio)?\\s*,?\\s*(?:" + WISH_ES + "\\s+)?" + NEW + END),
            rm("(?:en lugar de|en vez de)\\s+" + OLD + "\\s*,?\\s+" + WISH_ES + "\\s+" + NEW + END),
            // German
            rm("(?:das feld\\s+)?" + OLD + "\\s+(?:bitte\\s+)?" + RM_DE + "\\s*(?:,|;|und)\\s*(?:stattdessen|daf[üu]r)(?:\\s+aber)?(?:\\s+bitte)?\\s+" + NEW + "\\s+" + ADD_DE + "(?<tail>\\s*\\([^)]*\\))?" + END),
            rm("(?:wir brauchen\\s+" + OLD + "\\s+nicht mehr)" + SEP + "(?:aber\\s+)?(?:bitte\\s+)?" + NEW + "(?:\\s+" + ADD_DE + ")?" + END),
            rm("kein(?:e|en)?\\s+" + OLD + "\\s+mehr" + SEP + "(?:aber\\s+)?" + NEW + "(?:\\s+" + ADD_DE + ")?" + END),
            rm("(?:statt|anstatt|anstelle)\\s+" + OLD + "\\s+(?:wollen wir|brauchen wir|m[öo]chten wir|bitte)\\s+" + NEW + "(?:\\s+" + ADD_DE + ")?(?<tail>\\s*\\([^)]*\\))?" + END),
            rm(OLD + "\\s+ersetzen wir durch\\s+" + NEW + END),
            // a new name said as a state, with or without another edit after it
            rn("(?:rename\\s+)?" + OLD + "\\s+(?:becomes|will become|turns into|is now called)\\s+" + NEWR + REST + RN_END, false),
            rn(OLD + "\\s+(?:should (?:now )?be called|should be renamed(?: to)?|is renamed(?: to)?|to be renamed(?: to)?)\\s+" + NEWR + REST + RN_END, true),
            rn("(?:could|can)\\s+" + OLD + "\\s+be\\s+(?:called|renamed(?: to)?)\\s+" + NEWR + "(?:\\s+instead)?" + REST + RN_END, false),
            rn(OLD + "\\s*:\\s*(?:call it|rename (?:it )?to|rename to)\\s+" + NEWR + REST + RN_END, false),
            rn(OLD + "\\s+(?:devient|devient maintenant)\\s+" + NEWR + REST + RN_END, false),
            rn(OLD + "\\s+(?:s'appelle d[ée]sormais|s'appelle maintenant|s'appellera|est renomm[ée]e? en)\\s+" + NEWR + REST + RN_END, true),
            rn(OLD + "\\s+(?:pasa a llamarse|pasa a ser|se llama ahora|ahora se llama|se llamar[aá])\\s+" + NEWR + REST + RN_END, true),
            rn(OLD + "\\s+wird zu\\s+" + NEWR + REST + RN_END, false),
            rn(OLD + "\\s+(?:hei(?:ß|ss)t ab jetzt|hei(?:ß|ss)t jetzt|hei(?:ß|ss)t k[üu]nftig|hei(?:ß|ss)t nun)\\s+" + NEWR + REST + RN_END, true),
            rn(OLD + "\\s+soll\\s+(?:k[üu]nftig\\s+|ab jetzt\\s+|jetzt\\s+|nun\\s+)?" + NEWR + "\\s+hei(?:ß|ss)en" + REST + RN_END, true),
            // a rename said with its verb is read by the rename reader; here only when a second edit follows it
            rn("rename\\s+" + OLD + "\\s+to\\s+" + NEWR + REST + RN_END, true),
            rn("renomme[rz]?\\s+" + OLD + "\\s+en\\s+" + NEWR + REST + RN_END, true),
            rn("(?:cambia|cambiad|cambiar)\\s+el nombre (?:de|del)\\s+" + OLD + "\\s+(?:a|por)\\s+" + NEWR + REST + RN_END, true),
            rn("(?:renombra|renombrad|renombrar)\\s+" + OLD + "\\s+(?:a|como|por)\\s+" + NEWR + REST + RN_END, true),
            rn("benenne\\s+" + OLD + "\\s+in\\s+" + NEWR + "\\s+um" + REST + RN_END, true),
            rn(OLD + "\\s+(?:bitte\\s+)?in\\s+" + NEWR + "\\s+umbenennen" + REST + RN_END, true));

    /** A second edit said after the new name: "and make it required", "et rends-le obligatoire", "y es obligatorio", "und ist Pflicht". */
    private static final Pattern REST_WORD = Pattern.compile("(?iu)^\\s*,?\\s*(?:and|et|y|und)\\s+");
    /** The gaps between words, to count them. */
    private static final Pattern WORD_GAPS = Pattern.compile("\\s+");
    private static final Pattern REQUIRED = Pattern.compile("(?iu)^(?:(?:make|mark|set) (?:it|that)|be|is|it is|it's|it must be|must be|has to be|should be|"
            + "rends-le|rends-la|rendez-le|rendez-la|doit [êe]tre|devient|il est|elle est|est|"
            + "hazlo|hazla|hacedlo|hacedla|es|sea|que sea|tiene que ser|debe ser|"
            + "mach(?:e)? (?:es|ihn|sie) zum|als|ist|ist ein|zum|wird)\\s*(?:an?\\s+)?"
            + "(?:required|mandatory|compulsory|obligatoire|obligatori[oa]|pflicht(?:feld)?|pflichtfeld)(?:\\s+(?:markieren|machen|setzen|sein))?$");
    private static final Pattern REQUIRED_WORD = Pattern.compile("(?iu)^(?:required|mandatory|compulsory|obligatoire|obligatori[oa]|pflicht(?:feld)?)$");
    /** Another field made required: "require an email", "exige l'e-mail". */
    private static final Pattern REQUIRE_OTHER = Pattern.compile("(?iu)^require\\s+(?:an?\\s+|the\\s+)?(?<field>[\\p{L} '-]{2,40})$");
    /** "be a long text", "make it a date and time": a type for the field just renamed. */
    private static final Pattern BE_TYPE = Pattern.compile("(?iu)^(?:be|make it|turn it into|change it to)\\s+(?<type>.+)$");
    /** The kind said after the new name: "to Full name on owners". */
    private static final Pattern SCOPE_AFTER = Pattern.compile("(?iu)^(?<name>.+?)\\s+(?<scope>(?:on|for|in)\\s+(?:the\\s+)?\\p{L}+)$");
    private static final Pattern ARTICLE = Pattern.compile("(?iu)^(?:(?:the|les|le|la|el|los|las|der|die|das|den|des|dem|field|champ|campo|feld)\\s+|l')");
    private static final Pattern QUOTES = Pattern.compile("[\"'«»„“”‘’]");
    private static final Pattern OWN_MARK = Pattern.compile("(?iu)\\s*,?\\s*\\b(?:instead|in its place|[àa] la place|plut[ôo]t|en su lugar|stattdessen)\\b(?!\\s+(?:of|que|de|d'|du|des))\\s*,?");
    private static final Pattern WOULD_HELP = Pattern.compile("(?iu)\\s+(?:would help|would be useful|would be good|would be great|please|thanks|merci|gracias|danke|bitte)\\s*$");

    private static final Pattern KIND_FIRST = Pattern.compile("(?iu)^((?:on|for|to)\\s+(?:the\\s+)?\\p{L}+)\\s+(?:add|put)\\s+(.+)$");
    private static final Pattern IT = Pattern.compile("(?iu)\\bit\\b");
    private static final Pattern SCOPE_WORD = Pattern.compile("(?iu)^(?:on|for|in)\\s+(?:the\\s+)?");

    private static final Pattern REPLACE_VERB = Pattern.compile("(?iu)^\\W*(?:\\p{L}+\\W+){0,3}?(?:replace|swap)\\s");
    private static final Pattern LATER = Pattern.compile("(?iu)\\s+(?:from now on|going forward|instead|now|please|d[ée]sormais|maintenant|a partir de ahora|ahora|ab jetzt|k[üu]nftig|bitte)$");
    /** A clause, not a detail: "severity should be …", "everything is on the intranet", "remove it please". */
    private static final Pattern CLAUSE = Pattern.compile("(?iu)\\b(?:should|must|is|are|isn't|aren't|it|them|can|will|never)\\b|^(?:remove|delete|drop|rename|make|change|set)\\b");
    /** "a rating from 1 to 5": the range types the detail, left to the replace reader that reads it. */
    private static final Pattern RANGE = Pattern.compile("(?iu)\\b(?:from|between|de|entre|von)\\s+\\d+\\s+(?:to|and|à|a|y|bis|und)\\s+\\d+");
    private static final Pattern TRAILING_COMMA = Pattern.compile(",$");
    /** "auf Datum mit Uhrzeit ändern", "zum Pflichtfeld machen": a German tail that says nothing of what it is about. */
    private static final Pattern GERMAN_COMPLEMENT = Pattern.compile("(?iu)^(?:auf|zu|zum|zur|als|in)\\s");
    private static final Pattern BRACKET = Pattern.compile("\\s*\\([^)]*\\)");
    /** "two fields: A and B", "two people: A and B": the count is no part of the details. */
    private static final Pattern COUNTED = Pattern.compile("(?iu)^(?:two|three|2|3)\\s+(?:fields|people|things|details|columns)\\s*:?\\s*");
    /** A type and nothing else after "replace X with": a type change, left to its reader. */
    private static final Pattern TYPE_FIRST = Pattern.compile("(?iu)^(?:an?\\s+|the\\s+)?(?:proper\\s+|real\\s+)?(?:drop-?down|pick ?list|list|choice|select|tick ?-?box|check ?-?box|checkbox|yes ?/ ?no|date|number|whole number|decimal|text|free text|long text|file|upload|link|person|status|rating|score|scale)\\b");
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("it", "that", "them", "es", "le", "la", "lo");

    private ReplaceSaid() {
    }

    /** The message with each replacing or renaming sentence said as plain requests. */
    static String take(RefineSession s, String message) {
        if (message.length() > 600) {
            return message;
        }
        String out = message;
        for (Shape shape : SHAPES) {
            int from = 0;
            for (int round = 0; round < 3; round++) {
                Matcher m = shape.pattern().matcher(out);
                if (from >= out.length() || !m.find(from)) {
                    break;
                }
                String said = shape.needsRest() && m.group("rest") == null ? null : shape.rename() ? rename(s, m) : replace(s, m);
                if (said == null) {
                    from = m.end();
                    continue;
                }
                if (m.start() > 0 && !Character.isWhitespace(out.charAt(m.start() - 1))) {
                    said = " " + said; // the sentence's leading space was part of the match
                }
                out = out.substring(0, m.start()) + said + out.substring(m.end());
                from = m.start() + said.length();
            }
        }
        return out;
    }

    private static String replace(RefineSession s, Matcher m) {
        String old = m.group("old").strip();
        String fresh = WOULD_HELP.matcher(OWN_MARK.matcher(m.group("new")).replaceAll(" ")).replaceAll("").strip();
        if (REPLACE_VERB.matcher(m.group()).find()) {
            fresh = COUNTED.matcher(fresh).replaceFirst("");
            if (TYPE_FIRST.matcher(fresh).find()) {
                return null;
            }
        }
        String tail = m.pattern().pattern().contains("<tail>") && m.group("tail") != null ? " " + m.group("tail").strip() : "";
        if (!known(s, old) || fresh.isEmpty() || WORD_GAPS.split(fresh).length > 10 || CLAUSE.matcher(fresh).find() || RANGE.matcher(fresh).find() || known(s, fresh)) {
            return null;
        }
        // "on events add a price": the kind said before the verb goes after the detail
        Matcher sc = KIND_FIRST.matcher(fresh);
        if (sc.matches()) {
            fresh = sc.group(2) + " " + sc.group(1);
        }
        String scope = m.group("scope") == null ? "" : TRAILING_COMMA.matcher(m.group("scope").strip()).replaceFirst("") + ", ";
        return scope + switch (s.lang) {
            case FR -> "supprime " + old + ". " + scope + "ajoute " + fresh + tail + ". ";
            case ES -> "quita " + old + ". " + scope + "añade " + fresh + tail + ". ";
            case DE -> "entferne " + old + ". " + scope + "füge " + fresh + tail + " hinzu. ";
            default -> "remove " + old + ". " + scope + "add " + fresh + tail + ". ";
        };
    }

    private static String rename(RefineSession s, Matcher m) {
        String old = m.group("old").strip();
        String fresh = m.group("new").strip();
        String tail = m.group("rest") == null ? null : REST_WORD.matcher(m.group("rest")).replaceFirst("").strip();
        Matcher sc = SCOPE_AFTER.matcher(fresh);
        if (sc.matches() && RefineMatcher.entity(s.spec, SCOPE_WORD.matcher(sc.group("scope")).replaceFirst("")) != null) {
            fresh = sc.group("name").strip();
            old = old + " " + sc.group("scope");
        }
        java.util.List<String> quoted = RefineText.quoted(fresh);
        String bare = quoted.size() == 1 ? quoted.get(0).strip() : LATER.matcher(QUOTES.matcher(fresh).replaceAll("").strip()).replaceFirst("").strip();
        if (!known(s, old) || bare.isEmpty() || WORD_GAPS.split(bare).length > 5 || REQUIRED_WORD.matcher(bare).matches()) {
            return null;
        }
        String oldBare = old;
        StringBuilder out = new StringBuilder(switch (s.lang) {
            case FR -> "Renomme " + oldBare + " en « " + bare + " »";
            case ES -> "Cambia el nombre de " + oldBare + " a '" + bare + "'";
            case DE -> "Benenne " + oldBare + " in „" + bare + "“ um";
            default -> "Rename " + oldBare + " to '" + bare + "'";
        }).append(". ");
        if (tail != null) {
            if (REQUIRED.matcher(tail).matches()) {
                out.append(switch (s.lang) {
                    case FR -> "Rends « " + bare + " » obligatoire";
                    case ES -> "Haz '" + bare + "' obligatorio";
                    case DE -> "Mach „" + bare + "“ zum Pflichtfeld";
                    default -> "Make '" + bare + "' required";
                }).append(". ");
            } else {
                Matcher other = REQUIRE_OTHER.matcher(tail);
                Matcher type = BE_TYPE.matcher(tail);
                if (other.matches() && s.lang == Lang.EN) {
                    out.append("Make the ").append(other.group("field")).append(" required. ");
                } else if (type.matches() && s.lang == Lang.EN) {
                    out.append("Make '").append(bare).append("' ").append(type.group("type")).append(". ");
                } else if (s.lang == Lang.DE && GERMAN_COMPLEMENT.matcher(tail).find()) {
                    out.append("„").append(bare).append("“ ").append(tail).append(". ");
                } else {
                    out.append(IT.matcher(tail).replaceAll(Matcher.quoteReplacement("'" + bare + "'"))).append(". ");
                }
            }
        }
        return out.toString();
    }

    /** Whether the words name a field the app has, by its own words. */
    private static boolean known(RefineSession s, String said) {
        String bare = ARTICLE.matcher(BRACKET.matcher(QUOTES.matcher(said).replaceAll("")).replaceAll("").strip()).replaceFirst("").strip();
        if (bare.isEmpty() || PRONOUNS.contains(bare.toLowerCase(Locale.ROOT))) {
            return false;
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, new RefineClause(bare));
        return f != null && f.score() >= 0.99;
    }
}

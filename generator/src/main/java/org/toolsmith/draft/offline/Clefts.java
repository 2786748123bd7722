package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A need said as a cleft sentence, the thing put last for weight: "what we need instead is the date of the
 * visit", "ce qu'il nous faut, c'est la date …", "ce que l'on doit surveiller avant tout, c'est la date …", "lo que sí
 * nos interesa es saber cuántos …", "was wir stattdessen brauchen, ist die Telefonnummer …", "was uns fehlt, ist …".
 * The frame is rewritten to the plain request of the language ("we need …", "il nous faut …", "necesitamos …",
 * "wir brauchen …"), so the usual readers name and type the thing. The thing ends with its sentence, or at a
 * colon, a dash or a comma; what follows (a reason, an aside) is kept as a sentence of its own.
 */
final class Clefts {
    private static final String LEAD = "(?<=^|[.!?;:\\n]\\s{0,3}|,\\s{1,3}|\\b(?:and|but|so|et|mais|donc|y|pero|und|aber|also)\\s)";
    private static final String ASIDE = "(?:\\s*,[^,.!?:;]{1,50},)?"; // ", para la memoria anual,"

    private static final Pattern EN = Pattern.compile("(?iu)" + LEAD + "what (?:we|i|they|people|staff|the \\w+) (?:\\w+ly |also |still |actually )*"
            + "(?:need|want|would (?:like|need)|'d like|are missing|keep missing|miss|have to (?:track|record|know|see)|must (?:track|record|know|see)|should (?:track|record))"
            + "(?: (?:instead|though|on the other hand|most|above all))?" + ASIDE + "\\s+(?:is|are)\\s+(?=\\S)"
            + "|" + LEAD + "what(?:'s| is) (?:really |still |actually )?(?:missing|lacking|needed)" + ASIDE + "\\s+(?:is|are)\\s+(?=\\S)");
    private static final Pattern FR = Pattern.compile("(?iu)" + LEAD + "(?:ce (?:qu'il (?:nous |me )?(?:faut|faudrait)|qui (?:nous |me )?(?:manque|manquerait|serait utile|importe)"
            + "|que (?:l'on|on|nous|je) (?:doit|devons|dois|devrait|veut|voulons|voudrait|voudrions|aimerait|aimerions|souhaite|souhaitons)(?: \\p{L}+)?)"
            + "(?: (?:avant tout|surtout|par contre|en revanche|vraiment|en fait|plut[oô]t))?)" + ASIDE + "\\s*,?\\s+c'est\\s+(?=\\S)");
    private static final Pattern ES = Pattern.compile("(?iu)" + LEAD + "lo que (?:s[ií] |de verdad |realmente |en cambio |tambi[eé]n )?"
            + "(?:(?:nos|me) (?:interesa|importa|hace falta|falta|har[ií]a falta|vendr[ií]a bien)|necesit\\p{L}+|quer\\p{L}+|hay que (?:saber|apuntar|registrar|controlar)|(?:tenemos|debemos) que (?:saber|apuntar|registrar|controlar))"
            + "(?: (?:en cambio|sobre todo|de verdad|realmente))?" + ASIDE + "\\s*,?\\s+(?:es|son|ser[ií]a)\\s+(?=\\S)");
    private static final Pattern DE = Pattern.compile("(?iu)" + LEAD + "was (?:wir|ich|man) (?:(?:stattdessen|dagegen|daf[uü]r|aber|noch|wirklich|eigentlich|vor allem|jedoch) )*"
            + "(?:brauchen|br[aä]uchten|brauche|ben[oö]tigen|wollen|m[oö]chten|wissen m[uü]ssen|erfassen m[uü]ssen)"
            + "|" + LEAD + "was (?:uns|mir) (?:(?:stattdessen|dagegen|aber|noch|wirklich|eigentlich|vor allem|jedoch) )*(?:fehlt|gefehlt hat|wichtig ist)");
    private static final Pattern DE_IS = Pattern.compile("(?iu)^" + ASIDE + "\\s*,?\\s+(?:ist|sind|w[aä]re|w[aä]ren)\\s+(?=\\S)");

    private static final Pattern PURPOSE = Pattern.compile("(?iu)^\\s*,\\s*(?:f[uü]r|for|pour|para|zum|zur|au cas o[uù]|en caso de|in case)\\b[^.!?;:\\n,]*");

    private Clefts() {
    }

    /** The message with each cleft need rewritten to the plain request. */
    static String rewrite(RefineSession s, String message) {
        Pattern p = switch (s.lang) {
            case FR -> FR;
            case ES -> ES;
            case DE -> DE;
            default -> EN;
        };
        if (GistPhrase.describesKind(new RefineClause(message))) {
            // "what we really need is a skills matrix: which stations each operator …, at what level": a kind of its own
            return message;
        }
        Matcher m = p.matcher(message);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (s.lang == Lang.DE) {
                Matcher is = DE_IS.matcher(message.substring(end));
                if (!is.find()) {
                    continue;
                }
                end += is.end();
            }
            String thing = thing(message.substring(end));
            if (thing.isBlank() || thing.split("\\s+").length > 14) {
                continue;
            }
            out.append(message, from, start).append(plain(s, thing));
            from = end + thing.length();
            String rest = message.substring(from);
            Matcher purpose = PURPOSE.matcher(rest);
            if (purpose.find()) {
                // "…, für Notfälle", "…, for the insurer": why it is needed, not another thing
                from += purpose.end();
                rest = message.substring(from);
            }
            if (!rest.matches("(?s)^\\s*(?:[.!?;\\n].*)?$")) {
                // what came after the thing ("…, für Notfälle", ": aujourd'hui …") is a sentence of its own
                out.append(". ");
                from += rest.length() - rest.replaceFirst("^\\s*[,:–—-]+\\s*", "").length();
            }
        }
        return from == 0 ? message : out.append(message.substring(from)).toString();
    }

    /** The words of the thing: up to the end of the sentence, a colon, a dash or a comma. */
    private static String thing(String after) {
        Matcher end = Pattern.compile("\\s*(?:[.!?;:\\n]|,\\s|\\s[-–—]\\s)").matcher(after);
        return end.find() ? after.substring(0, end.start()) : after.replaceAll("\\s+$", "");
    }

    private static String plain(RefineSession s, String thing) {
        // "die neue Adresse selbst", "the address itself": the thing, not a word of its name
        String t = thing.strip().replaceFirst("(?iu)\\s+(?:itself|themselves|selbst|lui-m[eê]me|elle-m[eê]me|en s[ií]|mism[oa]s?)$", "");
        return switch (s.lang) {
            case FR -> (t.matches("(?iu)^savoir\\s.*") ? "on a besoin de " : "il nous faut ") + t;
            case ES -> "necesitamos " + t;
            case DE -> "wir brauchen " + t;
            default -> t.matches("(?iu)^(?:to know|knowing)\\s.*") ? "we need to know " + t.replaceFirst("(?iu)^(?:to know|knowing)\\s+", "")
                    : t.matches("(?iu)^(?:who|when|whether|how|which|what|where|why)\\s.*") ? "we need to know " + t : "we need " + t;
        };
    }
}

package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The frame of a request sent as an e-mail or a chat message, which names no record and no field:
 * a subject line ("Subject: bike repair log", "Objet : …", "Asunto: …", "Betreff: …"), a closing
 * line with the signature under it ("Kind regards,\nMaria Lopez\nFacilities", "Viele Grüße\nStefan"),
 * a greeting word typed in front of a lower-case message ("hey can we get …"), and a thank-you
 * tacked onto the end of a message written without punctuation ("… and the return date thx"). Closings of the four languages are one list: a closing is a closing whatever
 * language the body is in. The salutation line is left to the sentence reader (a greeting sentence).
 */
final class MailFrame {
    private MailFrame() {
    }

    /** A closing is one of the last few lines; the lines after it are the signature. */
    private static final int CLOSING_WINDOW = 6;
    /** Words a closing line may carry besides the closing itself: "Thanks, Priya", "Cheers Anna". */
    private static final int CLOSING_NAME_WORDS = 3;

    private static final Pattern SUBJECT = Pattern.compile(
            "^(?:subject|subj|re|fwd?|objet|sujet|asunto|betreff|betr|aw|wg)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    /** Folded closings (regular expressions: "grus?se" is "Grüße" and "Grüsse"). */
    private static final String CLOSINGS = String.join("|",
            // English
            "kind regards", "best regards", "warm regards", "regards", "best wishes", "best", "all the best",
            "many thanks", "thanks a lot", "thanks so much", "thanks in advance", "thank you in advance",
            "thanks again", "thank you", "thanks", "thx", "ta", "cheers", "sincerely", "yours sincerely",
            "yours", "speak soon", "talk soon", "have a nice day", "have a good day",
            // French
            "bien cordialement", "cordialement", "bien a vous", "merci d'avance", "merci par avance",
            "merci beaucoup", "merci encore", "merci", "bonne journee", "belle journee", "bonne soiree",
            "a bientot", "amicalement", "salutations", "sinceres salutations", "bisous", "bises",
            // Spanish
            "un saludo", "saludos cordiales", "un cordial saludo", "saludos", "atentamente", "cordialmente",
            "muchas gracias", "gracias de antemano", "gracias por adelantado", "gracias", "un abrazo",
            "abrazos", "hasta pronto",
            // German
            "mit freundlichen grus?sen", "freundliche grus?se", "viele grus?se", "liebe grus?se", "beste grus?se",
            "herzliche grus?se", "schone grus?se", "grus?se", "grus?s", "vielen dank im voraus", "vielen dank",
            "danke im voraus", "danke schon", "danke", "lg", "vg", "mfg", "bis bald");
    private static final Pattern CLOSING = Pattern.compile(
            "^(?:(?:and|et|y|und) )?(?:" + CLOSINGS + ")(?: (?:and|et|y|und) (?:" + CLOSINGS + "))?"
            + "(?: [\\p{L}.'-]+){0," + CLOSING_NAME_WORDS + "}$");
    /** A greeting word in front of a message typed in lower case (a capital after it opens a sentence the reader handles). */
    private static final Pattern OPENER = Pattern.compile(
            "\\s*(?:hi|hey|hiya|hello|morning|bonjour|salut|coucou|bonsoir|hola|buenas|buenos d[ií]as|hallo|moin|servus"
            + "|guten morgen|guten tag)(?: (?:all|team|everyone|guys|à tous|a tous|tout le monde|equipo|chicos|zusammen|leute))?"
            + "[,!]?\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int OPENER_MIN_REST = 5;
    /** A thank-you ending a message that has no full stop before it: "… and the return date thx". */
    private static final Pattern TRAILING_THANKS = Pattern.compile(
            "(?<=\\p{L})\\s+(?:thx|thanks|thank you|ty|cheers|merci|merci d'avance|gracias|danke)\\s*[.!]*\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** The request without its subject line, closing and signature (unchanged when it has none). */
    static String body(String request) {
        return body(request, DRAFT_BODY_WORDS, false);
    }

    /** A line of the body above a closing has at least this many words (a request to draft is long). */
    private static final int DRAFT_BODY_WORDS = 6;
    /** A chat edit is short: "please add a receipt upload." above "Thanks,\nJo" is a body. */
    private static final int EDIT_BODY_WORDS = 3;
    private static final Pattern CLOSING_ALONE = Pattern.compile("^(?:" + CLOSINGS + ")$");

    /**
     * A chat edit without its closing line and the signature under it ("…\nThanks,\nJo", "…\nUn saludo,\nMarta"): the
     * name signed under a closing is no field. Only a closing on a line of its own, or one with a comma before the
     * name ("Cheers, Anna"), is cut, so a last line of fields that opens with "best" stays.
     */
    static String editBody(String message) {
        return message == null || message.indexOf('\n') < 0 ? message : body(message, EDIT_BODY_WORDS, true);
    }

    private static String body(String request, int bodyWords, boolean edit) {
        if (request == null || request.isBlank()) {
            return request;
        }
        List<String> lines = new ArrayList<>(List.of(request.replace("\r", "").split("\n", -1)));
        int first = next(lines, 0);
        var sm = SUBJECT.matcher(lines.get(first).strip());
        if (!edit && sm.matches() && Text.wordCount(sm.group(1)) <= 12 && next(lines, first + 1) >= 0) {
            lines.set(first, "");
        }
        if (!edit && first >= 0) {
            // "hey can we get a tracker …", "hola necesito …": a greeting word typed in front of a lower-case message
            var om = OPENER.matcher(lines.get(first));
            if (om.lookingAt() && Character.isLowerCase(lines.get(first).codePointAt(om.end()))
                    && Text.wordCount(lines.get(first).substring(om.end())) >= OPENER_MIN_REST) {
                lines.set(first, lines.get(first).substring(om.end()));
            }
        }
        int seen = 0;
        for (int i = lines.size() - 1; i > first && seen < CLOSING_WINDOW; i--) {
            String l = Text.fold(lines.get(i)).replaceAll("[,!.:;]", " ").replaceAll("\\s+", " ").strip();
            if (l.isEmpty()) {
                continue;
            }
            seen++;
            if (CLOSING.matcher(l).matches() && hasBodyAbove(lines, i, bodyWords)
                    && (!edit || CLOSING_ALONE.matcher(l).matches() || lines.get(i).contains(","))) {
                lines.subList(i, lines.size()).clear();
                break;
            }
        }
        String out = String.join("\n", lines).strip();
        if (!edit && out.indexOf('\n') < 0 && Text.wordCount(out) >= 8) {
            out = TRAILING_THANKS.matcher(out).replaceFirst("");
        }
        return out.isEmpty() ? request : out;
    }

    /** Whether some line above holds a sentence of the body (a closing is never the whole message). */
    private static boolean hasBodyAbove(List<String> lines, int at, int bodyWords) {
        for (int i = 0; i < at; i++) {
            if (Text.wordCount(lines.get(i)) >= bodyWords) {
                return true;
            }
        }
        return false;
    }

    private static int next(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}

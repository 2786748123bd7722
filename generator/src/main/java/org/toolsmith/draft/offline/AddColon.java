package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request to add, said once before a colon, and the details after it: on the same line ("Bitte ergänzen: a, b und c",
 * "Por favor, añadid: a, b y c", "could you add: a and b") or one per bullet or numbered line ("Please add to the
 * inspections:\n- a\n- b", "Deux choses en plus pour chaque inspection :\n* a\n* b", "¿podéis añadir esto?\n1. a\n2. b").
 * Each detail becomes "add …" with the kind the header named, so no detail is lost: before, bullets under the header
 * were bare noun phrases that asked for nothing, and the verb before a colon was read as the name of a choice whose
 * values were the details. Left alone when a detail has its own editing verb ("- add X", "- remove Y"), so the lines
 * of a mixed list keep their own verbs.
 */
final class AddColon {
    private static final String POLITE = "(?:(?:please|pls|kindly|(?:could|can|would) you(?: please)?|merci de|merci d'|pourriez-vous|pouvez-vous|peux-tu|tu peux"
            + "|por favor,?|¿?pod[eé]is|¿?podr[ií]as|¿?puedes|¿?podr[ií]an|¿?pueden|bitte|k[öo]nn(?:t|en|ten|test) (?:ihr|sie|du)(?: bitte)?|kannst du(?: bitte)?)\\s*,?\\s*)*";
    /** Where the details go, always with its article or "each" ("to the inspections", "aux échantillons", "a los pedidos", "bei jeder Probe"): "add a cover:" names no kind. */
    private static final String SCOPE = "(?:\\s+(?:(?:to|on|for|in|pour|dans|sur|para|en|a|bei|f[üu]r|zu)\\s+"
            + "(?:(?:the|each|every|all|les|la|le|chaque|los|las|el|cada|den|dem|der|die|das|jede[rsmn]?)\\s+|l')|(?:aux|au|al|beim|im|zum|zur)\\s+)[\\p{L}-]+)";
    private static final String FOLLOWING = "(?:\\s+(?:the following(?: fields| details| things)?|this|these|ceci|ce qui suit|les [ée]l[ée]ments suivants|esto|lo siguiente|folgendes|folgende(?: felder| angaben| punkte)?))?";
    private static final String ADD = "(?:(?:also|aussi|tambi[eé]n|noch|auch)\\s+)?(?:add|include|ajouter|ajoute[zr]?|rajouter|rajoute[zr]?|a[ñn]adir|a[ñn]ade|a[ñn]adid|agregar|agrega|agregad|incluir|incluye|incluid)";
    private static final String ADD_LAST = "(?:noch\\s+)?(?:folgendes\\s+)?(?:erg[äa]nzen|hinzuf[üu]gen|aufnehmen)";
    private static final String MORE = "(?:(?:two|three|four|a few|some|deux|trois|quatre|quelques|dos|tres|cuatro|unas|algunas|zwei|drei|vier|ein paar|einige)\\s+)?"
            + "(?:more\\s+|other\\s+|extra\\s+)?(?:things|details|fields|changes|choses|champs|d[ée]tails|modifs|modifications|cosas|campos|detalles|cambios|sachen|dinge|felder|angaben|punkte|[äa]nderungen)"
            + "(?:\\s+(?:more|en plus|de plus|m[aá]s|noch))?";
    /** A line that asks to add and names nothing itself, then a colon (or a question mark before bullet lines). */
    private static final Pattern ASKS = Pattern.compile("(?iu)^" + POLITE + "(?:" + ADD + FOLLOWING + "(" + SCOPE + ")?" + FOLLOWING
            + "|(" + SCOPE + ")?\\s*" + ADD_LAST + ")(?:\\s+(?:please|svp|stp|por favor|bitte))?\\s*[?]?\\s*[:?]$");
    /** An announcement of more details for a kind: "Two more things on each rental:", "Zwei Sachen noch bei jeder Probe:". */
    private static final Pattern MORE_THINGS = Pattern.compile("(?iu)^" + MORE + "(" + SCOPE + ")?(?:\\s+(?:please|svp|por favor|bitte))?\\s*:$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•]|\\d{1,2}[.)])\\s+(\\S.*?)\\s*[.;,]?\\s*$");
    /** A detail with its own editing verb: the list is not one of things to add. */
    private static final Pattern OWN_VERB = Pattern.compile("(?iu)^(?:please\\s+|bitte\\s+)?(?:add|remove|delete|drop|rename|make|set|change|link|mark|turn|split|merge|get rid|"
            + "ajout|rajout|supprim|enl[eè]v|retir|renomm|rend|mets|chang|a[ñn]ad|agreg|quit|elimin|borr|renombr|haz\\b|pon\\b|cambi|"
            + "entfern|l[öo]sch|benenn|mach|[äa]nder|erg[äa]nz|hinzuf|streich)|(?:hinzuf[üu]gen|erg[äa]nzen|entfernen|l[öo]schen|streichen|umbenennen|raus)\\W*$");
    /** The same request on one line: "Bitte ergänzen: a, b und c". */
    private static final Pattern INLINE = Pattern.compile("(?iu)(^|[.!?\\n]\\s*)(" + POLITE + "(?:" + ADD + FOLLOWING + "(" + SCOPE + ")?"
            + "|(" + SCOPE + ")?\\s*" + ADD_LAST + "))\\s*:[ \\t]*([^\\n.!?]+)");

    private AddColon() {
    }

    static String plain(String message) {
        if (message.indexOf(':') < 0 && message.indexOf('?') < 0) {
            return message;
        }
        return inline(bullets(message));
    }

    /** A header line and the bullet lines under it: one "add …" line per detail. */
    private static String bullets(String message) {
        if (message.indexOf('\n') < 0) {
            return message;
        }
        String[] lines = message.split("\n", -1);
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            String head = lines[i].strip();
            Matcher asks = ASKS.matcher(head);
            Matcher more = MORE_THINGS.matcher(head);
            boolean isAsk = asks.matches();
            boolean isMore = !isAsk && more.matches();
            List<String> items = new ArrayList<>();
            int j = i + 1;
            for (; (isAsk || isMore) && j < lines.length; j++) {
                Matcher b = BULLET.matcher(lines[j]);
                if (!b.matches()) {
                    break;
                }
                items.add(b.group(1));
            }
            if (items.isEmpty() || items.stream().anyMatch(x -> OWN_VERB.matcher(x).find())) {
                out.add(lines[i]);
                continue;
            }
            String scope = isAsk ? (asks.group(1) != null ? asks.group(1) : asks.group(2)) : more.group(1);
            for (String item : items) {
                out.add("add " + item + (scope == null ? "" : scope) + ".");
            }
            changed = true;
            i = j - 1;
        }
        return changed ? String.join("\n", out) : message;
    }

    /** "Bitte ergänzen: a, b und c" → "add a, b und c". */
    private static String inline(String message) {
        if (message.indexOf(':') < 0) {
            return message;
        }
        Matcher m = INLINE.matcher(message);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String items = m.group(5);
            if (OWN_VERB.matcher(items.strip()).find() || items.contains(":")) {
                continue;
            }
            String scope = m.group(3) != null ? m.group(3) : m.group(4);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "add " + items.strip() + (scope == null ? "" : scope)));
            changed = true;
        }
        if (!changed) {
            return message;
        }
        m.appendTail(out);
        return out.toString();
    }
}

package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.AppSpec;

/**
 * A record kind of the app named with a word of distribution ("each / every / per K", "chaque / par K", "cada / por K",
 * "jede / pro K") says where a new field goes and is no part of its name, whatever verb asks for it or if none does:
 * "the office asks us for the date of birth of each candidate", "pro Gerät bitte noch das Intervall", "nos piden el
 * teléfono de cada socio". A message refused whole is said again as "for each K, add <the thing>" in its language: the
 * thing runs from the article (or question word) that opens its noun phrase, taken back through "X of the Y" chains,
 * to the end of the sentence, without the distributive phrase. A kind is what the app already has, never a unit ("per
 * kg", "par mois"), so only words that name a kind fire. Used only by {@link RefusedRetry}.
 */
final class EachKindAsk {
    /**
     * The distributive and the word after it: group 1 the whole distributive, group 2 a genitive before it ("of each",
     * "de cada"), group 3 a distributive that is itself a preposition ("per", "pour chaque", "pro"), group 4 the word,
     * group 5 a possessive ("each hirer's").
     */
    private static final Pattern EACH = Pattern.compile("(?iu)(?<![\\p{L}])((of\\s+|de\\s+|d'|du\\s+|del\\s+|von\\s+)?"
            + "(?:(for\\s+(?:each|every)|per|pour\\s+chaque|par|para\\s+cada|por\\s+cada|por|f(?:ü|u)r\\s+jede[mnrs]?|bei\\s+jede[mnrs]?|pro|je)"
            + "|each|every|chaque|cada|jede[mnrs]?))\\s+(\\p{L}[\\p{L}-]*)(['’]s)?(?![\\p{L}])");
    /** Words that open a noun phrase or a question of what is kept. */
    private static final Pattern OPENER = Pattern.compile("(?iu)(?<![\\p{L}'])(?:the|a|an|its|their|le|la|les|l'|un|une|des|du|son|sa|ses|leur|leurs"
            + "|el|los|las|una|unos|unas|su|sus|der|die|das|den|dem|ein|eine|einen|sein|seine|seinen|ihr|ihre|ihren"
            + "|how|when|whether|where|which|what|who|comment|quand|si|où|quel\\p{L}*|qui|cómo|como|cuándo|cuando|dónde|qué|quién|cuál"
            + "|wie|wann|ob|wo|welche\\p{L}*|wer)(?=[\\s'])");
    /** "the name of " / "la date de " just before an article: the phrase goes on back to that noun. */
    private static final Pattern OF_CHAIN = Pattern.compile("(?iu)(?<![\\p{L}'])(?:the|a|an|le|la|les|l'|un|une|el|los|las|una|der|die|das|den|ein|eine|einen)\\s*"
            + "(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+\\s+(?:of|de|del|des|du|d'|von|vom)\\s*$");
    private static final Pattern QUESTION_WORD = Pattern.compile("(?iu)^(?:how|when|whether|where|which|what|who)$");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?¡¿\\n]+[.!?]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("\\s+([,.!?:;])");
    /** A mark left at the start ("…, pro Gerät: das …") or the sentence's own end. */
    private static final Pattern EDGES = Pattern.compile("^[\\s,;:–-]+|[\\s.!?]+$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]{3,}");

    private EachKindAsk() {
    }

    /** The message said again as plain additions to the kinds its distributives name; empty when none names a kind. */
    static List<String> plain(String message, AppSpec spec) {
        if (message == null || spec == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher s = SENTENCE.matcher(message);
        while (s.find()) {
            String asked = sentence(s.group().strip(), spec);
            if (asked != null) {
                out.add(asked);
            }
        }
        return out.isEmpty() ? List.of() : List.of(String.join(" ", out));
    }

    /** One sentence put as "for each K, add …", or null when no distributive in it names a kind of the app. */
    static String sentence(String s, AppSpec spec) {
        Matcher m = EACH.matcher(s);
        while (m.find()) {
            RefineMatcher.EntityRef kind = RefineMatcher.entity(spec, m.group(4));
            if (kind == null) {
                continue;
            }
            Lang lang = lang(m.group(1));
            int start = start(s, m.start(), m.end());
            String before = start < m.start() ? s.substring(start, m.start()) : "";
            boolean question = QUESTION_WORD.matcher(before.strip()).matches();
            if (m.group(2) == null && m.group(3) == null && m.group(5) == null && !question) {
                // "chaque rendez-vous concerne un patient", "ordne jede Wohnung einer zu": the kind is what the clause
                // is about (its subject or object), not the owner of a thing asked for
                continue;
            }
            String thing = SPACES.matcher(before + (question ? " they " : " ") + s.substring(Math.max(start, m.end()))).replaceAll(" ");
            thing = EDGES.matcher(SPACE_BEFORE_MARK.matcher(thing).replaceAll("$1")).replaceAll("");
            if (!WORD.matcher(thing).find()) {
                return null;
            }
            return each(lang, kind.entity().name()) + ", " + add(lang) + " " + thing + ".";
        }
        return null;
    }

    /** Where the thing begins: the last opener before the distributive (back through "X of"), else the first after it. */
    private static int start(String s, int from, int to) {
        Matcher o = OPENER.matcher(s);
        int last = -1;
        int after = -1;
        while (o.find()) {
            if (o.start() < from) {
                last = o.start();
            } else if (o.start() >= to && after < 0) {
                after = o.start();
            }
        }
        if (last < 0) {
            return after >= 0 ? after : to;
        }
        Matcher chain = OF_CHAIN.matcher(s.substring(0, last));
        return chain.find() ? chain.start() : last;
    }

    private static Lang lang(String distributive) {
        String d = distributive.toLowerCase(Locale.ROOT);
        if (d.contains("chaque") || d.endsWith("par")) {
            return Lang.FR;
        }
        if (d.contains("cada") || d.endsWith("por")) {
            return Lang.ES;
        }
        if (d.contains("jede") || d.endsWith("pro") || d.endsWith("je")) {
            return Lang.DE;
        }
        return Lang.EN;
    }

    private static String each(Lang lang, String kind) {
        return switch (lang) {
            case FR -> "pour chaque " + kind;
            case ES -> "para cada " + kind;
            case DE -> "für jedes " + kind;
            default -> "for each " + kind;
        };
    }

    private static String add(Lang lang) {
        return switch (lang) {
            case FR -> "ajoute";
            case ES -> "añade";
            case DE -> "ergänze";
            default -> "add";
        };
    }
}

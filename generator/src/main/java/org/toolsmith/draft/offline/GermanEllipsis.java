package org.toolsmith.draft.offline;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * German words that share their last part, written once with a hyphen: "Hin- und Rückfahrt", "Abhol- und Lieferzeit",
 * "Ein- oder Ausgang". The first is spelled out ("Hinfahrt und Rückfahrt") so that each edit reaches its own field;
 * before, only the second was read. The shared part is the longest end of the second word that makes, with the first
 * part, a field label of the spec, else one of the common last parts of German field names below. The joiner ("und",
 * "oder", "bzw.") marks the language: short messages are not always guessed German.
 */
final class GermanEllipsis {
    private static final Pattern SHARED = Pattern.compile("(?<![\\p{L}-])(\\p{L}{1,20})-\\s+(und|oder|bzw\\.?)\\s+(\\p{L}{3,40})");
    /** Common last parts of German field names, from general knowledge. */
    static final Set<String> HEADS = Set.of("datum", "zeit", "uhrzeit", "nummer", "adresse", "preis", "betrag", "kosten", "stand", "ort",
        "name", "termin", "tag", "gewicht", "dauer", "menge", "anzahl", "reise", "zahl", "art", "grund", "telefon", "mail", "bestand", "wert");

    private GermanEllipsis() {
    }

    /** The message with each "X- und YZ" spelled out as "XZ und YZ" when the shared part Z is found. */
    static String spell(RefineSession s, String message) {
        if (message.indexOf('-') < 0) {
            return message;
        }
        Matcher m = SHARED.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String shared = shared(s, m.group(1), m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(shared == null ? m.group()
                    : m.group(1) + shared + " " + m.group(2) + " " + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String shared(RefineSession s, String first, String second) {
        String low = second.toLowerCase(Locale.ROOT);
        Set<String> labels = new HashSet<>();
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                labels.add(RefineText.fold(f.label()));
            }
        }
        for (int at = 1; at < low.length() - 2; at++) {
            String tail = low.substring(at);
            if (labels.contains(RefineText.fold(first + tail))) {
                return tail;
            }
        }
        for (int at = 1; at < low.length() - 2; at++) {
            String tail = low.substring(at);
            if (HEADS.contains(RefineText.fold(tail))) {
                return tail;
            }
        }
        return null;
    }
}

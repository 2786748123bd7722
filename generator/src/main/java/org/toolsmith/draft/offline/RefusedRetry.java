package org.toolsmith.draft.offline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.AppSpec;

/**
 * Plainer forms of a chat message the refiner refused whole, to read once more: without a short preface before a
 * colon ("we've changed our scale: …", "petite modif : …", "kleine Änderung: …"), and without the reason after the
 * request (", c'est plus parlant pour l'équipe", ", because nobody reads it", ", porque …", ", weil …"). Only what the
 * person wrote is kept; nothing is added. Used only after a refusal, so a message read well is never read twice.
 */
final class RefusedRetry {
    private static final Pattern PREFACE = Pattern.compile("^\\s*([^:\\n]{1,60}?)\\s*:\\s+(?=\\S)");
    private static final Pattern REASON = Pattern.compile("(?iu)\\s*[,;(–-]\\s*(?:because|since|as\\s+(?:it|that|this|we|they|nobody)|so\\s+that|that\\s+way"
            + "|c'est|car|parce\\s+qu|comme\\s+ça|ça\\s+(?:sera|serait)|porque|ya\\s+que|así|que\\s+así|es\\s+más|weil|da\\s+(?:wir|das|es)|damit|denn|das\\s+ist)\\b[^.!?\\n]*");

    private RefusedRetry() {
    }

    static List<String> plainer(String message) {
        if (message == null || message.isBlank()) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        Matcher preface = PREFACE.matcher(message);
        String afterPreface = null;
        if (preface.find() && Text.wordCount(preface.group(1)) <= 6 && !preface.group(1).contains(",")) {
            afterPreface = message.substring(preface.end()).strip();
            out.add(afterPreface);
        }
        for (String m : afterPreface == null ? List.of(message) : List.of(message, afterPreface)) {
            String noReason = REASON.matcher(m).replaceAll("").strip();
            if (!noReason.isBlank() && !noReason.equals(m)) {
                out.add(noReason);
            }
        }
        out.remove(message);
        out.removeIf(String::isBlank);
        return List.copyOf(out);
    }

    /**
     * The plainer forms, then "can we also see how long each one took", "il faudrait savoir qui a validé" put as a plain
     * addition ({@link AskedToRecord}), with and without the reason after it; last, a kind named with "each / per"
     * taken as where the thing goes ({@link EachKindAsk}).
     */
    static List<String> plainer(String message, AppSpec spec) {
        LinkedHashSet<String> out = new LinkedHashSet<>(plainer(message));
        for (String asked : message == null ? List.<String>of() : AskedToRecord.plain(message, spec)) {
            out.add(asked);
            String noReason = REASON.matcher(asked).replaceAll("").strip();
            if (!noReason.isBlank()) {
                out.add(noReason);
            }
        }
        // "la mutua exige el número de afiliación de cada socio", "pro Gerät bitte noch das Intervall": last,
        // the thing said as an addition to the kind the distributive names
        out.addAll(EachKindAsk.plain(message, spec));
        out.remove(message);
        return List.copyOf(out);
    }
}

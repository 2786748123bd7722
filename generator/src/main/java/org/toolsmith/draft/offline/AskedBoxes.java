package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Yes/no fields named as questions before a box word: "Signed? and Returned? checkboxes thanks", "can deliveries get
 * Urgent?, Fragile? checkboxes", "¿Pagado? y ¿Entregado? casillas", "Bezahlt? und Abgeholt? Häkchen". The question marks
 * end no sentence here: the run becomes one request of a tick box per name ("add a 'Paid' tick box and a 'Collected'
 * tick box please"), read like any other. A single "Paid?" before a box word, or questions with no box word after them,
 * are left as they are.
 */
final class AskedBoxes {
    private static final String NAME = "[¿]?[\\p{L}\\d][\\p{L}\\d'’/-]*(?:\\s+[\\p{L}\\d][\\p{L}\\d'’/-]*)?\\s?\\?";
    private static final Pattern RUN = Pattern.compile("(?iu)(?<![\\p{L}\\d'’/-])((?:" + NAME + "\\s*(?:,|&|\\+|/|\\band\\b|\\bet\\b|\\by\\b|\\bund\\b)?\\s*){2,})"
            + "(?:(?:as|comme|como|als)\\s+)?(?:(?:two|deux|dos|zwei|2)\\s+)?(?:(?:yes/no|ja/nein|oui/non|si/no)\\s+)?(tick[- ]?box(?:es)?|check[- ]?box(?:es)?|boxes|ticks|flags|fields|cases(?:\\s+[àa]\\s+cocher)?|casillas|h[äa]kchen|haken|checkbox(?:en)?|k[äa]stchen|felder)\\b");
    private static final Pattern ONE = Pattern.compile("(?u)[¿]?([\\p{L}\\d][\\p{L}\\d'’/-]*(?:\\s+[\\p{L}\\d][\\p{L}\\d'’/-]*)?)\\s?\\?");
    private static final Pattern JOINER = Pattern.compile("(?iu)^(?:and|et|y|und|or|ou|o|oder)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A polite word that opens the sentence, capitalised or not ("Bitte Bezahlt? und …"): the sentence's, not the name's. */
    private static final Pattern POLITE = Pattern.compile("(?iu)please|pls|kindly|svp|stp|merci|porfa|bitte");
    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.!:;\\n-]$");

    private AskedBoxes() {
    }

    static String join(String message) {
        Matcher m = RUN.matcher(message);
        if (!m.find()) {
            return message;
        }
        List<String> names = new ArrayList<>();
        Matcher one = ONE.matcher(m.group(1));
        String lead = "";
        while (one.find()) {
            String name = JOINER.matcher(one.group(1)).replaceFirst("");
            String[] w = SPACES.split(name);
            if (names.isEmpty() && w.length == 2 && (Character.isLowerCase(w[0].charAt(0)) || POLITE.matcher(w[0]).matches()) && Character.isUpperCase(w[1].charAt(0))) {
                // "can we have Paid? …": the word before the first name is the sentence's, not the name's
                lead = w[0] + " ";
                name = w[1];
            }
            names.add(name);
        }
        if (names.size() < 2) {
            return message;
        }
        String before = message.substring(0, m.start()) + lead;
        boolean opens = before.strip().isEmpty() || SENTENCE_END.matcher(before.strip()).matches();
        StringBuilder asked = new StringBuilder(opens ? "add " : "");
        for (int i = 0; i < names.size(); i++) {
            asked.append(i == 0 ? "" : " and ").append("a '").append(names.get(i)).append("' tick box");
        }
        return before + asked + message.substring(m.end());
    }
}

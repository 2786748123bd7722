package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new field asked for as a place to put it, without a verb of asking: "and somewhere to attach the signed
 * form", "et un endroit pour joindre le devis", "y un sitio para adjuntar el informe médico", "und ein Feld für die
 * Zählernummer". The clause becomes the plain request: to attach or upload it (a file), else to add it. The
 * negative forms ("there's nowhere to put …") are {@link AskFrames}'.
 */
final class PlaceFor {
    private static final Pattern EN = Pattern.compile("^(?:and\\s+|also\\s+|plus\\s+)*(?:a|an|one|some)\\s+(?:place|spot|field|box|space|column|way|somewhere)\\s+"
            + "(?:to|for|where (?:we|i|you|they|people) can)\\s+(attach|upload|scan in|put|record|note|write down|enter|store|keep|log)\\s+(?=\\S)"
            + "|^(?:and\\s+|also\\s+|plus\\s+)*somewhere\\s+(?:to|where (?:we|i|you|they|people) can)\\s+(attach|upload|scan in|put|record|note|write down|enter|store|keep|log)\\s+(?=\\S)");
    private static final Pattern FR = Pattern.compile("^(?:et\\s+|aussi\\s+|puis\\s+)*(?:un|une)\\s+(?:endroit|place|champ|case|espace|zone|emplacement|moyen)\\s+"
            + "(?:pour|ou|où)\\s+(?:on peut\\s+|pouvoir\\s+)?(joindre|attacher|deposer|déposer|telecharger|télécharger|scanner|mettre|noter|saisir|indiquer|inscrire|ranger|stocker)\\s+(?=\\S)");
    private static final Pattern ES = Pattern.compile("^(?:y\\s+|tambien\\s+|también\\s+|ademas\\s+|además\\s+)*(?:un|una)\\s+(?:sitio|lugar|campo|hueco|espacio|casilla|forma|manera)\\s+"
            + "(?:para|donde|de)\\s+(?:poder\\s+)?(adjuntar|subir|escanear|poner|apuntar|anotar|guardar|meter|indicar|registrar)\\s+(?=\\S)");
    private static final Pattern DE = Pattern.compile("^(?:und\\s+|auch\\s+|noch\\s+)*(?:einen|ein|eine)\\s+(?:platz|feld|stelle|ort|spalte|moglichkeit|möglichkeit)\\s+"
            + "(?:fur|für)\\s+(?=\\S)");
    private static final Pattern ATTACH = Pattern.compile("(?iu)^(?:attach|upload|scan in|joindre|attacher|d[ée]poser|t[ée]l[ée]charger|scanner|adjuntar|subir|escanear)$");

    private PlaceFor() {
    }

    /** The clause said as the plain request, or the clause as it was. */
    static RefineClause plain(RefineSession s, RefineClause c) {
        if (c == null || c.isEmpty()) {
            return c;
        }
        Pattern p = switch (s.lang) {
            case FR -> FR;
            case ES -> ES;
            case DE -> DE;
            default -> EN;
        };
        Matcher m = c.match(p);
        if (!m.find() || m.end() >= c.text.length()) {
            return c;
        }
        String verb = m.groupCount() >= 1 ? (m.group(1) != null ? m.group(1) : m.groupCount() >= 2 ? m.group(2) : null) : null;
        String thing = c.from(m.end()).orig.replaceFirst("(?iu)\\s*,\\s*(?:que|qui|which|because|porque|parce que|weil|da|denn)\\b.*$", "").strip();
        if (thing.isEmpty()) {
            return c;
        }
        boolean attach = verb != null && ATTACH.matcher(verb).matches();
        return new RefineClause(switch (s.lang) {
            case FR -> (attach ? "on doit pouvoir joindre " : "ajoute ") + thing;
            case ES -> "añade " + thing + (attach ? " como archivo" : "");
            case DE -> "bitte " + thing + " hinzufügen";
            default -> (attach ? "attach " : "add ") + thing;
        });
    }
}

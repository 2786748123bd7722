package org.toolsmith.draft.offline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.toolsmith.spec.FieldType;

/**
 * Labels that measure or count, whatever their head word says: a unit ("Fat %", "oven temp in °C",
 * "Raumgröße in m²", "pression en bar") makes a decimal; a count lead ("Anzahl Teilnehmer", "número
 * de alumnos") or a plural noun with a count word ("seats sold", "max riders") makes a whole number.
 */
final class MeasureLabels {
    private MeasureLabels() {
    }

    /** Types a unit overrides: a head word that only looked like text, a choice or a yes/no. */
    private static final Set<FieldType> UNIT_OVERRIDES = EnumSet.of(FieldType.TEXT, FieldType.LONG_TEXT,
            FieldType.CHOICE, FieldType.BOOLEAN, FieldType.PERSON);
    /** Money words that only say "value" or "rate": "pH-Wert", "taux d'humidité %". */
    private static final Set<String> VALUE_WORDS = Set.of("value", "wert", "valeur", "valor", "werte", "values", "rate", "taux", "tasa", "satz");

    /** The type {@code t} that {@link FieldTyper} gave {@code folded}, corrected by units and counts. */
    static FieldType adjust(Lexicon lex, String folded, FieldType t) {
        TypeCues c = TypeCues.of(lex.lang);
        if (countLead(lex, c, folded) && t != FieldType.DECIMAL && t != FieldType.MONEY) {
            return FieldType.INTEGER;
        }
        if (t == FieldType.MONEY && percent(folded)) {
            // "discount %", "Rabatt in Prozent", "remise en pourcentage": a share, never an amount of money
            return FieldType.DECIMAL;
        }
        if (hasUnit(c, folded) && (UNIT_OVERRIDES.contains(t) || (t == FieldType.MONEY && onlyValueWord(lex, folded)))) {
            return FieldType.DECIMAL;
        }
        // "pace in min/km", "Menge in ml": a rate or a bare quantity in a unit ("distance in km" stays as the lexicon says)
        if (t == FieldType.INTEGER && hasUnit(c, folded) && !countWord(lex, c, folded)
                && (folded.contains("/") || quantity(lex, folded))) {
            return FieldType.DECIMAL;
        }
        if (t == FieldType.INTEGER && (hasUnit(c, folded) || folded.endsWith(" area")) && Text.words(folded).stream().anyMatch(AREA_WORDS::contains)) {
            // "floor area m2", "surface in m²": a measured area, never a count of floors
            return FieldType.DECIMAL;
        }
        if (t == FieldType.DECIMAL && regionArea(folded) && !hasUnit(c, folded)) {
            // "treatment area", "body area", "delivery area": a place or part named, not a size
            return FieldType.TEXT;
        }
        if ((t == FieldType.TEXT || t == FieldType.PERSON) && countedPlural(lex, c, folded)) {
            return FieldType.INTEGER;
        }
        return t;
    }

    private static final Set<String> AREA_WORDS = Set.of("area", "surface", "superficie", "flache", "flaeche", "wohnflache");
    /** Words before "area" that make it a size: "floor area", "total area", "surface area". */
    private static final Set<String> SIZE_AREA = Set.of("floor", "surface", "total", "land", "plot", "gross", "net", "usable",
            "living", "room", "site", "lot", "roof", "wall", "garden", "covered", "built", "habitable", "office", "ground", "square");

    /** An English "X area" whose X names a place or a part ("treatment area", "body area"), not a size. */
    private static boolean regionArea(String folded) {
        List<String> w = Text.words(folded);
        int n = w.size();
        return n >= 2 && (w.get(n - 1).equals("area") || w.get(n - 1).equals("areas")) && !SIZE_AREA.contains(w.get(n - 2));
    }

    private static final Set<String> PERCENT_WORDS = Set.of("percent", "percentage", "pourcentage", "porcentaje", "prozent", "prozentsatz");

    /** Whether the label says a share: a percent sign or a percent word ("per cent" too). */
    static boolean percent(String folded) {
        return folded.indexOf('%') >= 0 || folded.contains("per cent") || Text.words(folded).stream().anyMatch(PERCENT_WORDS::contains);
    }

    /** Whether the label names a unit: a symbol ("%", "°C"), a unit anywhere ("kWh"), or a short one after "in"/"en". */
    static boolean hasUnit(TypeCues c, String folded) {
        if (folded.indexOf('%') >= 0 || degree(folded) || folded.indexOf('²') >= 0 || folded.indexOf('³') >= 0) {
            return true;
        }
        List<String> tokens = tokens(folded);
        for (String w : tokens) {
            if (c.strongUnits.contains(w)) {
                return true;
            }
        }
        if (folded.indexOf('/') >= 0 || folded.indexOf(' ') >= 0) {
            for (String u : c.strongUnits) {
                if ((u.contains(" ") || u.contains("/")) && Text.containsPhrase(folded, u)) {
                    return true;
                }
            }
        }
        for (int i = 1; i < tokens.size(); i++) {
            if (c.weakUnits.contains(tokens.get(i)) && c.unitLeads.contains(tokens.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a degree sign is in the label as a unit, not as the "n°" of a number ("n° de facture", "N° client"). */
    private static boolean degree(String folded) {
        for (int i = folded.indexOf('°'); i >= 0; i = folded.indexOf('°', i + 1)) {
            boolean numberSign = i > 0 && folded.charAt(i - 1) == 'n' && (i == 1 || !Character.isLetter(folded.charAt(i - 2)));
            if (!numberSign) {
                return true;
            }
        }
        return false;
    }

    /** Whether a unit alone makes up an aside: "(kg)", "(h)", "(m3)". */
    static boolean unitOnly(TypeCues c, String folded) {
        String f = folded.strip();
        if (f.contains("/") && f.length() <= 12) {
            // "l/h", "km/h", "mg/l": a rate
            return java.util.Arrays.stream(f.split("/")).allMatch(p -> unitOnly(c, p));
        }
        return c.strongUnits.contains(f) || c.weakUnits.contains(f) || f.equals("%") || f.matches("°\\s?[cf]");
    }

    /** "Anzahl Teilnehmer", "number of …", "nombre de …", "número de alumnos" (a plural after "de"). */
    static boolean countLead(Lexicon lex, TypeCues c, String folded) {
        for (String lead : c.countLeads) {
            if (folded.startsWith(lead + " ") || (lead.endsWith("'") && folded.startsWith(lead) && folded.length() > lead.length())) {
                // "número de serie" names a thing, "número de alumnos" counts: an identifier word needs a plural after it
                List<String> lw = Text.words(lead);
                if (lw.isEmpty() || lead.startsWith("#")) {
                    return true; // "# of …" always counts
                }
                if (!lex.identifier.contains(lw.get(0)) && !NUMBER_SIGNS.contains(lw.get(0))) {
                    return true;
                }
                List<String> rest = Text.words(folded.substring(lead.length()));
                return !rest.isEmpty() && rest.get(0).length() > 3 && !Inflector.singularWord(lex.lang, rest.get(0)).equals(rest.get(0));
            }
        }
        return false;
    }

    /** Short signs for "number" that also name a thing ("nº de pedido"): they count only before a plural ("nº de plazas"). */
    private static final Set<String> NUMBER_SIGNS = Set.of("no", "nº", "n°", "n", "nro", "nro.", "num", "nbr");

    /** "seats sold", "max riders", "verkaufte Portionen", "places libres": a plural noun and a count word, nothing else. */
    private static boolean countedPlural(Lexicon lex, TypeCues c, String folded) {
        List<String> words = Text.words(folded);
        if (words.size() < 2 || words.size() > 3) {
            return false;
        }
        String modifier = null;
        for (String m : c.countModifiers) {
            if (Text.containsPhrase(folded, m)) {
                modifier = m;
                break;
            }
        }
        if (modifier == null) {
            return false;
        }
        List<String> mw = Text.words(modifier);
        for (String w : words) {
            if (mw.contains(w) || lex.stopwords.contains(w) || lex.articles.contains(w)) {
                continue;
            }
            if (w.length() > 3 && !Inflector.singularWord(lex.lang, w).equals(w)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> QUANTITY_WORDS = Set.of("quantity", "qty", "amount", "menge", "cantidad", "quantite", "qte", "volume");

    /** Whether the label names a bare quantity: "quantity", "Menge" and its German compounds ("Betonmenge", "Füllmenge"). */
    static boolean quantity(Lexicon lex, String folded) {
        return Text.words(folded).stream().anyMatch(w -> QUANTITY_WORDS.contains(w) || lex.lang == Lang.DE && w.length() > 7 && w.endsWith("menge"));
    }

    /** Whether a word that counts things (not a unit, not a bare "quantity") is in the label. */
    private static boolean countWord(Lexicon lex, TypeCues c, String folded) {
        for (Lexicon.TypeWords tw : lex.types) {
            if (tw.type() != FieldType.INTEGER) {
                continue;
            }
            for (String w : tokens(folded)) {
                if (tw.words().contains(w) && !c.strongUnits.contains(w) && !c.weakUnits.contains(w) && !QUANTITY_WORDS.contains(w)) {
                    return true;
                }
            }
            for (String p : tw.phrases()) {
                if (Text.containsPhrase(folded, p) && !p.startsWith("in ")) {
                    return true;
                }
            }
        }
        return countLead(lex, c, folded);
    }

    private static boolean onlyValueWord(Lexicon lex, String folded) {
        for (Lexicon.TypeWords tw : lex.types) {
            if (tw.type() != FieldType.MONEY) {
                continue;
            }
            for (String w : tokens(folded)) {
                if (tw.words().contains(w) && !VALUE_WORDS.contains(w)) {
                    return false;
                }
            }
            for (String p : tw.phrases()) {
                if (Text.containsPhrase(folded, p)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Words split at hyphens and slashes too: "ph-wert" gives "ph" and "wert". */
    private static List<String> tokens(String folded) {
        return Text.words(folded.replace('-', ' ').replace('/', ' '));
    }
}

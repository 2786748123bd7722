package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * A short range said after a field's name is its options, never part of the name: "severity SEV1 to SEV3" is a
 * Severity choice of SEV1, SEV2, SEV3; "priority P1-P3", "gravité G1 à G4", "Schweregrad S1 bis S4", "classe (1 à 5)",
 * "nivel 1 a 4", "Klasse (1 bis 9)" likewise. A rating or a score ("rating 1 to 10", "note de 1 à 10", "puntuación del 1
 * al 10", "Bewertung 1 bis 10", "score out of 100", "note sur 20", "on a scale of 1 to 5") is a whole number, named
 * without its range. Bare numbers count as a range only from 0 or 1 (a temperature "2-8" or hours "9-17" are left alone),
 * and at most twelve values make options; a longer range is a number.
 */
final class RangeChoice {
    /** A name, a type and its options. */
    record Read(String label, FieldType type, List<String> options) {
    }

    private static final Pattern RANGE = Pattern.compile("^(\\p{L}[\\p{L}'’ .-]*?)[\\s:,–-]*(?:\\(\\s*|\\s)(?:(?:from|between|de|du|des|del|desde|entre|von|zwischen)\\s+)?(?:(?:el|le|la)\\s+)?"
            + "([A-Za-z]{1,4})?(\\d{1,3})\\s*(-|–|—|to|through|thru|à|a|au|al|hasta|bis|and|et|y|und)\\s*([A-Za-z]{1,4})?(\\d{1,3})\\s*\\)?$");
    private static final Pattern OUT_OF = Pattern.compile("(?iu)^(\\p{L}[\\p{L}'’ .-]*?)\\s*\\(?\\s*(?:out of|sur|sobre|/)\\s*(\\d{1,3})\\s*\\)?$");
    /** "on a scale of", "sur une échelle de", "en una escala del", "auf einer Skala von" closing the name. */
    private static final Pattern SCALE = Pattern.compile("(?iu)\\s+(?:on |sur |en |auf )?(?:a |une |una |einer )?(?:scale|échelle|echelle|escala|skala)(?: of| de| del| von)?$");
    private static final Pattern END_SIGNS = Pattern.compile("[\\s:,–-]+$");
    private static final Pattern END_MARKS = Pattern.compile("[.;:!]+$");
    private static final Set<String> BETWEEN_ONLY = Set.of("and", "et", "y", "und");
    private static final Set<String> LEFT_WORDS = Set.of("from", "between", "de", "du", "des", "del", "desde", "entre", "von", "zwischen", "of", "rated");

    /** Words for a rating or a score, whose range gives a number. */
    private static final Set<String> SCALE_WORDS = Set.of("rating", "ratings", "rate", "score", "scores", "mark", "marks", "points", "stars",
            "satisfaction", "note", "notes", "notation", "evaluation", "etoiles", "puntuacion", "puntaje", "nota", "valoracion", "calificacion",
            "puntos", "estrellas", "satisfaccion", "bewertung", "punkte", "punktzahl", "zufriedenheit", "sterne", "schulnote");

    private RangeChoice() {
    }

    static Read read(Lexicon lex, String text) {
        String t = END_MARKS.matcher(text.strip()).replaceAll("");
        Matcher out = OUT_OF.matcher(t);
        if (out.matches()) {
            String label = trimmed(out.group(1));
            return label.isEmpty() ? null : new Read(label, FieldType.INTEGER, List.of());
        }
        Matcher m = RANGE.matcher(t);
        if (!m.matches()) {
            return null;
        }
        String p1 = m.group(2);
        String p2 = m.group(5);
        if (p2 != null && (p1 == null || !p1.equalsIgnoreCase(p2))) {
            return null;
        }
        if (p1 != null && !Character.isUpperCase(p1.charAt(0))) {
            // "level1 to 3" is a typo more than a code; codes are written in capitals ("SEV1", "P1", "S1")
            return null;
        }
        String joiner = m.group(4).toLowerCase(java.util.Locale.ROOT);
        String said = Text.fold(t);
        if (BETWEEN_ONLY.contains(joiner) && !said.contains("between") && !said.contains("entre") && !said.contains("zwischen")) {
            return null;
        }
        int lo = Integer.parseInt(m.group(3));
        int hi = Integer.parseInt(m.group(6));
        if (hi <= lo || p1 == null && lo > 1) {
            return null;
        }
        String label = m.group(1).strip();
        boolean scale = false;
        Matcher sc = SCALE.matcher(label);
        if (sc.find()) {
            label = label.substring(0, sc.start());
            scale = true;
        }
        label = trimmed(label);
        if (label.isEmpty()) {
            return null;
        }
        boolean rating = scale || Text.words(Text.fold(label)).stream().anyMatch(SCALE_WORDS::contains);
        if (p1 == null && (rating || hi - lo + 1 > 12)) {
            return new Read(label, FieldType.INTEGER, List.of());
        }
        if (hi - lo + 1 > 12) {
            return null;
        }
        List<String> options = new ArrayList<>();
        for (int i = lo; i <= hi; i++) {
            options.add((p1 == null ? "" : p1) + i);
        }
        return new Read(label, FieldType.CHOICE, options);
    }

    /** The name without the small words left before the range ("note de", "rated"). */
    private static String trimmed(String label) {
        String l = END_SIGNS.matcher(label.strip()).replaceAll("");
        while (true) {
            int sp = l.lastIndexOf(' ');
            if (sp < 0) {
                // "de 1 à 10" with its name said elsewhere: no name here
                return LEFT_WORDS.contains(Text.fold(l)) ? "" : l;
            }
            if (!LEFT_WORDS.contains(Text.fold(l.substring(sp + 1)))) {
                return l;
            }
            l = l.substring(0, sp).strip();
        }
    }
}

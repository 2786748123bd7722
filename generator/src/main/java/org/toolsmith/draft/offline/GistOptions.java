package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Field;

/**
 * New values of a choice field said as news about the world, in a sentence that names the field
 * ({@link RefineGist}): "we also do e-bike repairs now, and the type only has A and B", "on fait aussi des
 * cartes de visite et des bâches, et ça n'apparaît nulle part dans la liste", "cada vez vienen más conejos y
 * hurones". The values are quoted words, else the list ("A, B and C") in the part of the sentence that says
 * what is new (also / now / too, aussi, también / cada vez más, auch / jetzt / seit), not the part that
 * names the field or its current values.
 */
final class GistOptions {
    /** Something new: "also", "now", "since January", "more and more". */
    private static final Pattern NEWS = p("\\b(?:also|too|as well|now|these days|since|started|new|more and more|"
            + "aussi|egalement|desormais|maintenant|depuis|nouveaux?|nouvelles?|de plus en plus|"
            + "tambien|ahora|desde|cada vez|nuev[oa]s?|ademas|"
            + "auch|jetzt|seit|inzwischen|mittlerweile|neu\\w*|zusatzlich)\\b");
    /** A list of two or more short items joined by and / or in any of the four languages. */
    private static final Pattern LIST = p("((?:[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3}\\s*,\\s*)*[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3})\\s+(?:and|or|et|ou|y|e|o|u|und|oder|sowie)\\s+"
            + "((?:(?:des|de|du|les|la|le|un|une|the|some|more|mas|unos|unas|los|las|el|una|un|eine?n?|die|der|das)\\s+)?[\\p{L}'’-]+(?:\\s+(?:(?:de|of|du|del|des|vom|von|fur)\\s+|d')[\\p{L}'’-]+)?)");
    /** Words that start what an item is not part of: a verb of having, an article, an also-word. */
    private static final Set<String> NOT_VALUE = RefineText.set("we", "they", "i", "also", "now", "too", "do", "does", "have", "has", "get", "got", "take", "sell", "offer",
            "on", "nous", "fait", "faisons", "avons", "a", "aussi", "egalement", "desormais", "maintenant", "propose", "proposons", "vend", "vendons",
            "tambien", "ahora", "recibimos", "vienen", "tenemos", "hacemos", "ofrecemos", "vendemos", "llegan", "cada", "vez", "mas",
            "wir", "haben", "machen", "bieten", "verkaufen", "auch", "jetzt", "seit", "noch", "es", "gibt",
            "des", "de", "du", "les", "la", "le", "un", "une", "the", "some", "more", "unos", "unas", "los", "las", "el", "una",
            "ein", "eine", "einen", "die", "der", "das", "dem", "den", "and", "et", "y", "und", "only", "seulement", "solo", "nur");

    private static final Set<String> JOINS = Set.of("de", "d'", "of", "del", "du", "vom", "von");

    private GistOptions() {
    }

    /** Adds the new values to the choice field the sentence names; false when no clear list of new values is said. */
    static boolean read(RefineSession s, RefineClause c, RefineMentions.Hit field) {
        Field f = field.field();
        if (!f.type().hasOptions() || !c.match(NEWS).find()) {
            return false;
        }
        List<String> values = new ArrayList<>();
        for (String q : RefineText.quoted(c.orig)) {
            if (!RefineText.fold(q).equals(RefineText.fold(f.label()))) {
                values.add(q);
            }
        }
        if (values.isEmpty()) {
            values = listed(c, f);
        }
        if (!f.options().isEmpty() && f.options().stream().noneMatch(o -> RefineText.fold(o).matches(".*[a-z]s$"))) {
            // the values in the form of the ones there: "Perro, Gato" take "Conejo", not "Conejos"
            values = new ArrayList<>(values.stream().map(v -> RefineText.capitalize(Inflector.singular(s.lang, v))).toList());
        }
        values.removeIf(v -> f.options().stream().anyMatch(o -> RefineText.fold(o).equals(RefineText.fold(v))));
        if (values.isEmpty() || values.size() > 6) {
            return false;
        }
        s.addOptions(field.entity().key(), f.key(), values);
        return !s.changes.isEmpty();
    }

    /** The list in the part of the sentence that says what is new and does not name the field or its values. */
    private static List<String> listed(RefineClause c, Field f) {
        for (String part : c.orig.split("\\s*[,;:]\\s+(?=(?:and|but|so|et|mais|donc|y|pero|asi|und|aber|also)\\b)|\\s*;\\s*|\\s+(?:but|mais|pero|aber)\\s+")) {
            RefineClause piece = new RefineClause(part);
            if (System.getenv("TS_GIST_DEBUG") != null) {
                System.err.println("GIST piece '" + part + "' news " + piece.match(NEWS).find() + " names " + names(piece, f));
            }
            if (!piece.match(NEWS).find() || names(piece, f)) {
                continue;
            }
            Matcher m = piece.match(LIST);
            if (!m.find() || m.group().contains(RefineText.fold(f.label()))) {
                continue;
            }
            List<String> out = new ArrayList<>();
            String[] left = piece.group(m, 1).orig.split("\\s*,\\s*");
            for (int i = 0; i < left.length; i++) {
                String item = item(left[i], i == 0);
                if (item != null) {
                    out.add(item);
                }
            }
            String right = item(piece.group(m, 2).orig, false);
            if (right != null && out.size() >= 1) {
                out.add(right);
                return out;
            }
        }
        return new ArrayList<>();
    }

    private static boolean names(RefineClause piece, Field f) {
        String t = piece.text;
        return f.options().stream().filter(o -> o.length() > 2).filter(o -> t.matches("(?s).*\\b" + Pattern.quote(RefineText.fold(o)) + "\\b.*")).count() >= 2;
    }

    /** One value: the words after the last word that is not part of a value (the first item may carry a verb in front). */
    private static String item(String words, boolean first) {
        String[] w = words.strip().split("\\s+");
        int from = 0;
        for (int i = 0; i < w.length; i++) {
            String x = RefineText.fold(w[i]);
            boolean joins = JOINS.contains(x) && i > from && i + 1 < w.length;
            if (NOT_VALUE.contains(x) && !joins) {
                from = i + 1;
            }
        }
        if (!first && from > 1) {
            return null;
        }
        if (from >= w.length || w.length - from > 4) {
            return null;
        }
        String v = String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length)).replaceAll("[.!?]+$", "");
        return v.isBlank() ? null : RefineText.capitalize(v);
    }
}

package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * New choice values recognised by their likeness to the values a field has: numbered codes and numbered
 * names ("we've introduced a SEV4" beside SEV1…SEV3, "ajoute les environnements REC3 et PREPROD2" beside REC1
 * and PREPROD, "on a aussi des concessions de 50 ans" beside "30 ans", "añadid Cámara 3" beside "Cámara 1",
 * "beim Format fehlt noch A4" beside B2), in a clause that says something is new or missing and nothing is
 * taken away. A word with a digit whose shape (letters, digits, spacing) is the shape of values of exactly one
 * choice field, with at least two numbered values, is a value of that field, not a field of its own.
 */
final class ShapedValues {
    private static final Pattern NEW = p("\\b(?:add|adds|added|adding|also|too|as well|new|now|extra|another|missing|introduc\\w*|started|bought|got|opened|installed|launched|need|needs|"
            + "ajout\\w*|rajout\\w*|aussi|egalement|nouve\\w*|manqu\\w*|desormais|maintenant|il faut|"
            + "anad\\w*|agreg\\w*|tambien|nuev[oa]s?|falt\\w*|ahora|hemos (?:montado|comprado|abierto)|"
            + "fug\\w*|erganz\\w*|auch|neu\\w*|fehl\\w*|jetzt|dazu|hinzu)\\b");
    private static final Pattern GONE = p("\\b(?:remove|drop|delete|no longer|any ?more|rid of|instead of|rather than|replace\\w*|rename\\w*|not|isn't|aren't|"
            + "enlev\\w*|supprim\\w*|retir\\w*|plus de|au lieu|remplac\\w*|renomm\\w*|pas|"
            + "quit\\w*|elimin\\w*|borr\\w*|ya no|en vez|en lugar|reemplaz\\w*|renombr\\w*|no|"
            + "entfern\\w*|losch\\w*|streich\\w*|nicht mehr|statt|ersetz\\w*|umbenenn\\w*|raus|weg|kein\\w*)\\b");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}°%-]*");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");

    private ShapedValues() {
    }

    /** Adds the values shaped like one choice field's own; true when it did. */
    static boolean read(RefineSession s, RefineClause c) {
        if (!c.match(NEW).find() || c.match(GONE).find() || c.text.length() > 160) {
            return false;
        }
        List<String> words = TOKEN.matcher(c.orig).results().map(java.util.regex.MatchResult::group).toList();
        Entity owner = null;
        Field field = null;
        List<String> values = new ArrayList<>();
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                if (!f.type().hasOptions() || f.options().stream().filter(o -> DIGIT.matcher(o).find()).count() < 2) {
                    continue;
                }
                List<String> found = shaped(words, f);
                if (found.isEmpty()) {
                    continue;
                }
                if (f.options().stream().anyMatch(o -> words.stream().anyMatch(w -> w.equalsIgnoreCase(o)) || c.text.contains(RefineText.fold(o)) && o.contains(" "))) {
                    // "paper sizes: A4, A5 or Letter": a value it has is named too, the whole set or a place is said, for the other readers
                    return false;
                }
                if (field != null) {
                    // values shaped like two fields' own: the other readers decide
                    return false;
                }
                owner = e;
                field = f;
                values = found;
            }
        }
        if (field == null) {
            return false;
        }
        int at = GistOptions.ranked(field, values);
        if (at >= 0) {
            // "50 ans" before "Perpétuelle", after "30 ans": numbered values keep their order
            s.addOptions(owner.key(), field.key(), values, at);
        } else {
            s.addOptions(owner.key(), field.key(), values);
        }
        return true;
    }

    /** The words (one, or a number with the word beside it) shaped like this field's numbered values and not among them. */
    private static List<String> shaped(List<String> words, Field f) {
        List<String> shapes = f.options().stream().map(ShapedValues::shape).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!DIGIT.matcher(words.get(i)).find()) {
                continue;
            }
            List<String> tries = new ArrayList<>();
            if (i > 0) {
                tries.add(words.get(i - 1) + " " + words.get(i));
            }
            if (i + 1 < words.size()) {
                tries.add(words.get(i) + " " + words.get(i + 1));
            }
            tries.add(words.get(i));
            for (String t : tries) {
                String folded = RefineText.fold(t);
                boolean known = f.options().stream().anyMatch(o -> RefineText.fold(o).equals(folded));
                boolean like = shapes.contains(shape(t)) && sharesWord(t, f)
                        || f.options().stream().anyMatch(o -> !DIGIT.matcher(o).find() && o.length() >= 2 && numbered(t, o));
                if (known) {
                    break;
                }
                if (like && out.stream().noneMatch(v -> RefineText.fold(v).equals(folded))) {
                    out.add(RefineText.capitalize(t));
                    break;
                }
            }
        }
        return out;
    }

    /** "PREPROD2" beside "PREPROD": the value with one to three digits after it. */
    private static boolean numbered(String t, String o) {
        String rest = t.startsWith(o) ? t.substring(o.length()) : "";
        return !rest.isEmpty() && rest.length() <= 3 && rest.chars().allMatch(Character::isDigit);
    }

    /** A value of two words shares its word with one of the field's ("Cámara 3" with "Cámara 1", "50 ans" with "30 ans"); a code stands alone. */
    private static boolean sharesWord(String t, Field f) {
        String[] w = RefineText.fold(t).split(" ");
        if (w.length == 1) {
            return true;
        }
        String word = DIGIT.matcher(w[0]).find() ? w[1] : w[0];
        return f.options().stream().anyMatch(o -> List.of(RefineText.fold(o).split(" ")).contains(word));
    }

    /** Letters as A or a, digits as 9, each run once: "SEV4" → "A9", "30 ans" → "9 a", "Cámara 1" → "Aa 9". */
    static String shape(String value) {
        StringBuilder out = new StringBuilder();
        char last = 0;
        for (char ch : value.strip().toCharArray()) {
            char k = Character.isDigit(ch) ? '9' : Character.isUpperCase(ch) ? 'A' : Character.isLetter(ch) ? 'a' : ch == ' ' ? ' ' : '.';
            if (k != last) {
                out.append(k);
            }
            last = k;
        }
        return out.toString();
    }
}

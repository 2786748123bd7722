package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * Finds the fields and record kinds a sentence names, for {@link LogicReader}, in any language:
 * labels are compared word by word on folded text, and a word matches a label's word when it is the
 * same or adds at most two letters to it (plurals and agreement: "montants", "rendue", "Tagen").
 */
final class LogicFields {
    /** Labels that say a record is done, in the four languages (folded). */
    private static final Pattern DONE = Pattern.compile(".*\\b(?:returned|done|closed|complete|completed|finished|paid|resolved"
            + "|rendue?s?|terminee?s?|fermee?s?|clos|close|payee?s?|resolue?s?|devuelt[oa]s?|terminad[oa]s?|cerrad[oa]s?|pagad[oa]s?"
            + "|resuelt[oa]s?|hech[oa]s?|zuruckgegeben|erledigt|geschlossen|abgeschlossen|bezahlt|gelost)\\b.*");
    /** Labels of the date something is due by (folded). */
    private static final Pattern DUE = Pattern.compile(".*\\b(?:due|echeance|limite|a rendre|retour prevu|vencimiento|devolucion prevista"
            + "|fallig\\w*|frist|abgabe\\w*)\\b.*");

    private LogicFields() {
    }

    record Match(Entity entity, Field field) {
    }

    /** A field and the value a condition gives it ("the status is Lost": Status, "Lost"). */
    record Condition(Field field, String value) {
    }

    /** Folded words: letters and digits only. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String w : LogicPhrases.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static boolean same(String word, String labelWord) {
        if (word.equals(labelWord)) {
            return true;
        }
        String longer = word.length() >= labelWord.length() ? word : labelWord;
        String shorter = longer == word ? labelWord : word;
        return shorter.length() >= 3 && longer.startsWith(shorter) && longer.length() - shorter.length() <= 2;
    }

    /** Where {@code phrase} starts in {@code words}, word by word; -1 when it does not occur. */
    static int indexOf(List<String> words, List<String> phrase) {
        if (phrase.isEmpty()) {
            return -1;
        }
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!same(words.get(i + j), phrase.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static boolean contains(String text, String label) {
        return indexOf(tokens(text), tokens(label)) >= 0;
    }

    /** The field whose label the words name best (longest label contained), in any record kind, the one named first. */
    static Optional<Match> field(AppSpec spec, String words, FieldType... types) {
        Optional<Entity> named = entity(spec, words);
        List<Entity> order = new ArrayList<>(spec.entities());
        named.ifPresent(n -> {
            order.remove(n);
            order.add(0, n);
        });
        return order.stream().map(e -> field(e, words, types)).flatMap(Optional::stream).findFirst();
    }

    static Optional<Match> field(Entity e, String words, FieldType... types) {
        List<String> w = tokens(words);
        Set<FieldType> allowed = types.length == 0 ? Set.of(FieldType.values()) : Set.of(types);
        return e.fields().stream().filter(f -> allowed.contains(f.type()))
                .filter(f -> indexOf(w, tokens(f.label())) >= 0)
                .max(Comparator.comparingInt(f -> f.label().length())).map(f -> new Match(e, f));
    }

    static Optional<Entity> entity(AppSpec spec, String words) {
        return spec.entities().stream().filter(e -> mentions(words, e)).findFirst();
    }

    static boolean mentions(String words, Entity e) {
        List<String> w = tokens(words);
        return indexOf(w, tokens(e.name())) >= 0 || indexOf(w, tokens(e.plural())) >= 0;
    }

    /**
     * "status is lost", "der Status verloren ist": the field named in the phrase and what follows its
     * label, without the copula ({@code copula} removes "is", "est", "ist"...).
     */
    static Optional<Condition> condition(Entity e, String phrase, Pattern copula) {
        Optional<Match> f = field(e, phrase);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        List<String> words = tokens(phrase);
        List<String> label = tokens(f.get().field().label());
        int at = indexOf(words, label);
        String rest = String.join(" ", words.subList(at + label.size(), words.size()));
        rest = copula.matcher(rest).replaceAll("").strip();
        return rest.isEmpty() ? Optional.empty() : Optional.of(new Condition(f.get().field(), value(f.get().field(), rest)));
    }

    /** A choice's option as the spec spells it, when the words name one; else the words without quotes. */
    static String value(Field f, String words) {
        String w = words.strip().replaceAll("^[\"“'«„]|[\"”'»“]$", "").strip();
        if (f.type().hasOptions()) {
            List<String> t = tokens(w);
            return f.options().stream().filter(o -> tokens(o).equals(t)).findFirst()
                    .or(() -> f.options().stream().filter(o -> tokens(o).size() == t.size() && indexOf(t, tokens(o)) == 0).findFirst())
                    .orElse(w);
        }
        return w;
    }

    /** The yes/no field that says a record is done (returned, closed, paid...), for reminders and overdue counts. */
    static Optional<Field> doneField(Entity e) {
        return e.fields().stream().filter(f -> f.type() == FieldType.BOOLEAN)
                .filter(f -> DONE.matcher(LogicPhrases.fold(f.label())).matches()).findFirst();
    }

    /** The date field a record is due by ("Due date", "Date d'échéance", "Fecha de vencimiento", "Fälligkeitsdatum"). */
    static Optional<Field> dueField(Entity e) {
        return e.fields().stream().filter(f -> f.type() == FieldType.DATE)
                .filter(f -> DUE.matcher(LogicPhrases.fold(f.label())).matches()).findFirst();
    }
}

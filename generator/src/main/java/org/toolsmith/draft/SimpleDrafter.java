package org.toolsmith.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.draft.offline.RefineTypes;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.Keys;
import org.toolsmith.spec.Plurals;
import org.toolsmith.spec.SpecNormalizer;
import org.toolsmith.spec.SpecValidator;

/**
 * A plain drafter for requests that name one kind of record and list its fields: "track laptop
 * loans: asset tag, borrower email, loan date, due date, returned yes/no, condition
 * good/damaged/lost". One record kind, the listed fields, types from their words. It does not guess
 * further; the offline drafter does.
 */
public final class SimpleDrafter implements Drafter {
    public static final int MAX_REQUEST = 100_000;

    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:please|hi|hello)[,!]?\\s+)*(?:(?:i|we)\\s+(?:need|want|would like)\\s+(?:an?\\s+)?(?:app|tool|way|system|database|place)?\\s*(?:to|for)?\\s*)?"
                    + "(?:(?:an?\\s+)?(?:app|tool|system|database|tracker|register|log)\\s+(?:to|for)\\s+)?"
                    + "(?:keep\\s+track\\s+of|track(?:ing)?|manage|managing|log|logging|record|recording|list|store|keep|follow)?\\s*(?:of\\s+)?(?:the|our|all|my)?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHOICES = Pattern.compile("^(.*?)\\s*(?:\\(([^)]*[,/|][^)]*)\\)|:\\s*(.+)|\\s(\\S+(?:\\s*/\\s*\\S+)+))\\s*$");
    private static final Pattern BOOLEAN = Pattern.compile("^(.*?)\\s*\\(?\\b(?:yes\\s*/\\s*no|y/n|true\\s*/\\s*false)\\)?\\??\\s*$", Pattern.CASE_INSENSITIVE);

    private final SpecNormalizer normalizer = new SpecNormalizer();
    private final SpecValidator validator = new SpecValidator();

    @Override
    public AppSpec draft(String request) {
        if (request == null || request.isBlank()) {
            throw new DraftException("The request is empty. Describe the tool you need, for example: "
                    + "\"track laptop loans: asset tag, borrower email, due date, returned yes/no\".");
        }
        if (request.length() > MAX_REQUEST) {
            throw new DraftException("The request is " + request.length() + " characters long; Toolsmith reads at most "
                    + MAX_REQUEST + ". Describe the tool in a few sentences and list its fields.");
        }
        String text = request.strip().replaceAll("\\s+", " ");
        int colon = text.indexOf(':');
        String head = colon > 0 ? text.substring(0, colon) : firstSentence(text);
        String list = colon > 0 ? text.substring(colon + 1) : listAfterWith(text);
        String entityName = entityName(head);
        List<Field> fields = new ArrayList<>();
        if (list != null) {
            for (String item : splitItems(list)) {
                Field f = field(item);
                if (f != null) {
                    fields.add(f);
                }
            }
        }
        if (fields.isEmpty()) {
            fields.add(new Field(null, "Name", FieldType.TEXT, true, false, List.of(), null, true,
                    "the request lists no fields; every record needs a name"));
        }
        String key = Keys.fromLabel(entityName, "k", "record");
        Entity entity = new Entity(key, entityName, Plurals.of(entityName), fields, null, false, head);
        AppSpec spec = normalizer.normalize(new AppSpec(AppSpec.VERSION, Plurals.of(entityName), summary(text), List.of(entity)));
        validator.check(spec);
        return spec;
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end > 0 ? text.substring(0, end) : text;
    }

    private static String listAfterWith(String text) {
        Matcher m = Pattern.compile("\\b(?:with|including|fields?)\\s+(.+)$", Pattern.CASE_INSENSITIVE).matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static String entityName(String head) {
        String s = head.replaceAll("[.!?]+$", "").strip();
        Matcher m = LEAD.matcher(s);
        if (m.find()) {
            s = s.substring(m.end());
        }
        s = s.replaceAll("(?i)\\b(?:with|including|and their|for our|for the)\\b.*$", "").strip();
        String[] words = s.split("\\s+");
        if (words.length > 4) {
            s = String.join(" ", List.of(words).subList(words.length - 3, words.length));
        }
        if (s.isBlank() || !s.matches(".*\\p{L}.*")) {
            return "Record";
        }
        return capitalize(singular(s));
    }

    static String singular(String phrase) {
        int cut = phrase.lastIndexOf(' ') + 1;
        String word = phrase.substring(cut);
        String lower = word.toLowerCase(Locale.ROOT);
        String one;
        if (lower.equals("people")) {
            one = word.charAt(0) == 'P' ? "Person" : "person";
        } else if (lower.endsWith("ies") && lower.length() > 4) {
            one = word.substring(0, word.length() - 3) + "y";
        } else if (lower.matches(".*(?:ches|shes|sses|xes)$")) {
            one = word.substring(0, word.length() - 2);
        } else if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is") && lower.length() > 3) {
            one = word.substring(0, word.length() - 1);
        } else {
            one = word;
        }
        return phrase.substring(0, cut) + one;
    }

    private static List<String> splitItems(String list) {
        List<String> out = new ArrayList<>();
        for (String part : list.split("\\s*(?:,|;|\\.\\s|\\band\\b)\\s*")) {
            String p = part.strip().replaceAll("[.]+$", "");
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    static Field field(String item) {
        String words = item.replaceAll("^(?i)(?:an?|the|their|its)\\s+", "").strip();
        if (words.isEmpty() || !words.matches(".*\\p{L}.*")) {
            return null;
        }
        Matcher yes = BOOLEAN.matcher(words);
        if (yes.matches() && !yes.group(1).isBlank()) {
            return field(yes.group(1), FieldType.BOOLEAN, List.of(), item);
        }
        Matcher choice = CHOICES.matcher(words);
        if (choice.matches() && !choice.group(1).isBlank()) {
            String values = choice.group(2) != null ? choice.group(2) : choice.group(3) != null ? choice.group(3) : choice.group(4);
            List<String> options = new ArrayList<>();
            for (String v : values.split("\\s*(?:,|/|\\||\\bor\\b)\\s*")) {
                if (!v.isBlank()) {
                    options.add(capitalize(v.strip()));
                }
            }
            if (options.size() >= 2) {
                return field(choice.group(1), FieldType.CHOICE, options, item);
            }
        }
        return field(words, RefineTypes.guess(words), List.of(), item);
    }

    private static Field field(String label, FieldType type, List<String> options, String because) {
        String l = capitalize(label.strip());
        return new Field(null, l, type, false, false, options, null, false, because.strip());
    }

    private static String summary(String text) {
        String s = text.length() > 200 ? text.substring(0, 197) + "…" : text;
        return capitalize(s);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

package org.toolsmith.draft.offline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.draft.scripts.Comparison;
import org.toolsmith.draft.scripts.ScriptShapes;
import org.toolsmith.draft.scripts.ScriptShapes.Assignment;
import org.toolsmith.spec.Action;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Automation;
import org.toolsmith.spec.Computed;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.Keys;
import org.toolsmith.spec.Rule;
import org.toolsmith.templates.Templates;

/**
 * Reads requests for logic in English — "the due date must be after the loan date", "show how
 * many days a loan is overdue", "a Mark returned button", "remind the borrower two days before the
 * due date", "X is required when Y is Z", "when status becomes Approved, fill in approved on" —
 * and adds them to a spec with {@link ScriptShapes}. Field names are matched against the spec's
 * labels; a sentence whose fields cannot be found is left alone. Stateless and thread-safe.
 */
final class LogicReader {
    private static final ScriptShapes SHAPES = new ScriptShapes(new Templates());
    private static final String MUST = "(?:must|should|has to|needs to|have to|need to)\\s+(?:be|come|fall)";
    private static final Pattern COMPARE = Pattern.compile("^(?:the\\s+)?(.+?)\\s+" + MUST
            + "\\s+(on or after|on or before|no earlier than|no later than|after|before|later than|earlier than|at least|at most|more than|less than|greater than|no more than|no less than)\\s+(?:the\\s+)?(.+)$");
    private static final Pattern RANGE = Pattern.compile("^(?:the\\s+)?(.+?)\\s+" + MUST + "\\s+between\\s+(\\S+)\\s+and\\s+(\\S+)$");
    private static final Pattern REQUIRED_IF = Pattern.compile(
            "^(?:the\\s+)?(.+?)\\s+(?:is required|must be (?:filled in|given|entered|set)|is needed)\\s+(?:when|if|whenever)\\s+(?:the\\s+)?(.+?)\\s+is\\s+(.+)$");
    private static final Pattern OVERDUE = Pattern.compile("\\b(?:how many days|days?)\\b.*\\b(overdue|late)\\b");
    private static final Pattern BUTTON = Pattern.compile("(?:^|\\s)(?:an?\\s+)?[\"“']?([a-z][\\w ]{1,40}?)[\"”']?\\s+button\\b|\\bbutton\\s+(?:to|that|which)\\s+([a-z][\\w ]{1,40})");
    private static final Pattern REMIND = Pattern.compile(
            "\\bremind\\s+(?:the\\s+)?(.+?)\\s+(\\d+|one|two|three|four|five|six|seven|ten|a)\\s+(?:working\\s+)?days?\\s+(before|after)\\s+(?:the\\s+|their\\s+|its\\s+)?(.+?)(?:\\s+at\\s+(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)?)?$");
    private static final Pattern STAMP = Pattern.compile(
            "^when\\s+(?:the\\s+)?(.+?)\\s+(?:changes to|becomes|is set to|is changed to|turns)\\s+(.+?),?\\s+(?:set|fill in|record|stamp|put)\\s+(?:the\\s+)?(.+?)(?:\\s+to\\s+(?:today|the date|the person|who).*)?$");
    private static final Pattern TRANSITION = Pattern.compile(
            "^(?:the\\s+)?(.+?)\\s+(?:can|may)\\s+(?:only\\s+)?(?:go|change|move)\\s+from\\s+(.+?)\\s+(?:only\\s+)?to\\s+(.+)$");
    private static final Pattern TOTAL = Pattern.compile("\\b(total|sum|how many|number of|count of)\\b");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    /** The spec with what was understood, and a sentence per addition for the chat. */
    record Found(AppSpec spec, List<String> said) {
        boolean any() {
            return !said.isEmpty();
        }
    }

    Found read(AppSpec spec, String request) {
        List<String> said = new ArrayList<>();
        AppSpec out = spec;
        for (String sentence : request.split("(?<=[.!?;])\\s+|\\n+")) {
            String s = sentence.strip().replaceAll("[.!?;:]+$", "").toLowerCase(Locale.ROOT).replaceAll("^(?:and|also|please|then)\\s+", "");
            if (s.isEmpty()) {
                continue;
            }
            try {
                Optional<Found> f = sentence(out, s, sentence.strip());
                if (f.isPresent()) {
                    out = f.get().spec();
                    said.addAll(f.get().said());
                }
            } catch (IllegalArgumentException e) {
                // the sentence names fields that do not fit this shape; leave it to the other readers
            }
        }
        return new Found(out, said);
    }

    private Optional<Found> sentence(AppSpec spec, String s, String original) {
        Matcher m;
        if ((m = RANGE.matcher(s)).find()) {
            Match f = field(spec, m.group(1), FieldType.INTEGER, FieldType.DECIMAL, FieldType.MONEY, FieldType.DATE).orElse(null);
            if (f != null) {
                String message = "The " + lower(f.field.label()) + " must be between " + m.group(2) + " and " + m.group(3) + ".";
                return add(spec, SHAPES.range(f.entity, ruleKey(spec, f.field.key() + "_range"), f.field.key(), m.group(2), m.group(3), message), original);
            }
        }
        if ((m = COMPARE.matcher(s)).find()) {
            return compare(spec, m, original);
        }
        if ((m = REQUIRED_IF.matcher(s)).find()) {
            Matcher rm = m;
            Optional<Match> f = field(spec, rm.group(1));
            Optional<Match> other = f.flatMap(x -> field(x.entity, rm.group(2)));
            if (f.isPresent() && other.isPresent()) {
                String value = value(other.get().field, m.group(3));
                String message = "Enter the " + lower(f.get().field.label()) + " when the " + lower(other.get().field.label()) + " is " + value + ".";
                return add(spec, SHAPES.requiredIf(f.get().entity, ruleKey(spec, f.get().field.key() + "_required"),
                        f.get().field.key(), other.get().field.key(), value, message), original);
            }
        }
        if ((m = REMIND.matcher(s)).find()) {
            return remind(spec, m, original);
        }
        if ((m = STAMP.matcher(s)).find()) {
            Matcher sm = m;
            Optional<Match> f = field(spec, sm.group(1));
            Optional<Match> target = f.flatMap(x -> field(x.entity, sm.group(3), FieldType.DATE, FieldType.DATETIME, FieldType.PERSON));
            if (f.isPresent() && target.isPresent()) {
                Automation a = SHAPES.stamp(f.get().entity, key(spec.automations().stream().map(Automation::key).toList(),
                        "stamp_" + target.get().field.key()), f.get().field.key(), value(f.get().field, m.group(2)), target.get().field.key());
                return Optional.of(new Found(spec.withAutomations(append(spec.automations(), a.withBecause(original))),
                        List.of("Added an automation: " + a.name() + ".")));
            }
        }
        if ((m = TRANSITION.matcher(s)).find()) {
            return transition(spec, m, original);
        }
        if ((m = OVERDUE.matcher(s)).find()) {
            return overdue(spec, s, original);
        }
        if ((m = TOTAL.matcher(s)).find()) {
            return total(spec, s, m.group(1), original);
        }
        if ((m = BUTTON.matcher(s)).find()) {
            return button(spec, m.group(1) != null ? m.group(1) : m.group(2), original);
        }
        return Optional.empty();
    }

    private Optional<Found> compare(AppSpec spec, Matcher m, String original) {
        String words = m.group(2);
        Comparison cmp = switch (words) {
            case "after", "later than", "more than", "greater than" -> Comparison.AFTER;
            case "before", "earlier than", "less than" -> Comparison.BEFORE;
            case "on or after", "no earlier than", "at least", "no less than" -> Comparison.ON_OR_AFTER;
            default -> Comparison.ON_OR_BEFORE;
        };
        Optional<Match> left = field(spec, m.group(1));
        if (left.isEmpty()) {
            return Optional.empty();
        }
        Entity e = left.get().entity;
        Field l = left.get().field;
        if (l.type() == FieldType.DATE || l.type() == FieldType.DATETIME) {
            Optional<Match> right = field(e, m.group(3), FieldType.DATE, FieldType.DATETIME);
            if (right.isEmpty()) {
                return Optional.empty();
            }
            String message = "The " + lower(l.label()) + " must be " + cmp.dateWords() + " the " + lower(right.get().field.label()) + ".";
            return add(spec, SHAPES.compareDates(e, ruleKey(spec, l.key() + "_" + cmp.name().toLowerCase(Locale.ROOT) + "_" + right.get().field.key()),
                    l.key(), cmp, right.get().field.key(), message), original);
        }
        String rightText = m.group(3).strip();
        Matcher number = Pattern.compile("^(-?\\d+(?:\\.\\d+)?)\\b").matcher(rightText);
        String message;
        Rule rule;
        if (number.find()) {
            message = "The " + lower(l.label()) + " must be " + cmp.numberWords() + " " + number.group(1) + ".";
            rule = SHAPES.compareNumbers(e, ruleKey(spec, l.key() + "_limit"), l.key(), cmp, null, new BigDecimal(number.group(1)), message);
        } else {
            Optional<Match> right = field(e, rightText, FieldType.INTEGER, FieldType.DECIMAL, FieldType.MONEY);
            if (right.isEmpty()) {
                return Optional.empty();
            }
            message = "The " + lower(l.label()) + " must be " + cmp.numberWords() + " the " + lower(right.get().field.label()) + ".";
            rule = SHAPES.compareNumbers(e, ruleKey(spec, l.key() + "_vs_" + right.get().field.key()), l.key(), cmp,
                    right.get().field.key(), null, message);
        }
        return add(spec, rule, original);
    }

    private Optional<Found> remind(AppSpec spec, Matcher m, String original) {
        Optional<Match> date = field(spec, m.group(4), FieldType.DATE, FieldType.DATETIME);
        Optional<Match> person = date.flatMap(d -> field(d.entity, m.group(1), FieldType.PERSON, FieldType.EMAIL, FieldType.TEXT));
        if (date.isEmpty() || person.isEmpty()) {
            return Optional.empty();
        }
        String n = m.group(2);
        int days = n.matches("\\d+") ? Integer.parseInt(n) : n.equals("a") ? 1 : NUMBERS.indexOf(n);
        int hour = m.group(5) == null ? 8 : Integer.parseInt(m.group(5)) % 12 + ("pm".equals(m.group(7)) ? 12 : 0)
                + (m.group(7) == null && Integer.parseInt(m.group(5)) == 12 ? 12 : 0);
        String at = String.format("%02d:%s", Math.min(hour, 23), m.group(6) == null ? "00" : m.group(6));
        boolean before = m.group(3).equals("before");
        Entity e = date.get().entity;
        String message = "Reminder: the " + lower(date.get().field.label()) + " of this " + lower(e.name()) + " is "
                + (before ? "in " + days + " day" + (days == 1 ? "" : "s") : days + " day" + (days == 1 ? "" : "s") + " ago") + ".";
        Automation a = SHAPES.reminder(e, key(spec.automations().stream().map(Automation::key).toList(), "remind_" + person.get().field.key()),
                person.get().field.key(), date.get().field.key(), days, before, doneField(e).map(Field::key).orElse(null),
                new Automation.Schedule("day", at), message);
        return Optional.of(new Found(spec.withAutomations(append(spec.automations(), a.withBecause(original))),
                List.of("Added an automation: " + a.name() + ", every day at " + at + ".")));
    }

    private Optional<Found> overdue(AppSpec spec, String s, String original) {
        Entity e = entity(spec, s).orElse(null);
        List<Entity> candidates = e != null ? List.of(e) : spec.entities();
        for (Entity entity : candidates) {
            Optional<Field> due = entity.fields().stream().filter(f -> f.type() == FieldType.DATE && lower(f.label()).contains("due")).findFirst();
            if (due.isPresent()) {
                String key = key(spec.computed().stream().map(Computed::key).toList(), "days_overdue");
                Computed c = SHAPES.daysSince(entity, key, "Days overdue", due.get().key(), doneField(entity).map(Field::key).orElse(null));
                return Optional.of(new Found(spec.withComputed(append(spec.computed(), c.withBecause(original))),
                        List.of("Added a computed column “Days overdue” to " + entity.plural() + ".")));
            }
        }
        return Optional.empty();
    }

    private Optional<Found> transition(AppSpec spec, Matcher m, String original) {
        Optional<Match> f = field(spec, m.group(1), FieldType.CHOICE);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        Field field = f.get().field;
        String from = value(field, m.group(2));
        List<String> to = java.util.Arrays.stream(m.group(3).split("\\s*(?:,|\\bor\\b|\\band\\b)\\s*"))
                .filter(w -> !w.isBlank()).map(w -> value(field, w)).toList();
        String message = "The " + lower(field.label()) + " can only change from " + from + " to " + String.join(" or ", to) + ".";
        java.util.Map<String, List<String>> allowed = new java.util.LinkedHashMap<>();
        allowed.put(from, to);
        return add(spec, SHAPES.statusTransition(f.get().entity, ruleKey(spec, field.key() + "_from_" + Keys.fromLabel(from, "v", "value")),
                field.key(), allowed, message), original);
    }

    /** "show the total amount of the line items on each order", "how many loans each book has". */
    private Optional<Found> total(AppSpec spec, String s, String word, String original) {
        String w = " " + s + " ";
        for (Entity target : spec.entities()) {
            for (AppSpec.Reference ref : spec.referencesTo(target.key())) {
                Entity from = ref.from();
                if (from.key().equals(target.key()) || !mentions(w, from) || !mentions(w, target)) {
                    continue;
                }
                boolean count = !word.equals("total") && !word.equals("sum");
                Optional<Match> amount = count ? Optional.empty() : field(from, s, FieldType.INTEGER, FieldType.DECIMAL, FieldType.MONEY);
                if (!count && amount.isEmpty()) {
                    continue;
                }
                String label = count ? "Number of " + lower(from.plural()) : "Total " + lower(amount.get().field.label());
                String key = key(spec.computed().stream().map(Computed::key).toList()
                        , Keys.fromLabel(label, "total", "total"));
                Computed c = SHAPES.totalLinked(spec, target, key, label, from, amount.map(a -> a.field.key()).orElse(null));
                return Optional.of(new Found(spec.withComputed(append(spec.computed(), c.withBecause(original))),
                        List.of("Added a computed column “" + label + "” to " + target.plural() + ".")));
            }
        }
        return Optional.empty();
    }

    private static boolean mentions(String words, Entity e) {
        return words.contains(" " + lower(e.name()) + " ") || words.contains(" " + lower(e.plural()) + " ")
                || words.contains(" " + lower(e.name()) + "s ");
    }

    private Optional<Found> button(AppSpec spec, String phrase, String original) {
        String words = phrase.strip().replaceAll("^(?:the|a|an)\\s+", "");
        Matcher mark = Pattern.compile("\\bmark(?:\\s+(?:it|them|as))*\\s+(.+)$").matcher(words);
        if (!mark.find()) {
            return Optional.empty();
        }
        String state = mark.group(1).strip();
        for (Entity e : entity(spec, original.toLowerCase(Locale.ROOT)).map(List::of).orElse(spec.entities())) {
            List<Assignment> set = new ArrayList<>();
            for (Field f : e.fields()) {
                String label = lower(f.label());
                if (f.type() == FieldType.BOOLEAN && label.equals(state)) {
                    set.add(Assignment.value(f.key(), true));
                } else if ((f.type() == FieldType.DATE || f.type() == FieldType.DATETIME) && label.startsWith(state + " ")) {
                    set.add(Assignment.today(f.key()));
                } else if (f.type() == FieldType.CHOICE && f.options().stream().anyMatch(o -> o.equalsIgnoreCase(state))) {
                    set.add(Assignment.value(f.key(), state));
                }
            }
            if (!set.isEmpty()) {
                String label = "Mark " + state;
                Action a = SHAPES.setFields(e, key(spec.actions().stream().map(Action::key).toList(), Keys.fromLabel(label, "action", "mark")),
                        label, set, List.of(Action.EVERYONE));
                return Optional.of(new Found(spec.withActions(append(spec.actions(), a.withBecause(original))),
                        List.of("Added a button “" + label + "” to each " + lower(e.name()) + ".")));
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> add(AppSpec spec, Rule rule, String original) {
        return Optional.of(new Found(spec.withRules(append(spec.rules(), rule.withBecause(original))),
                List.of("Added a rule: " + rule.message())));
    }

    private record Match(Entity entity, Field field) {
    }

    /** The field whose label the words name best (longest label contained), in any record kind. */
    private static Optional<Match> field(AppSpec spec, String words, FieldType... types) {
        Optional<Entity> named = entity(spec, words);
        List<Entity> order = new ArrayList<>(spec.entities());
        named.ifPresent(n -> {
            order.remove(n);
            order.add(0, n);
        });
        return order.stream().map(e -> field(e, words, types)).flatMap(Optional::stream).findFirst();
    }

    private static Optional<Match> field(Entity e, String words, FieldType... types) {
        String w = " " + words.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        Set<FieldType> allowed = types.length == 0 ? Set.of(FieldType.values()) : Set.of(types);
        return e.fields().stream().filter(f -> allowed.contains(f.type()))
                .filter(f -> w.contains(" " + lower(f.label()).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " "))
                .max(Comparator.comparingInt(f -> f.label().length())).map(f -> new Match(e, f));
    }

    private static Optional<Entity> entity(AppSpec spec, String words) {
        String w = " " + words.toLowerCase(Locale.ROOT) + " ";
        return spec.entities().stream().filter(e -> w.contains(" " + lower(e.name()) + " ") || w.contains(" " + lower(e.plural()) + " "))
                .findFirst();
    }

    /** The field that says a record is done (returned, closed, completed...), for reminders and overdue counts. */
    private static Optional<Field> doneField(Entity e) {
        return e.fields().stream().filter(f -> f.type() == FieldType.BOOLEAN)
                .filter(f -> lower(f.label()).matches(".*\\b(returned|done|closed|complete|completed|finished|paid|resolved)\\b.*"))
                .findFirst();
    }

    private static String value(Field f, String words) {
        String w = words.strip().replaceAll("^[\"“']|[\"”']$", "");
        if (f.type().hasOptions()) {
            return f.options().stream().filter(o -> o.equalsIgnoreCase(w)).findFirst().orElse(w);
        }
        return w;
    }

    private static String ruleKey(AppSpec spec, String base) {
        return key(spec.rules().stream().map(Rule::key).toList(), base);
    }

    private static String key(List<String> taken, String base) {
        String k = base.length() > 60 ? base.substring(0, 60) : base;
        return Keys.unique(Keys.isValid(k) ? k : "logic", taken);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}

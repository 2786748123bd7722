package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.LogicPhrases.first;
import static org.toolsmith.draft.offline.LogicPhrases.group;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.draft.offline.LogicFields.Match;
import org.toolsmith.draft.scripts.ScriptShapes;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Automation;
import org.toolsmith.spec.Computed;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.Keys;
import org.toolsmith.spec.Rule;
import org.toolsmith.spec.SpecValidator;
import org.toolsmith.templates.Templates;

/**
 * Reads requests for logic in English, French, Spanish and German — "the due date must be after
 * the loan date", "la date de retour doit être postérieure à la date de prêt", "show how many days a
 * loan is overdue", "a Mark returned button", "recordar al prestatario dos días antes de la fecha de
 * vencimiento", "X is required when Y is Z", "wenn der Status auf Genehmigt wechselt, setze das
 * Genehmigungsdatum" — and adds them to a spec with {@link ScriptShapes}. Each sentence is tried in
 * each language ({@link LogicLexicons}); field names are matched against the spec's labels, and a
 * sentence whose fields cannot be found is left alone. Messages and answers are in the sentence's
 * language. Stateless and thread-safe.
 */
final class LogicReader {
    private static final ScriptShapes SHAPES = new ScriptShapes(new Templates());
    private static final Pattern NUMBER = Pattern.compile("^(-?\\d+(?:[.,]\\d+)?)\\b");

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
            String folded = LogicPhrases.fold(sentence).replaceAll("[.!?;:]+$", "").strip();
            if (folded.isEmpty()) {
                continue;
            }
            for (LogicPhrases lang : LogicLexicons.ordered(folded)) {
                String s = lang.lead().matcher(folded).replaceAll("");
                try {
                    Optional<Found> f = sentence(lang, out, s, sentence.strip());
                    if (f.isPresent()) {
                        out = f.get().spec();
                        said.addAll(f.get().said());
                        break;
                    }
                } catch (IllegalArgumentException e) {
                    // the sentence names fields that do not fit this shape; leave it to the other readers
                }
            }
        }
        return new Found(out, said);
    }

    private Optional<Found> sentence(LogicPhrases l, AppSpec spec, String s, String original) {
        Matcher m;
        if ((m = first(l.range(), s)) != null) {
            Optional<Found> f = range(l, spec, m, original);
            if (f.isPresent()) {
                return f;
            }
        }
        if ((m = first(l.compare(), s)) != null) {
            return new LogicRules(l, SHAPES).compare(spec, m, original);
        }
        if ((m = first(l.required(), s)) != null) {
            Optional<Found> f = new LogicRules(l, SHAPES).requiredIf(spec, m, original);
            if (f.isPresent()) {
                return f;
            }
        }
        if ((m = first(l.remind(), s)) != null) {
            return remind(l, spec, m, original);
        }
        if ((m = first(l.stamp(), s)) != null) {
            Optional<Found> f = stamp(l, spec, m, original);
            if (f.isPresent()) {
                return f;
            }
        }
        if ((m = first(l.transition(), s)) != null) {
            return new LogicRules(l, SHAPES).transition(spec, m, original);
        }
        if (l.overdue().matcher(s).find()) {
            return overdue(l, spec, s, original);
        }
        if ((m = l.total().matcher(s)).find()) {
            return total(l, spec, s, m.group("word"), original);
        }
        if ((m = first(l.button(), s)) != null) {
            String label = group(m, "label") != null ? group(m, "label") : group(m, "label2");
            return LogicButtons.button(l, SHAPES, spec, label, original);
        }
        return Optional.empty();
    }

    private Optional<Found> range(LogicPhrases l, AppSpec spec, Matcher m, String original) {
        Match f = LogicFields.field(spec, m.group("field"), FieldType.INTEGER, FieldType.DECIMAL, FieldType.MONEY, FieldType.DATE).orElse(null);
        if (f == null) {
            return Optional.empty();
        }
        String min = decimal(m.group("min"));
        String max = decimal(m.group("max"));
        String message = sentence(l.says().range(), label(l, f.field()), min, max);
        return Optional.of(addRule(l, spec, SHAPES.range(f.entity(), ruleKey(spec, f.field().key() + "_range"), f.field().key(), min, max, message),
                original));
    }

    private Optional<Found> remind(LogicPhrases l, AppSpec spec, Matcher m, String original) {
        Optional<Match> date = LogicFields.field(spec, m.group("date"), FieldType.DATE, FieldType.DATETIME);
        Optional<Match> person = date.flatMap(d -> LogicFields.field(d.entity(), m.group("person"), FieldType.PERSON, FieldType.EMAIL,
                FieldType.TEXT));
        int days = l.number(m.group("n"));
        if (date.isEmpty() || person.isEmpty() || days < 0) {
            return Optional.empty();
        }
        String h = group(m, "hour");
        String ampm = group(m, "ampm");
        int hour = h == null ? 8 : Integer.parseInt(h) % (ampm == null ? 24 : 12) + ("pm".equals(ampm) ? 12 : 0)
                + (ampm == null && l.lang() == Lang.EN && Integer.parseInt(h) == 12 ? 12 : 0);
        String minutes = group(m, "min");
        String at = String.format("%02d:%s", Math.min(hour, 23), minutes == null ? "00" : minutes);
        boolean before = l.isBefore(m.group("when"));
        Entity e = date.get().entity();
        String message = sentence(before ? l.says().remindBefore() : l.says().remindAfter(), label(l, date.get().field()),
                l.lang() == Lang.EN ? lower(e.name()) : e.name(), l.says().days(days));
        Automation a = SHAPES.reminder(e, key(spec.automations().stream().map(Automation::key).toList(), "remind_" + person.get().field().key()),
                person.get().field().key(), date.get().field().key(), days, before, LogicFields.doneField(e).map(Field::key).orElse(null),
                new Automation.Schedule("day", at), message);
        if (l.lang() != Lang.EN) {
            a = renamed(a, String.format(l.says().remindName(), person.get().field().label(), l.says().days(days),
                    before ? l.says().beforeWord() : l.says().afterWord(), date.get().field().label()));
        }
        return Optional.of(new Found(spec.withAutomations(append(spec.automations(), a.withBecause(original))),
                List.of(String.format(l.says().addedReminder(), a.name(), at))));
    }

    private Optional<Found> stamp(LogicPhrases l, AppSpec spec, Matcher m, String original) {
        Optional<Match> f = LogicFields.field(spec, m.group("field"));
        Optional<Match> target = f.flatMap(x -> LogicFields.field(x.entity(), m.group("target"), FieldType.DATE, FieldType.DATETIME, FieldType.PERSON));
        if (f.isEmpty() || target.isEmpty() || target.get().field().key().equals(f.get().field().key())) {
            return Optional.empty();
        }
        Automation a = SHAPES.stamp(f.get().entity(), key(spec.automations().stream().map(Automation::key).toList(),
                "stamp_" + target.get().field().key()), f.get().field().key(), LogicFields.value(f.get().field(), m.group("value")),
                target.get().field().key());
        if (l.lang() != Lang.EN) {
            a = renamed(a, String.format(l.says().stampName(), target.get().field().label(), f.get().field().label(), a.value()));
        }
        return Optional.of(new Found(spec.withAutomations(append(spec.automations(), a.withBecause(original))),
                List.of(String.format(l.says().addedAutomation(), a.name()))));
    }

    private Optional<Found> overdue(LogicPhrases l, AppSpec spec, String s, String original) {
        Entity e = LogicFields.entity(spec, s).orElse(null);
        for (Entity entity : e != null ? List.of(e) : spec.entities()) {
            Optional<Field> due = LogicFields.dueField(entity);
            if (due.isPresent()) {
                String key = key(spec.computed().stream().map(Computed::key).toList(), "days_overdue");
                String label = l.says().overdueLabel();
                Computed c = SHAPES.daysSince(entity, key, label, due.get().key(), LogicFields.doneField(entity).map(Field::key).orElse(null));
                return Optional.of(new Found(spec.withComputed(append(spec.computed(), c.withBecause(original))),
                        List.of(String.format(l.says().addedComputed(), label, entity.plural()))));
            }
        }
        return Optional.empty();
    }

    /** "show the total amount of the line items on each order", "le nombre de prêts de chaque livre". */
    private Optional<Found> total(LogicPhrases l, AppSpec spec, String s, String word, String original) {
        boolean count = !l.sum().matcher(word).matches();
        // "the number of hours spent" is a field to fill in; "the number of maintenances" counts linked records
        String[] next = s.substring(Math.max(0, s.indexOf(word)) + word.length()).strip().split("\\s+");
        String counted = String.join(" ", java.util.Arrays.asList(next).subList(0, Math.min(3, next.length)));
        for (Entity target : spec.entities()) {
            for (AppSpec.Reference ref : spec.referencesTo(target.key())) {
                Entity from = ref.from();
                if (from.key().equals(target.key()) || !LogicFields.mentions(s, from) || !LogicFields.mentions(s, target)) {
                    continue;
                }
                Optional<Match> amount = count ? Optional.empty() : LogicFields.field(from, s, FieldType.INTEGER, FieldType.DECIMAL, FieldType.MONEY);
                if (!count && amount.isEmpty() || count && !LogicFields.mentions(counted, from)) {
                    continue;
                }
                String label = count ? String.format(l.says().countLabel(), l.lang() == Lang.DE ? from.plural() : lower(from.plural()))
                        : String.format(l.says().totalLabel(), l.lang() == Lang.DE ? amount.get().field().label() : lower(amount.get().field().label()));
                String key = key(spec.computed().stream().map(Computed::key).toList(), Keys.fromLabel(label, "total", "total"));
                Computed c = SHAPES.totalLinked(spec, target, key, label, from, amount.map(a -> a.field().key()).orElse(null));
                return Optional.of(new Found(spec.withComputed(append(spec.computed(), c.withBecause(original))),
                        List.of(String.format(l.says().addedComputed(), label, target.plural()))));
            }
        }
        return Optional.empty();
    }

    /** Adds a rule; outside English its name is its message (the shapes name rules in English). */
    static Found addRule(LogicPhrases l, AppSpec spec, Rule written, String original) {
        Rule rule = l.lang() == Lang.EN ? written : new Rule(written.key(), written.entity(), clip(written.message().replaceAll("\\.$", "")),
                written.field(), written.script(), written.message(), written.template(), written.because());
        return new Found(spec.withRules(append(spec.rules(), rule.withBecause(original))), List.of(String.format(l.says().addedRule(), rule.message())));
    }

    private static Automation renamed(Automation a, String name) {
        return new Automation(a.key(), a.entity(), clip(Text.capitalize(name)), a.on(), a.field(), a.value(), a.schedule(), a.script(),
                a.template(), a.because());
    }

    /** A message from its format, with its first letter in upper case. */
    static String sentence(String format, Object... args) {
        return Text.capitalize(String.format(format, args));
    }

    static String label(LogicPhrases l, Field f) {
        return l.lang() == Lang.EN ? "the " + lower(f.label()) : l.says().label(l.lang(), f.label());
    }

    /** "1,5" (a decimal comma) as "1.5"; anything else as it is. */
    static String decimal(String text) {
        return text.matches("-?\\d+,\\d+") ? text.replace(',', '.') : text;
    }

    static Optional<BigDecimal> number(String text) {
        Matcher n = NUMBER.matcher(text.strip());
        return n.find() ? Optional.of(new BigDecimal(decimal(n.group(1)))) : Optional.empty();
    }

    static List<String> list(LogicPhrases l, String words) {
        return Arrays.stream(l.listSplit().split(words)).filter(w -> !w.isBlank()).toList();
    }

    static Map<String, List<String>> allowed(String from, List<String> to) {
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        allowed.put(from, to);
        return allowed;
    }

    static String ruleKey(AppSpec spec, String base) {
        return key(spec.rules().stream().map(Rule::key).toList(), base);
    }

    static String key(List<String> taken, String base) {
        String k = base.length() > 60 ? base.substring(0, 60) : base;
        return Keys.unique(Keys.isValid(k) ? k : "logic", taken);
    }

    static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static String clip(String name) {
        return name.length() <= SpecValidator.MAX_LABEL ? name : name.substring(0, SpecValidator.MAX_LABEL - 1) + "…";
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}

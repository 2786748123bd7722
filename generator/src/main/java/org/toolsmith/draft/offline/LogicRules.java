package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.LogicReader.addRule;
import static org.toolsmith.draft.offline.LogicReader.label;
import static org.toolsmith.draft.offline.LogicReader.ruleKey;
import static org.toolsmith.draft.offline.LogicReader.sentence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import org.toolsmith.draft.offline.LogicFields.Condition;
import org.toolsmith.draft.offline.LogicFields.Match;
import org.toolsmith.draft.offline.LogicReader.Found;
import org.toolsmith.draft.scripts.Comparison;
import org.toolsmith.draft.scripts.ScriptShapes;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.Keys;
import org.toolsmith.spec.Rule;

/** The rules {@link LogicReader} understands in one language: comparisons, required-if and status transitions. */
final class LogicRules {
    private final LogicPhrases l;
    private final ScriptShapes shapes;

    LogicRules(LogicPhrases l, ScriptShapes shapes) {
        this.l = l;
        this.shapes = shapes;
    }

    /** "the due date must be after the loan date", "copies must be at least 1", "the discount must be less than the price". */
    Optional<Found> compare(AppSpec spec, Matcher m, String original) {
        Comparison cmp = l.comparison(m.group("op"));
        Optional<Match> left = LogicFields.field(spec, m.group("left"));
        if (left.isEmpty()) {
            return Optional.empty();
        }
        Entity e = left.get().entity();
        Field lf = left.get().field();
        if (lf.type() == FieldType.DATE || lf.type() == FieldType.DATETIME) {
            Optional<Match> right = LogicFields.field(e, m.group("right"), FieldType.DATE, FieldType.DATETIME);
            if (right.isEmpty() || right.get().field().key().equals(lf.key())) {
                return Optional.empty();
            }
            Field rf = right.get().field();
            String message = sentence(l.says().compare(), label(l, lf), l.says().dateWords().get(cmp), label(l, rf));
            return Optional.of(addRule(l, spec, shapes.compareDates(e, ruleKey(spec, lf.key() + "_" + cmp.name().toLowerCase(Locale.ROOT) + "_"
                    + rf.key()), lf.key(), cmp, rf.key(), message), original));
        }
        Optional<BigDecimal> number = LogicReader.number(m.group("right"));
        Rule rule;
        if (number.isPresent()) {
            String message = sentence(l.says().compare(), label(l, lf), l.says().numberWords().get(cmp), number.get().toPlainString());
            rule = shapes.compareNumbers(e, ruleKey(spec, lf.key() + "_limit"), lf.key(), cmp, null, number.get(), message);
        } else {
            Optional<Match> right = LogicFields.field(e, m.group("right"), FieldType.INTEGER, FieldType.DECIMAL, FieldType.MONEY);
            if (right.isEmpty() || right.get().field().key().equals(lf.key())) {
                return Optional.empty();
            }
            Field rf = right.get().field();
            String message = sentence(l.says().compare(), label(l, lf), l.says().numberWords().get(cmp), label(l, rf));
            rule = shapes.compareNumbers(e, ruleKey(spec, lf.key() + "_vs_" + rf.key()), lf.key(), cmp, rf.key(), null, message);
        }
        return Optional.of(addRule(l, spec, rule, original));
    }

    /** "the reason is required when the status is Lost". */
    Optional<Found> requiredIf(AppSpec spec, Matcher m, String original) {
        Optional<Match> f = LogicFields.field(spec, m.group("field"));
        if (f.isEmpty()) {
            return Optional.empty();
        }
        Optional<Condition> cond = LogicFields.condition(f.get().entity(), m.group("cond"), l.copula());
        if (cond.isEmpty() || cond.get().field().key().equals(f.get().field().key())) {
            return Optional.empty();
        }
        Field field = f.get().field();
        Field other = cond.get().field();
        String value = cond.get().value();
        String message = sentence(l.says().required(), label(l, field), label(l, other), value);
        return Optional.of(addRule(l, spec, shapes.requiredIf(f.get().entity(), ruleKey(spec, field.key() + "_required"), field.key(),
                other.key(), value, message), original));
    }

    /** "the status can only go from Out to Back or Lost". */
    Optional<Found> transition(AppSpec spec, Matcher m, String original) {
        Optional<Match> f = LogicFields.field(spec, m.group("field"), FieldType.CHOICE);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        Field field = f.get().field();
        String from = LogicFields.value(field, m.group("from"));
        List<String> to = LogicReader.list(l, m.group("to")).stream().map(w -> LogicFields.value(field, w)).toList();
        String message = sentence(l.says().transition(), label(l, field), from, String.join(l.says().or(), to));
        return Optional.of(addRule(l, spec, shapes.statusTransition(f.get().entity(), ruleKey(spec, field.key() + "_from_"
                + Keys.fromLabel(from, "v", "value")), field.key(), LogicReader.allowed(from, to), message), original));
    }
}

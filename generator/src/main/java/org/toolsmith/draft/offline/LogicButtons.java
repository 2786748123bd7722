package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.LogicPhrases.first;
import static org.toolsmith.draft.offline.LogicReader.append;
import static org.toolsmith.draft.offline.LogicReader.key;
import static org.toolsmith.draft.offline.LogicReader.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.draft.offline.LogicReader.Found;
import org.toolsmith.draft.scripts.ScriptShapes;
import org.toolsmith.draft.scripts.ScriptShapes.Assignment;
import org.toolsmith.spec.Action;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.Keys;

/** "Mark returned" style buttons for {@link LogicReader}, in any of its languages. */
final class LogicButtons {
    private static final Pattern ARTICLES = Pattern.compile("^(?:(?:the|a|an|un|une|le|la|les|l|el|los|las|ein|eine|einen|der|die|das)\\s+)+");

    private LogicButtons() {
    }

    /** "a Mark returned button": a yes/no field named as the state → yes, dates whose label starts with it → today, a choice → it. */
    static Optional<Found> button(LogicPhrases l, ScriptShapes shapes, AppSpec spec, String phrase, String original) {
        Matcher mark = first(l.mark(), ARTICLES.matcher(phrase.strip()).replaceAll(""));
        if (mark == null) {
            return Optional.empty();
        }
        List<String> state = LogicFields.tokens(mark.group("state"));
        for (Entity e : LogicFields.entity(spec, original).map(List::of).orElse(spec.entities())) {
            List<Assignment> set = new ArrayList<>();
            String named = null;
            for (Field f : e.fields()) {
                List<String> label = LogicFields.tokens(f.label());
                boolean same = label.size() == state.size() && LogicFields.indexOf(label, state) == 0;
                if (f.type() == FieldType.BOOLEAN && same) {
                    set.add(Assignment.value(f.key(), true));
                    named = f.label();
                } else if ((f.type() == FieldType.DATE || f.type() == FieldType.DATETIME) && label.size() > state.size()
                        && LogicFields.indexOf(label, state) == 0) {
                    set.add(Assignment.today(f.key()));
                } else if (f.type() == FieldType.CHOICE) {
                    Optional<String> option = f.options().stream().filter(o -> {
                        List<String> t = LogicFields.tokens(o);
                        return t.size() == state.size() && LogicFields.indexOf(t, state) == 0;
                    }).findFirst();
                    if (option.isPresent()) {
                        set.add(Assignment.value(f.key(), option.get()));
                        named = named == null ? option.get() : named;
                    }
                }
            }
            if (!set.isEmpty()) {
                String label = Text.capitalize(String.format(l.says().buttonLabel(), named == null ? String.join(" ", state) : lower(named)));
                Action a = shapes.setFields(e, key(spec.actions().stream().map(Action::key).toList(), Keys.fromLabel(label, "action", "mark")),
                        label, set, List.of(Action.EVERYONE));
                return Optional.of(new Found(spec.withActions(append(spec.actions(), a.withBecause(original))),
                        List.of(String.format(l.says().addedButton(), label, l.lang() == Lang.DE ? e.name() : lower(e.name())))));
            }
        }
        return Optional.empty();
    }

}

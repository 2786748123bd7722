package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.toolsmith.spec.FieldType;

/**
 * A kind named by a choice word is a field, not a kind: "And a priority: low, medium, high", "Son état : neuf,
 * abîmé, hors service", "También una fase: diseño, obra, entrega", "Dazu ein Status: offen, erledigt" read as a
 * heading give a kind "Priority" / "État" / "Fase" / "Status" whose "fields" are the values. Such a kind becomes a
 * choice field of the kind it was linked to (the record the sentence before described), else of the main record,
 * with the values as its options (not when it has a date or a person: "shifts: date, start, end, role"); a field of another sort it carried ("quoted price") moves there too, and links to it
 * go. The name types as a choice by the lexicon's {@code types} (status, priority, stage, Zustand, estado, …); the
 * values must be short untyped words (text, yes/no or a file guessed from a word like "received"), at least two, and
 * outnumber the other fields. A kind of that name with real fields ("Priorities: name, colour, due in days") stays.
 */
final class FieldWordKinds {
    private static final int MAX_NAME_WORDS = 2;
    private static final int MAX_VALUE_WORDS = 4;

    private FieldWordKinds() {
    }

    static void apply(Lexicon lex, List<DraftEntity> entities, DraftEntity main) {
        if (entities.size() < 2) {
            return;
        }
        for (DraftEntity e : List.copyOf(entities)) {
            if (e.name == null || Text.wordCount(e.name) > MAX_NAME_WORDS || FieldTyper.type(lex, e.name) != FieldType.CHOICE) {
                continue;
            }
            List<String> values = new ArrayList<>();
            List<DraftField> others = new ArrayList<>();
            String target = null;
            for (DraftField f : e.fields) {
                if (f.suggested) {
                    continue;
                }
                if (f.type == FieldType.REFERENCE) {
                    target = target == null ? f.target : target;
                } else if (value(lex, f)) {
                    values.add(f.label.strip());
                } else {
                    others.add(f);
                }
            }
            // a dated or staffed thing is a record ("shifts: date, start, end, role"), whatever its name types as
            if (others.stream().anyMatch(f -> f.type == FieldType.DATE || f.type == FieldType.DATETIME || f.type == FieldType.PERSON)) {
                continue;
            }
            // two links make a record between two kinds ("results: per case per run / pass / fail"), not a value list
            if (values.size() < 2 || values.size() <= others.size() || e.fields.stream().filter(f -> f.type == FieldType.REFERENCE).count() > 1) {
                continue;
            }
            DraftEntity host = host(entities, e, target, main);
            if (host == null) {
                continue;
            }
            String old = e.name;
            entities.remove(e);
            for (DraftEntity x : entities) {
                x.fields.removeIf(f -> f.type == FieldType.REFERENCE && old.equals(f.target));
            }
            Optional<DraftField> same = host.find(old);
            DraftField choice = same.orElseGet(() -> new DraftField(old, FieldType.CHOICE, e.because));
            choice.type = FieldType.CHOICE;
            choice.target = null;
            choice.options(values);
            if (same.isEmpty()) {
                host.add(choice);
            }
            others.forEach(host::add);
        }
    }

    /** A value of the list: a short word or two that no type word made a real field of. */
    private static boolean value(Lexicon lex, DraftField f) {
        if (f.type != FieldType.TEXT && f.type != FieldType.BOOLEAN && f.type != FieldType.FILE) {
            return false;
        }
        String l = f.label.strip();
        return !l.isEmpty() && Text.wordCount(l) <= MAX_VALUE_WORDS && !Text.fold(l).equals(Text.fold(lex.nameLabel));
    }

    /** The kind the values belong to: the one it was linked to, else the main record, else the first other one. */
    private static DraftEntity host(List<DraftEntity> entities, DraftEntity e, String target, DraftEntity main) {
        if (target != null) {
            for (DraftEntity x : entities) {
                if (x != e && target.equals(x.name)) {
                    return x;
                }
            }
        }
        if (main != null && main != e && entities.contains(main)) {
            return main;
        }
        return entities.stream().filter(x -> x != e).findFirst().orElse(null);
    }
}

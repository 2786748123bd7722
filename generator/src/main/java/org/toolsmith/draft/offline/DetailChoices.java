package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.toolsmith.spec.FieldType;

/**
 * A choice whose values are all contact details ("contact details (phone/email)", "coordonnées (tél / mail)",
 * "Kontaktdaten (Telefon/E-Mail)", "emergency contact (name / phone)"): each detail is a field of the kind. A head
 * that only gathers details ("details", "coordonnées", "Kontaktdaten") gives way to them; any other head names whose
 * details they are ("Emergency contact name", "Nom du contact d'urgence"). A choice with one value that is no detail
 * ("preferred contact: email, phone or post") is left as it is.
 */
final class DetailChoices {
    private DetailChoices() {
    }

    /** Heads that only gather details, folded. */
    private static final Set<String> GATHERING = Set.of("details", "detail", "contact details", "contact info", "contact information",
            "contact", "contacts", "info", "coordonnees", "infos", "datos", "datos de contacto", "contacto", "kontaktdaten",
            "kontakt", "kontaktinfo", "daten", "kontaktangaben");

    static void apply(Lexicon lex, List<DraftEntity> entities) {
        for (DraftEntity e : entities) {
            for (int i = 0; i < e.fields.size(); i++) {
                DraftField f = e.fields.get(i);
                if (f.type != FieldType.CHOICE && f.type != FieldType.MULTI_CHOICE || f.options.size() < 2 || f.options.size() > 5
                        || !f.options.stream().allMatch(o -> ContactRuns.detail(lex.lang, o))) {
                    continue;
                }
                String head = String.join(" ", Text.words(Text.fold(f.label)));
                boolean gathering = GATHERING.contains(head);
                List<DraftField> parts = new ArrayList<>();
                for (String o : f.options) {
                    String label = gathering ? o : switch (lex.lang) {
                        case FR, ES -> o + " de " + Character.toLowerCase(f.label.charAt(0)) + f.label.substring(1);
                        case DE -> f.label + " " + o;
                        default -> f.label + " " + o.toLowerCase(java.util.Locale.ROOT);
                    };
                    parts.add(new DraftField(Text.capitalize(label), FieldTyper.type(lex, o), f.because));
                }
                e.fields.remove(i);
                e.fields.addAll(i, parts);
                i += parts.size() - 1;
            }
        }
    }
}

package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.toolsmith.spec.FieldType;

/**
 * A choice named by a word that only gathers details, whose values are all contact details ("contact details
 * (phone/email)", "coordonnées (tél / mail)", "Kontaktdaten (Telefon/E-Mail)"): each detail is a field of the kind,
 * in place of the choice. Any other head asks which one ("preferred contact (email/phone)") and stays a choice, and so
 * does a choice with one value that is no detail.
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
                if (!GATHERING.contains(String.join(" ", Text.words(Text.fold(f.label))))) {
                    continue; // "preferred contact (email/phone)": which one, a choice
                }
                List<DraftField> parts = new ArrayList<>();
                for (String o : f.options) {
                    parts.add(new DraftField(Text.capitalize(o), FieldTyper.type(lex, o), f.because));
                }
                e.fields.remove(i);
                e.fields.addAll(i, parts);
                i += parts.size() - 1;
            }
        }
    }
}

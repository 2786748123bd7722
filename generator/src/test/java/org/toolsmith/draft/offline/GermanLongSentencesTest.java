package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.find;
import static org.toolsmith.draft.offline.SpecCheck.links;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

class GermanLongSentencesTest {
    @Test
    void a_bare_each_has_several_sentence_drafts_both_kinds_and_the_link() {
        AppSpec spec = draft("Jede Filiale hat mehrere Kassen. Zu jeder Kasse speichern wir Kassennummer, Hersteller und Anschaffungsdatum.");
        assertTrue(links(spec, "Kasse", "Filiale"), SpecCheck.names(spec));
        assertEquals(FieldType.DATE, field(entity(spec, "Kasse"), "Anschaffungsdatum").type());
        AppSpec en = draft("Each branch has several tills. For each till we record the till number, the maker and the purchase date.");
        assertTrue(links(en, "Till", "Branch"), SpecCheck.names(en));
    }

    @Test
    void a_verb_closing_a_verb_final_list_is_no_part_of_the_last_label() {
        AppSpec spec = draft("Zu jeder Wanderung halten wir Startort, Länge und Schwierigkeit fest.");
        Entity e = entity(spec, "Wanderung");
        assertTrue(find(e, "Schwierigkeit").isPresent(), e.fields().toString());
        AppSpec wissen = draft("Bei jedem Spender wollen wir Name, Anschrift und Spendensumme wissen.");
        assertTrue(find(entity(wissen, "Spender"), "Spendensumme").isPresent(), entity(wissen, "Spender").fields().toString());
    }

    @Test
    void which_pair_clause_keeps_the_clauses_after_it_as_fields_of_the_record() {
        AppSpec spec = draft("Wir müssen nachhalten, welches Fahrrad an welchen Gast vermietet wurde, bis wann es zurück sein soll und ob eine Kaution bezahlt ist.");
        assertTrue(spec.entities().size() >= 3, SpecCheck.names(spec));
        assertTrue(links(spec, "Vermietung", "Fahrrad") && links(spec, "Vermietung", "Gast"), SpecCheck.names(spec));
    }

    @Test
    void who_did_it_to_the_thing_names_the_doer_and_es_gibt_per_kind_is_a_list() {
        AppSpec spec = draft("Pro Lieferung gibt es einen Lieferschein und eine Menge, und wir müssen auch wissen, wer die Ware geprüft hat.");
        Entity e = entity(spec, "Lieferung");
        assertEquals(FieldType.PERSON, field(e, "Geprüft von").type());
        assertTrue(find(e, "Lieferschein").isPresent() && find(e, "Gibt").isEmpty() && find(e, "Wissen").isEmpty(), e.fields().toString());
    }
}

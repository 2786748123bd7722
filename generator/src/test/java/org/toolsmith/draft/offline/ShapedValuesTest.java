package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * New choice values said in passing: recognised by their likeness to the numbered values a field has
 * ({@link ShapedValues}), said with where they go ("… at the end", "… al final": {@link ValueLeads}), or as a
 * value inside a noun phrase ("an On hold status", "there's a Gold tier now": {@link NewsValue},
 * {@link ChoiceListEdits}). Phrasing of our own (a data centre's racks, a gym's memberships).
 */
class ShapedValuesTest {
    private static final AppSpec RACKS = RefineFixtures.spec("""
            {"spec": 1, "name": "Racks", "entities": [
              {"key": "rack", "name": "Rack", "plural": "Racks", "fields": [
                {"key": "label", "label": "Label", "type": "text", "required": true},
                {"key": "hall", "label": "Hall", "type": "choice", "options": ["DH1", "DH2", "LAB"]},
                {"key": "power", "label": "Power feed", "type": "choice", "options": ["16 amp", "32 amp"]},
                {"key": "status", "label": "Status", "type": "choice", "options": ["Planned", "In use", "Retired"]},
                {"key": "height", "label": "Height", "type": "integer"}]}]}
            """);
    private static final AppSpec SALLES = RefineFixtures.spec("""
            {"spec": 1, "name": "Salles", "entities": [
              {"key": "reservation", "name": "Réservation", "plural": "Réservations", "fields": [
                {"key": "salle", "label": "Salle", "type": "choice", "options": ["Salle 1", "Salle 2"]},
                {"key": "formule", "label": "Formule", "type": "choice", "options": ["Demi-journée", "Journée"]},
                {"key": "estado", "label": "Estado", "type": "choice", "options": ["Pendiente", "Confirmada"]}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "we've opened a DH3 on the second floor | rack.hall[DH1;DH2;LAB;DH3]",
        "add LAB2 too please | rack.hall[DH1;DH2;LAB;LAB2]",
        "some racks now get 63 amp | rack.power[16 amp;32 amp;63 amp]",
        "on a aussi une Salle 3 depuis lundi | reservation.salle[Salle 1;Salle 2;Salle 3]",
        "añadid Salle 4, la del sótano | reservation.salle[Salle 1;Salle 2;Salle 4]",
        "wir haben seit Mai auch DH4 | rack.hall[DH1;DH2;LAB;DH4]",
        "status also needs Decommissioned at the end | rack.status[Planned;In use;Retired;Decommissioned]",
        "there's an On hold status now too | rack.status[Planned;In use;Retired;On hold]",
        "falta el estado Cancelada al final | reservation.estado[Pendiente;Confirmada;Cancelada]"})
    void reads_values_said_in_passing(String message, String expected) {
        RefineExpect.check(message.contains("Salle") || message.contains("estado") ? SALLES : RACKS, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the height is 42 units at most, make it required | rack.height!",
        "halls: DH1, DH2 and DH3 from now on | rack.hall[DH1;DH2;DH3]",
        "we no longer use DH2 | rack.hall[DH1;LAB]",
        "add a second label field | +rack:text"})
    void leaves_other_edits_alone(String message, String expected) {
        RefineExpect.check(RACKS, message, expected);
    }
}

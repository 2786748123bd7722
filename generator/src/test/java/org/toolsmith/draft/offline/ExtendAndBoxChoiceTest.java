package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A choice field extended with a verb of taking values in ("should also allow A and B", "soll auch 'A' und 'B' kennen",
 * "doit aussi accepter « A » et « B »", "que admita también A y B", "um A und B erweitern"): the values come clean, the
 * old ones stay ({@link ChoiceListEdits}). A tick box said to be not enough and given values after a colon ("paid as a
 * tick box isn't enough, make it a status: …", "la case Payé ne suffit pas, il faut un statut : …") becomes that choice
 * itself ({@link TickBoxToChoice}). Phrasing of our own (a vet, a pottery class, a campsite, a bike workshop).
 */
class ExtendAndBoxChoiceTest {
    private static final AppSpec VET = RefineFixtures.spec("""
            {"spec": 1, "name": "Vet visits", "entities": [
              {"key": "visit", "name": "Visit", "plural": "Visits", "fields": [
                {"key": "patient", "label": "Patient", "type": "text", "required": true},
                {"key": "species", "label": "Species", "type": "choice", "options": ["Dog", "Cat"]},
                {"key": "paid", "label": "Paid", "type": "boolean"},
                {"key": "seen_on", "label": "Seen on", "type": "date"}]}]}
            """);
    private static final AppSpec POTERIE = RefineFixtures.spec("""
            {"spec": 1, "name": "Atelier poterie", "entities": [
              {"key": "inscription", "name": "Inscription", "plural": "Inscriptions", "fields": [
                {"key": "eleve", "label": "Élève", "type": "text", "required": true},
                {"key": "niveau", "label": "Niveau", "type": "choice", "options": ["Débutant", "Confirmé"]},
                {"key": "paye", "label": "Payé", "type": "boolean"}]}]}
            """);
    private static final AppSpec CAMPING = RefineFixtures.spec("""
            {"spec": 1, "name": "Camping", "entities": [
              {"key": "reserva", "name": "Reserva", "plural": "Reservas", "fields": [
                {"key": "cliente", "label": "Cliente", "type": "text", "required": true},
                {"key": "parcela", "label": "Parcela", "type": "choice", "options": ["Tienda", "Caravana"]},
                {"key": "confirmada", "label": "Confirmada", "type": "boolean"}]}]}
            """);
    private static final AppSpec WERKSTATT = RefineFixtures.spec("""
            {"spec": 1, "name": "Radwerkstatt", "entities": [
              {"key": "auftrag", "name": "Auftrag", "plural": "Aufträge", "fields": [
                {"key": "kunde", "label": "Kunde", "type": "text", "required": true},
                {"key": "art", "label": "Art", "type": "choice", "options": ["Reparatur", "Wartung"]},
                {"key": "abgeholt", "label": "Abgeholt", "type": "boolean"}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "species should also allow Rabbit and Bird | visit.species[Dog;Cat;Rabbit;Bird]",
        "the species must also accept 'Rabbit' and 'Bird' | visit.species[Dog;Cat;Rabbit;Bird]",
        "species needs Rabbit and Bird as well | visit.species[Dog;Cat;Rabbit;Bird]",
        "le niveau doit aussi accepter « Expert » et « Enfant » | inscription.niveau[Débutant;Confirmé;Expert;Enfant]",
        "le niveau doit aussi proposer Expert et Enfant | inscription.niveau[Débutant;Confirmé;Expert;Enfant]",
        "que la parcela admita también 'Bungalow' y 'Autocaravana' | reserva.parcela[Tienda;Caravana;Bungalow;Autocaravana]",
        "la parcela también debe aceptar Bungalow y Autocaravana | reserva.parcela[Tienda;Caravana;Bungalow;Autocaravana]",
        "Art soll auch 'Umbau' und 'Inspektion' kennen | auftrag.art[Reparatur;Wartung;Umbau;Inspektion]",
        "Art um Umbau und Inspektion erweitern | auftrag.art[Reparatur;Wartung;Umbau;Inspektion]",
        "Art bitte um Umbau und Inspektion ergänzen | auftrag.art[Reparatur;Wartung;Umbau;Inspektion]",
        "bei der Art kommen noch Umbau und Inspektion dazu | auftrag.art[Reparatur;Wartung;Umbau;Inspektion]",
        "Art braucht noch die Werte Umbau und Inspektion | auftrag.art[Reparatur;Wartung;Umbau;Inspektion]"})
    void extends_a_choice_with_clean_values(String message, String expected) {
        RefineExpect.check(pick(message), message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "paid as a tick box isn't enough, make it a status: Paid, Partly paid, Unpaid | visit.paid=choice & visit.paid[Paid;Partly paid;Unpaid]",
        "the Paid tick box is not enough anymore - we need a status: Paid, Partly paid, Unpaid | visit.paid=choice & visit.paid[Paid;Partly paid;Unpaid]",
        "la case Payé ne suffit pas, il faut un statut : Payé, Acompte, Impayé | inscription.paye=choice & inscription.paye[Payé;Acompte;Impayé]",
        "cocher Payé ne suffit plus, on veut un statut : Payé, Acompte, Impayé | inscription.paye=choice & inscription.paye[Payé;Acompte;Impayé]",
        "con la casilla Confirmada no basta, que sea un estado: Confirmada, Pendiente, Anulada | reserva.confirmada=choice & reserva.confirmada[Confirmada;Pendiente;Anulada]",
        "la casilla Confirmada ya no es suficiente, necesitamos un estado: Confirmada, Pendiente, Anulada | reserva.confirmada=choice & reserva.confirmada[Confirmada;Pendiente;Anulada]",
        "das Häkchen bei Abgeholt reicht nicht, wir brauchen einen Status: Offen, Fertig, Abgeholt | auftrag.abgeholt=choice & auftrag.abgeholt[Offen;Fertig;Abgeholt]",
        "Abgeholt als Häkchen genügt nicht mehr, es soll ein Status werden: Offen, Fertig, Abgeholt | auftrag.abgeholt=choice & auftrag.abgeholt[Offen;Fertig;Abgeholt]"})
    void turns_a_box_said_to_be_not_enough_into_a_choice(String message, String expected) {
        RefineExpect.check(pick(message), message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "add a status field: Booked, Seen, Cancelled | +visit:choice:Status",
        "the patient name isn't enough, add a status: Booked, Seen, Cancelled | +visit:choice:Status",
        "rename Species to Animal | visit.species~Animal"})
    void leaves_other_edits_alone(String message, String expected) {
        RefineExpect.check(VET, message, expected);
    }

    private static AppSpec pick(String message) {
        String m = RefineText.fold(message);
        if (m.matches(".*\\b(?:niveau|case|cocher)\\b.*")) {
            return POTERIE;
        }
        if (m.matches(".*\\b(?:parcela|casilla)\\b.*")) {
            return CAMPING;
        }
        if (m.matches(".*\\b(?:art|hakchen)\\b.*")) {
            return WERKSTATT;
        }
        return VET;
    }
}

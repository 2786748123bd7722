package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "X = a + b + c" definitions become colon lists, in any language; other signs stay as written. */
class KindDefinitionsTest {
    @Test
    void a_definition_with_plus_signs_becomes_a_colon_list() {
        assertEquals("we log repairs: bike, date. Bike: frame number, brand, colour",
                KindDefinitions.asLists("we log repairs: bike, date. bike = frame number + brand + colour"));
        assertEquals("Lieferant: Name, Telefon, Ansprechpartner.",
                KindDefinitions.asLists("Lieferant = Name + Telefon + Ansprechpartner."));
    }

    @Test
    void a_definition_with_commas_becomes_a_colon_list() {
        assertEquals("Suivi des sorties. Sortie: date, lieu, encadrant",
                KindDefinitions.asLists("Suivi des sorties. sortie = date, lieu, encadrant"));
    }

    @Test
    void arithmetic_and_plus_signs_inside_a_sentence_stay() {
        String formula = "total = 3 + 4";
        assertEquals(formula, KindDefinitions.asLists(formula));
        String inside = "Grundstück (Straße + Flurstück), Vorhaben";
        assertEquals(inside, KindDefinitions.asLists(inside));
        String single = "status = open";
        assertEquals(single, KindDefinitions.asLists(single));
    }

    @Test
    void a_defined_kind_is_drafted_and_linked_from_the_list_that_names_it() {
        var spec = SpecCheck.draft("we log repairs: bike, date, what was fixed, cost. bike = frame number + brand + owner name.");
        assertTrue(SpecCheck.links(spec, "Repair", "Bike"), SpecCheck.names(spec));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Job/Site | We log jobs: date, technician, hours. Each job is done at a site, and a site has a name, an address and a key code.",
        "Loan/Borrower | Track loans with the item, the date out and the date back; every loan goes to a borrower, and a borrower has a name, a team and a phone.",
        "Post/Campaign | Each post has a channel, a publish date and the copy. Posts are always for one campaign, and each campaign has a name, a start date and a budget.",
        "Visite/Patient | On note les visites : date, infirmière, soins. Chaque visite concerne un patient, et un patient a un nom, une adresse et un téléphone.",
        "Livraison/Tournée | Livraisons avec date, adresse et chauffeur ; chaque livraison appartient à une tournée, et une tournée possède un nom, un véhicule et un jour.",
        "Reparación/Máquina | Registramos reparaciones: fecha, técnico, coste. Cada reparación es de una máquina, y una máquina tiene un número de serie, un modelo y una ubicación.",
        "Préstamo/Socio | Queremos controlar los préstamos: libro, fecha, devolución. Cada préstamo es para un socio, y cada socio tiene nombre, teléfono y correo.",
        "Einsatz/Objekt | Wir erfassen Einsätze: Datum, Mitarbeiter, Stunden. Jeder Einsatz gehört zu einem Objekt, und ein Objekt hat einen Namen, eine Adresse und einen Schlüsselcode.",
        "Buchung/Raum | Buchungen mit Datum, Uhrzeit und gebucht von; jede Buchung ist für einen Raum, und jeder Raum hat Name, Etage und Plätze."})
    void a_kind_described_after_and_is_a_kind_of_its_own(String kinds, String request) {
        String[] k = kinds.split("/");
        var spec = SpecCheck.draft(request);
        assertTrue(SpecCheck.links(spec, k[0], k[1]), SpecCheck.names(spec));
        // its parts are its own fields, not a field of the first kind called after the sentence ("Route has a name")
        assertTrue(spec.entities().stream().flatMap(e -> e.fields().stream()).noneMatch(f -> f.label().toLowerCase(java.util.Locale.ROOT)
                .matches(".*\\b(?:has|have|a|possède|tiene|hat)\\b.*")), SpecCheck.names(spec));
    }

    @Test
    void and_with_a_verb_of_its_own_or_no_list_stays_in_its_sentence() {
        for (String said : java.util.List.of("We log visits, and a nurse has to sign each one, date and time.",
                "Each loan goes to a member, and one member has a key.",
                "On suit les colis, et un client a été prévenu, puis la date.",
                "Registramos las visitas, y un técnico tiene que firmar, fecha y hora.")) {
            assertEquals(said, KindDefinitions.definedAfterAnd(said));
        }
        assertEquals("Each delivery belongs to a route. A route has a name, a van and a day.",
                KindDefinitions.definedAfterAnd("Each delivery belongs to a route, and a route has a name, a van and a day."));
    }
}

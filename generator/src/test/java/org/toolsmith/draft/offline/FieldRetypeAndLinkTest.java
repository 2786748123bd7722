package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A date that needs the time of day ({@link TimeToo}), a link said without a direction held by the side that
 * already types the other in ({@link LinkDirection}), and a new name said as "not X, it's Y"
 * ({@link FieldEditCues}). Phrasing of our own (a vet practice, in four languages).
 */
class FieldRetypeAndLinkTest {
    private static final AppSpec VET = RefineFixtures.spec("""
            {"spec": 1, "name": "Vet practice", "entities": [
              {"key": "visit", "name": "Visit", "plural": "Visits", "fields": [
                {"key": "pet", "label": "Pet", "type": "text", "required": true},
                {"key": "owner", "label": "Owner", "type": "text"},
                {"key": "visit_date", "label": "Visit date", "type": "date"},
                {"key": "vet", "label": "Vet", "type": "text"}]},
              {"key": "owner", "name": "Owner", "plural": "Owners", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "phone", "label": "Phone", "type": "phone"}]},
              {"key": "vaccine", "name": "Vaccine", "plural": "Vaccines", "fields": [
                {"key": "product", "label": "Product", "type": "text", "required": true},
                {"key": "given_on", "label": "Given on", "type": "date"},
                {"key": "batch", "label": "Batch", "type": "text"}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the visit date needs a time too, we book every 15 minutes | visit.visit_date=datetime",
        "visit date: date and time please | visit.visit_date=datetime",
        "pour la visite il faut aussi l'heure, pas seulement le jour | visit.visit_date=datetime",
        "la fecha de la visita necesita también la hora | visit.visit_date=datetime",
        "la fecha de la visita tiene que llevar hora | visit.visit_date=datetime",
        "a la fecha de la visita le falta la hora | visit.visit_date=datetime",
        "beim Besuchsdatum brauchen wir auch die Uhrzeit, Visit date reicht nicht | visit.visit_date=datetime",
        // a time of its own is a new field, and "the time" of something else is no date
        "please add the arrival time | +visit:datetime",
        "owners and visits should be linked | visit.owner=reference",
        "verknüpf bitte die Besitzer mit den Besuchen, Owners und Visits | visit.owner=reference",
        "it's not pet, it's animal | visit.pet~Animal",
        "no es vet, es veterinario: tenemos tres | visit.vet~Veterinario",
        "ce n'est pas batch, c'est lot | vaccine.batch~Lot"})
    void reads_times_links_and_names(String message, String expected) {
        RefineExpect.check(VET, message, expected);
    }
}

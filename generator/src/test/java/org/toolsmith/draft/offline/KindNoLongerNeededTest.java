package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A kind dropped because it is no longer needed ({@link RefineKindRemoval}, session 12, r3): "we no longer need to track
 * claims", "on n'a plus besoin de suivre les sinistres", "ya no necesitamos llevar los siniestros", "Schäden müssen wir
 * nicht mehr erfassen"; and "You can drop that part." in the next sentence says the same again (it takes nothing else).
 * Phrasing of our own (a fleet with claims), four languages. Must not fire: a field of the kind no longer needed, and
 * "that part" with nothing dropped before it.
 */
class KindNoLongerNeededTest {
    private static final Map<String, AppSpec> SPECS = Map.of(
            "en", spec("Vehicle", "Vehicles", "Claim", "Claims", "Trailer", "Trailers", "Plate", "Date"),
            "fr", spec("Véhicule", "Véhicules", "Sinistre", "Sinistres", "Remorque", "Remorques", "Immatriculation", "Date"),
            "es", spec("Vehículo", "Vehículos", "Siniestro", "Siniestros", "Remolque", "Remolques", "Matrícula", "Fecha"),
            "de", spec("Fahrzeug", "Fahrzeuge", "Schaden", "Schäden", "Anhänger", "Anhänger", "Kennzeichen", "Datum"));

    private static AppSpec spec(String vehicle, String vehicles, String claim, String claims, String trailer, String trailers, String plate, String date) {
        return RefineFixtures.spec("{\"spec\": 1, \"name\": \"Fleet\", \"entities\": ["
                + "{\"key\": \"vehicle\", \"name\": \"" + vehicle + "\", \"plural\": \"" + vehicles + "\", \"fields\": [{\"key\": \"plate\", \"label\": \"" + plate + "\", \"type\": \"text\", \"required\": true}]}, "
                + "{\"key\": \"claim\", \"name\": \"" + claim + "\", \"plural\": \"" + claims + "\", \"fields\": [{\"key\": \"vehicle\", \"label\": \"" + vehicle + "\", \"type\": \"reference\", \"target\": \"vehicle\"}, "
                + "{\"key\": \"date\", \"label\": \"" + date + "\", \"type\": \"date\"}]}, "
                + "{\"key\": \"trailer\", \"name\": \"" + trailer + "\", \"plural\": \"" + trailers + "\", \"fields\": [{\"key\": \"code\", \"label\": \"Code\", \"type\": \"text\"}]}]}");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | We don't track claims here anymore, the insurer handles that. You can drop that part.",
        "en | we no longer need to track claims in the app - the insurance company does it",
        "en | Hi, we stopped logging claims last month, the broker has them. Please delete that section.",
        "en | No need to keep claims here anymore. Remove that table please.",
        "en | Honestly we don't need to record claims any more, our insurer does all of it.",
        "en | We do not need to manage claims now. That part can go.",
        "fr | On n'a plus besoin de suivre les sinistres ici, c'est l'assureur qui gère. Vous pouvez enlever cette partie.",
        "fr | Bonjour, on n'a plus besoin de gerer les sinistres, l'assureur s'en charge.",
        "fr | On ne suit plus les sinistres dans l'appli. Supprimez cette partie svp.",
        "fr | Plus besoin de noter les sinistres ici : c'est le courtier qui gère. Vous pouvez retirer cette partie.",
        "fr | Nous n'avons plus besoin de tenir les sinistres, supprimez cette liste.",
        "fr | On n'enregistre plus les sinistres, l'assureur les a. Enlevez la partie correspondante.",
        "es | Ya no necesitamos llevar los siniestros aquí, lo gestiona la aseguradora. Podéis quitar esa parte.",
        "es | Hola, ya no hace falta registrar los siniestros en la app.",
        "es | Ya no apuntamos los siniestros, los lleva el corredor. Borrad esa tabla.",
        "es | Ya no tenemos que controlar los siniestros; la aseguradora se encarga. Quitad esa parte, por favor.",
        "es | ya no llevamos los siniestros aqui. eliminad esa lista",
        "es | Ya no necesitamos gestionar los siniestros. Esa parte se puede borrar.",
        "de | Schäden müssen wir hier nicht mehr erfassen, das macht die Versicherung. Den Teil könnt ihr rausnehmen.",
        "de | Hallo, die Schäden brauchen wir nicht mehr zu erfassen, das läuft über den Makler.",
        "de | Wir erfassen keine Schäden mehr in der App. Bitte diesen Bereich löschen.",
        "de | Schäden müssen wir nicht mehr verwalten. Die Tabelle kann weg.",
        "de | Die Schäden führen wir nicht mehr, die Versicherung macht das. Bitte die Liste entfernen.",
        "de | Wir brauchen die Schäden hier nicht mehr zu pflegen.",
    })
    void the_kind_no_longer_needed_goes_and_nothing_else(String lang, String message) {
        AppSpec after = RefineFixtures.refine(SPECS.get(lang), message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertTrue(after.entity("claim").isEmpty(), why);
        assertEquals(2, after.entities().size(), why);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | We don't need to track the claim date anymore.",
        "en | You can drop that part.",
        "fr | On n'a plus besoin de la date des sinistres.",
        "es | Ya no necesitamos la fecha de los siniestros, quitad ese campo.",
        "de | Das Datum bei den Schäden müssen wir nicht mehr erfassen.",
    })
    void a_field_no_longer_needed_or_that_part_alone_drops_no_kind(String lang, String message) {
        AppSpec after;
        try {
            after = RefineFixtures.refine(SPECS.get(lang), message).spec();
        } catch (org.toolsmith.draft.DraftException refused) {
            return; // refused: nothing dropped
        }
        assertEquals(3, after.entities().size(), message + " → " + RefineFixtures.JSON.write(after));
    }
}

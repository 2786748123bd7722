package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.links;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A master list named first, then counted and described: "Vehicles, we have about forty, each with a plate …",
 * "Des bâtiments, on en a une vingtaine, chacun avec …", "Los proveedores, tenemos unos doce, cada uno con …",
 * "Maschinen haben wir rund zwanzig, jede mit …". The lexicons' {@code sentence_rewrites} put it back as "we have N Xs,
 * each with …", which {@link KindMentions} reads as a kind; the record that names the thing then points to it. French
 * approximate counts ("une vingtaine de …") read as counts. Phrasing and domains of our own.
 */
class FrontedCountTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            For each repair job: the date, the vehicle, the mechanic and the cost. Vehicles, we have about forty, each with a plate, a model and a mileage. | Vehicle | Plate | Repair job
            Pour chaque intervention : la date, le bâtiment, le technicien et la durée. Des bâtiments, on en a une vingtaine, chacun avec une adresse et un gardien. | Bâtiment | Gardien | Intervention
            Para cada pedido: la fecha, el proveedor y el importe. Los proveedores, tenemos unos doce, cada uno con un CIF, un teléfono y un contacto. | Proveedor | Contacto | Pedido
            Für jede Wartung: Datum, Maschine, Techniker, Dauer. Maschinen haben wir rund zwanzig, jede mit einer Seriennummer, einem Hersteller und einem Standort. | Maschine | Hersteller | Wartung
            Pour chaque réservation : le client, la salle, la date. Nous avons une dizaine de salles, chacune avec un nom, un étage et une capacité. | Salle | Étage | Réservation
            """)
    void a_counted_list_said_after_its_noun_is_a_kind_the_record_points_to(String request, String kind, String label, String record) {
        // the last row: a French approximate count ("une dizaine de") is a count
        AppSpec spec = draft(request);
        field(entity(spec, kind), label);
        assertTrue(links(spec, record, kind), request);
    }

    @Test
    void a_noun_then_another_verb_is_left_as_it_was() {
        for (Object[] c : new Object[][] {
                {Lang.EN, "Rooms, we clean them twice a day, each with a checklist"},
                {Lang.FR, "Les salles, on les nettoie deux fois par jour, chacune avec une fiche"},
                {Lang.ES, "Las salas, las limpiamos dos veces al día, cada una con una lista"},
                {Lang.DE, "Räume putzen wir zweimal am Tag, jeder mit einer Liste"}}) {
            String s = (String) c[1];
            String out = s;
            for (Lexicon.Rewrite rw : Lexicon.load((Lang) c[0]).sentenceRewrites) {
                out = rw.pattern().matcher(out).replaceFirst(rw.replacement());
            }
            assertEquals(s, out);
        }
        AppSpec en = draft("For each booking: the client, the room and the date. Rooms, we clean them twice a day, each with a checklist.");
        assertEquals(1, en.entities().size(), SpecCheck.names(en));
    }
}

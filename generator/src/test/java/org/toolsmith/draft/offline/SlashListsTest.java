package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.links;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;

/**
 * Session 12 (d1): field lists written with slashes on one line ("site address / roof type / …", "For each rental:
 * name / phone / …", "… / status: signed in / signed out"), and requests written as a throwaway first line over
 * "Kind: list" lines, one of them the values of an earlier kind's choice ("- bake status: planned / baking / sold",
 * "- statut de fournée : …", "- Reparaturstatus: …") ({@link PastedNotes}, {@link KindBullets#ownedOptions}).
 * Expectations: "Kind", "Kind.Field", "Kind.Field=n" (n options), "Kind>Target" (a link), "!Kind" (no such kind).
 */
class SlashListsTest {
    static Stream<Arguments> requests() {
        return Stream.of(
            Arguments.of("en", "tool for the bakery pls\n* recipes: name, category, cost per batch\n* bakes: recipe, bake date, oven (O1-O4), baker\n* checks on each bake: time, core temp, ok?\n* bake status: planned / baking / cooling / sold",
                    List.of("Recipe", "Bake.Status=4", "Check>Bake", "!Inspection")),
            Arguments.of("en", "hi, something for the garage please\n- cars: plate, make, model, owner name\n- repairs: car, date in, mechanic, labour hours\n- repair status: waiting / in progress / done / collected",
                    List.of("Car", "Repair.Status=4", "Repair>Car")),
            Arguments.of("en", "Quick one for the library team\n1) books: title, author, isbn, shelf\n2) loans: book, member name, loan date, due date\n3) loan status: out / returned / lost",
                    List.of("Book", "Loan.Status=3", "!Loan status")),
            Arguments.of("en", "Need an app for our gym\n• members: name, email, membership type (monthly, yearly)\n• classes: title, trainer, day, max places\n• bookings for each class: member, booked on, attended?\n• booking status: booked / cancelled / no-show",
                    List.of("Member", "Class", "Booking.Status=3", "Booking>Class")),
            Arguments.of("en", "warehouse thing\nproducts: sku, name, unit price, stock\norders: customer, order date, product, quantity\norder status: new / packed / shipped",
                    List.of("Product", "Order.Status=3", "!Order status")),
            Arguments.of("en", "for the clinic front desk\n- patients - name, date of birth, phone, insurer\n- appointments - patient, doctor, date and time, room\n- appointment type - first visit / follow-up / emergency",
                    List.of("Patient", "Appointment.Type=3")),
            Arguments.of("en", "Hiya!! could u set up a tool for the print shop\n* jobs: customer, paper size, copies, deadline\n* customers: company, contact person, email\n* job status: quoted / printing / ready / delivered",
                    List.of("Customer", "Job.Status=4")),
            Arguments.of("en", "Roof inspection form (inspectors fill it in on site):\nsite address / roof type (flat, pitched, mansard) / area m2 / last repair / number of skylights / condition rating 1-5 / photo of the gutter / inspector / inspection date / estimated cost",
                    List.of("Roof inspection.Site address", "Roof inspection.Roof type=3", "Roof inspection.Estimated cost", "Roof inspection.Number of skylights")),
            Arguments.of("en", "We want to log boat rentals. For each rental: customer name / phone / boat (sail/motor) / start time / hours / deposit paid / return time",
                    List.of("Rental.Customer name", "Rental.Phone", "Rental.Boat=2", "Rental.Return time")),
            Arguments.of("en", "Visitor log for reception\nvisitor name / company / host / arrival time / departure time / badge number / status: signed in / signed out",
                    List.of("Visitor.Badge number", "Visitor.Status=2")),
            Arguments.of("en", "hey team, tool for plant watering pls\n- plants: name, species, location, water every (days)\n- waterings of each plant: date, amount ml, done by\n- plant status: healthy / sick / dead",
                    List.of("Plant.Status=3", "Watering>Plant")),
            Arguments.of("en", "Equipment loans sheet: item / serial number / borrower (name/email) / date out / date due / returned?",
                    List.of("Equipment loan.Serial number", "Equipment loan.Date out", "Equipment loan.Returned")),
            Arguments.of("en", "small ask - the volunteers rota\n* volunteers: name, phone, skills\n* shifts: date, start, end, volunteer, role\n* shift type: morning / afternoon / night",
                    List.of("Volunteer", "Shift.Type=3", "!Shift type")),
            Arguments.of("fr", "outil pour la boulangerie svp\n- recettes : nom, catégorie, coût par fournée\n- fournées : recette, date, four, boulanger\n- statut de fournée : prévue / en cuisson / vendue",
                    List.of("Recette", "Fournée.Statut=3")),
            Arguments.of("fr", "petit outil pour le garage\n* voitures : immatriculation, marque, modèle\n* réparations : voiture, date, mécanicien, heures\n* statut de réparation : en attente / en cours / terminée",
                    List.of("Voiture", "Réparation.Statut=3")),
            Arguments.of("fr", "Registre des visiteurs\nnom du visiteur | société | hôte | heure d'arrivée | heure de départ | badge",
                    List.of("Visiteur.Badge", "Visiteur.Société")),
            Arguments.of("fr", "Fiche prêt de matériel : objet / numéro de série / emprunteur / date de sortie / date de retour / statut : sorti / rendu",
                    List.of("Prêt de matériel.Numéro de série", "Prêt de matériel.Statut=2")),
            Arguments.of("es", "herramienta para la panadería porfa\n- recetas: nombre, categoría, coste por hornada\n- hornadas: receta, fecha, horno, panadero\n- estado de la hornada: planificada / horneando / vendida",
                    List.of("Receta", "Hornada.Estado=3", "!Estado")),
            Arguments.of("es", "algo para el taller\n* coches: matrícula, marca, modelo\n* reparaciones: coche, fecha, mecánico, horas\n* estado de reparación: pendiente / en curso / terminada",
                    List.of("Coche", "Reparación.Estado=3")),
            Arguments.of("es", "Registro de visitas\nnombre | empresa | anfitrión | hora de llegada | hora de salida | tarjeta",
                    List.of("Visita.Empresa", "Visita.Tarjeta")),
            Arguments.of("es", "Queremos registrar los alquileres. Para cada alquiler: nombre del cliente / teléfono / barco / hora de salida / horas / fianza",
                    List.of("Alquiler.Teléfono", "Alquiler.Fianza")),
            Arguments.of("de", "was für die Werkstatt\n* Autos: Kennzeichen, Marke, Modell\n* Reparaturen: Auto, Datum, Mechaniker, Stunden\n* Reparaturstatus: offen / in Arbeit / fertig",
                    List.of("Auto", "Reparatur.Status=3")),
            Arguments.of("de", "Tool für die Bäckerei bitte\n- Rezepte: Name, Kategorie, Kosten pro Charge\n- Chargen: Rezept, Datum, Ofen, Bäcker\n- Chargenstatus: geplant / im Ofen / verkauft",
                    List.of("Chargen.Status=3")),
            Arguments.of("de", "Besucherliste\nName | Firma | Gastgeber | Ankunft | Abfahrt | Ausweisnummer",
                    List.of("Besucher.Firma", "Besucher.Ausweisnummer")),
            Arguments.of("de", "Wir wollen Bootsverleih erfassen. Pro Ausleihe: Kundenname / Telefon / Boot / Startzeit / Stunden / Kaution / Status: offen / zurück",
                    List.of("Ausleihe.Telefon", "Ausleihe.Status=2")),
            // must not fire
            Arguments.of("en", "We track orders and/or quotes for each customer, with the date, the amount and the customer name.",
                    List.of("Order.Amount", "!Quote")),
            Arguments.of("en", "Our support line is open 24/7 and tickets come in by phone / email / chat / walk-in. Each ticket has a title, a priority and an agent.",
                    List.of("Ticket.Title", "Ticket.Priority", "!Phone")),
            Arguments.of("en", "We need to log deliveries: the date (like 12/05), the supplier, the number of boxes and who received them.",
                    List.of("Delivery.Supplier", "Delivery.Number of boxes")),
            Arguments.of("en", "Garage tool\n- repairs: car, date, mechanic\n- repair types: name, standard price, duration",
                    List.of("Repair", "Repair type")),
            Arguments.of("fr", "Atelier\n- réparations : vélo, date, mécanicien\n- types de réparation : nom, prix, durée",
                    List.of("Réparation", "Type de réparation")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("requests")
    void slash_lists_and_owned_option_lines_read_as_fields(String lang, String request, List<String> expected) {
        AppSpec spec = draft(request);
        for (String x : expected) {
            if (x.startsWith("!")) {
                assertFalse(spec.entities().stream().anyMatch(e -> e.name().equalsIgnoreCase(x.substring(1))), x + " in " + SpecCheck.names(spec));
            } else if (x.contains(">")) {
                String[] p = x.split(">");
                assertTrue(links(spec, p[0], p[1]), x + " in " + SpecCheck.names(spec));
            } else if (x.contains(".")) {
                String[] p = x.split("\\.");
                String[] f = p[1].split("=");
                Entity e = entity(spec, p[0]);
                var fd = field(e, f[0]);
                if (f.length > 1) {
                    assertEquals(Integer.parseInt(f[1]), fd.options().size(), x + ": " + fd.options());
                }
            } else {
                entity(spec, x);
            }
        }
    }
}

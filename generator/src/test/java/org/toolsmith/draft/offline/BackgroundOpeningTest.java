package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.names;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;

/**
 * An opening sentence in which the writer tells their situation ("we deliver flowers to hotels and offices …") gives
 * no fields and no kind when the request then gives its lists with a colon or a bracket ({@link BackgroundOpening}).
 * A first sentence that lists details ("we have …", "we need …", "we record …", "for each …"), or a request with no
 * other list, is read as before.
 */
class BackgroundOpeningTest {
    /** Request, a word of the background sentence that must be no field, a kind that must be drafted. */
    private static final String[][] BACKGROUND = {
            {"We deliver flowers to hotels, offices and restaurants and the orders reach us by text, a real mess. I need: customers (name, address, phone) and orders: customer, delivery date, bouquet, price.",
                    "offices", "Customer"},
            {"Les écoles nous prennent sans cesse des vélos, des casques, des gilets. On voudrait un fichier des écoles (nom, contact, téléphone) et les prêts : école, vélo, sorti le, rendu le.",
                    "casques", "École"},
            {"Vendemos fruta a bares, hoteles y comedores, y cada semana alguien nos escribe a deshoras, un lío. Quiero: clientes (nombre, dirección, teléfono) y pedidos: cliente, fecha de entrega, estado.",
                    "hoteles", "Cliente"},
            {"Wir liefern Kaffee an Büros, Cafés und Kantinen und die Bestellungen erreichen uns per Telefon, ein Chaos. Wir brauchen: Kunden (Name, Adresse, Telefon) und Bestellungen: Kunde, Lieferdatum, Menge.",
                    "cafés", "Kunde"},
    };

    /** Request, a field the first sentence gives that must stay. */
    private static final String[][] KEPT = {
            {"We have volunteers with a name, a phone and an email. Shifts: volunteer, date, start, end.", "Phone"},
            {"We record every delivery with the supplier, the date and the quantity. Suppliers: name, phone.", "Quantity"},
            {"Nous voulons le nom, le téléphone et l'email des bénévoles. Missions : bénévole, date, lieu.", "Téléphone"},
            {"Name, phone and email of our members. Events: title, date, place.", "Phone"},
            {"Queremos el nombre, el teléfono y el correo de los socios. Salidas: socio, fecha, destino.", "Teléfono"},
    };

    @Test
    void theWritersSituationIsNoList() {
        List<String> wrong = new ArrayList<>();
        for (String[] row : BACKGROUND) {
            AppSpec spec = draft(row[0]);
            boolean leaked = spec.entities().stream().flatMap(e -> e.fields().stream())
                    .anyMatch(f -> Text.fold(f.label()).contains(Text.fold(row[1])));
            boolean kind = spec.entities().stream().anyMatch(e -> e.name().equals(row[2]));
            if (leaked || !kind) {
                wrong.add(row[0] + " -> " + names(spec));
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    @Test
    void aFirstSentenceThatListsDetailsIsKept() {
        List<String> wrong = new ArrayList<>();
        for (String[] row : KEPT) {
            AppSpec spec = draft(row[0]);
            if (spec.entities().stream().flatMap(e -> e.fields().stream()).noneMatch(f -> f.label().equals(row[1]))) {
                wrong.add(row[0] + " -> " + names(spec));
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }
}

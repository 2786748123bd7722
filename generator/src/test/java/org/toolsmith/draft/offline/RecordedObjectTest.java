package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.links;
import static org.toolsmith.draft.offline.SpecCheck.names;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;

/**
 * Who records is an actor, what is recorded the record: "cleaners log every visit: …" is a list of visits, not of
 * cleaners (a container word such as "log" or "record" read as a verb, {@code HeadNames.verbUse}); and a record
 * heading points to the kind it names after any link preposition ("repairs against a contract", "tâches dans un
 * projet", "Aufgaben in einem Projekt"), not to a kind named earlier ({@code HeadNames.aboutKind}).
 */
class RecordedObjectTest {
    /** Request, the record kind that gets the list, one of its fields, the actor that must not become a kind. */
    private static final String[][] RECORDED = {
            {"Cleaners log every visit: date, room, time spent and remarks.", "Visit", "Time spent", "Cleaner"},
            {"Volunteers record each collection: date, street, amount collected, bags.", "Collection", "Amount collected", "Volunteer"},
            {"Our wardens log the patrols: date, route, incidents seen, weather.", "Patrol", "Incidents seen", "Warden"},
    };

    /** Request, a kind kept as the sheet's content: the container word is a noun here. */
    private static final String[][] CONTAINERS = {
            {"A visitor log for the front desk: name, company, host, time in, time out.", "Visitor"},
            {"Delivery log: date, supplier, items, signed by.", "Delivery"},
    };

    /** Request, record, kind its heading names after a preposition, a kind named earlier it must not point to. */
    private static final String[][] ABOUT = {
            {"We keep landlords (name, phone, email), their buildings (address, number of flats, year built) and repairs against a building: date, trade, cost, status.",
                    "Repair", "Building", "Landlord"},
            {"Nous gérons des clients (nom, téléphone), leurs projets (titre, budget, échéance) et des tâches dans un projet : intitulé, durée, statut.",
                    "Tâche", "Projet", "Client"},
            {"Wir verwalten Kunden (Name, Telefon), ihre Projekte (Titel, Budget, Frist) und Aufgaben in einem Projekt: Titel, Dauer, Status.",
                    "Aufgabe", "Projekt", "Kunde"},
    };

    @Test
    void theObjectOfTheRecordingVerbIsTheKind() {
        List<String> wrong = new ArrayList<>();
        for (String[] row : RECORDED) {
            AppSpec spec = draft(row[0]);
            var kind = spec.entities().stream().filter(e -> e.name().equals(row[1])).findFirst();
            if (kind.isEmpty() || kind.get().fields().stream().noneMatch(f -> f.label().equals(row[2]))
                    || spec.entities().stream().anyMatch(e -> e.name().equals(row[3]))) {
                wrong.add(row[0] + " -> " + names(spec));
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    @Test
    void aSheetNamedByWhatItHoldsStaysThatKind() {
        for (String[] row : CONTAINERS) {
            AppSpec spec = draft(row[0]);
            assertTrue(spec.entities().stream().anyMatch(e -> e.name().equals(row[1])), () -> row[0] + ": " + names(spec));
        }
    }

    @Test
    void theRecordPointsToTheKindItsHeadingNames() {
        List<String> wrong = new ArrayList<>();
        for (String[] row : ABOUT) {
            AppSpec spec = draft(row[0]);
            try {
                if (!links(spec, row[1], row[2]) || links(spec, row[1], row[3])) {
                    wrong.add(row[0] + " -> " + names(spec));
                }
            } catch (AssertionError e) {
                wrong.add(row[0] + " -> " + names(spec) + " (" + e.getMessage() + ")");
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    @Test
    void noKindNoLink() {
        AppSpec spec = draft("Claims against the budget: date, amount, reason, approved by.");
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().equals("Budget")), () -> names(spec));
    }
}

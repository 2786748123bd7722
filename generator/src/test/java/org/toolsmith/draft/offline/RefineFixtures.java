package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.toolsmith.draft.Refinement;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.SpecJson;
import org.toolsmith.spec.SpecValidator;

/** Specs of our own and checks that a refinement touched only what it was asked to. */
final class RefineFixtures {
    static final SpecJson JSON = new SpecJson();

    static final AppSpec ROOMS = spec("""
            {"spec": 1, "name": "Room bookings", "entities": [
              {"key": "room", "name": "Room", "plural": "Rooms", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true, "unique": true},
                {"key": "floor", "label": "Floor", "type": "integer"},
                {"key": "has_projector", "label": "Has projector", "type": "boolean"}]},
              {"key": "booking", "name": "Booking", "plural": "Bookings", "fields": [
                {"key": "room", "label": "Room", "type": "reference", "target": "room", "required": true},
                {"key": "organiser", "label": "Organiser", "type": "person", "required": true},
                {"key": "starts_at", "label": "Starts at", "type": "datetime"},
                {"key": "purpose", "label": "Purpose", "type": "text"},
                {"key": "status", "label": "Status", "type": "choice", "options": ["Requested", "Confirmed", "Cancelled"]},
                {"key": "notes", "label": "Notes", "type": "long_text"}]}]}
            """);

    static final AppSpec FR = spec("""
            {"spec": 1, "name": "Réservations", "entities": [
              {"key": "reservation", "name": "Réservation", "plural": "Réservations", "fields": [
                {"key": "objet", "label": "Objet", "type": "text", "required": true},
                {"key": "date_debut", "label": "Date de début", "type": "date"},
                {"key": "statut", "label": "Statut", "type": "choice", "options": ["Confirmée", "En attente"]},
                {"key": "remarques", "label": "Remarques", "type": "long_text"}]}]}
            """);

    static final AppSpec ES = spec("""
            {"spec": 1, "name": "Reservas", "entities": [
              {"key": "reserva", "name": "Reserva", "plural": "Reservas", "fields": [
                {"key": "objeto", "label": "Objeto", "type": "text", "required": true},
                {"key": "fecha", "label": "Fecha", "type": "date"},
                {"key": "estado", "label": "Estado", "type": "choice", "options": ["Confirmada", "Pendiente"]},
                {"key": "notas", "label": "Notas", "type": "long_text"}]}]}
            """);

    static final AppSpec DE = spec("""
            {"spec": 1, "name": "Buchungen", "entities": [
              {"key": "buchung", "name": "Buchung", "plural": "Buchungen", "fields": [
                {"key": "zweck", "label": "Zweck", "type": "text"},
                {"key": "beginn", "label": "Beginn", "type": "datetime"},
                {"key": "status", "label": "Status", "type": "choice", "options": ["Offen", "Bestätigt"]},
                {"key": "notizen", "label": "Notizen", "type": "long_text"}]}]}
            """);

    /** Equipment lent to staff: the items, and each loan of one. */
    static final AppSpec LOANS = spec("""
            {"spec": 1, "name": "Equipment loans", "entities": [
              {"key": "item", "name": "Item", "plural": "Items", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "serial_number", "label": "Serial number", "type": "text"},
                {"key": "category", "label": "Category", "type": "choice", "options": ["Laptop", "Projector", "Camera"]},
                {"key": "purchase_price", "label": "Purchase price", "type": "money"}]},
              {"key": "loan", "name": "Loan", "plural": "Loans", "fields": [
                {"key": "item", "label": "Item", "type": "reference", "target": "item", "required": true},
                {"key": "borrower", "label": "Borrower", "type": "text", "required": true},
                {"key": "borrowed_on", "label": "Borrowed on", "type": "date"},
                {"key": "due_back", "label": "Due back", "type": "date"},
                {"key": "returned", "label": "Returned", "type": "boolean"},
                {"key": "condition", "label": "Condition", "type": "choice", "options": ["Good", "Damaged"]},
                {"key": "notes", "label": "Notes", "type": "long_text"}]}]}
            """);

    private RefineFixtures() {
    }

    static AppSpec spec(String json) {
        return JSON.fromTree(JSON.tree(json));
    }

    static Refinement refine(AppSpec spec, String message) {
        Refinement r = new OfflineRefiner().refine(spec, message);
        new SpecValidator().check(r.spec());
        assertTrue(!r.changes().isEmpty(), "a refinement lists its changes");
        return r;
    }

    static Field field(AppSpec spec, String entity, String key) {
        Optional<Field> f = spec.entity(entity).flatMap(e -> e.field(key));
        assertTrue(f.isPresent(), () -> entity + "." + key + " is missing in " + JSON.write(spec));
        return f.get();
    }

    /** The field added to {@code entity} (the one whose key the old spec did not have). */
    /** The fields an edit added, over all kinds, as "kind.Label:type". */
    static List<String> addedLabels(AppSpec before, AppSpec after) {
        return after.entities().stream().flatMap(e -> e.fields().stream()
                        .filter(f -> before.entity(e.key()).map(Entity::fields).orElse(List.of()).stream().noneMatch(g -> g.key().equals(f.key())))
                        .map(f -> e.key() + "." + f.label() + ":" + f.type().name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    static Field added(AppSpec before, AppSpec after, String entity) {
        List<Field> fresh = newFields(before, after, entity);
        assertEquals(1, fresh.size(), () -> "one field added to " + entity + ": " + JSON.write(after));
        return fresh.get(0);
    }

    static List<Field> newFields(AppSpec before, AppSpec after, String entity) {
        Set<String> old = before.entity(entity).map(e -> e.fields().stream().map(Field::key).collect(java.util.stream.Collectors.toSet()))
                .orElse(Set.of());
        Entity e = after.entity(entity).orElse(null);
        assertNotNull(e, entity + " exists");
        return e.fields().stream().filter(f -> !old.contains(f.key())).toList();
    }

    /** Every field of {@code before} except the named ones ("entity.key") is exactly as it was, in the same order. */
    static void unchangedExcept(AppSpec before, AppSpec after, String... touched) {
        Set<String> skip = Set.of(touched);
        for (Entity b : before.entities()) {
            if (skip.contains(b.key())) {
                continue;
            }
            Entity a = after.entity(b.key()).orElse(null);
            assertNotNull(a, () -> "record kind " + b.key() + " was kept");
            List<String> keptOrder = a.fields().stream().map(Field::key).filter(k -> b.field(k).isPresent()).toList();
            List<String> beforeOrder = b.fields().stream().map(Field::key).filter(k -> a.field(k).isPresent()).toList();
            assertEquals(beforeOrder, keptOrder, "fields keep their order in " + b.key());
            for (Field f : b.fields()) {
                if (skip.contains(b.key() + "." + f.key())) {
                    continue;
                }
                assertEquals(Optional.of(f), a.field(f.key()), b.key() + "." + f.key() + " unchanged");
            }
        }
    }
}

package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.RefineFixtures.DE;
import static org.toolsmith.draft.offline.RefineFixtures.ES;
import static org.toolsmith.draft.offline.RefineFixtures.FR;
import static org.toolsmith.draft.offline.RefineFixtures.added;
import static org.toolsmith.draft.offline.RefineFixtures.field;
import static org.toolsmith.draft.offline.RefineFixtures.refine;
import static org.toolsmith.draft.offline.RefineFixtures.unchangedExcept;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

class OfflineRefinerLanguagesTest {

    @Test
    void french_add_remove_rename_require_options_and_link() {
        AppSpec out = refine(FR, "ajoute une date de retour").spec();
        assertEquals(FieldType.DATE, added(FR, out, "reservation").type());
        unchangedExcept(FR, out);

        out = refine(FR, "supprime les remarques").spec();
        assertTrue(out.entity("reservation").orElseThrow().field("remarques").isEmpty());

        out = refine(FR, "renomme « Objet » en « Motif »").spec();
        assertEquals("Motif", field(out, "reservation", "objet").label());

        out = refine(FR, "la date de début doit être obligatoire").spec();
        assertTrue(field(out, "reservation", "date_debut").required());

        out = refine(FR, "ajoute Annulée aux statuts").spec();
        assertEquals(List.of("Confirmée", "En attente", "Annulée"), field(out, "reservation", "statut").options());

        out = refine(FR, "l'objet doit être une case à cocher").spec();
        assertEquals(FieldType.BOOLEAN, field(out, "reservation", "objet").type());

        out = refine(FR, "chaque réservation est liée à un service").spec();
        Field link = added(FR, out, "reservation");
        assertEquals(FieldType.REFERENCE, link.type());
        assertTrue(out.entity(link.target()).isPresent());
    }

    @Test
    void spanish_add_remove_rename_require_options_and_link() {
        AppSpec out = refine(ES, "añade el coste total").spec();
        assertEquals(FieldType.MONEY, added(ES, out, "reserva").type());
        unchangedExcept(ES, out);

        out = refine(ES, "quita las notas").spec();
        assertTrue(out.entity("reserva").orElseThrow().field("notas").isEmpty());

        out = refine(ES, "renombra Objeto a Motivo").spec();
        assertEquals("Motivo", field(out, "reserva", "objeto").label());

        out = refine(ES, "la fecha debe ser obligatoria").spec();
        assertTrue(field(out, "reserva", "fecha").required());

        out = refine(ES, "añade Cancelada a los estados").spec();
        assertEquals(List.of("Confirmada", "Pendiente", "Cancelada"), field(out, "reserva", "estado").options());

        out = refine(ES, "cambia el objeto a texto largo").spec();
        assertEquals(FieldType.LONG_TEXT, field(out, "reserva", "objeto").type());

        out = refine(ES, "cada reserva pertenece a un departamento").spec();
        assertEquals(FieldType.REFERENCE, added(ES, out, "reserva").type());
    }

    @Test
    void german_add_remove_rename_require_options_and_link() {
        AppSpec out = refine(DE, "füge ein Rückgabedatum hinzu").spec();
        assertEquals(FieldType.DATE, added(DE, out, "buchung").type());
        unchangedExcept(DE, out);

        out = refine(DE, "entferne die Notizen").spec();
        assertTrue(out.entity("buchung").orElseThrow().field("notizen").isEmpty());

        out = refine(DE, "benenne Zweck in Anlass um").spec();
        assertEquals("Anlass", field(out, "buchung", "zweck").label());

        out = refine(DE, "der Zweck soll Pflicht sein").spec();
        assertTrue(field(out, "buchung", "zweck").required());

        out = refine(DE, "Status kann auch Abgesagt sein").spec();
        assertEquals(List.of("Offen", "Bestätigt", "Abgesagt"), field(out, "buchung", "status").options());

        out = refine(DE, "der Zweck soll ein Langtext sein").spec();
        assertEquals(FieldType.LONG_TEXT, field(out, "buchung", "zweck").type());

        out = refine(DE, "jede Buchung gehört zu einer Abteilung").spec();
        assertEquals(FieldType.REFERENCE, added(DE, out, "buchung").type());
    }
}

package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;

/** Details said for each one of a party, and a party's own list after a record's (rows of my own, four languages). */
class EachOwnerListTest {

    private static String shape(String request) {
        AppSpec spec = new OfflineDrafter().draft(request);
        return spec.entities().stream()
                .map(e -> e.name() + e.fields().stream().map(f -> f.label()).collect(Collectors.toList()))
                .collect(Collectors.joining(" "));
    }

    @Test
    void details_of_each_party_become_its_list() {
        assertEquals("Landlord: name, mobile number and email",
                EachOwnerList.rewrite(Lang.EN, "We also keep the name, mobile number and email of each landlord."));
        assertEquals("Fournisseur: raison sociale, téléphone et adresse e-mail",
                EachOwnerList.rewrite(Lang.FR, "On doit aussi noter raison sociale, téléphone et adresse e-mail de chaque fournisseur"));
        assertEquals("Inquilino: nombre, móvil y correo electrónico",
                EachOwnerList.rewrite(Lang.ES, "Además guardamos nombre, móvil y correo electrónico de cada inquilino."));
        assertTrue(EachOwnerList.rewrite(Lang.DE, "Außerdem möchten wir Name, Handynummer und E-Mail von jedem Teilnehmer speichern.")
                .startsWith("Teilnehmer: Name, Handynummer und E-Mail"));
    }

    @Test
    void occasions_things_and_lists_without_a_persons_detail_stay() {
        String visit = "We note the date and length of each visit.";
        assertEquals(visit, EachOwnerList.rewrite(Lang.EN, visit));
        String van = "We keep the plate, mileage and next service of each van.";
        assertEquals(van, EachOwnerList.rewrite(Lang.EN, van));
        String score = "We keep the score and comments of each candidate.";
        assertEquals(score, EachOwnerList.rewrite(Lang.EN, score));
        String lot = "On note la date et le poids de chaque lot.";
        assertEquals(lot, EachOwnerList.rewrite(Lang.FR, lot));
    }

    @Test
    void a_partys_list_after_the_records_is_split_off() {
        assertArrayEquals(new String[] {"for each lesson we note the date and room", "Pupil: name, phone number and date of birth"},
                EachOwnerList.split(Lang.EN, "for each lesson we note the date and room, and for the pupil the name, phone number and date of birth"));
        assertArrayEquals(new String[] {"pour la séance on note date et salle", "Adhérent: nom, téléphone et date de naissance"},
                EachOwnerList.split(Lang.FR, "pour la séance on note date et salle, et pour l'adhérent nom, téléphone et date de naissance"));
        assertArrayEquals(new String[] {"de la clase anotamos fecha y aula", "Alumno: nombre, teléfono y fecha de nacimiento"},
                EachOwnerList.split(Lang.ES, "de la clase anotamos fecha y aula, y del alumno nombre, teléfono y fecha de nacimiento"));
        assertNull(EachOwnerList.split(Lang.EN, "for each lesson we note the date, and for the room the floor and capacity"));
        assertNull(EachOwnerList.split(Lang.ES, "anotamos la fecha y la hora, y del evento el lugar y el precio"));
    }

    @Test
    void drafts_get_the_party_as_a_kind() {
        String en = shape("We run a dog grooming salon and log our grooming sessions: date, price and services. "
                + "We also store the name, phone number and email of each owner.");
        assertTrue(en.contains("Owner[") && en.contains("Phone number"), en);
        String bullets = shape("What we need:\n- the repairs with date, fault and cost\n- our customers, with name, phone and email address");
        assertTrue(bullets.contains("Customer"), bullets);
        List<String> es = List.of(shape("Cada clase es de un solo alumno. De la clase anotamos fecha, aula y tema, y del alumno nombre, teléfono y correo electrónico."));
        assertTrue(es.get(0).contains("Alumno[") && !es.get(0).contains("Solo"), es.toString());
    }
}

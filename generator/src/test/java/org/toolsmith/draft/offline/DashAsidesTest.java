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
 * A kind's fields set between dashes after its name ({@link DashAsides}): "the tutors - name, subject, hourly rate -
 * and the lessons: …" is a kind of its own, as with brackets, and the record that names it points to it. An aside in
 * words between dashes keeps its dashes. Phrasing and domains of our own.
 */
class DashAsidesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            We want to keep the tutors - name, subject, hourly rate, phone - and the lessons: date, tutor, pupil, length. | Tutor | Hourly rate | Lesson
            On veut suivre les fournisseurs – raison sociale, contact, téléphone – et les commandes : date, fournisseur, montant. | Fournisseur | Contact | Commande
            Queremos los veterinarios - nombre, colegiado, teléfono - y las consultas: fecha, veterinario, mascota, motivo. | Veterinario | Colegiado | Consulta
            Wir brauchen die Trainer - Name, Lizenz, Telefon - und die Einheiten: Datum, Trainer, Dauer, Ort. | Trainer | Lizenz | Einheit
            """)
    void fields_between_dashes_make_a_kind_the_next_record_points_to(String request, String kind, String label, String record) {
        AppSpec spec = draft(request);
        field(entity(spec, kind), label);
        assertTrue(links(spec, record, kind), request + "\n" + SpecCheck.names(spec));
    }

    @Test
    void an_aside_in_words_keeps_its_dashes() {
        Lexicon en = Lexicon.load(Lang.EN);
        String aside = "The vans - we have twelve, all diesel, mostly new - need a service date too.";
        assertEquals(aside, DashAsides.rewrite(en, aside));
        String twoParts = "Each visit - date and nurse - goes in the diary.";
        assertEquals(twoParts, DashAsides.rewrite(en, twoParts));
        assertEquals("Die Trainer (Name, Lizenz, E-Mail) und", DashAsides.rewrite(Lexicon.load(Lang.DE), "Die Trainer - Name, Lizenz, E-Mail - und"));
    }
}

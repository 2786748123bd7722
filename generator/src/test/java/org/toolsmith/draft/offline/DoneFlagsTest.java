package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/** A thing and what was done to it, said as a list item, is a yes/no fact ({@link DoneFlags}). */
class DoneFlagsTest {
    private static void flag(Lang lang, String... labels) {
        Lexicon lex = Lexicon.load(lang);
        for (String label : labels) {
            assertEquals(FieldType.BOOLEAN, FieldTyper.type(lex, label), label);
        }
    }

    private static void kept(Lang lang, FieldType type, String... labels) {
        Lexicon lex = Lexicon.load(lang);
        for (String label : labels) {
            assertEquals(type, FieldTyper.type(lex, label), label);
        }
    }

    @Test
    void a_noun_and_its_participle_is_a_yes_no_in_four_languages() {
        flag(Lang.EN, "GP called", "Family informed", "Queen seen", "Manager notified", "Police contacted", "Insurer told",
                "Report written", "Alarm tested", "Boiler serviced", "Parents contacted?");
        flag(Lang.FR, "Médecin prévenu", "Famille informée", "Reine marquée", "Clés rendues", "Assurance contactée", "Rapport rédigé",
                "Chaudière entretenue", "Absence prévenue");
        flag(Lang.ES, "Cliente avisado", "Médico avisado", "Familia informada", "Llaves devueltas", "Seguro contactado",
                "Informe redactado", "Habitación bloqueada", "Alarma probada");
        flag(Lang.DE, "Arzt verständigt", "Angehörige informiert", "Königin gesehen", "Futter gegeben", "Rechnung verschickt",
                "Polizei gerufen", "Versicherung benachrichtigt", "Bericht geschrieben", "Schlüssel zurückgegeben");
    }

    @Test
    void the_value_nouns_and_the_questions_keep_their_type() {
        kept(Lang.EN, FieldType.DATE, "Date sent", "Date received");
        kept(Lang.EN, FieldType.MONEY, "Amount paid", "Tax paid");
        kept(Lang.EN, FieldType.DATETIME, "Time called");
        kept(Lang.EN, FieldType.LONG_TEXT, "Reason given");
        kept(Lang.EN, FieldType.TEXT, "Materials used", "Parts used");
        kept(Lang.EN, FieldType.INTEGER, "Units packed", "Seats purchased");
        kept(Lang.FR, FieldType.DATE, "Date d'entrée", "Date prévue");
        kept(Lang.FR, FieldType.MONEY, "Montant payé", "Taxe payée");
        kept(Lang.FR, FieldType.PERSON, "Formateur adjoint");
        kept(Lang.FR, FieldType.TEXT, "Billet d'entrée", "Travaux effectués", "Personne visitée", "Version déployée");
        kept(Lang.ES, FieldType.TEXT, "Número de pedido", "Apellido", "Trabajos realizados", "Raza aproximada", "Sistema afectado");
        kept(Lang.ES, FieldType.PERSON, "Agente asignado");
        kept(Lang.DE, FieldType.MONEY, "Betrag bezahlt");
        kept(Lang.DE, FieldType.TEXT, "Gesandte", "Beamte");
    }

    @Test
    void a_list_of_done_facts_in_a_request() {
        assertFlags(Lang.EN, "For each fall in the care home: the resident, the date, GP called, family informed, notes.",
                "GP called", "Family informed");
        assertFlags(Lang.FR, "Pour chaque chute : le résident, la date, médecin prévenu, famille informée, remarques.",
                "Médecin prévenu", "Famille informée");
        assertFlags(Lang.ES, "Para cada caída: residente, fecha, médico avisado, familia informada, notas.",
                "Médico avisado", "Familia informada");
        assertFlags(Lang.DE, "Für jede Kontrolle am Bienenstand: Volk, Datum, Königin gesehen, Futter gegeben, Bemerkungen.",
                "Königin gesehen", "Futter gegeben");
    }

    @Test
    void a_german_record_verb_closing_the_list_is_still_cut() {
        AppSpec spec = new OfflineDrafter().draft("Für jede Fahrt haben wir bisher Fahrer, Datum und Kilometer eingetragen.");
        assertTrue(spec.entities().stream().flatMap(e -> e.fields().stream()).noneMatch(f -> f.label().contains("eingetragen")),
                spec.entities().toString());
    }

    private static void assertFlags(Lang lang, String prompt, String... labels) {
        AppSpec spec = new OfflineDrafter().draft(prompt);
        for (String label : labels) {
            assertTrue(spec.entities().stream().flatMap(e -> e.fields().stream())
                    .anyMatch(f -> f.label().equals(label) && f.type() == FieldType.BOOLEAN), label + " in " + spec.entities());
        }
    }

    @org.junit.jupiter.api.Test
    void a_folded_german_participle_of_amount_is_no_fact() {
        // GermanLabels asks with the folded word: "geschätzt" arrives as "geschatzt", "gezählt" as "gezahlt"
        for (String folded : java.util.List.of("geschatzt", "gezahlt", "gewunscht", "geplant")) {
            org.junit.jupiter.api.Assertions.assertFalse(DoneFlags.factLike(folded), folded);
        }
        org.junit.jupiter.api.Assertions.assertTrue(DoneFlags.factLike("gesehen"));
    }
}

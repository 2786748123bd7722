package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.draft.DraftException;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;

/**
 * A wish to record, keep, see or know something, refused by the readers, is read again as the plain "add" of its
 * language ({@link AskedToRecord}); a message about nothing of the app stays refused.
 */
class AskedToRecordTest {
    private static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Workshop", "entities": [
              {"key": "job", "name": "Job", "plural": "Jobs", "fields": [
                {"key": "customer", "label": "Customer", "type": "text", "required": true},
                {"key": "booked_on", "label": "Booked on", "type": "date"}]}]}
            """);
    private static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Atelier", "entities": [
              {"key": "intervention", "name": "Intervention", "plural": "Interventions", "fields": [
                {"key": "client", "label": "Client", "type": "text", "required": true},
                {"key": "date", "label": "Date", "type": "date"}]}]}
            """);
    private static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Taller", "entities": [
              {"key": "trabajo", "name": "Trabajo", "plural": "Trabajos", "fields": [
                {"key": "cliente", "label": "Cliente", "type": "text", "required": true},
                {"key": "fecha", "label": "Fecha", "type": "date"}]}]}
            """);
    private static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Werkstatt", "entities": [
              {"key": "auftrag", "name": "Auftrag", "plural": "Aufträge", "fields": [
                {"key": "kunde", "label": "Kunde", "type": "text", "required": true},
                {"key": "datum", "label": "Datum", "type": "date"}]}]}
            """);

    private static AppSpec spec(String lang) {
        return switch (lang) {
            case "fr" -> FR;
            case "es" -> ES;
            case "de" -> DE;
            default -> EN;
        };
    }

    private static List<String> added(AppSpec before, AppSpec after) {
        Entity b = before.entities().get(0);
        return after.entities().get(0).fields().stream().filter(f -> b.fields().stream().noneMatch(g -> g.key().equals(f.key())))
                .map(f -> f.label() + ":" + f.type().name().toLowerCase()).collect(Collectors.toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | could each job also store a picture of the finished work when it goes out           | Photo of finished work:file
            en | The owner brought it up on Monday: can the job record whether the parts were ordered? | Parts ordered:boolean
            fr | mon associé demande si on pourrait noter le mode de livraison (retrait, coursier ou poste), pour la facture | Mode de livraison:choice
            fr | Ce serait pratique de garder une photo du devis signé pour chaque intervention          | Photo du devis signé:file
            es | Los de contabilidad preguntan siempre; apuntad el importe de cada trabajo               | Importe:money
            es | A cada trabajo habría que ponerle la fecha de entrega, que la piden mucho              | Fecha de entrega:date
            de | Können wir beim Auftrag Fotos vom Ergebnis hochladen? Der Kunde will die sehen         | Fotos vom Ergebnis:file
            de | ob ein Auftrag dringend ist wäre gut zu wissen, gerade im Winter                        | Dringend:boolean
            """)
    void a_wish_to_record_adds_the_thing(String lang, String message, String field) {
        AppSpec before = spec(lang);
        assertEquals(List.of(field), added(before, new OfflineRefiner().refine(before, message).spec()), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | on pourrait voir un film ce soir ?
            es | ¿podemos ver una película mañana?
            de | ob es morgen regnet, wäre gut zu wissen
            es | nunca sabemos nada
            en | could you tell me a joke
            """)
    void seeing_or_knowing_about_nothing_of_the_app_stays_refused(String lang, String message) {
        assertThrows(DraftException.class, () -> new OfflineRefiner().refine(spec(lang), message), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            add the vintage
            the sky is blue today
            """)
    void a_message_without_a_recording_cue_gets_no_plain_form(String message) {
        assertTrue(AskedToRecord.plain(message, EN).isEmpty(), message);
    }
}

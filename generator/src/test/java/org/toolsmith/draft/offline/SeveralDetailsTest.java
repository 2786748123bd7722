package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * One message that asks for several details of one kind: two details sharing their head ({@link SharedHeads#refineDetails}:
 * "the weight at check-in and at pickup", "the quoted and the final price", "l'heure de dépôt et de retrait", "les prix
 * estimé et facturé", "el precio estimado y el facturado", "den Schätz- und den Endpreis"), and a request to add said once
 * before a colon with the details after it, on the line or as bullets ({@link AddColon}), and "whether it was tested and
 * by whom" (the doer of the same act). Every detail is a field of its own, with its type.
 */
class SeveralDetailsTest {
    private static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Bike workshop", "entities": [
              {"key": "repair", "name": "Repair", "plural": "Repairs", "fields": [
                {"key": "customer", "label": "Customer", "type": "text", "required": true},
                {"key": "bike", "label": "Bike", "type": "text"},
                {"key": "received_on", "label": "Received on", "type": "date"},
                {"key": "notes", "label": "Notes", "type": "long_text"}]}]}
            """);
    private static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Atelier vélo", "entities": [
              {"key": "reparation", "name": "Réparation", "plural": "Réparations", "fields": [
                {"key": "client", "label": "Client", "type": "text", "required": true},
                {"key": "velo", "label": "Vélo", "type": "text"},
                {"key": "recu_le", "label": "Reçu le", "type": "date"},
                {"key": "notes", "label": "Notes", "type": "long_text"}]}]}
            """);
    private static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Taller de bicis", "entities": [
              {"key": "reparacion", "name": "Reparación", "plural": "Reparaciones", "fields": [
                {"key": "cliente", "label": "Cliente", "type": "text", "required": true},
                {"key": "bici", "label": "Bici", "type": "text"},
                {"key": "recibida_el", "label": "Recibida el", "type": "date"},
                {"key": "notas", "label": "Notas", "type": "long_text"}]}]}
            """);
    private static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Fahrradwerkstatt", "entities": [
              {"key": "reparatur", "name": "Reparatur", "plural": "Reparaturen", "fields": [
                {"key": "kunde", "label": "Kunde", "type": "text", "required": true},
                {"key": "fahrrad", "label": "Fahrrad", "type": "text"},
                {"key": "angenommen_am", "label": "Angenommen am", "type": "date"},
                {"key": "notizen", "label": "Notizen", "type": "long_text"}]}]}
            """);

    private static AppSpec spec(String lang) {
        return switch (lang) {
            case "fr" -> FR;
            case "es" -> ES;
            case "de" -> DE;
            default -> EN;
        };
    }

    /** The fields added ("+Label:type") and taken away ("-key"), sorted. */
    private static String changes(AppSpec before, AppSpec after) {
        List<String> out = new ArrayList<>();
        Entity old = before.entities().get(0);
        Entity now = after.entities().get(0);
        for (Field f : now.fields()) {
            if (old.field(f.key()).isEmpty()) {
                out.add("+" + f.label() + ":" + f.type().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        old.fields().stream().filter(f -> now.field(f.key()).isEmpty()).forEach(f -> out.add("-" + f.key()));
        return String.join(" ", out.stream().sorted().toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | add the tyre pressure at drop-off and at collection        | +Tyre pressure at collection:decimal +Tyre pressure at drop-off:decimal
            en | we also need the quoted and the final price                 | +Final price:money +Quoted price:money
            en | please add the start and finish dates to the repairs        | +Finish date:date +Start date:date
            fr | ajoute l'heure de dépôt et de retrait                       | +Heure de dépôt:datetime +Heure de retrait:datetime
            fr | il nous faut les dates de devis et d'accord                 | +Dates d'accord:date +Dates de devis:date
            fr | ajoute les prix estimé et facturé                           | +Prix estimé:money +Prix facturé:money
            es | añade la fecha de entrada y de salida                       | +Fecha de entrada:date +Fecha de salida:date
            es | añade el precio estimado y el facturado                     | +Precio estimado:money +Precio facturado:money
            de | wir brauchen noch den Schätz- und den Endpreis              | +Endpreis:money +Schätzpreis:money
            en | Hi,\\ncould you add:\\n1. the labour cost\\n2. the mechanic\\nThanks | +Labour cost:money +Mechanic:person
            fr | Deux choses en plus pour chaque réparation :\\n- le coût de la main-d'œuvre\\n- le mécanicien | +Coût de la main-d'œuvre:money +Mécanicien:person
            es | Por favor, añadid: el coste de la mano de obra y el mecánico | +Coste de la mano de obra:money +Mecánico:person
            de | Bitte ergänzen: die Arbeitskosten und den Mechaniker        | +Arbeitskosten:money +Mechaniker:person
            de | Zwei Sachen noch bei jeder Reparatur:\\n* die Arbeitskosten\\n* den Mechaniker | +Arbeitskosten:money +Mechaniker:person
            en | we need to know whether it was tested and by whom          | +Tested by:person +Tested:boolean
            fr | il faut savoir si elle a été testée et par qui              | +Testée par:person +Testée:boolean
            de | wir müssen wissen, ob es getestet wurde und von wem         | +Getestet von:person +Getestet:boolean
            es | necesito saber quién la revisó y cuándo                     | +Revisado el:date +Revisado por:person
            """)
    void every_detail_is_a_field(String lang, String message, String expected) {
        AppSpec before = spec(lang);
        String said = message.replace("\\n", "\n");
        assertEquals(expected, changes(before, RefineFixtures.refine(before, said).spec()), said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | add the email and phone number                              | +Email:email +Phone number:phone
            en | add the mechanic and the labour cost                        | +Labour cost:money +Mechanic:person
            en | Changes:\\n- add the mechanic\\n- remove the notes          | +Mechanic:person -notes
            es | añade el precio y el mecánico asignado                      | +Mecánico asignado:person +Precio:money
            de | bitte Hin- und Rückfahrt ergänzen                           | +Hinfahrt:text +Rückfahrt:text
            """)
    void details_that_share_nothing_stay_apart(String lang, String message, String expected) {
        AppSpec before = spec(lang);
        String said = message.replace("\\n", "\n");
        assertEquals(expected, changes(before, RefineFixtures.refine(before, said).spec()), said);
    }
}

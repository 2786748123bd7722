package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Words around a field asked for in chat that are no part of it (session 23): the name signed under a closing
 * ({@link MailFrame#editBody}), a box to tick said by its box ({@link BoxPhrases}), "il leur faut / les hace falta" and
 * "solo / juste" in front of the verb; and a thing or person's standing details said without a kind, which go to the
 * kind the main one links to ({@code RefineResolver.STANDING}).
 */
class AddedFieldWordsTest {
    private static AppSpec spec(String lang) {
        String[] n = switch (lang) {
            case "fr" -> new String[] {"Camionnette", "Camionnettes", "Location", "Locations", "Immatriculation", "Client", "Début"};
            case "es" -> new String[] {"Furgoneta", "Furgonetas", "Alquiler", "Alquileres", "Matrícula", "Cliente", "Inicio"};
            default -> new String[] {"Van", "Vans", "Hire", "Hires", "Plate", "Customer", "Start"};
        };
        return RefineFixtures.spec("""
                {"spec": 1, "name": "Vans", "entities": [
                  {"key": "van", "name": "%s", "plural": "%s", "fields": [
                    {"key": "plate", "label": "%s", "type": "text", "required": true}]},
                  {"key": "hire", "name": "%s", "plural": "%s", "fields": [
                    {"key": "van", "label": "%s", "type": "reference", "target": "van", "required": true},
                    {"key": "customer", "label": "%s", "type": "text"},
                    {"key": "start", "label": "%s", "type": "date"}]}]}
                """.formatted(n[0], n[1], n[4], n[2], n[3], n[0], n[5], n[6]));
    }

    /** Every field the message added, as "kind.Label:type", and every field it changed, as "kind.key changed". */
    private static List<String> edits(AppSpec before, AppSpec after) {
        List<String> out = new java.util.ArrayList<>(before.entities().stream().flatMap(e -> RefineFixtures.newFields(before, after, e.key())
                .stream().map(f -> e.key() + "." + f.label() + ":" + f.type().name().toLowerCase())).toList());
        for (var e : before.entities()) {
            var ne = after.entities().stream().filter(x -> x.key().equals(e.key())).findFirst().orElseThrow();
            for (var f : e.fields()) {
                var nf = ne.fields().stream().filter(x -> x.key().equals(f.key())).findFirst().orElse(null);
                if (nf == null || nf.type() != f.type()) {
                    out.add(e.key() + "." + f.key() + " changed");
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Could you add a return date?\\nThanks,\\nPriya                       | hire.Return date:date
            fr | Merci d'ajouter une date de retour.\\nBonne soirée,\\nLucie            | hire.Date de retour:date
            es | Añadid una fecha de devolución, por favor.\\nSaludos,\\nJavi           | hire.Fecha de devolución:date
            en | We also need a yes/no for the deposit on each hire                  | hire.Deposit:boolean
            fr | Il faudrait un oui/non pour le nettoyage                            | hire.Nettoyage:boolean
            es | Añade una casilla de limpieza hecha                                 | hire.Limpieza hecha:boolean
            fr | Ajoutez une case plein fait                                         | hire.Plein fait:boolean
            en | add a cleaned check box                                             | hire.Cleaned:boolean
            en | we want a no-show tick box on hires                                  | hire.No-show:boolean
            en | Add the insurance renewal date                                      | van.Insurance renewal date:date
            fr | Ajoute le prix d'achat                                              | van.Prix d'achat:money
            es | Queremos el conductor habitual                                      | van.Conductor habitual:person
            en | Add the driver                                                      | hire.Driver:person
            fr | Les mécanos passent le lundi. Il leur faut aussi une date de retour. | hire.Date de retour:date
            es | El taller pasa los lunes. También les hace falta la fecha de devolución. | hire.Fecha de devolución:date
            es | El inicio está bien así. Solo añade una fecha de devolución.        | hire.Fecha de devolución:date
            fr | Le début, on le garde. Ajoutez juste une date de retour.            | hire.Date de retour:date
            """)
    void the_field_asked_for_and_nothing_else(String lang, String message, String fields) {
        AppSpec before = spec(lang);
        String said = message.replace("\\n", "\n");
        assertEquals(List.of(fields), edits(before, new OfflineRefiner().refine(before, said).spec()), said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | Ajoutez une case pour les remarques
            es | Añade una casilla para observaciones
            """)
    void a_box_for_notes_is_no_yes_no(String lang, String message) {
        AppSpec before = spec(lang);
        List<String> got = edits(before, new OfflineRefiner().refine(before, message).spec());
        assertEquals(1, got.size(), message);
        assertEquals(false, got.get(0).endsWith(":boolean"), message + " " + got);
    }
}

package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.draft.DraftException;
import org.toolsmith.spec.AppSpec;

/**
 * A kind named with a word of distribution ("of each K", "de chaque K", "por K", "pro K") says where a thing asked for
 * goes, whatever verb asks for it ({@link EachKindAsk}, tried by {@link RefusedRetry} after a refusal). A unit that
 * names no kind ("per month") and a kind that is what the clause is about ("chaque prêt concerne …") add nothing.
 */
class EachKindAskTest {
    private static AppSpec spec(String lang) {
        String[] n = switch (lang) {
            case "fr" -> new String[] {"Outil", "Outils", "Prêt", "Prêts", "Nom", "Emprunteur"};
            case "es" -> new String[] {"Herramienta", "Herramientas", "Préstamo", "Préstamos", "Nombre", "Prestatario"};
            case "de" -> new String[] {"Werkzeug", "Werkzeuge", "Ausleihe", "Ausleihen", "Name", "Ausleiher"};
            default -> new String[] {"Tool", "Tools", "Loan", "Loans", "Name", "Borrower"};
        };
        return RefineFixtures.spec("""
                {"spec": 1, "name": "Tools", "entities": [
                  {"key": "tool", "name": "%s", "plural": "%s", "fields": [
                    {"key": "name", "label": "%s", "type": "text", "required": true}]},
                  {"key": "loan", "name": "%s", "plural": "%s", "fields": [
                    {"key": "tool", "label": "%s", "type": "reference", "target": "tool", "required": true},
                    {"key": "borrower", "label": "%s", "type": "text"}]}]}
                """.formatted(n[0], n[1], n[4], n[2], n[3], n[0], n[5]));
    }

    /** Every field the message added, as "kind.Label:type". */
    private static List<String> added(AppSpec before, AppSpec after) {
        return before.entities().stream().flatMap(e -> RefineFixtures.newFields(before, after, e.key()).stream()
                .map(f -> e.key() + "." + f.label() + ":" + f.type().name().toLowerCase())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Our auditor asks for each tool's purchase date                       | tool.Purchase date:date
            fr | L'assureur nous réclame le numéro de série de chaque outil.          | tool.Numéro de série:text
            fr | Par outil, la date d'achat svp                                       | tool.Date d'achat:date
            es | La aseguradora nos pide el número de serie de cada herramienta.      | tool.Número de serie:text
            de | Die Versicherung will die Seriennummer von jedem Werkzeug.           | tool.Seriennummer:text
            de | Pro Werkzeug bitte noch das Kaufdatum                                | tool.Kaufdatum:date
            """)
    void a_kind_named_with_each_or_per_takes_the_thing(String lang, String message, String fields) {
        AppSpec before = spec(lang);
        assertEquals(List.of(fields), added(before, new OfflineRefiner().refine(before, message).spec()), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | each loan concerns a tool from the shed
            fr | l'assureur veut la cotisation par mois
            fr | chaque prêt concerne un outil de l'atelier
            es | la aseguradora quiere la cuota por mes
            de | die Versicherung will den Beitrag pro Monat
            """)
    void a_unit_or_a_kind_the_clause_is_about_adds_nothing(String lang, String message) {
        assertThrows(DraftException.class, () -> new OfflineRefiner().refine(spec(lang), message), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The office wants the purchase date of each tool.   | for each Tool, add the purchase date.
            how each tool was paid for                          | for each Tool, add how they was paid for.
            pro Werkzeug bitte noch das Kaufdatum               | für jedes Werkzeug, ergänze das Kaufdatum.
            la cuota por mes                                    | ''
            """)
    void the_thing_is_said_again_as_an_addition(String message, String plain) {
        assertEquals(plain.isEmpty() ? List.of() : List.of(plain), EachKindAsk.plain(message, specFor(message)));
    }

    private static AppSpec specFor(String message) {
        return spec(message.startsWith("pro ") ? "de" : "en");
    }
}

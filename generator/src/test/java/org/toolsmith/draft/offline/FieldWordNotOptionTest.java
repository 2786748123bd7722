package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A new field asked with the word "field / column / box" is no value of an existing choice (session 14, r5), phrasings of
 * our own: "please add a Notes field to tickets" had added the option "Notes field" to "Ticket type" because "tickets"
 * comes close to that choice ({@link RefineOptions}, the add-options rules). A value list holding a field word now leaves
 * the message to the field readers. Uses {@link OptionTypeEditsTest}'s specs.
 */
class FieldWordNotOptionTest {
    /** Still read wrong (not asserted): the option is added by another reader than the add-options rules. */
    static final java.util.List<String> OPEN = java.util.List.of(
            "can we add an Affected version field to tickets, we need it for triage");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "en | please add a Notes field to tickets | +ticket:long_text:Notes",
        "en | Hi! could you add a 'Customer' field to the tickets? thanks | +ticket:text:Customer",
        "en | add a Version column to tickets pls | +ticket:text:Version",
        "en | Add a field Resolution to the tickets | +ticket:long_text:Resolution",
        "en | include a Due date field on tickets | +ticket:date:Due",
        "en | add a phone number field to members | +member:phone:Phone",
        "en | Please put a Sponsor field on members | +member:person:Sponsor",
        "fr | ajoutez un champ Commentaire aux transmissions | +transmission:long_text:Commentaire",
        "fr | merci d'ajouter un champ Téléphone aux adhérents | +adherent:phone:Téléphone",
        "fr | ajouter une colonne Remarque aux adhérents svp | +adherent:long_text:Remarque",
        "es | añade un campo Observaciones a las facturas | +factura:long_text:Observaciones",
        "es | agregar un campo Teléfono a los ordeños porfa | +ordeno:phone:Teléfono",
        "es | añadid un campo Proveedor a las facturas | +factura:text:Proveedor",
        "de | füg bei den Besuchen bitte ein Feld Bemerkung hinzu | +besuch:long_text:Bemerkung",
        "de | füge ein Feld Telefon zu den Besuchen hinzu | +besuch:phone:Telefon",
        "de | fügt eine Spalte Fahrer zu den Besuchen hinzu | +besuch:person:Fahrer"})
    void fieldWordAddsAField(String lang, String message, String expected) {
        RefineExpect.check(OptionTypeEditsTest.SPECS.get(lang), message, expected);
    }

    /** Must not fire: values that merely look like words, added to an existing choice. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "en | could you add Refactor and Docs to the ticket types? | ticket.ticket_type[Feature;Bug;Refactor;Docs]",
        "en | add Field visit to the ticket types | ticket.ticket_type[Feature;Bug;Field visit]",
        "fr | ajoutez Étudiant aux types d'adhésion | adherent.type_adhesion[Individuel;Famille;Étudiant]",
        "es | añade Bizum a las formas de pago | factura.forma_pago[Efectivo;Tarjeta;Bizum]",
        "de | füg Betreuung zu den Leistungen hinzu | besuch.leistung[Grundpflege;Behandlungspflege;Betreuung]"})
    void valuesStillAdded(String lang, String message, String expected) {
        RefineExpect.check(OptionTypeEditsTest.SPECS.get(lang), message, expected);
    }
}

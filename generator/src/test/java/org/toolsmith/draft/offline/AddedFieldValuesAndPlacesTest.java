package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Session 26 (helper s26f), a new field done right, phrasings of our own in four languages: the values of a new
 * choice said after its name ({@link SaidValueLists}: "one of A, B or C", "either A or B", "soit A, soit B",
 * "o A o B", "entweder A oder B", "X : A, B ou C", "X: A/B/C"), and the place said by the records of a kind
 * ({@link RecordPlaces}: "to the client records", "dans les fiches clients", "en las fichas de clientes",
 * "in den Kundendaten").
 */
class AddedFieldValuesAndPlacesTest {
    static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Gardening", "entities": [{"key": "job", "name": "Job", "plural": "Jobs", "fields": [{"key": "site", "label": "Site", "type": "text", "required": true}, {"key": "start", "label": "Start", "type": "date"}, {"key": "client", "label": "Client", "type": "reference", "target": "client"}]}, {"key": "client", "name": "Client", "plural": "Clients", "fields": [{"key": "name", "label": "Name", "type": "text"}, {"key": "phone", "label": "Phone", "type": "phone"}]}]}
            """);
    static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Jardinage", "entities": [{"key": "chantier", "name": "Chantier", "plural": "Chantiers", "fields": [{"key": "adresse", "label": "Adresse", "type": "text", "required": true}, {"key": "debut", "label": "Début", "type": "date"}, {"key": "client", "label": "Client", "type": "reference", "target": "client"}]}, {"key": "client", "name": "Client", "plural": "Clients", "fields": [{"key": "nom", "label": "Nom", "type": "text"}, {"key": "telephone", "label": "Téléphone", "type": "phone"}]}]}
            """);
    static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Jardinería", "entities": [{"key": "obra", "name": "Obra", "plural": "Obras", "fields": [{"key": "direccion", "label": "Dirección", "type": "text", "required": true}, {"key": "inicio", "label": "Inicio", "type": "date"}, {"key": "cliente", "label": "Cliente", "type": "reference", "target": "cliente"}]}, {"key": "cliente", "name": "Cliente", "plural": "Clientes", "fields": [{"key": "nombre", "label": "Nombre", "type": "text"}, {"key": "telefono", "label": "Teléfono", "type": "phone"}]}]}
            """);
    static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Gartenbau", "entities": [{"key": "auftrag", "name": "Auftrag", "plural": "Aufträge", "fields": [{"key": "adresse", "label": "Adresse", "type": "text", "required": true}, {"key": "beginn", "label": "Beginn", "type": "date"}, {"key": "kunde", "label": "Kunde", "type": "reference", "target": "kunde"}]}, {"key": "kunde", "name": "Kunde", "plural": "Kunden", "fields": [{"key": "name", "label": "Name", "type": "text"}, {"key": "telefon", "label": "Telefon", "type": "phone"}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "for each job, please add the soil type, one of clay, sand or loam | +job:choice:Soil type",
        "On the jobs, add an access option, either side gate or through the house. | +job:choice:Access option",
        "Please add a hedge height: low/medium/tall for each job | +job:choice:Hedge height",
        "add a VAT number to the client records | +client:text:VAT number",
        "In the client files, we also need a billing email. | +client:email:Billing email"})
    void english(String message, String expected) {
        RefineExpect.check(EN, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Pour chaque chantier, ajoute le type de sol : argile, sable ou limon. | +chantier:choice:Type de sol",
        "Ajoute un accès, soit portail latéral, soit par la maison, pour chaque chantier. | +chantier:choice:Accès",
        "Ajoute un numéro de TVA dans les fiches clients. | +client:text:Numéro de TVA"})
    void french(String message, String expected) {
        RefineExpect.check(FR, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "En cada obra, añade el tipo de suelo, o arcilla o arena. | +obra:choice:Tipo de suelo",
        "Añade el tipo de suelo: arcilla, arena o limo en cada obra. | +obra:choice:Tipo de suelo",
        "Añade un correo de facturación en las fichas de clientes. | +cliente:email:Correo de facturación"})
    void spanish(String message, String expected) {
        RefineExpect.check(ES, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Bitte bei jedem Auftrag die Bodenart: Lehm, Sand oder Ton ergänzen. | +auftrag:choice:Bodenart",
        "Bei jedem Auftrag brauchen wir auch den Zugang, entweder Seitentor oder durchs Haus. | +auftrag:choice:Zugang",
        "Bitte die Umsatzsteuer-ID in den Kundendaten ergänzen. | +kunde:text:Umsatzsteuer-ID"})
    void german(String message, String expected) {
        RefineExpect.check(DE, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // values in brackets
        "add the soil type, one of clay, sand or loam | add the soil type (clay, sand, loam)",
        "le type de sol : argile, sable ou limon | le type de sol (argile, sable, limon)",
        "den Zugang, entweder Seitentor oder durchs Haus | den Zugang (Seitentor, durchs Haus)",
        "el acceso, o puerta lateral o por la casa. | el acceso (puerta lateral, por la casa).",
        // must not fire: fields after a colon, a list of a box or said by a verb, one value only, articles
        "we need the contact details: name, phone and email | we need the contact details: name, phone and email",
        "the status should be: open, waiting or done | the status should be: open, waiting or done",
        "make it a dropdown: small, medium or large | make it a dropdown: small, medium or large",
        "the price, either way | the price, either way",
        "add to the job: the site, the start or the client | add to the job: the site, the start or the client"})
    void rewrite(String message, String expected) {
        assertEquals(expected, SaidValueLists.plain(message));
    }
}

package org.toolsmith.draft.offline;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A value added to an existing choice list that the message names only indirectly (session 15, r5), phrasings of our
 * own: the value's noun is the choice field's label ("we've opened a late shift"), the field is named by a plural or a
 * list ("Roofer must be in the list of trades", "aux canaux"), a German verb closes the list ("Schichten: bitte A und B
 * ergänzen"), a Spanish "y también" sits inside the list ("añade A y también B al canal"). Neighbours: a new field that
 * merely shares a word with a choice field stays a new field.
 */
class IndirectOptionAddTest {
    /** One kind per language with two choice lists and a text field. */
    static final Map<String, AppSpec> SPECS = Map.of(
            "en", RefineFixtures.spec("{\"spec\": 1, \"name\": \"Rota\", \"entities\": [{\"key\": \"booking\", \"name\": \"Booking\", \"plural\": \"Bookings\", \"fields\": [{\"key\": \"title\", \"label\": \"Title\", \"type\": \"text\", \"required\": true}, {\"key\": \"room\", \"label\": \"Room\", \"type\": \"choice\", \"options\": [\"Hall\", \"Studio\"]}, {\"key\": \"shift\", \"label\": \"Shift\", \"type\": \"choice\", \"options\": [\"Morning\", \"Afternoon\"]}, {\"key\": \"trade\", \"label\": \"Trade\", \"type\": \"choice\", \"options\": [\"Electrician\", \"Plumber\"]}, {\"key\": \"notes\", \"label\": \"Notes\", \"type\": \"text\"}]}]}"),
            "fr", RefineFixtures.spec("{\"spec\": 1, \"name\": \"Ventes\", \"entities\": [{\"key\": \"commande\", \"name\": \"Commande\", \"plural\": \"Commandes\", \"fields\": [{\"key\": \"numero\", \"label\": \"Numéro\", \"type\": \"text\", \"required\": true}, {\"key\": \"canal\", \"label\": \"Canal\", \"type\": \"choice\", \"options\": [\"Boutique\", \"Téléphone\"]}, {\"key\": \"equipe\", \"label\": \"Équipe\", \"type\": \"choice\", \"options\": [\"Matin\", \"Soir\"]}, {\"key\": \"remarque\", \"label\": \"Remarque\", \"type\": \"text\"}]}]}"),
            "es", RefineFixtures.spec("{\"spec\": 1, \"name\": \"Fabrica\", \"entities\": [{\"key\": \"parte\", \"name\": \"Parte\", \"plural\": \"Partes\", \"fields\": [{\"key\": \"codigo\", \"label\": \"Código\", \"type\": \"text\", \"required\": true}, {\"key\": \"turno\", \"label\": \"Turno\", \"type\": \"choice\", \"options\": [\"Mañana\", \"Tarde\"]}, {\"key\": \"canal\", \"label\": \"Canal\", \"type\": \"choice\", \"options\": [\"Correo\", \"Teléfono\"]}, {\"key\": \"nota\", \"label\": \"Nota\", \"type\": \"text\"}]}]}"),
            "de", RefineFixtures.spec("{\"spec\": 1, \"name\": \"Dienst\", \"entities\": [{\"key\": \"einsatz\", \"name\": \"Einsatz\", \"plural\": \"Einsätze\", \"fields\": [{\"key\": \"titel\", \"label\": \"Titel\", \"type\": \"text\", \"required\": true}, {\"key\": \"schicht\", \"label\": \"Schicht\", \"type\": \"choice\", \"options\": [\"Früh\", \"Spät\"]}, {\"key\": \"bereich\", \"label\": \"Bereich\", \"type\": \"choice\", \"options\": [\"Lager\", \"Büro\"]}, {\"key\": \"notiz\", \"label\": \"Notiz\", \"type\": \"text\"}]}]}"));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "en | we've opened a night shift | booking.shift[Morning;Afternoon;Night]",
        "en | Hi all, there's now a weekend shift too | booking.shift[Morning;Afternoon;Weekend]",
        "en | Roofer needs to be in the list of trades | booking.trade[Electrician;Plumber;Roofer]",
        "en | Glazier should be on the trade list as well | booking.trade[Electrician;Plumber;Glazier]",
        "en | please add Roofer and also Glazier to the trades | booking.trade[Electrician;Plumber;Roofer;Glazier]",
        "en | we started a night shift last month, please add it | booking.shift[Morning;Afternoon;Night]",
        "en | add an evening shift | booking.shift[Morning;Afternoon;Evening]",
        "en | shifts: please add Night and Weekend | booking.shift[Morning;Afternoon;Night;Weekend]",
        "en | can you add Attic to the rooms? | booking.room[Hall;Studio;Attic]",
        "fr | ajouter Web et Courrier aux canaux | commande.canal[Boutique;Téléphone;Web;Courrier]",
        "fr | merci d'ajouter le canal Web | commande.canal[Boutique;Téléphone;Web]",
        "fr | on a ouvert une équipe de nuit | commande.equipe[Matin;Soir;Nuit]",
        "es | añade el turno de noche | parte.turno[Mañana;Tarde;Noche]",
        "es | añade Web y también Fax al canal | parte.canal[Correo;Teléfono;Web;Fax]",
        "es | hola, hemos abierto un turno de noche | parte.turno[Mañana;Tarde;Noche]",
        "de | Schichten: bitte Nacht und Wochenende ergänzen | einsatz.schicht[Früh;Spät;Nacht;Wochenende]",
        "de | Bereich: bitte Werkstatt und Hof ergänzen | einsatz.bereich[Lager;Büro;Werkstatt;Hof]",
        "de | bitte eine Nachtschicht ergänzen | einsatz.schicht[Früh;Spät;Nacht]",
        "de | wir haben jetzt auch eine Nachtschicht eröffnet | einsatz.schicht[Früh;Spät;Nacht]",
        "fr | hello, on a ouvert le canal Web cette semaine | commande.canal[Boutique;Téléphone;Web]",
        // neighbours: a new field sharing a word with a choice field stays a new field; plain edits unchanged
        "en | add a field for the shift lead's name | +booking:text",
        "en | add a room size field as a number | +booking:integer",
        "en | we've opened a new branch office in Leeds | error",
        "en | add a shift lead field | +booking:person",
        "es | añade un campo turno de guardia que sea sí/no | +parte:boolean",
        "de | Notiz und Bereich bitte entfernen | -einsatz.notiz & -einsatz.bereich",
        "fr | ajoute un champ remarque du canal | +commande:long_text",
        "de | Bereich: Lager oder Hof | einsatz.bereich[Lager;Hof]"})
    void reads(String lang, String message, String expected) {
        RefineExpect.check(SPECS.get(lang), message, expected);
    }
}

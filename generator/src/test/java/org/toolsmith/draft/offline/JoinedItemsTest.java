package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * A new field's label, session 16 (r1): the words that join two asked things ("as well as", "along with", ", plus the",
 * "ainsi que", "así como", "sowie") are no part of either name and do not lose the second thing (AdditiveJoins); a unit
 * after the thing ("in dpi", "in ml", "en millas") is no part of the name and says it is a number, also when the word
 * alone reads as a long text or an amount of money (FieldLabelTrim); a German head noun said in the case of its sentence
 * ("den Lieferanten", "den Verantwortlichen") is named in the nominative; a phrase with a small word ("Namen des
 * Empfängers") is left to the other readers (GermanLabels.nominative). Must not fire: a joiner that opens the sentence, French "plus", money units, German
 * nouns after a small word. Rows list every new field as kind:Label/type, so an extra or lost field fails. Own phrasing.
 */
class JoinedItemsTest {
    static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Parcels", "entities": [{"key": "parcel", "name": "Parcel", "plural": "Parcels", "fields": [{"key": "tracking_number", "label": "Tracking number", "type": "text", "required": true}, {"key": "sender", "label": "Sender", "type": "text"}]}]}
            """);
    static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Colis", "entities": [{"key": "colis", "name": "Colis", "plural": "Colis", "fields": [{"key": "numero_de_suivi", "label": "Numéro de suivi", "type": "text", "required": true}, {"key": "expediteur", "label": "Expéditeur", "type": "text"}]}]}
            """);
    static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Paquetes", "entities": [{"key": "paquete", "name": "Paquete", "plural": "Paquetes", "fields": [{"key": "numero_de_seguimiento", "label": "Número de seguimiento", "type": "text", "required": true}, {"key": "remitente", "label": "Remitente", "type": "text"}]}]}
            """);
    static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Pakete", "entities": [{"key": "paket", "name": "Paket", "plural": "Pakete", "fields": [{"key": "sendungsnummer", "label": "Sendungsnummer", "type": "text", "required": true}, {"key": "absender", "label": "Absender", "type": "text"}]}]}
            """);

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // additive joiners: two things, two fields
        "en | please add the weight as well as the delivery date | parcel:Delivery date/date ; parcel:Weight/decimal",
        "en | we need the delivery date, as well as the postcode | parcel:Delivery date/date ; parcel:Postcode/text",
        "en | add the delivery date, plus the postcode please | parcel:Delivery date/date ; parcel:Postcode/text",
        "en | can we record the postcode along with the delivery date? | parcel:Delivery date/date ; parcel:Postcode/text",
        "en | we'd like the postcode together with the delivery date | parcel:Delivery date/date ; parcel:Postcode/text",
        // units: no part of the name, and a number
        "en | add the scan resolution in dpi | parcel:Scan resolution/integer",
        "en | add the total weight in kg | parcel:Total weight/decimal",
        "en | please add the box size in inches | parcel:Box size/decimal",
        // must not fire
        "en | As well as the sender, we need the postcode | parcel:Postcode/text",
        "en | add the total price in euros | parcel:Total price/money",
        "en | add the postcode and the delivery date | parcel:Delivery date/date ; parcel:Postcode/text",
        "fr | ajoutez le code postal ainsi que la date de livraison | colis:Code postal/text ; colis:Date de livraison/date",
        "fr | il faut la date de livraison, ainsi que le code postal | colis:Code postal/text ; colis:Date de livraison/date",
        "fr | ajoutez le volume en ml | colis:Volume/decimal",
        "fr | ajoutez le prix total en euros | colis:Prix total/money",
        "es | añadid el código postal así como la fecha de entrega | paquete:Código postal/text ; paquete:Fecha de entrega/date",
        "es | añadid la distancia en millas | paquete:Distancia/decimal",
        "es | añadid el precio total en euros | paquete:Precio total/money",
        "de | bitte die Postleitzahl sowie das Lieferdatum ergänzen | paket:Lieferdatum/date ; paket:Postleitzahl/text",
        "de | wir brauchen noch das Lieferdatum, plus die Postleitzahl | paket:Lieferdatum/date ; paket:Postleitzahl/text",
        "de | Wir brauchen noch den Lieferanten. | paket:Lieferant/text",
        "de | Bitte noch den Verantwortlichen ergänzen | paket:Verantwortlicher/text",
        "de | bitte das Volumen in ml ergänzen | paket:Volumen/decimal",
        "de | Wir brauchen noch den Namen des Empfängers | paket:Namen des Empfängers/text"
    })
    void names_each_joined_thing(String lang, String message, String expected) {
        AppSpec before = Map.of("fr", FR, "es", ES, "de", DE).getOrDefault(lang, EN);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        List<String> fresh = new ArrayList<>();
        for (Entity e : after.entities()) {
            for (Field f : e.fields()) {
                if (before.entity(e.key()).flatMap(b -> b.field(f.key())).isEmpty()) {
                    fresh.add(e.key() + ":" + f.label() + "/" + f.type().name().toLowerCase());
                }
            }
        }
        assertEquals(expected.strip(), fresh.stream().sorted().collect(Collectors.joining(" ; ")), message);
    }
}

package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;

/**
 * Where a new field's name ends in a wordy addition: a purpose folded in after the thing with no comma ("… so the
 * mechanics know …", "… pour retrouver …", "… para calcular …", "… um … zu prüfen") names nothing; who writes it and
 * the verb of writing ("mechanics to write a summary", "et de savoir si …", German "… mitschreiben" last) are no part
 * of the name; a time word left last once the kind went is dropped; an amount per unit is money. A purpose that is what
 * is asked ("whether it's for delivery or for collection", "si es para llevar") or that follows a box word stays.
 */
class FieldNameBoundsTest {
    private static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Bike workshop", "entities": [
              {"key": "bike", "name": "Bike", "plural": "Bikes", "fields": [
                {"key": "owner", "label": "Owner", "type": "text", "required": true}]},
              {"key": "repair", "name": "Repair", "plural": "Repairs", "fields": [
                {"key": "bike", "label": "Bike", "type": "reference", "target": "bike"},
                {"key": "booked_on", "label": "Booked on", "type": "date"}]}]}
            """);
    private static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Boulangerie", "entities": [
              {"key": "commande", "name": "Commande", "plural": "Commandes", "fields": [
                {"key": "client", "label": "Client", "type": "text", "required": true},
                {"key": "retrait", "label": "Retrait", "type": "date"}]}]}
            """);
    private static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Vivero", "entities": [
              {"key": "planta", "name": "Planta", "plural": "Plantas", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true},
                {"key": "precio", "label": "Precio", "type": "money"}]}]}
            """);
    private static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Kita", "entities": [
              {"key": "kind", "name": "Kind", "plural": "Kinder", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "gruppe", "label": "Gruppe", "type": "text"}]}]}
            """);

    private static AppSpec spec(String lang) {
        return switch (lang) {
            case "fr" -> FR;
            case "es" -> ES;
            case "de" -> DE;
            default -> EN;
        };
    }

    /** The fields the edit added, as "kind.Label:type". */
    private static List<String> added(AppSpec before, AppSpec after) {
        return after.entities().stream().flatMap(e -> e.fields().stream()
                        .filter(f -> before.entity(e.key()).map(Entity::fields).orElse(List.of()).stream().noneMatch(g -> g.key().equals(f.key())))
                        .map(f -> e.key() + "." + f.label() + ":" + f.type().name().toLowerCase()))
                .collect(Collectors.toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | I'd like a rack position for each repair (front rack, back rack, loft) so the mechanics know where to look | repair.Rack position:choice
            en | please add the frame number on each bike in order to check stolen bikes, and the colour         | bike.Frame number:text;bike.Colour:text
            en | we want mechanics to write a short summary after each repair                                     | repair.Short summary:long_text
            en | add the labour rate per unit on repairs                                                          | repair.Labour rate per unit:money
            fr | ajoute le numéro de lot sur chaque commande pour retrouver les allergènes                       | commande.Numéro de lot:text
            fr | il faut une photo du gâteau et de savoir si la commande est payée                                 | commande.Photo du gâteau:file;commande.Payée:boolean
            es | nos falta la fecha de siembra de cada planta para calcular la cosecha de los meses y semanas     | planta.Fecha de siembra:date
            es | añade la altura para comprobar el tamaño de maceta, y la procedencia                            | planta.Altura:decimal;planta.Procedencia:text
            de | Wir möchten bei den Kindern die Abholzeit mitschreiben                                          | kind.Abholzeit:text
            de | Ich möchte die Allergien dokumentieren, damit die Küche Bescheid weiß                            | kind.Allergien:long_text
            de | Wir brauchen noch die Kinderarztnummer um im Notfall schnell anzurufen                          | kind.Kinderarztnummer:text
            """)
    void the_name_is_the_thing_without_the_words_around_it(String lang, String message, String fields) {
        AppSpec before = spec(lang);
        assertEquals(List.of(fields.split(";")), added(before, new OfflineRefiner().refine(before, message).spec()), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | add a tick box for the customer to sign                  | repair.Customer to sign:boolean
            en | we need the parts to order for each repair               | repair.Parts to order:text
            en | add the reason for the repair so we can plan the week    | repair.Reason:long_text
            fr | ajoute une case pour indiquer si la commande est livrée | commande.Livrée:boolean
            es | añade si la planta es para interior o para exterior      | planta.Tipo de planta:choice
            es | añade un campo para apuntar el riego                     | planta.Riego:text
            es | añade el tamaño de maceta para exterior                  | planta.Tamaño de maceta para exterior:text
            de | ergänze, ob das Kind einen Mittagsschlaf macht           | kind.Mittagsschlaf:boolean
            """)
    void a_purpose_that_is_asked_or_written_in_a_box_stays(String lang, String message, String fields) {
        AppSpec before = spec(lang);
        assertEquals(List.of(fields.split(";")), added(before, new OfflineRefiner().refine(before, message).spec()), message);
    }
}

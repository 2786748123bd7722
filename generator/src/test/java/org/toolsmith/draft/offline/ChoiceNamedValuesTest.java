package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.draft.Refinement;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * Session 22 (s22r1): values added to a choice field named in another form — the field's label with no article right
 * after the verb ("añadir estado A y B"), the field with a lower-case qualifier after "to the" ("add A and B to the
 * payment types"), no field at all right after an edit that made one a choice ("make size a multi select and add A and
 * B") — and a new field whose values close the sentence in brackets after a relative clause, which is a choice.
 */
class ChoiceNamedValuesTest {
    private static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Shop", "entities": [{"key": "order", "name": "Order", "plural": "Orders", "fields": [{"key": "customer", "label": "Customer", "type": "text", "required": true}, {"key": "status", "label": "Status", "type": "choice", "options": ["Open", "Paid"]}, {"key": "type", "label": "Type", "type": "choice", "options": ["Card", "Cash"]}, {"key": "size", "label": "Size", "type": "choice", "options": ["Small", "Medium"]}, {"key": "placed_on", "label": "Placed on", "type": "date"}]}]}
            """);
    private static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Boutique", "entities": [{"key": "commande", "name": "Commande", "plural": "Commandes", "fields": [{"key": "client", "label": "Client", "type": "text", "required": true}, {"key": "statut", "label": "Statut", "type": "choice", "options": ["Ouverte", "Payée"]}, {"key": "type", "label": "Type", "type": "choice", "options": ["Carte", "Espèces"]}, {"key": "taille", "label": "Taille", "type": "choice", "options": ["Petit", "Moyen"]}, {"key": "date", "label": "Date", "type": "date"}]}]}
            """);
    private static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Tienda", "entities": [{"key": "pedido", "name": "Pedido", "plural": "Pedidos", "fields": [{"key": "cliente", "label": "Cliente", "type": "text", "required": true}, {"key": "estado", "label": "Estado", "type": "choice", "options": ["Abierto", "Pagado"]}, {"key": "tipo", "label": "Tipo", "type": "choice", "options": ["Tarjeta", "Efectivo"]}, {"key": "talla", "label": "Talla", "type": "choice", "options": ["Pequeña", "Mediana"]}, {"key": "fecha", "label": "Fecha", "type": "date"}]}]}
            """);
    private static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Laden", "entities": [{"key": "bestellung", "name": "Bestellung", "plural": "Bestellungen", "fields": [{"key": "kunde", "label": "Kunde", "type": "text", "required": true}, {"key": "status", "label": "Status", "type": "choice", "options": ["Offen", "Bezahlt"]}, {"key": "art", "label": "Art", "type": "choice", "options": ["Karte", "Bar"]}, {"key": "groesse", "label": "Größe", "type": "choice", "options": ["Klein", "Mittel"]}, {"key": "datum", "label": "Datum", "type": "date"}]}]}
            """);

    private static AppSpec spec(String name) {
        return switch (name) {
            case "fr" -> FR;
            case "es" -> ES;
            case "de" -> DE;
            default -> EN;
        };
    }

    private static Field field(AppSpec spec, String key) {
        return spec.entities().get(0).fields().stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | add status Returned and Lost                                  | status  | Open;Paid;Returned;Lost
            fr | ajouter statut Rendue et Perdue                               | statut  | Ouverte;Payée;Rendue;Perdue
            es | añadir estado Devuelto y Perdido                              | estado  | Abierto;Pagado;Devuelto;Perdido
            de | ergänze Status Storniert und Verloren                         | status  | Offen;Bezahlt;Storniert;Verloren
            en | add Voucher and Transfer to the payment types                 | type    | Card;Cash;Voucher;Transfer
            en | make size a multi select and add Large and XL                 | size    | Small;Medium;Large;XL
            """)
    void the_values_go_to_the_choice_named(String lang, String message, String key, String options) {
        Refinement r = new OfflineRefiner().refine(spec(lang), message);
        assertEquals(Arrays.asList(options.split(";")), field(r.spec(), key).options(), message);
        assertEquals(spec(lang).entities().get(0).fields().size(), r.spec().entities().get(0).fields().size(), message);
    }

    /** A type word or a field name after the label, or values after an edit that made no choice, are no values. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | add status Date                                               | status  | Open;Paid
            es | añadir estado Fecha                                           | estado  | Abierto;Pagado
            en | make size required and add Notes and Photo                    | size    | Small;Medium
            fr | rends la taille obligatoire et ajoute Remarque et Photo       | taille  | Petit;Moyen
            """)
    void other_words_stay_out_of_the_list(String lang, String message, String key, String options) {
        Refinement r = new OfflineRefiner().refine(spec(lang), message);
        assertEquals(Arrays.asList(options.split(";")), field(r.spec(), key).options(), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | we also need the bay each parcel is stored in (Bay 1, Bay 2, Cold room)      | bay  | CHOICE
            en | we also need the bay each parcel is stored in (it varies week to week)       | bay  | TEXT
            """)
    void values_in_brackets_make_a_choice(String lang, String message, String key, String type) {
        Refinement r = new OfflineRefiner().refine(spec(lang), message);
        assertEquals(FieldType.valueOf(type), field(r.spec(), key).type(), message);
    }
}

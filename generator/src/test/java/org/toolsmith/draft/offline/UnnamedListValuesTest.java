package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;

/**
 * Values for a choice list said without naming the list ({@link ChoiceListFit}): they go to the one list they fit
 * (a shared word, the same family of values, the list named; being the only list or on the kind named is not
 * enough, since names of new fields would become values), placed where the message says; values
 * that fit no list, people, a removal or several-at-once stay refused. A place named among the options ({@link PlacePhrase})
 * is no value and puts the new ones there.
 */
class UnnamedListValuesTest {
    private static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Shop", "entities": [{"key": "order", "name": "Order", "plural": "Orders", "fields": [{"key": "customer", "label": "Customer", "type": "text", "required": true}, {"key": "status", "label": "Status", "type": "choice", "options": ["New", "In progress", "Shipped"]}, {"key": "priority", "label": "Priority", "type": "choice", "options": ["Low", "Normal", "High"]}, {"key": "placed_on", "label": "Placed on", "type": "date"}]}, {"key": "product", "name": "Product", "plural": "Products", "fields": [{"key": "name", "label": "Name", "type": "text", "required": true}, {"key": "size", "label": "Size", "type": "choice", "options": ["Small", "Medium", "Large"]}, {"key": "material", "label": "Material", "type": "choice", "options": ["Oak", "Pine", "Walnut"]}]}]}
            """);
    private static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Boutique", "entities": [{"key": "commande", "name": "Commande", "plural": "Commandes", "fields": [{"key": "client", "label": "Client", "type": "text", "required": true}, {"key": "etat", "label": "État", "type": "choice", "options": ["Nouvelle", "En cours", "Expédiée"]}, {"key": "priorite", "label": "Priorité", "type": "choice", "options": ["Basse", "Normale", "Haute"]}, {"key": "date", "label": "Date", "type": "date"}]}, {"key": "produit", "name": "Produit", "plural": "Produits", "fields": [{"key": "nom", "label": "Nom", "type": "text", "required": true}, {"key": "taille", "label": "Taille", "type": "choice", "options": ["Petit", "Moyen", "Grand"]}, {"key": "bois", "label": "Bois", "type": "choice", "options": ["Chêne", "Pin", "Noyer"]}]}]}
            """);
    private static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Tienda", "entities": [{"key": "pedido", "name": "Pedido", "plural": "Pedidos", "fields": [{"key": "cliente", "label": "Cliente", "type": "text", "required": true}, {"key": "estado", "label": "Estado", "type": "choice", "options": ["Nuevo", "En curso", "Enviado"]}, {"key": "prioridad", "label": "Prioridad", "type": "choice", "options": ["Baja", "Normal", "Alta"]}, {"key": "fecha", "label": "Fecha", "type": "date"}]}, {"key": "producto", "name": "Producto", "plural": "Productos", "fields": [{"key": "nombre", "label": "Nombre", "type": "text", "required": true}, {"key": "talla", "label": "Talla", "type": "choice", "options": ["Pequeña", "Mediana", "Grande"]}, {"key": "madera", "label": "Madera", "type": "choice", "options": ["Roble", "Pino", "Nogal"]}]}]}
            """);
    private static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Laden", "entities": [{"key": "bestellung", "name": "Bestellung", "plural": "Bestellungen", "fields": [{"key": "kunde", "label": "Kunde", "type": "text", "required": true}, {"key": "status", "label": "Status", "type": "choice", "options": ["Neu", "In Arbeit", "Versandt"]}, {"key": "prioritaet", "label": "Priorität", "type": "choice", "options": ["Niedrig", "Normal", "Hoch"]}, {"key": "datum", "label": "Datum", "type": "date"}]}, {"key": "produkt", "name": "Produkt", "plural": "Produkte", "fields": [{"key": "name", "label": "Name", "type": "text", "required": true}, {"key": "groesse", "label": "Größe", "type": "choice", "options": ["Klein", "Mittel", "Groß"]}, {"key": "holz", "label": "Holz", "type": "choice", "options": ["Eiche", "Kiefer", "Nussbaum"]}]}]}
            """);
    /** One list only: the gear of a rental shop. */
    private static final AppSpec GEAR = RefineFixtures.spec("""
            {"spec": 1, "name": "Rentals", "entities": [
              {"key": "item", "name": "Item", "plural": "Items", "fields": [
                {"key": "code", "label": "Code", "type": "text", "required": true},
                {"key": "kind", "label": "Kind", "type": "choice", "options": ["Kayak", "Paddle", "Life jacket"]}]},
              {"key": "hire", "name": "Hire", "plural": "Hires", "fields": [
                {"key": "item", "label": "Item", "type": "reference", "target": "item", "required": true},
                {"key": "out_on", "label": "Out on", "type": "date"}]}]}
            """);

    private static AppSpec spec(String name) {
        return switch (name) {
            case "fr" -> FR;
            case "es" -> ES;
            case "de" -> DE;
            case "gear" -> GEAR;
            default -> EN;
        };
    }

    private static Lang lang(String name) {
        return switch (name) {
            case "fr" -> Lang.FR;
            case "es" -> Lang.ES;
            case "de" -> Lang.DE;
            default -> Lang.EN;
        };
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en   | we also get 'on hold' and 'cancelled' now                  | status    | New;In progress;Shipped;On hold;Cancelled
            en   | Cancelled and Refunded are coming in as well, after Shipped | status   | New;In progress;Shipped;Cancelled;Refunded
            en   | Urgent should be possible too, before High                 | priority  | Low;Normal;Urgent;High
            en   | we now make chairs in beech and ash too                    | material  | Oak;Pine;Walnut;Beech;Ash
            en   | customers keep asking, XL and XXL are coming too           | size      | Small;Medium;Large;XL;XXL
            en   | we don't do Shipped any more, only New and In progress     | status    | New;In progress
            fr   | on fait aussi du merisier et de l'érable maintenant         | bois      | Chêne;Pin;Noyer;Merisier;Érable
            fr   | les commandes peuvent aussi être annulées et remboursées    | etat      | Nouvelle;En cours;Expédiée;Annulée;Remboursée
            fr   | Urgente arrive aussi, après Haute                           | priorite  | Basse;Normale;Haute;Urgente
            es   | ahora también hay pedidos cancelados y devueltos            | estado    | Nuevo;En curso;Enviado;Cancelado;Devuelto
            es   | también trabajamos el cerezo y el arce                      | madera    | Roble;Pino;Nogal;Cerezo;Arce
            es   | Urgente también, antes de Alta                              | prioridad | Baja;Normal;Urgente;Alta
            de   | Storniert und Zurückgegeben kommen dazu, nach Versandt      | status    | Neu;In Arbeit;Versandt;Storniert;Zurückgegeben
            de   | Kirsche und Ahorn kommen auch noch dazu                     | holz      | Eiche;Kiefer;Nussbaum;Kirsche;Ahorn
            de   | Dringend gibt es jetzt auch, vor Hoch                       | prioritaet | Niedrig;Normal;Dringend;Hoch
            """)
    void values_go_to_the_list_they_fit(String name, String message, String field, String options) {
        ChoiceListFit.Fit fit = ChoiceListFit.read(spec(name), message, lang(name));
        assertNotNull(fit, message);
        assertEquals(field, fit.field(), message);
        assertEquals(Arrays.asList(options.split(";")), fit.options(), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en   | we've hired Anna and Tom too
            en   | orders can be urgent and cancelled at once
            en   | we no longer sell oak and pine
            en   | the customer and the date are missing
            en   | which sizes do you have: small and large?
            gear | someone asked whether we rent out canoes and dry bags
            gear | we've started lending out canoes and dry bags too
            gear | we also need the deposit slip and the payment method
            fr   | Paul et Marie sont nouveaux
            fr   | la taille peut être grande et petite à la fois, plusieurs choix
            es   | Juan y Pedro también
            es   | ya no vendemos roble y pino
            de   | Anna und Tom sind neu
            de   | Eiche und Kiefer bitte streichen
            """)
    void other_messages_stay_refused(String name, String message) {
        assertNull(ChoiceListFit.read(spec(name), message, lang(name)), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | the status is missing 'On hold', between New and In progress | order    | status | New;On hold;In progress;Shipped
            fr | Pour l'état, il manque « Annulée », avant Expédiée.          | commande | etat   | Nouvelle;En cours;Annulée;Expédiée
            es | En el estado falta 'Cancelado', después de En curso.         | pedido   | estado | Nuevo;En curso;Cancelado;Enviado
            de | Beim Status fehlt noch „Storniert“, nach In Arbeit.          | bestellung | status | Neu;In Arbeit;Storniert;Versandt
            """)
    void a_place_among_the_options_is_no_value_and_places_the_new_one(String name, String message, String entity, String field, String options) {
        AppSpec after = new OfflineRefiner().refine(spec(name), message).spec();
        Field f = after.entities().stream().filter(e -> e.key().equals(entity)).flatMap(e -> e.fields().stream())
                .filter(x -> x.key().equals(field)).findFirst().orElseThrow();
        assertEquals(Arrays.asList(options.split(";")), f.options(), message);
    }

    @Test
    void a_place_with_nothing_new_cuts_nothing() {
        assertNull(PlacePhrase.cut(EN, "move Shipped before New"));
    }

    @Test
    void a_refused_message_is_read_again_as_new_values() {
        AppSpec after = new OfflineRefiner().refine(DE, "Storniert und Zurückgegeben kommen dazu").spec();
        Field status = after.entities().get(0).fields().stream().filter(f -> f.key().equals("status")).findFirst().orElseThrow();
        assertEquals(List.of("Neu", "In Arbeit", "Versandt", "Storniert", "Zurückgegeben"), status.options());
        assertEquals(DE.entities().get(1).fields(), after.entities().get(1).fields());
    }
}

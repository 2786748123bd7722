package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * New choice values said with a verb of being offered (session 11, r5): "sizes come in XXL and 3XL too", "les tailles
 * existent aussi en XXL", "las tallas vienen también en XXL", "die Größen gibt es auch in XXL". The verb ("come in",
 * "existe en", "viene en", "gibt es in") is no part of the value: the value is what follows it, never "Come in XXL".
 * Phrasing of our own (a clothing shop in four languages).
 */
class OfferedInValuesTest {
    static final AppSpec SHOP = RefineFixtures.spec("""
            {"spec": 1, "name": "Shop", "entities": [{"key": "shirt", "name": "Shirt", "plural": "Shirts", "fields": [{"key": "name", "label": "Name", "type": "text", "required": true}, {"key": "size", "label": "Size", "type": "choice", "options": ["S", "M", "L", "XL"]}, {"key": "colour", "label": "Colour", "type": "choice", "options": ["Black", "White"]}, {"key": "status", "label": "Status", "type": "choice", "options": ["In stock", "Sold out"]}]}]}
            """);
    static final AppSpec BOUTIQUE = RefineFixtures.spec("""
            {"spec": 1, "name": "Boutique", "entities": [{"key": "tshirt", "name": "T-shirt", "plural": "T-shirts", "fields": [{"key": "nom", "label": "Nom", "type": "text", "required": true}, {"key": "taille", "label": "Taille", "type": "choice", "options": ["S", "M", "L", "XL"]}, {"key": "couleur", "label": "Couleur", "type": "choice", "options": ["Noir", "Blanc"]}, {"key": "statut", "label": "Statut", "type": "choice", "options": ["En stock", "Épuisé"]}]}]}
            """);
    static final AppSpec TIENDA = RefineFixtures.spec("""
            {"spec": 1, "name": "Tienda", "entities": [{"key": "camiseta", "name": "Camiseta", "plural": "Camisetas", "fields": [{"key": "nombre", "label": "Nombre", "type": "text", "required": true}, {"key": "talla", "label": "Talla", "type": "choice", "options": ["S", "M", "L", "XL"]}, {"key": "color", "label": "Color", "type": "choice", "options": ["Negro", "Blanco"]}, {"key": "estado", "label": "Estado", "type": "choice", "options": ["En stock", "Agotado"]}]}]}
            """);
    static final AppSpec LADEN = RefineFixtures.spec("""
            {"spec": 1, "name": "Laden", "entities": [{"key": "hemd", "name": "Hemd", "plural": "Hemden", "fields": [{"key": "name", "label": "Name", "type": "text", "required": true}, {"key": "groesse", "label": "Größe", "type": "choice", "options": ["S", "M", "L", "XL"]}, {"key": "farbe", "label": "Farbe", "type": "choice", "options": ["Schwarz", "Weiß"]}, {"key": "status", "label": "Status", "type": "choice", "options": ["Vorrätig", "Ausverkauft"]}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sizes come in XXL and 3XL too | shirt.size[S;M;L;XL;XXL;3XL]",
        "Hi, the sizes now also come in XXL | shirt.size[S;M;L;XL;XXL]",
        "FYI sizes exist in XXL as well | shirt.size[S;M;L;XL;XXL]",
        "sizes are also available in XXL and 3XL now | shirt.size[S;M;L;XL;XXL;3XL]",
        "the colours come in Navy too | shirt.colour[Black;White;Navy]",
        "Size: comes in 3XL too | shirt.size[S;M;L;XL;3XL]"})
    void english(String message, String expected) {
        RefineExpect.check(SHOP, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "add Coming in as a status | shirt.status[In stock;Sold out;Coming in]",
        "add XXL and 3XL to the sizes | shirt.size[S;M;L;XL;XXL;3XL]",
        "add 'Available in store' as a status | shirt.status[In stock;Sold out;Available in store]",
        "Size: XS, S, M | shirt.size[XS;S;M]"})
    void english_not_a_verb(String message, String expected) {
        RefineExpect.check(SHOP, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "les tailles existent aussi en XXL et 3XL | tshirt.taille[S;M;L;XL;XXL;3XL]",
        "Bonjour, la taille existe maintenant en XXL | tshirt.taille[S;M;L;XL;XXL]",
        "les tailles sont aussi disponibles en XXL | tshirt.taille[S;M;L;XL;XXL]",
        "les couleurs existent aussi en Bleu marine | tshirt.couleur[Noir;Blanc;Bleu marine]",
        "Tailles : ça existe aussi en 3XL | tshirt.taille[S;M;L;XL;3XL]"})
    void french(String message, String expected) {
        RefineExpect.check(BOUTIQUE, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "las tallas vienen también en XXL y 3XL | camiseta.talla[S;M;L;XL;XXL;3XL]",
        "Hola, la talla ahora viene en XXL | camiseta.talla[S;M;L;XL;XXL]",
        "las tallas existen tambien en XXL | camiseta.talla[S;M;L;XL;XXL]",
        "las tallas también están disponibles en 3XL | camiseta.talla[S;M;L;XL;3XL]",
        "los colores vienen también en Azul marino | camiseta.color[Negro;Blanco;Azul marino]"})
    void spanish(String message, String expected) {
        RefineExpect.check(TIENDA, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "die Größen gibt es auch in XXL und 3XL | hemd.groesse[S;M;L;XL;XXL;3XL]",
        "Hallo, die Größe gibt es jetzt auch in XXL | hemd.groesse[S;M;L;XL;XXL]",
        "Größen: gibt's auch in 3XL | hemd.groesse[S;M;L;XL;3XL]",
        "die Größen sind jetzt auch in XXL erhältlich | hemd.groesse[S;M;L;XL;XXL]",
        "die Farben gibt es auch in Dunkelblau | hemd.farbe[Schwarz;Weiß;Dunkelblau]"})
    void german(String message, String expected) {
        RefineExpect.check(LADEN, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ajoute XXL aux tailles | tshirt.taille[S;M;L;XL;XXL]",
        "añade XXL a las tallas | camiseta.talla[S;M;L;XL;XXL]",
        "füg XXL bei den Größen hinzu | hemd.groesse[S;M;L;XL;XXL]",
        "füg 'Sofort lieferbar' zum Status hinzu | hemd.status[Vorrätig;Ausverkauft;Sofort lieferbar]",
        "ajoute 'Disponible en magasin' aux statuts | tshirt.statut[En stock;Épuisé;Disponible en magasin]"})
    void not_a_verb(String message, String expected) {
        AppSpec spec = message.startsWith("ajoute") ? BOUTIQUE : message.startsWith("añade") ? TIENDA : message.startsWith("füg") ? LADEN : SHOP;
        RefineExpect.check(spec, message, expected);
    }
}

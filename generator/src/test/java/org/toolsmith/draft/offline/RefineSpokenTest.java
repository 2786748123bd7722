package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineFixtures.spec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * French, Spanish and German edits said the way people talk: what is missing, values that come
 * along or are split, "no longer X, only Y", a type said by what people write, kinds described as
 * "each X is for a Y, with …", ratings, a link to a few listed values, qualified scopes. Phrasing of our own.
 */
class RefineSpokenTest {
    static final AppSpec CUISINE = spec("""
            {"spec": 1, "name": "Cuisine", "entities": [
              {"key": "fournisseur", "name": "Fournisseur", "plural": "Fournisseurs", "fields": [
                {"key": "nom", "label": "Nom", "type": "text", "required": true},
                {"key": "ville", "label": "Ville", "type": "text"}]},
              {"key": "recette", "name": "Recette", "plural": "Recettes", "fields": [
                {"key": "titre", "label": "Titre", "type": "text", "required": true},
                {"key": "fournisseur", "label": "Fournisseur", "type": "reference", "target": "fournisseur"},
                {"key": "categorie", "label": "Catégorie", "type": "choice", "options": ["Entrée", "Plat", "Dessert"]},
                {"key": "temps", "label": "Temps (h)", "type": "decimal"},
                {"key": "instructions", "label": "Instructions", "type": "text"}]}]}""");
    static final AppSpec GIMNASIO = spec("""
            {"spec": 1, "name": "Gimnasio", "entities": [
              {"key": "socio", "name": "Socio", "plural": "Socios", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true},
                {"key": "telefono", "label": "Teléfono", "type": "phone"},
                {"key": "nivel", "label": "Nivel", "type": "choice", "options": ["Básico", "Medio", "Alto"]}]},
              {"key": "clase", "name": "Clase", "plural": "Clases", "fields": [
                {"key": "socio", "label": "Socio", "type": "reference", "target": "socio"},
                {"key": "fecha", "label": "Fecha", "type": "datetime"},
                {"key": "monitor", "label": "Monitor", "type": "person"},
                {"key": "notas", "label": "Notas", "type": "text"}]}]}""");
    static final AppSpec LAGER = spec("""
            {"spec": 1, "name": "Lager", "entities": [
              {"key": "artikel", "name": "Artikel", "plural": "Artikel", "fields": [
                {"key": "bezeichnung", "label": "Bezeichnung", "type": "text", "required": true},
                {"key": "lagerort", "label": "Lagerort", "type": "choice", "options": ["Halle A", "Halle B"]},
                {"key": "zustand", "label": "Zustand", "type": "choice", "options": ["Neu", "Gebraucht", "Defekt"]}]},
              {"key": "bestellung", "name": "Bestellung", "plural": "Bestellungen", "fields": [
                {"key": "artikel", "label": "Artikel", "type": "reference", "target": "artikel"},
                {"key": "besteller", "label": "Besteller", "type": "person", "required": true},
                {"key": "datum", "label": "Datum", "type": "date"},
                {"key": "notiz", "label": "Notiz", "type": "text"},
                {"key": "max_menge", "label": "Max. Menge", "type": "integer"}]}]}""");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Il manque le coût et le nombre de portions | +recette:money & +recette:integer",
        "Les instructions sont bien trop courtes, les cuisiniers écrivent des pages | recette.instructions=long_text",
        "On ne fait plus de Dessert, seulement des entrées et des plats | recette.categorie[Entrée;Plat]",
        "Pour la catégorie, divise « Plat » en « Plat chaud » et « Plat froid » | recette.categorie[Entrée;Plat chaud;Plat froid;Dessert]",
        "Ajoute l'e-mail du fournisseur, s'il te plaît | +fournisseur:email:E-mail",
        "Pour les fournisseurs, ajoutez un site web, et pour les recettes, si elle est végétarienne ou non | +fournisseur:url & +recette:boolean:Végétarienne",
        "On veut un nombre entier de minutes | error",
        "Et pour le temps, on veut un nombre entier de minutes | recette.temps=integer",
        "Il nous faut savoir qui est responsable de la recette | +recette:person:Responsable"})
    void french(String message, String expected) {
        RefineExpect.check(CUISINE, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Necesito saber cuánto dura cada clase y cuánto cuesta | +clase:decimal:Duración & +clase:money:Precio",
        "Cada clase se da en una planta: Baja, Primera o Segunda | +clase:choice:Planta",
        "Y para los socios mayores de 65, el nombre del médico | +socio:text:Nombre del médico",
        "Quiero registrar los pagos: cada pago es de un socio, con la fecha y el importe | kind Pago>socio",
        "Añade 'Avanzado' al nivel y cambia 'Medio' por 'Intermedio' | socio.nivel[Básico;Intermedio;Alto;Avanzado]",
        "Las notas se quedan cortas, los monitores escriben mucho | clase.notas=long_text",
        "Añade el correo y el DNI, porfa | +clase:email & +clase:text:DNI",
        "Divide 'Alto' en 'Alto' y 'Competición' | socio.nivel[Básico;Medio;Alto;Competición]",
        "Pon también la talla y el teléfono de emergencia, porfa | +clase:text:Talla & +clase:phone",
        "Mete la fecha de alta e importe de la cuota | +clase:date:Fecha de alta & +clase:money:Importe",
        "Nos falta saber quién es el fisioterapeuta | +clase:person:Fisioterapeuta",
        "Me gustaría poder subir una foto de cada socio | +socio:file:Foto",
        "Ponle al socio la fecha de nacimiento y el DNI | +socio:date & +socio:text:DNI",
        "La fecha solo necesita el día, no la hora | clase.fecha=date",
        "Cambia 'Notas' por 'Observaciones' y que sea un texto largo | clase.notas~Observaciones & clase.notas=long_text"})
    void spanish(String message, String expected) {
        RefineExpect.check(GIMNASIO, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Beim Artikel fehlen noch der Preis und ob er zerbrechlich ist | +artikel:money & +artikel:boolean:Zerbrechlich",
        "Beim Zustand statt 'Defekt' bitte 'Reparatur' und 'Schrott' | artikel.zustand[Neu;Gebraucht;Reparatur;Schrott]",
        "'Gebraucht' bitte aufteilen in 'Wie neu' und 'Abgenutzt' | artikel.zustand[Neu;Wie neu;Abgenutzt;Defekt]",
        "Beim Lagerort muss man mehrere ankreuzen können, und es kommt noch Halle C dazu | artikel.lagerort=multi_choice & artikel.lagerort[Halle A;Halle B;Halle C]",
        "Die Notiz und das Datum können dann weg | -bestellung.notiz & -bestellung.datum",
        "Max. Menge brauchen wir nicht mehr | -bestellung.max_menge",
        "Wir müssen sehen, wer für die Bestellung zuständig ist | +bestellung:person:Zuständig",
        "Außerdem sollen die Besteller jede Bestellung von 1 bis 5 bewerten können | +bestellung:integer:Bewertung",
        "Wir wollen die Lieferungen erfassen: jede Lieferung gehört zu einem Artikel, mit Datum und Menge | kind Lieferung>artikel",
        "Jeder Artikel ist einer Kategorie zugeordnet: Werkzeug, Material oder Büro | +artikel:choice:Kategorie",
        "Wir müssen wissen, wer der Lieferant für den Artikel ist | +bestellung:person:Lieferant",
        "Nimm bitte noch die Lieferzeit auf | +bestellung:text:Lieferzeit",
        "Der Besteller muss nicht mehr angegeben werden | bestellung.besteller?",
        "Pack noch ein Feld für Bemerkungen rein | +bestellung:long_text:Bemerkungen",
        "Es wäre gut, wenn wir wüssten, wer die Bestellung freigegeben hat | +bestellung:person:Freigegeben"})
    void german(String message, String expected) {
        RefineExpect.check(LAGER, message, expected);
    }
}

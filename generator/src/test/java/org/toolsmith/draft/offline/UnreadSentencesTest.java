package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A need said beside other edits, in a sentence the rule readers passed over ({@link UnreadSentences}), and a
 * need said as a cleft sentence ({@link Clefts}: "what we need instead is …", "ce qu'il nous faut, c'est …", "lo
 * que nos interesa es …", "was uns fehlt, ist …"). Phrasing of our own on a tool library (tools lent to
 * members); nothing else may change ({@link RefineExpect}).
 */
class UnreadSentencesTest {
    static final AppSpec TOOLS = RefineFixtures.spec("""
            {"spec": 1, "name": "Tool library", "entities": [
              {"key": "tool", "name": "Tool", "plural": "Tools", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "category", "label": "Category", "type": "choice", "options": ["Garden", "Power tools", "Hand tools"]},
                {"key": "notes", "label": "Notes", "type": "long_text"}]},
              {"key": "member", "name": "Member", "plural": "Members", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "email", "label": "Email", "type": "email"}]},
              {"key": "loan", "name": "Loan", "plural": "Loans", "fields": [
                {"key": "tool", "label": "Tool", "type": "reference", "target": "tool", "required": true},
                {"key": "member", "label": "Member", "type": "reference", "target": "member"},
                {"key": "due_back", "label": "Due back", "type": "date"}]}]}
            """);
    static final AppSpec OUTILS = RefineFixtures.spec("""
            {"spec": 1, "name": "Outilthèque", "entities": [
              {"key": "outil", "name": "Outil", "plural": "Outils", "fields": [
                {"key": "nom", "label": "Nom", "type": "text", "required": true},
                {"key": "categorie", "label": "Catégorie", "type": "choice", "options": ["Jardin", "Électroportatif"]},
                {"key": "remarques", "label": "Remarques", "type": "long_text"}]},
              {"key": "adherent", "name": "Adhérent", "plural": "Adhérents", "fields": [
                {"key": "nom", "label": "Nom", "type": "text", "required": true}]}]}
            """);
    static final AppSpec HERRAMIENTAS = RefineFixtures.spec("""
            {"spec": 1, "name": "Préstamo de herramientas", "entities": [
              {"key": "herramienta", "name": "Herramienta", "plural": "Herramientas", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true},
                {"key": "categoria", "label": "Categoría", "type": "choice", "options": ["Jardín", "Eléctricas"]},
                {"key": "notas", "label": "Notas", "type": "long_text"}]},
              {"key": "socio", "name": "Socio", "plural": "Socios", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true}]}]}
            """);
    static final AppSpec WERKZEUGE = RefineFixtures.spec("""
            {"spec": 1, "name": "Werkzeugverleih", "entities": [
              {"key": "werkzeug", "name": "Werkzeug", "plural": "Werkzeuge", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "kategorie", "label": "Kategorie", "type": "choice", "options": ["Garten", "Elektro"]},
                {"key": "bemerkungen", "label": "Bemerkungen", "type": "long_text"}]},
              {"key": "mitglied", "name": "Mitglied", "plural": "Mitglieder", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true}]}]}
            """);

    private static AppSpec spec(String lang) {
        return switch (lang) {
            case "fr" -> OUTILS;
            case "es" -> HERRAMIENTAS;
            case "de" -> WERKZEUGE;
            default -> TOOLS;
        };
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | Nobody reads the notes, please remove them. What we need instead is the purchase price of each tool. | -tool.notes & +tool:money:Purchase price",
        "en | what's missing is the member's phone number | +member:phone",
        "fr | Supprime les remarques. Ce qu'il nous faut, c'est la date d'achat de chaque outil. | -outil.remarques & +outil:date:Date d'achat",
        "fr | Ce que l'on doit surveiller avant tout, c'est la date de la dernière révision de l'outil | +outil:date",
        "es | Quita las notas. Lo que sí nos interesa, para el informe, es saber cuántas veces se ha prestado cada herramienta. | -herramienta.notas & +herramienta:integer",
        "de | Die Bemerkungen können raus. Was uns dagegen fehlt, ist der Kaufpreis, für die Versicherung. | -werkzeug.bemerkungen & +werkzeug:money:Kaufpreis",
        "de | Was wir stattdessen brauchen, ist die Seriennummer selbst | +werkzeug:text:Seriennummer"})
    void a_need_said_as_a_cleft_is_a_new_field(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // a sentence that only tells a story, beside an edit, adds nothing
        "en | Rename Notes to Remarks. It has been a long week for all of us at the shed. | tool.notes~Remarks",
        "en | Rename Notes to Remarks. We need to talk about the opening hours at some point, but that is for another day. | tool.notes~Remarks",
        // values missing from a choice are values, not a new field
        "en | Remove the notes. The categories are missing Kitchen, we lend those a lot. | -tool.notes & tool.category[Garden;Power tools;Hand tools;Kitchen]",
        // a message that makes a kind of record: the rest is about that kind
        "en | What we need is a list of suppliers with name, phone and email, and each tool comes from one supplier. | kind Supplier & tool>supplier"})
    void sentences_that_ask_for_no_field_add_none(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // what someone did, a tick box saying something, how often (WhatDone, TICK_FOR, MeasureQuestion)
        "en | Volunteers want to write up what they fixed on each tool. | +tool:text:What was fixed",
        "en | And the coordinators want a tick box to say they've checked the tool. | +loan:boolean:Checked",
        "en | Add how often each tool needs servicing. | +tool:text:Frequency",
        // a place to put it, without a verb of asking (PlaceFor)
        "en | And somewhere to attach the safety manual of each tool. | +tool:file:Safety manual",
        "fr | Et un endroit pour joindre la notice de chaque outil. | +outil:file:Notice",
        "es | Y un sitio para adjuntar el manual de cada herramienta. | +herramienta:file:Manual",
        "de | Und ein Feld für die Seriennummer. | +werkzeug:text:Seriennummer",
        // instead, a thing with no verb, after a removal (InsteadThing)
        "en | Remove the notes, instead a purchase date. | -tool.notes & +tool:date:Purchase date",
        "fr | On enlève les remarques, à la place une date d'achat. | -outil.remarques & +outil:date:Date d'achat",
        "es | Quitad las notas, en su lugar una fecha de compra. | -herramienta.notas & +herramienta:date:Fecha de compra",
        "de | Die Bemerkungen brauchen wir nicht mehr, dafür aber eine Seriennummer. | -werkzeug.bemerkungen & +werkzeug:text:Seriennummer",
        // a need in the first person singular (NeedVoices)
        "fr | Pour chaque outil il me faut le numéro de série. | +outil:text:Numéro de série",
        "es | En cada herramienta me hace falta el número de serie. | +herramienta:text:Número de serie",
        "de | Mir fehlt beim Werkzeug noch das Kaufdatum. | +werkzeug:date:Kaufdatum",
        "es | Renombra Notas a Comentarios y ponle también el precio de compra. | herramienta.notas~Comentarios & +herramienta:money:Precio de compra"})
    void needs_said_without_a_verb_of_adding_are_new_fields(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }
}

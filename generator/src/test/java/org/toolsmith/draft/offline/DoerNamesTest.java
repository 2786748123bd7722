package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * New fields named by who acts, in the message's own language: a French, Spanish or German "who" clause is named by
 * its own participle ("qui signe", "quién lo recibe", "wer … unterschreibt"), never by an English "-ed by", and a
 * reflexive "takes care of it" is the one in charge. A thing described by who acted on it ("the budget approved by
 * the board", "le nombre de visiteurs annoncé par l'organisateur") is named by the thing. Choir fixtures of
 * {@link AskedAdditionsTest}; nothing else may change. A verb of noting or attaching left in front of the thing
 * ("il faut noter la …", "pouvoir joindre le …", "poder adjuntar el …") is not part of its name; attaching makes a file.
 */
class DoerNamesTest {
    private static AppSpec spec(String lang) {
        return switch (lang) {
            case "fr" -> AskedAdditionsTest.CHORALE;
            case "es" -> AskedAdditionsTest.CORO;
            case "de" -> AskedAdditionsTest.CHOR;
            default -> AskedAdditionsTest.CHOIR;
        };
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "fr | on voudrait savoir qui signe chaque répétition | +repetition:person:Signé par",
        "fr | il faudrait savoir qui s'occupe de chaque répétition | +repetition:person:Responsable",
        "es | para cada ensayo necesito saber quién lo prepara, aunque sea alguien de fuera | +ensayo:person:Preparado por",
        "es | queremos apuntar quién firma cada ensayo | +ensayo:person:Firmado por",
        "es | y en los ensayos quién se encarga | +ensayo:person:Responsable",
        "es | queremos saber quién pide cada ensayo | +ensayo:person:Pedido por",
        "de | Bei den Proben wollen wir sehen, wer jede Probe vorbereitet | +probe:person:Vorbereitet von",
        "de | Bei den Proben brauchen wir noch, wer sich darum kümmert | +probe:person:Zuständig",
        // English keeps its own participle
        "en | on each rehearsal we need who signs it off | +rehearsal:person:Signed off by",
        // English present forms of irregular verbs keep their irregular participle
        "en | on each rehearsal we need who holds the hall key | +rehearsal:person:Held by",
        "en | on each rehearsal we need who brings the music stands | +rehearsal:person:Brought by",
        "en | on each rehearsal we need who books the hall | +rehearsal:person:Booked by"})
    void a_doer_is_named_in_the_message_language(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | for each rehearsal add the number of chairs booked by the caretaker | +rehearsal:integer:Number of chairs",
        "fr | pour chaque répétition, ajoutez le nombre de chaises réservées par le concierge | +repetition:integer:Nombre de chaises",
        "es | en cada ensayo añade el número de sillas reservadas por el conserje | +ensayo:integer:Número de sillas",
        "es | para cada corista añade la foto del carnet firmado por la directora | +corista:file:Foto del carnet",
        // a date keeps its participle; a doer field on its own stays one
        "en | add the date signed by the conductor to each rehearsal | +rehearsal:date:Date signed",
        "en | add who signed the rehearsal plan | +rehearsal:person:Signed by"})
    void a_thing_is_not_named_by_who_acted_on_it(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "fr | il faut noter la tessiture de chaque choriste | +choriste:text:Tessiture",
        "fr | pour chaque répétition on voudrait pouvoir joindre la feuille de présence | +repetition:file:Feuille de présence",
        "es | en cada ensayo necesitamos poder adjuntar el albarán del alquiler | +ensayo:file:Albarán del alquiler",
        // without a verb of attaching the thing keeps its own type
        "es | en cada ensayo necesitamos el programa | +ensayo:text:Programa",
        "fr | pour chaque répétition il faut le thème | +repetition:text:Thème"})
    void a_verb_of_noting_or_attaching_is_not_in_the_name(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }
}

package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A further kind whose owner is said in a phrase the reader did not take (session 23, helper kx), normalised by
 * the lexicon's `sentence_rewrites` into the owner shapes it reads: a bare per-word before a comma ("par atelier,
 * les sessions avec …", "por obra, los partes con …") is the each-word; a comma between the owner phrase and its
 * list ("les sessions des ateliers, avec …", "los partes de las obras, con …") goes; German "die Xs von den Ys"
 * is the genitive "die Xs der Ys"; "the data of the Xs: a, b" ("los datos de los vecinos:", "les coordonnées des
 * fournisseurs :", "die Daten der Lieferanten:") is a heading of the kind X. Rows that must not fire keep one kind.
 */
class OwnerPhraseShapesTest {
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // a bare per-word before a comma
        "Session | Atelier | Ateliers : titre, animateur et salle. Par atelier, les sessions avec date, durée et nombre d'inscrits.",
        "Parte | Obra | Obras: dirección, cliente y presupuesto. Por obra, los partes con fecha, horas y encargado.",
        // a comma between the owner phrase and its list
        "Session | Atelier | Ateliers : titre, animateur et salle. Ensuite les sessions des ateliers, avec date, durée et nombre d'inscrits.",
        "Visita | Obra | Obras: dirección, cliente y presupuesto. Luego las visitas de las obras, con fecha, técnico y resultado.",
        "Schicht | Filiale | Filialen: Ort, Leitung und Telefon. Dann die Schichten der Filialen, mit Datum, Beginn und Ende.",
        // German owner said with "von den"
        "Schicht | Filiale | Filialen: Ort, Leitung und Telefon. Dann die Schichten von den Filialen mit Datum, Beginn und Ende."})
    void the_record_hangs_off_its_owner(String record, String owner, String request) {
        AppSpec spec = SpecCheck.draft(request);
        SpecCheck.entity(spec, owner);
        var r = SpecCheck.entity(spec, record);
        assertTrue(SpecCheck.links(spec, record, owner), () -> record + " points to " + owner + " in " + SpecCheck.names(spec));
        assertTrue(r.fields().size() >= 4, () -> "the list is the record's in " + SpecCheck.names(spec));
    }

    /** "The data of the Xs:" names the kind X, and a record said after it keeps its own name. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Vecino | Incidencia | Los datos de los vecinos: nombre, piso y teléfono. Por cada vecino hay varias incidencias con fecha, tipo y estado.",
        "Fournisseur | Commande | Les coordonnées des fournisseurs : nom, ville et téléphone. Pour chaque fournisseur il y a plusieurs commandes avec date et montant.",
        "Lieferant | Bestellung | Die Daten der Lieferanten: Firma, Ort und Telefon. Zu jedem Lieferanten gibt es mehrere Bestellungen mit Datum und Betrag."})
    void the_data_heading_names_the_kind(String kind, String record, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(SpecCheck.entity(spec, kind).fields().size() >= 3, () -> SpecCheck.names(spec));
        SpecCheck.entity(spec, record);
        assertTrue(SpecCheck.links(spec, record, kind), () -> SpecCheck.names(spec));
    }

    /** Not an owner: "par exemple", "por favor", a time unit or a greeting keep their words; the rewrite leaves them. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "FR | Par exemple, les ateliers du samedi avec deux animateurs",
        "FR | Par mois, les factures avec leur montant",
        "ES | Por favor, los presupuestos con IVA",
        "ES | Por semana, los encargados con más horas",
        "DE | Die Schichten von der Filiale mit Datum",
        "DE | Wir holen die Daten der Lieferanten ab: Firma, Ort"})
    void no_owner_is_made(String lang, String sentence) {
        String s = sentence;
        for (Lexicon.Rewrite rw : Lexicon.load(Lang.valueOf(lang)).sentenceRewrites) {
            s = rw.pattern().matcher(s).replaceFirst(rw.replacement());
        }
        String out = s;
        assertTrue(!out.toLowerCase(java.util.Locale.ROOT).contains("chaque") && !out.toLowerCase(java.util.Locale.ROOT).contains("cada")
                && out.contains(sentence.substring(0, Math.min(12, sentence.length()))), () -> sentence + " -> " + out);
    }
}

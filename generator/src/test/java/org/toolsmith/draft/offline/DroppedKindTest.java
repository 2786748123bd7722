package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.RefineFixtures.spec;

import org.junit.jupiter.api.Test;
import org.toolsmith.draft.DraftException;
import org.toolsmith.spec.AppSpec;

/**
 * A kind removed without a verb of removing: the writer says it is no longer kept ("nobody uses the loans table any
 * more", "on ne suit plus les prêts", "ya no llevamos los préstamos", "Ausleihen erfassen wir nicht mehr"), that it is
 * kept in another tool ("on gère les prêts dans un autre logiciel", "die Ausleihen laufen jetzt über die Verwaltung"), or
 * names it in one part and removes "that list" in the next ("…, die Liste kann weg"). A field of the kind, a kind after
 * "beim"/"vom", or a kind before "don't need changing" is never dropped. Phrasing and domains of our own.
 */
class DroppedKindTest {
    static final AppSpec LIBRARY = spec("""
            {"spec": 1, "name": "Library", "entities": [
              {"key": "book", "name": "Book", "plural": "Books", "fields": [
                {"key": "title", "label": "Title", "type": "text", "required": true},
                {"key": "shelf", "label": "Shelf", "type": "text"}]},
              {"key": "loan", "name": "Loan", "plural": "Loans", "fields": [
                {"key": "book", "label": "Book", "type": "reference", "target": "book"},
                {"key": "borrower", "label": "Borrower", "type": "text"},
                {"key": "due_date", "label": "Due date", "type": "date"}]}]}""");
    static final AppSpec BIBLIO = spec("""
            {"spec": 1, "name": "Bibliothèque", "entities": [
              {"key": "livre", "name": "Livre", "plural": "Livres", "fields": [
                {"key": "titre", "label": "Titre", "type": "text", "required": true}]},
              {"key": "pret", "name": "Prêt", "plural": "Prêts", "fields": [
                {"key": "livre", "label": "Livre", "type": "reference", "target": "livre"},
                {"key": "lecteur", "label": "Lecteur", "type": "text"}]}]}""");
    static final AppSpec BIBLIOTECA = spec("""
            {"spec": 1, "name": "Biblioteca", "entities": [
              {"key": "libro", "name": "Libro", "plural": "Libros", "fields": [
                {"key": "titulo", "label": "Título", "type": "text", "required": true}]},
              {"key": "prestamo", "name": "Préstamo", "plural": "Préstamos", "fields": [
                {"key": "libro", "label": "Libro", "type": "reference", "target": "libro"},
                {"key": "lector", "label": "Lector", "type": "text"}]}]}""");
    static final AppSpec BUECHEREI = spec("""
            {"spec": 1, "name": "Bücherei", "entities": [
              {"key": "buch", "name": "Buch", "plural": "Bücher", "fields": [
                {"key": "titel", "label": "Titel", "type": "text", "required": true},
                {"key": "regal", "label": "Regal", "type": "text"}]},
              {"key": "ausleihe", "name": "Ausleihe", "plural": "Ausleihen", "fields": [
                {"key": "buch", "label": "Buch", "type": "reference", "target": "buch"},
                {"key": "leser", "label": "Leser", "type": "text"}]}]}""");

    private static boolean gone(AppSpec before, String message, String kind) {
        try {
            AppSpec out = new OfflineRefiner().refine(before, message).spec();
            return out.entity(kind).isEmpty();
        } catch (DraftException e) {
            return false;
        }
    }

    @Test
    void a_kind_no_longer_kept_here_goes_in_every_language() {
        assertTrue(gone(LIBRARY, "Nobody uses the loans table any more, the front desk has its own system.", "loan"));
        assertTrue(gone(LIBRARY, "We stopped tracking loans last year.", "loan"));
        assertTrue(gone(LIBRARY, "The loans are handled in another system now.", "loan"));
        assertTrue(gone(BIBLIO, "On ne suit plus les prêts ici.", "pret"));
        assertTrue(gone(BIBLIO, "Désormais on gère les prêts dans un autre logiciel.", "pret"));
        assertTrue(gone(BIBLIOTECA, "Ya no llevamos los préstamos aquí.", "prestamo"));
        assertTrue(gone(BIBLIOTECA, "Los préstamos se llevan en otro programa desde enero.", "prestamo"));
        assertTrue(gone(BUECHEREI, "Ausleihen erfassen wir nicht mehr.", "ausleihe"));
        assertTrue(gone(BUECHEREI, "Die Ausleihen laufen jetzt über die Stadtverwaltung, die Liste kann weg.", "ausleihe"));
    }

    @Test
    void a_kind_named_in_one_part_goes_when_the_next_removes_that_list() {
        assertTrue(gone(LIBRARY, "The loans are done on paper at the desk, that list can go.", "loan"));
        assertTrue(gone(BIBLIOTECA, "Ya no hacemos seguimiento de préstamos, borrad esa parte entera. Los libros se quedan.", "prestamo"));
    }

    @Test
    void a_field_of_a_kind_or_a_kind_left_as_it_is_never_goes() {
        assertFalse(gone(LIBRARY, "We don't track the due date on loans any more.", "loan"));
        assertFalse(gone(LIBRARY, "Add a field saying whether the loan is handled in another system.", "loan"));
        assertFalse(gone(LIBRARY, "Add a shelf mark to books. Loans don't need changing.", "loan"));
        assertFalse(gone(BIBLIO, "On ne note plus le lecteur sur les prêts.", "pret"));
        assertFalse(gone(BIBLIO, "On ne fait plus les prêts à la main ; ajoute la date de retour.", "pret"));
        assertFalse(gone(BUECHEREI, "Den Leser beim Ausleihen erfassen wir nicht mehr.", "ausleihe"));
        assertFalse(gone(BUECHEREI, "Das Regal beim Buch bitte löschen, die Liste der Ausleihen bleibt.", "ausleihe"));
        assertFalse(gone(BIBLIOTECA, "Los préstamos ya no salen del edificio, añadid la sala.", "prestamo"));
    }
}

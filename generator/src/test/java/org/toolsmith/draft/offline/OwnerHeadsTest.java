package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OwnerHeadsTest {
    @Test
    void german_preposition_article_and_noun_name_the_kind_before_its_verb() {
        Lexicon de = Lexicon.load(Lang.DE);
        assertArrayEquals(new String[] {"Händler", "Firmenname"}, OwnerHeads.read(de, "Beim Händler notieren wir Firmenname"));
        assertArrayEquals(new String[] {"Lager", "die Adresse"}, OwnerHeads.read(de, "Zu den Lagern selbst reicht uns die Adresse"));
        assertArrayEquals(new String[] {"Schüler", "Vorname"}, OwnerHeads.read(de, "Von jedem Schüler brauchen wir Vorname"));
        assertArrayEquals(new String[] {"Reise", "das Ziel"}, OwnerHeads.read(de, "Bei der Reise selbst interessiert uns das Ziel"));
    }

    @Test
    void french_and_spanish_openings_with_a_pronoun_or_a_recording_verb() {
        assertArrayEquals(new String[] {"Fournisseur", "le nom"}, OwnerHeads.read(Lexicon.load(Lang.FR), "Pour un fournisseur on garde le nom"));
        assertArrayEquals(new String[] {"Adhérent", "la date"}, OwnerHeads.read(Lexicon.load(Lang.FR), "Pour l'adhérent on note la date"));
        assertArrayEquals(new String[] {"Envío", "la fecha"}, OwnerHeads.read(Lexicon.load(Lang.ES), "Del envío guardamos la fecha"));
        assertArrayEquals(new String[] {"Alumno", "el nombre"}, OwnerHeads.read(Lexicon.load(Lang.ES), "De los alumnos queremos el nombre"));
    }

    @Test
    void no_kind_from_a_time_a_type_word_or_a_lower_case_german_noun() {
        Lexicon de = Lexicon.load(Lang.DE);
        assertNull(OwnerHeads.read(de, "Bei der Abgabe notieren wir das Datum"));
        assertNull(OwnerHeads.read(de, "Zu dem Datum schreiben wir die Uhrzeit"));
        assertNull(OwnerHeads.read(de, "bei den kunden reichen Name"));
        assertNull(OwnerHeads.read(de, "Für jedes Boot erfassen wir die Fahrten mit Datum, Skipper"));
        assertNull(OwnerHeads.read(Lexicon.load(Lang.EN), "For the clients we keep the name"));
        assertNull(OwnerHeads.read(Lexicon.load(Lang.ES), "De la fecha no sabemos nada"));
    }

    @Test
    void a_french_kind_set_before_its_clause_opens_its_list() {
        assertArrayEquals(new String[] {"Fournisseur", "le nom"}, OwnerHeads.read(Lexicon.load(Lang.FR), "Les fournisseurs on a juste le nom"));
        assertNull(OwnerHeads.read(Lexicon.load(Lang.FR), "Les fournisseurs nous envoient des factures"));
    }
}

package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A kind's name is the noun phrase, not the clause it was cut from. */
class KindNamesTest {
    private static final Lexicon EN = Lexicon.load(Lang.EN);
    private static final NlpPipeline NLP = new NlpPipeline(new NlpModels());
    private static final KindNames NAMES = new KindNames(EN, NLP, w -> w.equals("user") || w.equals("customer"));

    @Test
    void a_verb_after_the_noun_ends_the_name() {
        assertEquals("Parcel", NAMES.clean("Parcels arrive"));
    }

    @Test
    void a_preposition_or_reflexive_after_the_noun_ends_the_name() {
        assertEquals("Freezer", NAMES.clean("Freezers in"));
        assertEquals("Tool", NAMES.clean("Tools themselves"));
    }

    @Test
    void people_acting_on_a_thing_name_the_thing() {
        assertEquals("Complaint", NAMES.clean("Customers send complaint"));
    }

    @Test
    void compounds_and_one_word_names_stay() {
        assertEquals("Job opening", NAMES.clean("Job opening"));
        assertEquals("Delivery note", NAMES.clean("Delivery note"));
        assertEquals("Tenant", NAMES.clean("Tenant"));
    }

    @Test
    void a_language_without_record_clauses_is_left_alone() {
        assertEquals("Salles réservées", new KindNames(Lexicon.load(Lang.FR), NLP, w -> false).clean("Salles réservées"));
    }
}

package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.FieldType;

/** A record said "each X … a Y" points to Y once Y is a kind of its own (rows of my own, four languages). */
class SaidLinksTest {

    private static List<DraftEntity> two(String record, String thing, String thingField) {
        List<DraftEntity> es = new ArrayList<>();
        DraftEntity r = new DraftEntity(record, "");
        r.add(new DraftField("Date", FieldType.DATE, ""));
        if (thingField != null) {
            r.add(new DraftField(thingField, FieldType.TEXT, ""));
        }
        DraftEntity t = new DraftEntity(thing, "");
        t.add(new DraftField("Name", FieldType.TEXT, ""));
        es.add(r);
        es.add(t);
        return es;
    }

    private static long links(DraftEntity e, String target) {
        return e.fields.stream().filter(f -> f.type == FieldType.REFERENCE && target.equals(f.target)).count();
    }

    @Test
    void each_record_for_a_thing_points_to_it() {
        List<DraftEntity> en = two("Wash", "Boat", null);
        SaidLinks.apply(Lexicon.load(Lang.EN), "Each wash is done on a boat. For the boats we keep name and berth.", en);
        assertEquals(1, links(en.get(0), "Boat"));
        List<DraftEntity> fr = two("Séance", "Cheval", "Cheval");
        SaidLinks.apply(Lexicon.load(Lang.FR), "Chaque séance se fait avec un cheval. Pour les chevaux : nom, âge.", fr);
        assertEquals(1, links(fr.get(0), "Cheval"));
        assertEquals(2, fr.get(0).fields.size()); // the text field became the link
        List<DraftEntity> es = two("Revisión", "Caldera", null);
        SaidLinks.apply(Lexicon.load(Lang.ES), "Cada revisión corresponde a una caldera.", es);
        assertEquals(1, links(es.get(0), "Caldera"));
        List<DraftEntity> de = two("Prüfung", "Maschine", null);
        SaidLinks.apply(Lexicon.load(Lang.DE), "Jede Prüfung betrifft eine Maschine.", de);
        assertEquals(1, links(de.get(0), "Maschine"));
    }

    @Test
    void no_link_without_the_each_word_nor_to_a_record_nor_twice() {
        List<DraftEntity> plain = two("Wash", "Boat", null);
        SaidLinks.apply(Lexicon.load(Lang.EN), "We wash a boat now and then. For the boats we keep name and berth.", plain);
        assertEquals(0, links(plain.get(0), "Boat"));
        // the other kind is an occasion, not a thing
        List<DraftEntity> occasions = two("Customer", "Visit", null);
        SaidLinks.apply(Lexicon.load(Lang.EN), "Each customer books a visit.", occasions);
        assertEquals(0, links(occasions.get(0), "Visit"));
        // linked already the other way round
        List<DraftEntity> back = two("Wash", "Boat", null);
        DraftField ref = new DraftField("Wash", FieldType.REFERENCE, "");
        ref.target = "Wash";
        back.get(1).add(ref);
        SaidLinks.apply(Lexicon.load(Lang.EN), "Each wash is done on a boat.", back);
        assertTrue(links(back.get(0), "Boat") == 0);
    }
}

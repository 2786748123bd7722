package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListSplitterTest {
    private final ListSplitter en = new ListSplitter(Lexicon.load(Lang.EN));

    private List<String> texts(List<ListSplitter.Item> items) {
        return items.stream().map(ListSplitter.Item::text).toList();
    }

    @Test
    void splits_on_commas_and_the_last_and() {
        assertEquals(List.of("title", "owner", "due date"), texts(en.split("title, owner and due date")));
    }

    @Test
    void keeps_parentheses_whole() {
        List<ListSplitter.Item> items = en.split("size (small, medium, large), colour");
        assertEquals(List.of("size (small, medium, large)", "colour"), texts(items));
    }

    @Test
    void keeps_an_inline_choice_as_one_item_with_options() {
        List<ListSplitter.Item> items = en.split("name, state can be draft, sent or paid, total");
        assertEquals(3, items.size());
        assertEquals("state", items.get(1).text());
        assertEquals(List.of("Draft", "Sent", "Paid"), items.get(1).options());
    }

    @Test
    void reads_options_after_a_colon_until_the_next_field() {
        List<ListSplitter.Item> items = en.split("kind: car, van, truck, the plate number");
        assertEquals(List.of("Car", "Van", "Truck"), items.get(0).options());
        assertEquals("the plate number", items.get(1).text());
    }

    @Test
    void splits_a_run_of_questions() {
        assertEquals(List.of("keys handed over?", "alarm code given?"), texts(en.split("keys handed over? alarm code given?")));
    }

    @Test
    void does_not_split_thousands() {
        assertEquals(List.of("limit of 2,500", "approver"), texts(en.split("limit of 2,500, approver")));
    }

    @Test
    void keeps_date_and_time_together_and_marks_items_joined_by_and() {
        List<ListSplitter.Item> items = en.split("date and time, first and last name");
        assertEquals("date and time", items.get(0).text());
        assertTrue(items.get(2).joined());
    }

    @Test
    void merges_a_whether_with_its_alternatives() {
        List<ListSplitter.Item> items = en.split("whether the parcel arrived, got lost or came back, weight");
        assertEquals("whether the parcel arrived, got lost or came back", items.get(0).text());
        assertEquals("weight", items.get(1).text());
    }
}

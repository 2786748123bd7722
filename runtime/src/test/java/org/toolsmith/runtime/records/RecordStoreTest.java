package org.toolsmith.runtime.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.apps.AppRegistry;
import org.toolsmith.runtime.system.Database;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.SpecJson;
import org.toolsmith.templates.Templates;

class RecordStoreTest {
    private static final Caller ALL = Caller.everything("tester");

    private Database db;
    private RecordStore store;
    private App app;
    private Entity person;
    private Entity team;

    @BeforeEach
    void setUp() {
        db = Database.inMemory("records_" + System.nanoTime());
        AppRegistry apps = new AppRegistry(db, new SpecJson(), new Templates());
        store = new RecordStore(db);
        AppSpec spec = new AppSpec(1, "Teams", null, List.of(
                Entity.of("team", "Team", "Teams", List.of(
                        Field.of("name", "Name", FieldType.TEXT).withRequired(true),
                        Field.of("kind", "Kind", FieldType.CHOICE).withOptions(List.of("Sales", "Ops")))),
                Entity.of("person", "Person", "People", List.of(
                        Field.of("team", "Team", FieldType.REFERENCE).withTarget("team"),
                        Field.of("login", "Login", FieldType.TEXT),
                        Field.of("mentor", "Mentor", FieldType.REFERENCE).withTarget("person"),
                        Field.of("started_at", "Started at", FieldType.DATETIME),
                        Field.of("active", "Active", FieldType.BOOLEAN))).withTitle("team")));
        app = apps.create(spec, "tester");
        team = app.entity("team");
        person = app.entity("person");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Map<String, Object> input(Object... pairs) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void takes_form_strings_like_json_values() {
        long t = (Long) store.create(app, team, input("name", "Ops team", "kind", "ops", "X-XSRF-TOKEN", "ignored"), Caller.everything("ann")).get("id");
        Map<String, Object> p = store.create(app, person, input("team", String.valueOf(t), "login", "",
                "started_at", "2025-03-01T09:30", "active", "on"), Caller.everything("ann"));
        assertEquals(t, p.get("team"));
        assertEquals(null, p.get("login"), "an empty string is no value");
        assertEquals("2025-03-01T09:30Z", p.get("started_at"), "a time without offset is UTC");
        assertEquals(Boolean.TRUE, p.get("active"));
        assertEquals("ann", p.get("created_by"));
        Map<String, Object> unticked = store.update(app, person, (Long) p.get("id"), input("team", t), false, Caller.everything("bo"));
        assertEquals(Boolean.FALSE, unticked.get("active"), "an unticked box is false");
        assertEquals("bo", unticked.get("updated_by"));
        assertEquals("Ops", store.find(app, team, t, ALL).orElseThrow().get("kind"));
    }

    @Test
    void refuses_to_delete_a_record_others_point_at_and_says_which() {
        long t = (Long) store.create(app, team, input("name", "Sales"), ALL).get("id");
        store.create(app, person, input("team", t), ALL);
        store.create(app, person, input("team", t), ALL);
        RequestException e = assertThrows(RequestException.class, () -> store.delete(app, team, t, ALL));
        assertEquals(409, e.status());
        assertTrue(e.getMessage().contains("2 People"), e.getMessage());
        assertTrue(e.getMessage().contains("Team"), e.getMessage());
    }

    @Test
    void deletes_a_record_that_points_at_itself() {
        long p = (Long) store.create(app, person, input("login", "me"), ALL).get("id");
        store.update(app, person, p, input("mentor", p), true, ALL);
        store.delete(app, person, p, ALL);
        assertTrue(store.find(app, person, p, ALL).isEmpty());
    }

    @Test
    void lists_related_records_and_choices_by_title() {
        long b = (Long) store.create(app, team, input("name", "Beta"), ALL).get("id");
        long a = (Long) store.create(app, team, input("name", "Alpha"), ALL).get("id");
        store.create(app, person, input("team", a, "login", "x"), ALL);
        assertEquals(List.of(new RecordStore.Choice(a, "Alpha"), new RecordStore.Choice(b, "Beta")), store.choices(app, team, ALL));
        List<RecordStore.Related> related = store.related(app, team, a, ALL);
        assertEquals(1, related.size());
        assertEquals("person", related.get(0).from().key());
        assertEquals(1, related.get(0).total());
        assertEquals("x", related.get(0).items().get(0).get("login"));
        assertEquals("Alpha", store.choices(app, person, ALL).get(0).title(), "a reference title shows the target's title");
        assertEquals(0, store.related(app, team, b, ALL).get(0).total());
    }

    @Test
    void search_finds_records_by_the_title_of_what_they_point_at() {
        long a = (Long) store.create(app, team, input("name", "Alpha"), ALL).get("id");
        long b = (Long) store.create(app, team, input("name", "Beta"), ALL).get("id");
        store.create(app, person, input("team", a, "login", "ann"), ALL);
        store.create(app, person, input("team", b, "login", "bo"), ALL);
        RecordStore.Page page = store.list(app, person, new RecordStore.ListQuery("alph", null, 1, 25), ALL);
        assertEquals(1, page.total());
        assertEquals("ann", page.items().get(0).get("login"));
        assertEquals(1, store.list(app, person, new RecordStore.ListQuery("BO", null, 1, 25), ALL).total());
        assertEquals(0, store.list(app, person, new RecordStore.ListQuery("%", null, 1, 25), ALL).total());
    }

    @Test
    void delete_and_update_of_a_missing_record_are_404() {
        assertEquals(404, assertThrows(RequestException.class, () -> store.delete(app, team, 77, ALL)).status());
        assertEquals(404, assertThrows(RequestException.class,
                () -> store.update(app, team, 77, input("name", "x"), true, ALL)).status());
    }

    @Test
    void page_sizes_other_than_25_50_100_are_refused() {
        assertEquals(400, assertThrows(RequestException.class,
                () -> store.list(app, team, new RecordStore.ListQuery(null, null, 1, 10), ALL)).status());
        assertEquals(25, store.list(app, team, new RecordStore.ListQuery(null, null, 1, 0), ALL).size(), "0 means the default");
    }

    @Test
    void a_caller_with_own_rights_meets_only_their_records_in_every_read_and_write() {
        Caller ann = new Caller("ann", java.util.EnumSet.of(Right.VIEW_OWN, Right.ADD, Right.EDIT_OWN, Right.DELETE_OWN));
        Caller bo = new Caller("bo", java.util.EnumSet.of(Right.VIEW_OWN, Right.ADD, Right.EDIT_OWN, Right.DELETE_OWN));
        long annsTeam = (Long) store.create(app, team, input("name", "Alpha"), ann).get("id");
        long bosTeam = (Long) store.create(app, team, input("name", "Beta"), bo).get("id");
        long annsPerson = (Long) store.create(app, person, input("team", annsTeam, "login", "a1"), ann).get("id");
        store.create(app, person, input("team", annsTeam, "login", "b1"), ALL);

        assertEquals(1, store.list(app, team, new RecordStore.ListQuery(null, null, 1, 25), ann).total());
        assertEquals(0, store.list(app, team, new RecordStore.ListQuery("beta", null, 1, 25), ann).total());
        assertTrue(store.find(app, team, bosTeam, ann).isEmpty());
        assertEquals(List.of(new RecordStore.Choice(annsTeam, "Alpha")), store.choices(app, team, ann), "pickers too");
        assertEquals(1, store.related(app, team, annsTeam, ann).get(0).total(), "related lists too");
        assertEquals(404, assertThrows(RequestException.class,
                () -> store.update(app, team, bosTeam, input("name", "Mine"), true, ann)).status());
        assertEquals(404, assertThrows(RequestException.class, () -> store.delete(app, team, bosTeam, ann)).status());
        RequestException hidden = assertThrows(RequestException.class,
                () -> store.update(app, person, annsPerson, input("team", bosTeam), true, ann));
        assertEquals(422, hidden.status(), "cannot point at a record she may not see");
        assertEquals("Beta", store.find(app, team, bosTeam, ALL).orElseThrow().get("name"));

        Caller reader = new Caller("cy", java.util.EnumSet.of(Right.VIEW_ALL));
        assertEquals(2, store.list(app, team, new RecordStore.ListQuery(null, null, 1, 25), reader).total());
        assertEquals(403, assertThrows(RequestException.class,
                () -> store.update(app, team, bosTeam, input("name", "x"), true, reader)).status());
        assertEquals(403, assertThrows(RequestException.class, () -> store.create(app, team, input("name", "x"), reader)).status());
        assertEquals(403, assertThrows(RequestException.class, () -> store.delete(app, team, bosTeam, reader)).status());
        assertEquals(0, store.list(app, team, new RecordStore.ListQuery(null, null, 1, 25),
                new Caller("nobody", java.util.Set.of())).total(), "no view right: nothing");
    }
}

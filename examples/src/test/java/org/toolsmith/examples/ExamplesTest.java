package org.toolsmith.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.toolsmith.runtime.ServerFixture;
import org.toolsmith.runtime.ServerFixture.Reply;
import org.toolsmith.draft.offline.OfflineDrafter;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.SpecJson;

/**
 * Each example folder holds a request (`request.txt`) and the spec the offline drafter produces
 * from it (`spec.json`). The test checks that drafting still gives that spec, then builds the app
 * and adds, edits and deletes a record in every record kind. After a deliberate drafter change,
 * refresh the specs with {@code mvn -pl examples verify -Dexamples.update=true} and read the diff.
 */
class ExamplesTest {
    static final Path EXAMPLES = Path.of(System.getProperty("examples.dir", "."));
    private static final SpecJson SPEC_JSON = new SpecJson();

    @TempDir
    static Path data;
    static ServerFixture server;

    @BeforeAll
    static void startServer() {
        server = ServerFixture.start(data);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            return dirs.filter(d -> Files.exists(d.resolve("request.txt"))).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void drafting_the_request_gives_the_stored_spec(Path dir) throws IOException {
        AppSpec drafted = new OfflineDrafter().draft(Files.readString(dir.resolve("request.txt")).strip());
        String expected = SPEC_JSON.writePretty(drafted) + "\n";
        Path stored = dir.resolve("spec.json");
        if (Boolean.getBoolean("examples.update")) {
            Files.writeString(stored, expected);
        }
        assertTrue(Files.exists(stored), dir.getFileName() + " has no spec.json; make it with -Dexamples.update=true");
        assertEquals(expected, Files.readString(stored), "drafting " + dir.getFileName() + " changed; see the class comment");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_app_is_built_and_used(Path dir) throws IOException {
        AppSpec spec = SPEC_JSON.fromTree(SPEC_JSON.tree(Files.readString(dir.resolve("spec.json"))));
        Reply created = server.post("/api/apps", "{\"spec\":" + SPEC_JSON.write(spec) + "}");
        assertEquals(201, created.status(), created.body());
        String slug = created.json().get("slug").asText();

        Map<String, Long> ids = new HashMap<>();
        for (Entity entity : inDependencyOrder(spec)) {
            String base = "/api/apps/" + slug + "/" + entity.key();
            Reply added = server.post(base, sampleRecord(entity, ids, 1).toString());
            assertEquals(201, added.status(), entity.key() + ": " + added.body());
            long id = added.json().get("id").asLong();
            ids.put(entity.key(), id);

            Field title = entity.titleField().orElseThrow();
            ObjectNode change = sampleRecord(entity, ids, 2);
            Reply edited = server.patch(base + "/" + id, JsonNodeFactory.instance.objectNode().set(title.key(), change.get(title.key())).toString());
            assertEquals(200, edited.status(), edited.body());
            assertEquals(change.get(title.key()), edited.json().get(title.key()));
            assertEquals(change.get(title.key()), server.get(base + "/" + id).json().get(title.key()));
            assertEquals(1, server.get(base).json().get("total").asInt());
        }
        for (Entity entity : inDependencyOrder(spec).reversed()) {
            String record = "/api/apps/" + slug + "/" + entity.key() + "/" + ids.get(entity.key());
            assertEquals(204, server.delete(record).status());
            assertEquals(404, server.get(record).status());
        }
    }

    /** Targets before the kinds that point at them (examples have no cycles). */
    static List<Entity> inDependencyOrder(AppSpec spec) {
        List<Entity> order = new java.util.ArrayList<>();
        while (order.size() < spec.entities().size()) {
            for (Entity e : spec.entities()) {
                boolean ready = e.fields().stream().filter(f -> f.type() == FieldType.REFERENCE)
                        .allMatch(f -> f.target().equals(e.key()) || order.stream().anyMatch(o -> o.key().equals(f.target())));
                if (ready && !order.contains(e)) {
                    order.add(e);
                }
            }
        }
        return order;
    }

    static ObjectNode sampleRecord(Entity entity, Map<String, Long> ids, int n) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        for (Field f : entity.fields()) {
            switch (f.type()) {
                case TEXT -> r.put(f.key(), f.label() + " " + n);
                case LONG_TEXT -> r.put(f.key(), "Some words about " + f.label() + ", take " + n + ".");
                case INTEGER -> r.put(f.key(), 3 + n);
                case DECIMAL -> r.put(f.key(), 2.5 + n);
                case MONEY -> r.put(f.key(), (12 + n) + ".50");
                case BOOLEAN -> r.put(f.key(), n % 2 == 1);
                case DATE -> r.put(f.key(), "2026-11-2" + n);
                case DATETIME -> r.put(f.key(), "2026-11-2" + n + "T09:30:00Z");
                case EMAIL -> r.put(f.key(), "person" + n + "@example.com");
                case PHONE -> r.put(f.key(), "+44 20 7946 000" + n);
                case URL -> r.put(f.key(), "https://example.com/" + n);
                case CHOICE -> r.put(f.key(), f.options().get(n % f.options().size()));
                case MULTI_CHOICE -> r.putArray(f.key()).add(f.options().get(0));
                case REFERENCE -> {
                    if (ids.containsKey(f.target())) {
                        r.put(f.key(), ids.get(f.target()));
                    }
                }
                case PERSON -> r.put(f.key(), "alice");
                case FILE -> { }
            }
        }
        assertFalse(r.isEmpty(), "an example record kind should have fields to fill");
        return r;
    }
}

package org.toolsmith.runtime.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.MutableClock;
import org.toolsmith.runtime.ServerFixture;
import org.toolsmith.runtime.ToolsmithServer;

/** Removed fields' values stay restorable for 30 days, then the purge (at start and daily) deletes them. */
class ArchivePurgeTest {
    static final String WITH_CODE = """
            {"spec": 1, "name": "Kit", "entities": [{"key": "item", "name": "Item", "plural": "Items", "fields": [
              {"key": "name", "label": "Name", "type": "text", "required": true},
              {"key": "code", "label": "Code", "type": "text"}]}]}""";
    static final String WITHOUT_CODE = """
            {"spec": 1, "name": "Kit", "entities": [{"key": "item", "name": "Item", "plural": "Items", "fields": [
              {"key": "name", "label": "Name", "type": "text", "required": true}]}]}""";

    @TempDir
    Path data;

    @Test
    void a_removed_field_comes_back_by_restoring_within_30_days_and_not_after_the_purge() {
        MutableClock clock = new MutableClock(Instant.now(), ZoneOffset.UTC);
        try (ServerFixture admin = ServerFixture.attach(ToolsmithServer.start(ServerFixture.config(data), clock))) {
            String slug = kitWithCodes(admin);
            removeCode(admin, slug);
            assertEquals(0, admin.server().archivePurge().purge(), "within 30 days nothing is purged");

            assertEquals(200, admin.post("/api/apps/" + slug + "/restore", "{\"version\": 1}").status());
            admin.publish(slug);
            assertEquals(List.of("A-1", "A-2"), codes(admin, slug), "restoring version 1 brings the values back from the archive");

            removeCode(admin, slug);
            clock.advance(Duration.ofDays(29));
            assertEquals(0, admin.server().archivePurge().purge());
            clock.advance(Duration.ofDays(2));
            // Both removals' copies (the first stays archived after the restore read it): 2 values each.
            assertEquals(4, admin.server().archivePurge().purge(), "after 30 days the daily purge deletes them");
            JsonNode entry = admin.get("/api/audit?action=archive_purged").json().get("items").get(0);
            assertEquals("toolsmith", entry.get("actor").asText());
            assertTrue(entry.get("detail").asText().startsWith("4 archived values"), entry.toString());

            assertEquals(200, admin.post("/api/apps/" + slug + "/restore", "{\"version\": 1}").status());
            admin.publish(slug);
            assertEquals(java.util.Arrays.asList(null, null), codes(admin, slug), "restored after the purge: the field is back, empty");
        }
    }

    @Test
    void values_older_than_30_days_are_purged_when_the_server_starts() {
        String slug;
        try (ServerFixture admin = ServerFixture.start(data)) {
            slug = kitWithCodes(admin);
            removeCode(admin, slug);
        }
        MutableClock later = new MutableClock(Instant.now().plus(Duration.ofDays(31)), ZoneOffset.UTC);
        try (ServerFixture admin = ServerFixture.attach(ToolsmithServer.start(ServerFixture.config(data), later))) {
            JsonNode purged = admin.get("/api/audit?action=archive_purged").json().get("items");
            assertEquals(1, purged.size(), purged.toString());
            assertTrue(purged.get(0).get("detail").asText().startsWith("2 archived values"), purged.toString());
            assertEquals(0, admin.server().archivePurge().purge(), "nothing is left to purge");
            assertEquals(200, admin.post("/api/apps/" + slug + "/restore", "{\"version\": 1}").status());
            admin.publish(slug);
            assertEquals(java.util.Arrays.asList(null, null), codes(admin, slug));
        }
    }

    /** An app with two items holding a code, published. */
    private static String kitWithCodes(ServerFixture admin) {
        String slug = admin.post("/api/apps", "{\"spec\": " + WITH_CODE + "}").json().get("slug").asText();
        assertEquals(201, admin.post("/api/apps/" + slug + "/item", "{\"name\": \"Drill\", \"code\": \"A-1\"}").status());
        assertEquals(201, admin.post("/api/apps/" + slug + "/item", "{\"name\": \"Saw\", \"code\": \"A-2\"}").status());
        admin.publish(slug);
        return slug;
    }

    private static void removeCode(ServerFixture admin, String slug) {
        assertEquals(200, admin.put("/api/apps/" + slug + "/draft", "{\"spec\": " + WITHOUT_CODE + "}").status());
        admin.publish(slug);
        assertTrue(admin.get("/api/apps/" + slug + "/item?sort=id").json().get("items").get(0).get("code") == null);
    }

    private static List<String> codes(ServerFixture admin, String slug) {
        List<String> out = new ArrayList<>();
        admin.get("/api/apps/" + slug + "/item?sort=id").json().get("items")
                .forEach(i -> out.add(i.get("code") == null || i.get("code").isNull() ? null : i.get("code").asText()));
        return out;
    }
}

package org.toolsmith.runtime.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.ServerFixture;
import org.toolsmith.runtime.ServerFixture.Reply;

/** "Own" rules: with view_own / edit_own / delete_own, people meet only the records they added. */
class RowRulesTest {
    @TempDir
    Path data;

    @Test
    void colleagues_see_search_open_change_and_delete_only_their_own_records() {
        try (ServerFixture admin = ServerFixture.start(data)) {
            ServerFixture bea = admin.as(Team.person(admin, "bea", "\"builder\"", ""));
            ServerFixture olga = admin.as(Team.person(admin, "olga", "", ""));
            ServerFixture gus = admin.as(Team.person(admin, "gus", "", ""));
            String slug = bea.post("/api/apps", Team.SPEC).json().get("slug").asText();
            String base = "/api/apps/" + slug + "/request";
            long beas = Team.add(bea, slug, "Bea: new chair");
            assertEquals(404, olga.get(base).status(), "a new app is visible only to its builder");

            Team.share(bea, slug, "[{\"to\": \"everyone\", \"rights\": [\"view_own\", \"add\", \"edit_own\", \"delete_own\"]}]");
            long olgas = Team.add(olga, slug, "Olga: new desk");
            long olgas2 = Team.add(olga, slug, "Olga: new lamp");
            long guss = Team.add(gus, slug, "Gus: new desk");

            assertEquals(List.of(olgas2, olgas), ids(olga.get(base)), "list: only her own, newest first");
            assertEquals(2, olga.get(base).json().get("total").asInt(), "the total counts only what she may see");
            assertEquals(List.of(olgas), ids(olga.get(base + "?q=desk")), "search: Gus's desk is not found");
            assertEquals(List.of(guss), ids(gus.get(base + "?q=desk")));
            assertEquals(4, bea.get(base).json().get("total").asInt(), "the builder sees everything");

            assertEquals(200, olga.get(base + "/" + olgas).status());
            assertEquals(404, olga.get(base + "/" + guss).status(), "detail: others' records do not exist for her");
            assertEquals(404, olga.patch(base + "/" + guss, "{\"note\": \"mine now\"}").status(), "edit");
            assertEquals(404, olga.delete(base + "/" + beas).status(), "delete");
            assertEquals(200, olga.patch(base + "/" + olgas, "{\"note\": \"urgent\"}").status());
            assertEquals(204, olga.delete(base + "/" + olgas2).status());
            assertEquals(null, bea.get(base + "/" + guss).json().get("note").textValue(), "Gus's record is unchanged");

            String pages = "/apps/" + slug + "/request/";
            String list = olga.getHtml(pages).body();
            assertTrue(list.contains("Olga: new desk") && !list.contains("Gus: new desk") && !list.contains("Bea: new chair"), list);
            assertFalse(olga.getHtml(pages + "?q=desk").body().contains("Gus"), "page search too");
            assertEquals(404, olga.getHtml(pages + guss).status());
            assertEquals(404, olga.getHtml(pages + guss + "/edit").status());
            assertEquals(404, olga.getHtml(pages + guss + "/delete").status());
            assertEquals(200, olga.getHtml(pages + olgas + "/edit").status());

            Team.share(bea, slug, "[{\"to\": \"everyone\", \"rights\": [\"view_all\", \"edit_own\"]}]");
            assertEquals(3, olga.get(base).json().get("total").asInt(), "view_all widens the list");
            assertEquals(403, olga.patch(base + "/" + guss, "{\"note\": \"x\"}").status(), "seen but not hers to change");
            assertEquals(200, olga.patch(base + "/" + olgas, "{\"note\": \"x\"}").status());
            assertEquals(403, olga.delete(base + "/" + olgas).status(), "no delete right at all");
            assertEquals(403, olga.post(base, "{\"title\": \"more\"}").status(), "no add right");
            String others = olga.getHtml(pages + guss).body();
            assertFalse(others.contains("/edit\"") || others.contains("/delete\""), "no buttons she cannot use");
            String own = olga.getHtml(pages + olgas).body();
            assertTrue(own.contains("href=\"" + pages + olgas + "/edit\""), own);
            assertFalse(own.contains("/delete\""));
            assertFalse(olga.getHtml(pages).body().contains(pages + "new"), "no Add button without the add right");
            assertFalse(olga.getHtml(pages).body().contains("/sharing\""), "no sharing link without manage");
            assertTrue(bea.getHtml(pages).body().contains("href=\"/apps/" + slug + "/sharing\""), "the owner has one");
            Reply created = bea.get(base + "/" + olgas);
            assertEquals("olga", created.json().get("created_by").asText());
            assertEquals("olga", created.json().get("updated_by").asText());
        }
    }

    private static List<Long> ids(Reply list) {
        assertEquals(200, list.status(), list.body());
        List<Long> ids = new ArrayList<>();
        list.json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}

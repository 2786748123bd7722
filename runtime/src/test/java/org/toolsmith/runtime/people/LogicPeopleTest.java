package org.toolsmith.runtime.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.ServerFixture;
import org.toolsmith.runtime.ServerFixture.Reply;

/** Who may press a button limited to a group, and who sees which notifications. */
class LogicPeopleTest {
    static final String SPEC = """
            {"spec": {"spec": 1, "name": "Stock", "entities": [
              {"key": "item", "name": "Item", "plural": "Items", "title": "name", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "checked", "label": "Checked", "type": "boolean"}]}],
             "actions": [{"key": "check", "entity": "item", "label": "Check", "roles": ["stockkeepers"],
                          "script": "return result().set({checked: true});"}],
             "automations": [{"key": "tell", "entity": "item", "name": "Tell", "on": "create",
                              "script": "return result().notify('olga', 'for olga ' + record.name).notify('bob', 'for bob ' + record.name);"}]}}""";

    @TempDir
    Path data;

    @Test
    void only_the_buttons_roles_may_press_it_and_people_see_their_own_notifications() {
        try (ServerFixture admin = ServerFixture.start(data)) {
            Reply made = admin.post("/api/apps", SPEC);
            assertEquals(201, made.status(), made.body());
            String slug = made.json().get("slug").asText();
            Team.share(admin, slug, "[{\"to\": \"everyone\", \"rights\": [\"view_all\", \"add\"]}]");
            ServerFixture olga = admin.as(Team.person(admin, "olga", "", "\"stockkeepers\""));
            ServerFixture bob = admin.as(Team.person(admin, "bob", "", ""));
            long id = olga.post("/api/apps/" + slug + "/item", "{\"name\": \"Screws\"}").json().get("id").asLong();

            Reply refused = bob.post("/api/apps/" + slug + "/item/" + id + "/actions/check", "{}");
            assertEquals(403, refused.status(), refused.body());
            assertFalse(admin.get("/api/apps/" + slug + "/item/" + id).json().get("checked").asBoolean(false));
            Reply pressed = olga.post("/api/apps/" + slug + "/item/" + id + "/actions/check", "{}");
            assertEquals(200, pressed.status(), pressed.body());
            assertTrue(pressed.json().get("checked").asBoolean());

            String page = "/apps/" + slug + "/_notifications";
            String olgas = olga.getHtml(page).body();
            assertTrue(olgas.contains("for olga Screws") && !olgas.contains("for bob"), olgas);
            String bobs = bob.getHtml(page).body();
            assertTrue(bobs.contains("for bob Screws") && !bobs.contains("for olga"), bobs);
            String admins = admin.getHtml(page).body();
            assertTrue(admins.contains("for olga Screws") && admins.contains("for bob Screws"), admins);
        }
    }
}

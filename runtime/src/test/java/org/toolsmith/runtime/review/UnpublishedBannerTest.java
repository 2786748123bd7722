package org.toolsmith.runtime.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.ServerFixture;

/** A first version nobody has approved says so on every screen of the app, until IT approves it. */
class UnpublishedBannerTest {
    static final String SPEC = """
            {"spec": 1, "name": "Kit", "entities": [{"key": "item", "name": "Item", "plural": "Items", "fields": [
              {"key": "name", "label": "Name", "type": "text", "required": true}]}]}""";

    @TempDir
    Path data;

    @Test
    void the_builder_is_told_the_app_is_not_published_until_it_is_approved() {
        try (ServerFixture admin = ServerFixture.start(data)) {
            ServerFixture.Reply made = admin.post("/api/apps", "{\"spec\": " + SPEC + "}");
            assertEquals(201, made.status(), made.toString());
            String slug = made.json().get("slug").asText();

            String list = admin.getHtml("/apps/" + slug + "/item/").body();
            assertTrue(list.contains("Not published yet: only you can use this app."), list);
            assertTrue(list.contains("href=\"/apps/" + slug + "/versions\""), "the banner links to the review path");
            String form = admin.getHtml("/apps/" + slug + "/item/new").body();
            assertTrue(form.contains("Not published yet"), "every screen of the app says it");

            admin.publish(slug);
            assertFalse(admin.getHtml("/apps/" + slug + "/item/").body().contains("Not published yet"),
                    "once approved, the banner goes away");
        }
    }
}

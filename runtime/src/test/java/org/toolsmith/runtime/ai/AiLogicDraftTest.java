package org.toolsmith.runtime.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.build.LogicWords;
import org.toolsmith.runtime.ServerFixture;
import org.toolsmith.runtime.ServerFixture.Reply;
import org.toolsmith.runtime.ToolsmithServer;

/** A rule the AI service writes is parsed by the real sandbox, sent back when it does not parse, and kept marked for review. */
class AiLogicDraftTest {
    private static final String SPEC = "{\"spec\": 1, \"name\": \"Laptop loans\", \"summary\": \"Track laptop loans.\", \"entities\": [{\"key\": \"loan\","
            + " \"name\": \"Loan\", \"plural\": \"Loans\", \"fields\": [{\"key\": \"asset_tag\", \"label\": \"Asset tag\", \"type\": \"text\","
            + " \"required\": true, \"unique\": false, \"options\": [], \"target\": null}]}], \"rules\": [{\"key\": \"lt_tags\", \"entity\": \"loan\","
            + " \"name\": \"Asset tags start with LT\", \"field\": \"asset_tag\", \"script\": \"SCRIPT\", \"message\": \"Asset tags start with LT.\","
            + " \"template\": \"range\"}], \"computed\": [], \"actions\": [], \"automations\": []}";

    @TempDir
    Path data;

    @Test
    void a_rule_that_does_not_parse_is_repaired_and_the_kept_one_works_in_the_app() throws Exception {
        String broken = SPEC.replace("SCRIPT", "return String(record.asset_tag ||| '').startsWith('LT');");
        String fixed = SPEC.replace("SCRIPT", "return String(record.asset_tag || '').startsWith('LT');");
        try (FakeOpenAi ai = new FakeOpenAi(broken, fixed);
             ServerFixture server = ServerFixture.attach(ToolsmithServer.start(ServerFixture.config(data), ai.settings(Map.of())))) {
            Reply made = server.post("/api/drafts", "{\"prompt\": \"Track laptop loans by asset tag; asset tags must start with LT\"}");
            assertEquals(201, made.status(), made.body());
            assertEquals(2, ai.calls(), "the script that did not parse went back once");
            JsonNode rule = made.json().path("spec").path("rules").get(0);
            assertEquals("return String(record.asset_tag || '').startsWith('LT');", rule.path("script").asText());
            assertFalse(rule.has("template"), "a custom body, whatever the model claimed");
            assertEquals(LogicWords.AI_WRITTEN, rule.path("because").asText());

            String id = made.json().path("id").asText();
            assertTrue(server.getHtml("/drafts/" + id).body().contains("Custom script written by the AI service: read it before you create the app."));

            Reply app = server.post("/api/apps", "{\"draft\": \"" + id + "\"}");
            assertEquals(201, app.status(), app.body());
            String slug = app.json().path("slug").asText();
            assertEquals(201, server.post("/api/apps/" + slug + "/loan", "{\"asset_tag\": \"LT-7\"}").status());
            Reply refused = server.post("/api/apps/" + slug + "/loan", "{\"asset_tag\": \"XX-1\"}");
            assertEquals(422, refused.status());
            assertTrue(refused.body().contains("Asset tags start with LT."), refused.body());
        }
    }
}

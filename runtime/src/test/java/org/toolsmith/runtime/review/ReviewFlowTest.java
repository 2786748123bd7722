package org.toolsmith.runtime.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.runtime.ServerFixture;
import org.toolsmith.runtime.ServerFixture.Reply;

/** The review path over HTTP with two people: a builder changes a live app, a reviewer approves it. */
class ReviewFlowTest extends CrewTest {
    static final String V1 = """
            {"spec": 1, "name": "Laptop loans", "entities": [{"key": "loan", "name": "Loan", "plural": "Loans", "fields": [
              {"key": "borrower", "label": "Borrower", "type": "text", "required": true},
              {"key": "notes", "label": "Notes", "type": "long_text"}]}]}""";
    static final String V2 = """
            {"spec": 1, "name": "Laptop loans", "entities": [{"key": "loan", "name": "Loan", "plural": "Loans", "fields": [
              {"key": "borrower", "label": "Borrower", "type": "text", "required": true},
              {"key": "remarks", "label": "Remarks", "type": "long_text"},
              {"key": "due_on", "label": "Due on", "type": "date", "required": true}]}]}""";

    @Test
    void a_change_goes_live_only_when_a_reviewer_approves_it_and_every_step_is_audited() {
        String slug = bea.post("/api/apps", "{\"spec\": " + V1 + "}").json().get("slug").asText();
        assertEquals(201, bea.post("/api/apps/" + slug + "/loan", "{\"borrower\": \"Ann\", \"notes\": \"scratched lid\"}").status());
        assertEquals(201, bea.post("/api/apps/" + slug + "/loan", "{\"borrower\": \"Bob\"}").status());
        assertEquals(200, bea.post("/api/apps/" + slug + "/submit", "{\"note\": \"first\", \"owner\": \"IT desk\"}").status());
        assertEquals(200, rex.post("/api/apps/" + slug + "/approve", "{}").status());

        Reply draft = bea.put("/api/apps/" + slug + "/draft", "{\"spec\": " + V2 + ", \"owner\": \"IT desk\", "
                + "\"renames\": [{\"entity\": \"loan\", \"from\": \"notes\", \"to\": \"remarks\"}]}");
        assertEquals(200, draft.status(), draft.toString());
        assertEquals(2, draft.json().get("version").asInt());
        assertEquals("draft", draft.json().get("status").asText());

        Reply refused = bea.post("/api/apps/" + slug + "/submit", "{\"note\": \"IT wants due dates\"}");
        assertEquals(422, refused.status(), refused.toString());
        assertTrue(refused.json().get("error").asText().contains("\"Due on\" is required"), refused.toString());
        assertEquals(200, bea.put("/api/apps/" + slug + "/draft", "{\"spec\": " + V2 + ", \"decisions\": {\"loan.due_on\": \"fill:2026-12-01\"}}").status());
        Reply tryDraft = bea.get("/api/apps/" + slug + "/loan?version=draft&sort=id");
        assertEquals(200, tryDraft.status(), tryDraft.toString());
        assertEquals("scratched lid", tryDraft.json().get("items").get(0).get("remarks").asText());
        assertEquals(200, bea.post("/api/apps/" + slug + "/submit", "{\"note\": \"IT wants due dates\"}").status());

        // Still the published version 1 until the review.
        JsonNode live = bea.get("/api/apps/" + slug + "/loan?sort=id").json().get("items").get(0);
        assertEquals("scratched lid", live.get("notes").asText());
        assertTrue(live.get("due_on") == null);

        assertEquals(403, bea.post("/api/apps/" + slug + "/approve", "{}").status(), "builders do not approve");
        Reply review = rex.get("/api/apps/" + slug + "/review");
        assertEquals(200, review.status(), review.toString());
        List<String> changes = strings(review.json().get("changes"));
        assertTrue(changes.contains("Renames *Notes* to *Remarks* in Loan; its values are kept"), changes.toString());
        assertTrue(changes.contains("Adds *Due on* (a date, required) to Loan"), changes.toString());
        assertEquals("IT wants due dates", review.json().get("note").asText());
        assertTrue(review.json().get("migration").asText().contains("CREATE SCHEMA"));

        Reply sentBack = rex.post("/api/apps/" + slug + "/request-changes", "{\"comment\": \"Say why in the note, please\"}");
        assertEquals("changes_requested", sentBack.json().get("status").asText());
        JsonNode v2 = bea.get("/api/apps/" + slug + "/versions").json().get("items").get(1);
        assertEquals("Say why in the note, please", v2.get("review_comment").asText());
        assertEquals(200, bea.post("/api/apps/" + slug + "/submit", "{\"note\": \"Loans must come back: IT asked for due dates\"}").status());

        Reply approved = rex.post("/api/apps/" + slug + "/approve", "{\"comment\": \"ok\"}");
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("published", approved.json().get("status").asText());
        JsonNode now = bea.get("/api/apps/" + slug + "/loan?sort=id").json().get("items");
        assertEquals("scratched lid", now.get(0).get("remarks").asText());
        assertEquals("2026-12-01", now.get(1).get("due_on").asText());
        assertEquals(2, bea.get("/api/apps/" + slug).json().get("version").asInt());

        Reply restored = bea.post("/api/apps/" + slug + "/restore", "{\"version\": 1}");
        assertEquals(3, restored.json().get("version").asInt());

        assertEquals(403, bea.get("/api/audit").status());
        List<String> trail = new ArrayList<>();
        admin.get("/api/audit?app=" + slug).json().get("items").forEach(e -> trail.add(e.get("action").asText() + " " + e.get("actor").asText()));
        assertEquals(List.of("restored bea", "drafted bea", "published rex", "approved rex", "submitted bea", "changes_requested rex",
                "submitted bea", "edited bea", "drafted bea", "edited bea", "published rex", "approved rex", "submitted bea", "edited bea",
                "created bea"), trail);
        Reply csv = admin.get("/api/audit?app=" + slug + "&format=csv");
        assertTrue(csv.body().startsWith("at,actor,action,app,version,detail"), csv.body());
        assertEquals("exported", admin.get("/api/audit?action=exported").json().get("items").get(0).get("action").asText());
    }

    @Test
    void a_new_app_is_its_builders_at_once_and_reaches_others_only_when_IT_approves_it_and_its_sharing() {
        ServerFixture olga = admin.as(Crew.person(admin, "olga", "builder"));
        Reply created = bea.post("/api/apps", "{\"spec\": " + V1 + "}");
        assertEquals("draft", created.json().get("status").asText());
        String slug = created.json().get("slug").asText();
        assertEquals(201, bea.post("/api/apps/" + slug + "/loan", "{\"borrower\": \"Ann\", \"notes\": \"scratched lid\"}").status(),
                "the builder tries it with real records at once");

        Reply shared = bea.put("/api/apps/" + slug + "/sharing", "{\"grants\": [{\"to\": \"user:olga\", \"rights\": [\"view_all\", \"add\"]}]}");
        assertEquals(200, shared.status(), shared.toString());
        assertEquals(0, shared.json().get("grants").size(), "nothing is in force before the review");
        assertEquals(1, shared.json().get("pending").get("version").asInt());
        assertEquals(404, olga.get("/api/apps/" + slug + "/loan").status(), "nobody else sees a draft app");

        // A change to a never-published app applies at once to the builder's records, keeping them.
        Reply edited = bea.put("/api/apps/" + slug + "/draft", "{\"spec\": " + V2 + ", \"renames\": [{\"entity\": \"loan\", "
                + "\"from\": \"notes\", \"to\": \"remarks\"}], \"decisions\": {\"loan.due_on\": \"fill:2026-12-01\"}}");
        assertEquals(200, edited.status(), edited.toString());
        assertEquals(1, edited.json().get("version").asInt());
        JsonNode ann = bea.get("/api/apps/" + slug + "/loan").json().get("items").get(0);
        assertEquals("scratched lid", ann.get("remarks").asText());
        assertEquals("2026-12-01", ann.get("due_on").asText());

        assertEquals(200, bea.post("/api/apps/" + slug + "/submit", "{\"note\": \"Our loans\", \"owner\": \"IT desk\"}").status());
        JsonNode review = rex.get("/api/apps/" + slug + "/review").json();
        List<String> changes = strings(review.get("changes"));
        assertTrue(changes.get(0).startsWith("First version"), changes.toString());
        assertTrue(changes.contains("Keeps the 1 record of Loan entered while trying it"), changes.toString());
        assertTrue(changes.contains("Sharing: *Olga* gains: see all records, add records"), changes.toString());
        assertTrue(review.get("migration").asText().contains("CREATE TABLE"), "the schema it runs on");
        assertTrue(review.get("risks").toString().contains("Widens access: *Olga* gains: see all records, add records."), review.toString());

        assertEquals("published", rex.post("/api/apps/" + slug + "/approve", "{}").json().get("status").asText());
        assertEquals(200, olga.get("/api/apps/" + slug + "/loan").status(), "shared once approved");
        assertEquals("published", bea.get("/api/apps/" + slug).json().get("status").asText());

        Reply narrowed = bea.put("/api/apps/" + slug + "/sharing", "{\"grants\": [{\"to\": \"user:olga\", \"rights\": [\"view_all\"]}]}");
        assertTrue(narrowed.json().get("pending") == null, "taking a right away needs no review: " + narrowed);
        assertEquals(403, olga.post("/api/apps/" + slug + "/loan", "{\"borrower\": \"Olga\", \"due_on\": \"2026-01-01\"}").status());

        Reply widened = bea.put("/api/apps/" + slug + "/sharing", "{\"grants\": [{\"to\": \"everyone\", \"rights\": [\"view_all\"]}]}");
        assertEquals(2, widened.json().get("pending").get("version").asInt(), "a new version carries the sharing to review");
        assertEquals(0, widened.json().get("grants").size(), "Olga's own grant is gone at once; everyone waits for review");
        assertEquals(404, olga.get("/api/apps/" + slug + "/loan").status());
        assertEquals(200, bea.post("/api/apps/" + slug + "/submit", "{\"note\": \"Everyone may look\"}").status(),
                "a version that only changes sharing can be submitted");
        JsonNode second = rex.get("/api/apps/" + slug + "/review").json();
        assertTrue(strings(second.get("changes")).contains("Sharing: *Everyone* gain: see all records (now visible to everyone)"), second.toString());
        assertTrue(second.get("risks").toString().contains("{\"level\":\"high\",\"message\":\"Widens access: *Everyone* gain"), second.toString());
        assertTrue(second.get("risks").toString().contains("Policy: \\\"Laptop loans\\\" is shared with everyone"), second.toString());
        assertEquals(200, rex.post("/api/apps/" + slug + "/approve", "{}").status());
        assertEquals(200, olga.get("/api/apps/" + slug + "/loan").status());
        List<String> trail = new ArrayList<>();
        collectTrail(slug, trail);
        assertEquals(List.of("shared", "published", "approved", "submitted", "sharing_proposed", "drafted", "shared", "shared", "published",
                "approved", "submitted", "edited", "edited", "sharing_proposed", "created"), trail);

        bea.put("/api/apps/" + slug + "/sharing", "{\"grants\": [{\"to\": \"everyone\", \"rights\": [\"view_all\", \"add\"]}]}");
        assertEquals(200, bea.post("/api/apps/" + slug + "/submit", "{\"note\": \"Everyone may add\"}").status());
        bea.put("/api/apps/" + slug + "/sharing", "{\"grants\": [{\"to\": \"everyone\", \"rights\": [\"view_all\", \"add\", \"manage\"]}]}");
        JsonNode third = bea.get("/api/apps/" + slug + "/versions").json().get("items").get(2);
        assertEquals("draft", third.get("status").asText(), "changing the sharing of a submitted version takes it back to draft");
        assertEquals(409, rex.post("/api/apps/" + slug + "/approve", "{}").status(), "so it cannot be approved unread");
    }

    private void collectTrail(String slug, List<String> trail) {
        admin.get("/api/audit?app=" + slug).json().get("items").forEach(e -> trail.add(e.get("action").asText()));
    }

    @Test
    void bad_lifecycle_requests_get_messages_and_change_nothing() {
        String slug = bea.post("/api/apps", "{\"spec\": " + V1 + "}").json().get("slug").asText();
        bea.publish(slug);
        assertEquals(400, bea.put("/api/apps/" + slug + "/draft", "{\"nospec\": 1}").status());
        assertEquals(400, bea.put("/api/apps/" + slug + "/draft", "{\"spec\": " + V2 + ", \"decisions\": {\"loan.due_on\": \"fill:a\\nb\"}}").status());
        assertEquals(400, bea.put("/api/apps/" + slug + "/draft", "{\"spec\": " + V2 + ", \"decisions\": {\"loan.due_on\": \"drop\"}}").status());
        Reply badSpec = bea.put("/api/apps/" + slug + "/draft", "{\"spec\": {\"spec\": 1, \"name\": \"x\", \"entities\": []}}");
        assertEquals(422, badSpec.status(), badSpec.toString());
        assertEquals(409, bea.post("/api/apps/" + slug + "/submit", "{}").status(), "nothing to submit yet");
        assertEquals(200, bea.put("/api/apps/" + slug + "/draft", "{\"spec\": " + V2 + ", \"owner\": \"IT\", \"renames\": "
                + "[{\"entity\": \"loan\", \"from\": \"x\\\"; DROP TABLE t; --\", \"to\": \"remarks\"}], "
                + "\"decisions\": {\"loan.due_on\": \"fill:2026-01-01'); DROP TABLE x; --\"}}").status());
        Reply refused = bea.post("/api/apps/" + slug + "/submit", "{}");
        assertEquals(422, refused.status(), refused.toString());
        assertTrue(refused.body().contains("A rename names a key that is not valid"), refused.body());
        assertEquals(409, rex.post("/api/apps/" + slug + "/approve", "{}").status(), "a draft is not approved");
        assertEquals(404, bea.post("/api/apps/" + slug + "/restore", "{\"version\": 9}").status());
        assertEquals(400, bea.post("/api/apps/" + slug + "/restore", "{\"version\": \"one\"}").status());
        assertEquals(404, bea.get("/api/apps/nope/versions").status());
        assertEquals(1, bea.get("/api/apps/" + slug).json().get("version").asInt());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}

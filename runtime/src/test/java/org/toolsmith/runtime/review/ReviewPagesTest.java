package org.toolsmith.runtime.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.toolsmith.runtime.ServerFixture;
import org.toolsmith.runtime.ServerFixture.Reply;

/** The studio and review pages: change a live app in the studio, send it to review, approve it on the review page. */
class ReviewPagesTest extends CrewTest {

    private static Reply form(ServerFixture who, String path, String body) {
        return who.send(HttpRequest.newBuilder(who.uri(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void a_relabel_in_the_studio_keeps_the_values_and_goes_live_when_the_reviewer_approves_on_the_review_page() {
        String slug = bea.post("/api/apps", "{\"spec\": " + ReviewFlowTest.V1 + "}").json().get("slug").asText();
        bea.post("/api/apps/" + slug + "/loan", "{\"borrower\": \"Ann\", \"notes\": \"scratched lid\"}");
        bea.publish(slug);

        Reply change = form(bea, "/studio/apps/" + slug + "/change", "");
        assertEquals(303, change.status(), change.toString());
        String draftUrl = change.header("Location").orElseThrow();
        assertTrue(bea.getHtml(draftUrl).body().contains("Save as new version"));
        assertEquals(303, form(bea, draftUrl + "/fields", "op=save&entity=loan&field=notes&label=Remarks&type=long_text&options=").status());
        Reply saved = form(bea, draftUrl + "/create", "");
        assertEquals("/apps/" + slug + "/versions", saved.header("Location").orElseThrow());

        Reply noOwner = form(bea, "/apps/" + slug + "/versions/submit", "owner=&note=clearer+label");
        assertEquals(422, noOwner.status());
        assertTrue(noOwner.body().contains("Name an owner"), noOwner.body());
        assertEquals(303, form(bea, "/apps/" + slug + "/versions/submit", "owner=IT+desk&note=Clearer+label").status());

        Reply tryIt = bea.getHtml("/apps/" + slug + "/~draft/loan/");
        assertEquals(200, tryIt.status(), tryIt.toString());
        assertTrue(tryIt.body().contains("/apps/" + slug + "/~draft/loan/new"), tryIt.body());
        assertTrue(tryIt.body().contains("Laptop loans · trying version 2 on a copy of the records"), tryIt.body());
        String tried = bea.getHtml("/apps/" + slug + "/~draft/loan/1").body();
        assertTrue(tried.contains("Remarks") && tried.contains("scratched lid"), tried);
        assertFalse(bea.getHtml("/apps/" + slug + "/loan/1").body().contains("Remarks"), "the live app is unchanged");

        Reply review = rex.getHtml("/apps/" + slug + "/review");
        assertEquals(200, review.status(), review.toString());
        assertTrue(review.body().contains("Calls <em>Notes</em> <em>Remarks</em> now, in Loan"), review.body());
        assertTrue(review.body().contains("Clearer label") && review.body().contains("id=\"approve\""), review.body());
        assertTrue(review.body().contains("<dd>Changes to Laptop loans</dd>"), "the studio conversation is shown: " + review.body());
        assertTrue(review.body().contains("&quot;label&quot; : &quot;Remarks&quot;"), "the spec diff shows the new label");
        assertTrue(review.body().contains("id=\"schema-before\">CREATE SCHEMA &quot;APP_1&quot;;"), "the live tables beside the migration");
        assertFalse(bea.getHtml("/apps/" + slug + "/review").body().contains("id=\"approve\""), "builders cannot decide");
        assertEquals("scratched lid", bea.get("/api/apps/" + slug + "/loan").json().get("items").get(0).get("notes").asText());

        assertEquals(303, form(rex, "/apps/" + slug + "/review/request-changes", "comment=Say+why+Remarks").status());
        String sentBack = bea.getHtml(form(bea, "/studio/apps/" + slug + "/change", "").header("Location").orElseThrow()).body();
        assertTrue(sentBack.contains("rex asked for changes: Say why Remarks"), sentBack);
        assertEquals(303, form(bea, "/apps/" + slug + "/versions/submit", "owner=IT+desk&note=Clearer+label+for+the+desk").status());
        assertEquals(303, form(rex, "/apps/" + slug + "/review/approve", "comment=Fine").status());
        assertEquals("Remarks", bea.get("/api/apps/" + slug).json().get("spec").get("entities").get(0).get("fields").get(1).get("label").asText());
        assertEquals("scratched lid", bea.get("/api/apps/" + slug + "/loan").json().get("items").get(0).get("notes").asText());
        assertTrue(bea.getHtml("/").body().contains("Review done: version 2 approved and live."));
        Reply versions = bea.getHtml("/apps/" + slug + "/versions");
        assertTrue(versions.body().contains("was approved by rex") && versions.body().contains("Fine"), versions.body());
        assertFalse(bea.getHtml("/").body().contains("Review done"), "the notice goes once seen");

        Reply audit = admin.getHtml("/admin/audit?app=" + slug);
        assertTrue(audit.body().contains("<td>approved</td>") && audit.body().contains("Every app must name an owner."), audit.body());
        assertEquals(403, bea.getHtml("/admin/audit").status());
    }

    @Test
    void admins_filter_and_export_the_audit_log_and_set_the_person_field_policy_on_the_page() {
        String slug = bea.post("/api/apps", "{\"spec\": " + ReviewFlowTest.V1 + "}").json().get("slug").asText();
        bea.publish(slug);
        Reply page = admin.getHtml("/admin/audit?action=approved&actor=admin");
        assertTrue(page.body().contains("<td>approved</td>") && !page.body().contains("<td>created</td>"), page.body());
        assertTrue(page.body().contains("Person fields must not be shown to viewers outside the team"), "the new policy is listed");
        assertEquals(400, admin.getHtml("/admin/audit?since=yesterday").status());

        Reply csv = admin.getHtml("/admin/audit.csv?app=" + slug + "&action=submitted");
        assertEquals(200, csv.status());
        assertEquals(2, csv.body().split("\r\n").length, csv.body());
        assertTrue(csv.body().split("\r\n")[1].contains("\"submitted\",\"" + slug + "\",\"1\""), csv.body());
        assertEquals("audit log as CSV, 1 entries", admin.get("/api/audit?action=exported").json().get("items").get(0).get("detail").asText());
        assertEquals(403, bea.getHtml("/admin/audit.csv").status());

        assertEquals(303, form(admin, "/admin/policies", "enabled_app_has_owner=on&severity_app_has_owner=error"
                + "&enabled_person_fields_team_only=on&severity_person_fields_team_only=warning&severity_not_visible_to_everyone=warning").status());
        JsonNode rules = admin.get("/api/policies").json().get("items");
        assertEquals("warning", rules.get(2).get("severity").asText());
        assertTrue(rules.get(2).get("enabled").asBoolean());
        assertFalse(rules.get(1).get("enabled").asBoolean());
    }

    @Test
    void a_new_apps_pages_say_it_is_not_live_yet_and_that_its_sharing_waits_for_review() {
        String slug = bea.post("/api/apps", "{\"spec\": " + ReviewFlowTest.V1 + "}").json().get("slug").asText();
        assertEquals(303, form(bea, "/apps/" + slug + "/sharing", "to=group%3Astaff&rights=view_all&rights=add").status());
        String sharing = bea.getHtml("/apps/" + slug + "/sharing").body();
        assertTrue(sharing.contains("id=\"pending-sharing\"") && sharing.contains("<td>group:staff</td><td>view_all, add</td>"), sharing);
        assertTrue(sharing.contains("Nothing is granted yet"), "nothing is in force: " + sharing);
        String versions = bea.getHtml("/apps/" + slug + "/versions").body();
        assertTrue(versions.contains("id=\"not-live\"") && versions.contains("nothing is live yet"), versions);
        assertTrue(versions.contains("the app will be shared with: group:staff (view_all add)"), versions);

        assertEquals(303, form(bea, "/apps/" + slug + "/sharing/remove", "to=group%3Astaff").status());
        assertFalse(bea.getHtml("/apps/" + slug + "/sharing").body().contains("id=\"pending-sharing\""), "asking for nothing more needs no review");
    }
}

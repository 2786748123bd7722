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

/** The spec's access rules, over HTTP: row rules by creator or person field, field rules by group, export. */
class AccessRulesTest {
    static final String SPEC = """
            {"spec": {"spec": 1, "name": "People desk", "entities": [
              {"key": "leave_request", "name": "Leave request", "plural": "Leave requests", "title": "reason", "fields": [
                {"key": "reason", "label": "Reason", "type": "text", "required": true}]},
              {"key": "employee", "name": "Employee", "plural": "Employees", "title": "name", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "salary", "label": "Salary", "type": "money", "required": true},
                {"key": "appraisal", "label": "Appraisal", "type": "text"}]},
              {"key": "ticket", "name": "Ticket", "plural": "Tickets", "title": "subject", "fields": [
                {"key": "subject", "label": "Subject", "type": "text", "required": true},
                {"key": "assignee", "label": "Assignee", "type": "person"}]}],
             "access": [
              {"entity": "leave_request", "rows": "own", "see_all": ["Managers"]},
              {"entity": "employee", "field": "salary", "visible_to": ["HR"]},
              {"entity": "employee", "field": "appraisal", "visible_to": ["HR"]},
              {"entity": "ticket", "rows": "own", "owner": "assignee"}],
             "computed": [{"key": "yearly", "entity": "employee", "label": "Yearly", "type": "money",
                           "script": "return record.salary == null ? null : record.salary * 12;"}],
             "actions": [{"key": "note_pay", "entity": "employee", "label": "Note pay", "roles": ["everyone"],
                          "script": "return result().set({appraisal: 'pay seen: ' + (record.salary === undefined ? 'none' : record.salary)});"}]}}""";
    private static final String EVERYONE_ALL = "[{\"to\": \"everyone\", \"rights\": [\"view_all\", \"add\", \"edit_all\", \"delete_all\"]}]";

    @TempDir
    Path data;

    @Test
    void own_rows_rule_narrows_view_all_in_list_search_detail_edit_delete_and_export() {
        try (ServerFixture admin = ServerFixture.start(data)) {
            ServerFixture bea = admin.as(Team.person(admin, "bea", "\"builder\"", ""));
            ServerFixture olga = admin.as(Team.person(admin, "olga", "", ""));
            ServerFixture gus = admin.as(Team.person(admin, "gus", "", ""));
            ServerFixture mia = admin.as(Team.person(admin, "mia", "", "\"Managers\""));
            String slug = bea.post("/api/apps", SPEC).json().get("slug").asText();
            Team.share(bea, slug, EVERYONE_ALL);
            String base = "/api/apps/" + slug + "/leave_request";
            long olgas = add(olga, base, "{\"reason\": \"Olga holiday\"}");
            long guss = add(gus, base, "{\"reason\": \"Gus holiday\"}");

            assertEquals(List.of(olgas), ids(olga.get(base)), "list: view_all is narrowed to her own");
            assertEquals(List.of(), ids(olga.get(base + "?q=gus")), "search");
            assertEquals(404, olga.get(base + "/" + guss).status(), "detail");
            assertEquals(404, olga.patch(base + "/" + guss, "{\"reason\": \"mine\"}").status(), "edit");
            assertEquals(404, olga.delete(base + "/" + guss).status(), "delete");
            String csv = olga.get(base + "/export.csv").body();
            assertTrue(csv.contains("Olga holiday") && !csv.contains("Gus holiday"), csv);
            assertEquals(200, olga.patch(base + "/" + olgas, "{\"reason\": \"Olga trip\"}").status(), "her own stays hers");

            assertEquals(List.of(guss, olgas), ids(mia.get(base)), "a manager sees all");
            assertEquals(200, mia.patch(base + "/" + guss, "{\"reason\": \"Gus trip\"}").status(), "and with edit_all changes all");
            assertEquals(2, bea.get(base).json().get("total").asInt(), "the builder sees all");

            String pages = "/apps/" + slug + "/leave_request/";
            String list = olga.getHtml(pages).body();
            assertTrue(list.contains("Olga trip") && !list.contains("Gus trip"), list);
            assertEquals(404, olga.getHtml(pages + guss).status());
            assertEquals(404, olga.getHtml(pages + guss + "/edit").status());
            assertEquals(404, olga.getHtml(pages + guss + "/delete").status());
            Reply pageCsv = olga.getHtml(pages + "export.csv");
            assertEquals(200, pageCsv.status());
            assertFalse(pageCsv.body().contains("Gus trip"), pageCsv.body());
            assertTrue(list.contains("href=\"" + pages + "export.csv\""), "the list has an export button");
            assertEquals(204, gus.delete(base + "/" + guss).status());
            String sharing = bea.getHtml("/apps/" + slug + "/sharing").body();
            assertTrue(sharing.contains("Each person sees and changes only the leave requests they added; members of Managers see all of them."),
                    "the sharing page says the spec's rules in plain words");
        }
    }

    @Test
    void every_kind_starts_with_own_rows_and_only_rows_all_or_view_all_widens_it() {
        String spec = """
                {"spec": {"spec": 1, "name": "Office", "entities": [
                  {"key": "room", "name": "Room", "plural": "Rooms", "fields": [{"key": "name", "label": "Name", "type": "text"}]},
                  {"key": "booking", "name": "Booking", "plural": "Bookings", "fields": [{"key": "what", "label": "What", "type": "text"}]}],
                 "access": [%s]}}""";
        try (ServerFixture admin = ServerFixture.start(data)) {
            ServerFixture olga = admin.as(Team.person(admin, "olga", "", ""));
            ServerFixture gus = admin.as(Team.person(admin, "gus", "", ""));
            String strict = admin.post("/api/apps", spec.formatted("")).json().get("slug").asText();
            String open = admin.post("/api/apps", spec.formatted("{\"entity\": \"room\", \"rows\": \"all\"}")).json().get("slug").asText();
            for (String slug : List.of(strict, open)) {
                Team.share(admin, slug, "[{\"to\": \"everyone\", \"rights\": [\"view_own\", \"add\"]}]");
                add(olga, "/api/apps/" + slug + "/room", "{\"name\": \"Olga's room\"}");
                add(olga, "/api/apps/" + slug + "/booking", "{\"what\": \"Olga's booking\"}");
            }
            assertEquals(0, gus.get("/api/apps/" + strict + "/room").json().get("total").asInt(), "strictest by default");
            assertEquals(0, gus.get("/api/apps/" + strict + "/booking").json().get("total").asInt());
            assertFalse(gus.get("/api/apps/" + strict + "/room/export.csv").body().contains("Olga"));
            assertEquals(1, gus.get("/api/apps/" + open + "/room").json().get("total").asInt(), "rows: all widens rooms");
            assertEquals(0, gus.get("/api/apps/" + open + "/booking").json().get("total").asInt(), "and only rooms");
            assertEquals(403, gus.patch("/api/apps/" + open + "/room/" + ids(gus.get("/api/apps/" + open + "/room")).get(0),
                    "{\"name\": \"mine\"}").status(), "seeing is not changing");
            Team.share(admin, strict, "[{\"to\": \"everyone\", \"rights\": [\"view_all\"]}]");
            assertEquals(1, gus.get("/api/apps/" + strict + "/booking").json().get("total").asInt(), "view_all sharing widens");
        }
    }

    @Test
    void person_field_owner_lets_the_assignee_see_their_tickets_only() {
        try (ServerFixture admin = ServerFixture.start(data)) {
            ServerFixture bea = admin.as(Team.person(admin, "bea", "\"builder\"", ""));
            ServerFixture olga = admin.as(Team.person(admin, "olga", "", ""));
            ServerFixture gus = admin.as(Team.person(admin, "gus", "", ""));
            String slug = bea.post("/api/apps", SPEC).json().get("slug").asText();
            Team.share(bea, slug, "[{\"to\": \"everyone\", \"rights\": [\"view_own\", \"edit_own\"]}]");
            String base = "/api/apps/" + slug + "/ticket";
            long forOlga = add(bea, base, "{\"subject\": \"Printer\", \"assignee\": \"Olga\"}");
            long forGus = add(bea, base, "{\"subject\": \"Screen\", \"assignee\": \"gus\"}");
            assertEquals(List.of(forOlga), ids(olga.get(base)), "owned through the person field, regardless of case");
            assertEquals(List.of(forGus), ids(gus.get(base)));
            assertEquals(200, olga.patch(base + "/" + forOlga, "{\"subject\": \"Printer jam\"}").status(), "edit_own: hers by the field");
            assertEquals(404, olga.patch(base + "/" + forGus, "{\"subject\": \"x\"}").status());
        }
    }

    @Test
    void hidden_field_is_left_out_of_list_detail_search_api_export_and_forms_for_non_members() {
        try (ServerFixture admin = ServerFixture.start(data)) {
            ServerFixture bea = admin.as(Team.person(admin, "bea", "\"builder\"", ""));
            ServerFixture olga = admin.as(Team.person(admin, "olga", "", ""));
            ServerFixture hana = admin.as(Team.person(admin, "hana", "", "\"hr\""));
            String slug = bea.post("/api/apps", SPEC).json().get("slug").asText();
            Team.share(bea, slug, EVERYONE_ALL);
            String base = "/api/apps/" + slug + "/employee";
            long ann = add(hana, base, "{\"name\": \"Ann\", \"salary\": \"98765.00\", \"appraisal\": \"stellar\"}");

            Reply list = olga.get(base);
            assertFalse(list.body().contains("salary") || list.body().contains("98765"), list.body());
            assertFalse(list.body().contains("yearly"), "nor a computed value made from it: " + list.body());
            assertTrue(hana.get(base + "/" + ann).body().contains("yearly"), "HR gets the computed value");
            assertFalse(olga.get(base + "/" + ann).body().contains("98765"), "API detail");
            assertEquals(List.of(), ids(olga.get(base + "?q=stellar")), "not searched for her");
            assertEquals(400, olga.get(base + "?sort=salary").status(), "not sortable for her");
            String csv = olga.get(base + "/export.csv").body();
            assertTrue(csv.startsWith("id,Name,created_at"), csv);
            assertFalse(csv.contains("98765") || csv.contains("Salary"), csv);
            String pages = "/apps/" + slug + "/employee/";
            assertFalse(olga.getHtml(pages).body().contains("98765"), "list page");
            assertFalse(olga.getHtml(pages + ann).body().contains("98765"), "detail page");
            assertFalse(olga.getHtml(pages + ann + "/edit").body().contains("salary"), "no input for it");
            assertFalse(olga.getHtml(pages).body().contains(pages + "new"), "no Add button: she could not fill in the salary");
            assertEquals(403, olga.getHtml(pages + "new").status());

            Reply put = olga.put(base + "/" + ann, "{\"name\": \"Ann B\", \"salary\": \"1.00\"}");
            assertEquals(200, put.status(), put.body());
            assertFalse(put.body().contains("salary"), "the answer leaves it out");
            assertEquals("98765.00", hana.get(base + "/" + ann).json().get("salary").asText(), "neither set nor emptied by her");
            Reply added = olga.post(base, "{\"name\": \"Bo\"}");
            assertEquals(403, added.status(), "a required field she cannot see: she cannot add");
            assertTrue(added.json().get("error").asText().contains("must be filled in"), added.body());

            assertTrue(hana.get(base + "/export.csv").body().contains("98765.00"), "HR exports it");
            assertEquals(List.of(ann), ids(hana.get(base + "?q=stellar")), "HR searches it");
            Reply pressed = olga.post(base + "/" + ann + "/actions/note_pay", "{}");
            assertEquals(200, pressed.status(), pressed.body());
            assertFalse(pressed.body().contains("98765") || pressed.body().contains("appraisal"), "the answer leaves them out: " + pressed.body());
            assertEquals("pay seen: none", hana.get(base + "/" + ann).json().get("appraisal").asText(),
                    "the button's script read the record as she sees it");
            assertEquals(200, hana.post(base + "/" + ann + "/actions/note_pay", "{}").status());
            assertEquals("pay seen: 98765.00", hana.get(base + "/" + ann).json().get("appraisal").asText(), "HR's press reads it");

            assertTrue(bea.get(base + "/" + ann).body().contains("98765"), "the builder sees it");
        }
    }

    @Test
    void export_neutralises_formulas_and_is_audited() {
        try (ServerFixture admin = ServerFixture.start(data)) {
            String slug = admin.post("/api/apps", SPEC).json().get("slug").asText();
            String base = "/api/apps/" + slug + "/leave_request";
            add(admin, base, "{\"reason\": \"=HYPERLINK(\\\"http://evil\\\",\\\"x\\\")\"}");
            add(admin, base, "{\"reason\": \"@SUM(A1)\"}");
            Reply csv = admin.get(base + "/export.csv");
            assertEquals(200, csv.status());
            assertTrue(csv.header("Content-Type").orElse("").startsWith("text/csv"));
            assertTrue(csv.header("Content-Disposition").orElse("").contains("attachment"));
            assertTrue(csv.body().contains(",'@SUM(A1),"), csv.body());
            assertTrue(csv.body().contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\","), csv.body());
            Reply audit = admin.get("/api/audit?app=" + slug);
            assertTrue(audit.body().contains("Leave requests as CSV, 2 records"), audit.body());
            assertEquals(401, admin.as(null).get(base + "/export.csv").status());
        }
    }

    private static long add(ServerFixture client, String base, String json) {
        Reply r = client.post(base, json);
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asLong();
    }

    private static List<Long> ids(Reply list) {
        assertEquals(200, list.status(), list.body());
        List<Long> ids = new ArrayList<>();
        list.json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}

package org.toolsmith.runtime.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.ServerFixture;
import org.toolsmith.runtime.ServerFixture.Reply;

/**
 * One real review page, as text: Laptop loans holding four loans; version 2 adds, renames and
 * removes fields, drops a choice, adds a scheduled e-mail and widens sharing. Run with
 * {@code -Dtoolsmith.reviewExample=../docs/review-example.md} to write the page to that file.
 */
class ReviewExampleTest {
    static final String V1 = """
            {"spec": 1, "name": "Laptop loans", "entities": [{"key": "loan", "name": "Loan", "plural": "Loans", "fields": [
              {"key": "borrower", "label": "Borrower", "type": "text", "required": true},
              {"key": "notes", "label": "Notes", "type": "long_text"},
              {"key": "condition", "label": "Condition", "type": "choice", "options": ["Good", "Damaged", "Lost"]},
              {"key": "comment", "label": "Comment", "type": "text"}]}]}""";
    static final String V2 = """
            {"spec": 1, "name": "Laptop loans", "entities": [{"key": "loan", "name": "Loan", "plural": "Loans", "fields": [
              {"key": "borrower", "label": "Borrower", "type": "text", "required": true},
              {"key": "remarks", "label": "Remarks", "type": "long_text"},
              {"key": "condition", "label": "Condition", "type": "choice", "options": ["Good", "Damaged"]},
              {"key": "due_on", "label": "Due on", "type": "date", "required": true}]}],
             "automations": [{"key": "due_tomorrow", "entity": "loan", "name": "Tell the IT desk about loans due tomorrow",
               "on": "schedule", "schedule": {"every": "weekday", "at": "08:00"},
               "script": "const r = result();\\nif (record.due_on && days(today(), record.due_on) === 1) {\\n  r.notify('it-desk@example.com', record.borrower + ' returns a laptop tomorrow.', {channel: 'email'});\\n}\\nreturn r;"}]}""";

    @TempDir
    Path data;

    @Test
    void the_review_page_of_a_change_that_adds_renames_and_removes_fields_reads_as_plain_text() throws IOException {
        try (ServerFixture admin = ServerFixture.start(data)) {
            ServerFixture bea = admin.as(Crew.person(admin, "bea", "builder"));
            ServerFixture rex = admin.as(Crew.person(admin, "rex", "reviewer"));
            String slug = bea.post("/api/apps", "{\"spec\": " + V1 + "}").json().get("slug").asText();
            for (String loan : new String[] {
                    "{\"borrower\": \"Ann\", \"notes\": \"scratched lid\", \"condition\": \"Good\", \"comment\": \"fine\"}",
                    "{\"borrower\": \"Bob\", \"condition\": \"Lost\", \"comment\": \"left on a train\"}",
                    "{\"borrower\": \"Cy\", \"notes\": \"new battery\", \"condition\": \"Damaged\", \"comment\": \"sticky keys\"}",
                    "{\"borrower\": \"Di\", \"condition\": \"Good\"}"}) {
                assertEquals(201, bea.post("/api/apps/" + slug + "/loan", loan).status());
            }
            bea.publish(slug);

            Reply draft = bea.put("/api/apps/" + slug + "/draft", "{\"spec\": " + V2 + ", \"owner\": \"IT service desk\", "
                    + "\"renames\": [{\"entity\": \"loan\", \"from\": \"notes\", \"to\": \"remarks\"}], "
                    + "\"decisions\": {\"loan.condition\": \"clear\", \"loan.due_on\": \"fill:2026-12-31\"}}");
            assertEquals(200, draft.status(), draft.toString());
            assertEquals(200, bea.put("/api/apps/" + slug + "/sharing", "{\"grants\": [{\"to\": \"group:staff\", \"rights\": [\"view_own\", \"add\"]}]}").status());
            assertEquals(200, bea.post("/api/apps/" + slug + "/submit",
                    "{\"note\": \"IT asked that every loan has a due date; Comment was never used.\"}").status());

            Reply page = rex.getHtml("/apps/" + slug + "/review");
            assertEquals(200, page.status(), page.toString());
            String text = text(page.body());
            for (String expected : new String[] {
                    "Review: Laptop loans, version 2",
                    "Renames Notes to Remarks in Loan; its values are kept",
                    "Adds Due on (a date, required) to Loan",
                    "Removes Comment from Loan, which holds 3 values",
                    "Sharing: The group staff gains: see the records they added, add records",
                    "high Removes Comment from Loan, which holds 3 values (its values go to the archive for 30 days).",
                    "medium Adds a schedule: the automation Tell the IT desk about loans due tomorrow runs by itself every weekday at 08:00.",
                    "medium Sends e-mail",
                    "high Custom script (written by hand or by the AI, not from a template)",
                    "medium Widens access: The group staff gains",
                    "IT asked that every loan has a due date; Comment was never used.",
                    "FROM \"APP_1\".\"loan\" WHERE \"comment\" IS NOT NULL;"}) {
                assertTrue(text.contains(expected), "missing \"" + expected + "\" in:\n" + text);
            }
            String out = System.getProperty("toolsmith.reviewExample");
            if (out != null && !out.isBlank()) {
                Files.writeString(Path.of(out), "# A real review page, as text\n\n"
                        + "Written by `ReviewExampleTest` (run it with `-Dtoolsmith.reviewExample=../docs/review-example.md`): "
                        + "the review page `/apps/laptop-loans/review` as reviewer *rex* reads it, tags stripped (» marks a line that differs). Laptop loans holds four "
                        + "loans; version 2 renames *Notes* to *Remarks*, adds *Due on* (required, filled with 2026-12-31), removes "
                        + "*Comment* and the choice *Lost*, adds a scheduled automation that e-mails the IT desk, and shares the app "
                        + "with the group *staff*.\n\n```text\n" + text + "\n```\n", StandardCharsets.UTF_8);
            }
        }
    }

    /** The page's main part as text: block ends become new lines, table cells are separated by " | ", tags go, entities are read. */
    static String text(String html) {
        int from = html.indexOf("<main");
        int to = html.lastIndexOf("</main>");
        String main = from >= 0 && to > from ? html.substring(html.indexOf('>', from) + 1, to) : html;
        main = java.util.regex.Pattern.compile("(?s)<form.*?</form>").matcher(main).replaceAll(m -> m.group().contains("/approve")
                ? "[Approve and publish] (with an optional comment)\n" : m.group().contains("request-changes")
                ? "[Request changes] (with a comment the builder sees)\n" : "");
        main = main.replaceAll("(?s)<td><pre>(.*?)</pre></td>", "<td>$1</td>").replaceAll("<tr class=\"diff-(changed|added|removed)\">", "<tr>» ").replaceAll("\n", "\u0001")
                .replaceAll("(?i)<h([123])[^>]*>", "\n\u0000");
        String t = main.replaceAll("(?i)</(p|li|h1|h2|h3|tr|dt|dd|blockquote|pre|section|article|ul|table|thead|div)>", "\n")
                .replaceAll("(?i)<(br|hr)\\s*/?>", "\n")
                .replaceAll("(?i)</t[dh]>\\s*<t[dh][^>]*>", " | ")
                .replaceAll("(?i)<li[^>]*>", "  ")
                .replaceAll("<[^>]+>", "");
        t = t.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
        // Lines of the page's own markup are joined by the tags above; new lines inside a cell or <pre> are kept.
        StringBuilder out = new StringBuilder();
        for (String line : t.replace("\u0001\n", "\n").replace('\u0001', '\n').split("\n")) {
            String l = line.stripTrailing();
            if (l.isBlank()) {
                continue;
            }
            out.append(l.startsWith("\u0000") ? "\n" + l.substring(1).strip() : l).append('\n');
        }
        return out.toString().strip();
    }
}

package org.toolsmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolsmith.runtime.PageClient.Page;

/** "Undo last change" on the draft page: a chat message or an edit taken back, one at a time, through the HTML pages. */
class DraftUndoTest {
    @TempDir
    Path data;

    private static List<String> labels(Page page) {
        return page.doc().select(".entity .field-label").eachText();
    }

    @Test
    void undoes_a_chat_change_and_an_edit_one_by_one_and_says_when_nothing_is_left() {
        try (ToolsmithServer server = ToolsmithServer.start(ServerFixture.config(data))) {
            PageClient web = new PageClient(server.port());
            assertEquals(200, web.get("/").status());
            Page draft = web.follow(web.post("/drafts", Map.of("request", PagesFlowTest.REQUEST)));
            assertTrue(draft.doc().select(".chat form.undo").isEmpty(), "nothing to undo on a fresh draft");
            List<String> drafted = labels(draft);

            Page chatted = web.follow(web.submit(draft.one(".chat form.stack"), Map.of("text", "also track the department")));
            assertTrue(labels(chatted).contains("Department"), labels(chatted).toString());
            Page edited = web.follow(web.submit(chatted.one(".entity .add-field form"), Map.of("label", "Cost centre", "type", "text")));
            assertTrue(labels(edited).containsAll(List.of("Department", "Cost centre")), labels(edited).toString());

            Page once = web.submit(edited.one(".chat form.undo"), Map.of());
            assertEquals(303, once.status(), once.body());
            Page afterOnce = web.follow(once);
            assertFalse(labels(afterOnce).contains("Cost centre"));
            assertTrue(labels(afterOnce).contains("Department"));
            assertEquals("Toolsmith: Went back to the app as it was before the last change.",
                    afterOnce.doc().select(".conversation li").last().text());

            Page afterTwice = web.follow(web.submit(afterOnce.one(".chat form.undo"), Map.of()));
            assertEquals(drafted, labels(afterTwice));
            assertTrue(afterTwice.doc().select(".chat form.undo").isEmpty(), "every change undone");

            String undoUrl = afterTwice.one(".chat form.stack").attr("action").replace("/messages", "/undo");
            Page nothing = web.post(undoUrl, Map.of());
            assertEquals(422, nothing.status());
            assertEquals("There is no change to undo.", nothing.one("#chat-error").text());
            assertEquals(drafted, labels(nothing));

            assertEquals(404, web.post("/drafts/0123456789abcdef/undo", Map.of()).status());
            assertEquals(403, web.postWithoutToken(undoUrl, "").status());
        }
    }
}

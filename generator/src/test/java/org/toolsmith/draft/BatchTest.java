package org.toolsmith.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.SpecJson;
import org.toolsmith.spec.SpecValidator;

class BatchTest {
    private static final SpecJson JSON = new SpecJson();
    private static final String SPEC = """
            {"spec": 1, "name": "Loans", "entities": [{"key": "loan", "name": "Loan", "fields": [
              {"key": "borrower", "label": "Borrower", "type": "person"},
              {"key": "notes", "label": "Notes", "type": "long_text"}]}]}""".replace("\n", "");

    private static List<JsonNode> run(boolean draft, String input) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        var in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        if (draft) {
            new Batch().draft(in, out);
        } else {
            new Batch().refine(in, out);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(JSON.tree(line));
        }
        return lines;
    }

    @Test
    void answers_each_draft_line_in_order_with_a_valid_spec_or_an_error() {
        List<JsonNode> out = run(true, """
                {"id": "a", "prompt": "track laptop loans: asset tag, borrower email, loan date, due date, returned yes/no, condition good/damaged/lost"}
                {"id": 7, "prompt": ""}
                not json at all
                {"id": "c", "prompt": "<script>alert(1)</script> log: x\\"; DROP TABLE t; --, amount"}
                """);
        assertEquals(4, out.size());
        assertEquals("a", out.get(0).get("id").asText());
        assertEquals(List.of(), new SpecValidator().validate(out.get(0).get("spec")));
        assertEquals(7, out.get(1).get("id").asInt());
        assertTrue(out.get(1).get("error").asText().contains("empty"));
        assertTrue(out.get(2).get("id").isNull());
        assertTrue(out.get(2).has("error"));
        assertEquals(List.of(), new SpecValidator().validate(out.get(3).get("spec")));
    }

    @Test
    void answers_each_refine_line_with_the_whole_spec_or_an_error() {
        List<JsonNode> out = run(false, String.join("\n",
                "{\"id\": \"r1\", \"spec\": " + SPEC + ", \"request\": \"remove the notes and add a due date\"}",
                "{\"id\": \"r2\", \"spec\": " + SPEC + ", \"request\": \"sing me a song\"}",
                "{\"id\": \"r3\", \"spec\": {\"spec\": 1}, \"request\": \"add a due date\"}",
                "{\"id\": \"r4\", \"request\": \"add a due date\"}",
                "[1, 2]", "", "{\"id\": \"r7\", \"spec\": " + SPEC + ", \"request\": \"make borrower required\"}"));
        assertEquals(7, out.size());
        JsonNode fields = out.get(0).get("spec").get("entities").get(0).get("fields");
        assertEquals("borrower", fields.get(0).get("key").asText());
        assertEquals("date", fields.get(1).get("type").asText());
        assertTrue(out.get(1).get("error").asText().contains("I can add a field"));
        assertTrue(out.get(2).get("error").asText().contains("record"), out.get(2).toString());
        assertEquals("r4", out.get(3).get("id").asText());
        assertTrue(out.get(3).has("error"));
        assertTrue(out.get(4).get("id").isNull());
        assertTrue(out.get(5).has("error"));
        assertTrue(out.get(6).get("spec").get("entities").get(0).get("fields").get(0).get("required").asBoolean());
        out.forEach(line -> assertFalse(line.toString().contains("Exception"), line.toString()));
    }

    @Test
    void refuses_an_oversized_request_with_a_message() {
        String big = "a".repeat(200_000);
        List<JsonNode> out = run(true, "{\"id\": \"big\", \"prompt\": \"" + big + "\"}\n");
        assertTrue(out.get(0).get("error").asText().contains("at most"));
    }

    @Test
    void uses_the_drafter_and_refiner_it_is_given() {
        Batch batch = new Batch(request -> { throw new DraftException("no drafting today"); }, (spec, message) -> {
            throw new DraftException("no refining today");
        });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        batch.draft(new ByteArrayInputStream("{\"id\": 1, \"prompt\": \"x\"}\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals("{\"id\":1,\"error\":\"no drafting today\"}", bytes.toString(StandardCharsets.UTF_8).strip());
    }
}

package org.toolsmith.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpecValidatorTest {
    private final SpecValidator validator = new SpecValidator();

    static Stream<JsonNode> validSpecs() {
        return SpecCases.valid().stream();
    }

    static Stream<SpecCases.Broken> brokenSpecs() {
        return SpecCases.broken().stream();
    }

    @ParameterizedTest
    @MethodSource("validSpecs")
    void accepts_valid_specs_including_sql_words_and_markup_in_names(JsonNode spec) {
        assertEquals(List.of(), validator.validate(spec));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSpecs")
    void reports_each_broken_rule_at_its_path(SpecCases.Broken broken) {
        List<Problem> problems = validator.validate(broken.tree());
        assertTrue(problems.stream().anyMatch(p -> p.path().equals(broken.path())),
                () -> "expected a problem at " + broken.path() + " but got " + problems);
        problems.forEach(p -> assertTrue(p.message().endsWith(".") && !p.message().contains("Exception"), p.message()));
    }

    @Test
    void explains_an_unknown_type_in_plain_words() {
        JsonNode tree = SpecCases.laptops();
        SpecCases.field(tree, 1, 2).put("type", "dat");
        List<Problem> problems = validator.validate(tree);
        assertEquals(1, problems.size());
        assertEquals("$.entities[1].fields[2].type", problems.get(0).path());
        assertTrue(problems.get(0).message().startsWith(
                "Field \"Due on\" in Loan has the type \"dat\", which Toolsmith does not know. Use one of: text, long text,"),
                problems.get(0).message());
    }

    @Test
    void reports_every_problem_not_only_the_first() {
        JsonNode tree = SpecCases.laptops();
        SpecCases.field(tree, 1, 2).put("type", "dat");
        SpecCases.field(tree, 0, 1).put("key", "id");
        SpecCases.entity(tree, 1).put("key", "draft");
        List<String> paths = validator.validate(tree).stream().map(Problem::path).toList();
        assertTrue(paths.containsAll(List.of("$.entities[1].fields[2].type", "$.entities[0].fields[1].key", "$.entities[1].key")), paths.toString());
    }

    @Test
    void reports_broken_json_with_its_position() {
        List<Problem> problems = validator.validate("{\"spec\": 1, \"name\": ");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("not valid JSON"));
    }

    @Test
    void rejects_a_spec_that_is_not_an_object() {
        assertEquals("$", validator.validate(SpecCases.JSON.tree("[1, 2]")).get(0).path());
    }

    @Test
    void check_throws_with_every_problem() {
        AppSpec spec = SpecCases.JSON.fromTree(SpecCases.laptops());
        AppSpec broken = spec.mapEntity("loan", e -> e.mapField("due_on", f -> f.withKey("created_at")))
                .mapEntity("laptop", e -> e.withKey("api"));
        SpecException e = assertThrows(SpecException.class, () -> validator.check(broken));
        assertTrue(e.problems().size() >= 3, e.problems().toString());
    }

    @Test
    void check_accepts_a_valid_model() {
        validator.check(SpecCases.JSON.fromTree(SpecCases.laptops()));
    }
}

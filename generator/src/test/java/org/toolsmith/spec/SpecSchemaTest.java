package org.toolsmith.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema file and {@link SpecValidator} agree on what a valid spec is. */
class SpecSchemaTest {
    private static final Schema SCHEMA = load();

    private static Schema load() {
        try (InputStream in = SpecSchemaTest.class.getResourceAsStream("app-spec.schema.json")) {
            assertNotNull(in, "app-spec.schema.json is beside the spec classes");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Error> errors(JsonNode tree) {
        return SCHEMA.validate(tree.toString(), InputFormat.JSON);
    }

    static Stream<JsonNode> validSpecs() {
        return SpecCases.valid().stream();
    }

    static Stream<SpecCases.Broken> brokenSpecs() {
        return SpecCases.broken().stream().filter(SpecCases.Broken::schemaSees);
    }

    @ParameterizedTest
    @MethodSource("validSpecs")
    void schema_accepts_what_the_validator_accepts(JsonNode spec) {
        assertEquals(List.of(), errors(spec));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSpecs")
    void schema_rejects_what_the_validator_rejects(SpecCases.Broken broken) {
        assertFalse(errors(broken.tree()).isEmpty(), "the schema let through: " + broken.what());
    }

    @Test
    void schema_accepts_a_normalized_spec_as_written_by_the_model() {
        AppSpec spec = new SpecNormalizer().normalize(SpecCases.JSON.fromTree(SpecCases.laptops()));
        assertEquals(List.of(), errors(SpecCases.JSON.toTree(spec)));
    }
}

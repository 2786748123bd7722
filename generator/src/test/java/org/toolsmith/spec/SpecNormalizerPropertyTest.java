package org.toolsmith.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Any spec with a record kind and a field, however odd its names, comes out valid and stable. */
class SpecNormalizerPropertyTest {
    private static final String[] WORDS = {
        "", " ", "id", "created_at", "Name", "name", "NAME", "draft", "api", "new", "order", "select", "2nd", "Fällig",
        "<script>alert(1)</script>", "x\"; DROP TABLE t; --", "日本", "★", "a".repeat(80), "Due on", "due_on", "Loan",
        "loans", "Person", "status", "  padded  ", "versions", "files", "static", "x-y", "_lead", "Ünïcödé"};

    private static String pick(Random r) {
        return r.nextInt(8) == 0 ? null : WORDS[r.nextInt(WORDS.length)];
    }

    @Test
    void normalizes_random_specs_into_valid_ones_and_is_idempotent() {
        Random r = new Random(7);
        SpecNormalizer normalizer = new SpecNormalizer();
        SpecValidator validator = new SpecValidator();
        FieldType[] types = FieldType.values();
        for (int round = 0; round < 2000; round++) {
            List<Entity> entities = new ArrayList<>();
            int kinds = 1 + r.nextInt(4);
            for (int e = 0; e < kinds; e++) {
                List<Field> fields = new ArrayList<>();
                int count = (e == 0 ? 1 : 0) + r.nextInt(5);
                for (int f = 0; f < count; f++) {
                    List<String> options = new ArrayList<>();
                    for (int o = r.nextInt(4); o > 0; o--) {
                        options.add(r.nextBoolean() ? pick(r) : "Open");
                    }
                    options.removeIf(o -> o == null);
                    fields.add(new Field(pick(r), pick(r), types[r.nextInt(types.length)], r.nextBoolean(), r.nextBoolean(),
                            options, pick(r), r.nextBoolean(), pick(r)));
                }
                entities.add(new Entity(pick(r), pick(r), pick(r), fields, pick(r), r.nextBoolean(), pick(r)));
            }
            AppSpec spec = new AppSpec(r.nextInt(3), pick(r), pick(r), entities);
            AppSpec out = normalizer.normalize(spec);
            assertEquals(List.of(), validator.validate(new SpecJson().toTree(out)), () -> "for " + new SpecJson().write(spec));
            assertEquals(out, normalizer.normalize(out));
        }
    }
}

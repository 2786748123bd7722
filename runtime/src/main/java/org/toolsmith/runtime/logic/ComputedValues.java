package org.toolsmith.runtime.logic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.records.Writer;
import org.toolsmith.sandbox.ScriptKind;
import org.toolsmith.sandbox.ScriptResult;
import org.toolsmith.spec.Computed;
import org.toolsmith.spec.Entity;

/**
 * Adds computed values to records just read. Each value is checked against the computed field's
 * type; a script that fails, or returns the wrong kind of value, leaves the value empty and puts a
 * message under {@code _errors} (keyed by the computed field) instead of failing the page.
 * Scripts of one page run side by side (the pool has several workers).
 */
final class ComputedValues {
    static final String ERRORS = "_errors";

    private final ScriptRuns runs;
    private final RecordJson records;
    private final ObjectMapper mapper;

    ComputedValues(ScriptRuns runs, RecordJson records, ObjectMapper mapper) {
        this.runs = runs;
        this.records = records;
        this.mapper = mapper;
    }

    void add(Writer reader, App app, Entity entity, List<Map<String, Object>> list) throws SQLException {
        List<Computed> fields = app.spec().computedOf(entity.key());
        if (fields.isEmpty() || list.isEmpty()) {
            return;
        }
        // Inputs are read first, on this thread: the connection is not shared with the script threads.
        List<String[]> inputs = new ArrayList<>();
        for (Map<String, Object> record : list) {
            String[] row = new String[fields.size()];
            for (int i = 0; i < fields.size(); i++) {
                row[i] = records.of(reader, app, entity, record, fields.get(i).script());
            }
            inputs.add(row);
        }
        // The cells run side by side on the pool's workers, off the HTTP verticle (see OffContext).
        List<List<ScriptResult>> results = OffContext.call(() -> {
            List<List<Future<ScriptResult>>> futures = new ArrayList<>();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (String[] row : inputs) {
                    List<Future<ScriptResult>> cells = new ArrayList<>();
                    for (int i = 0; i < fields.size(); i++) {
                        String script = fields.get(i).script();
                        String json = row[i];
                        cells.add(threads.submit(() -> runs.run(app.id(), ScriptKind.COMPUTED, script, json, null)));
                    }
                    futures.add(cells);
                }
            }
            return futures.stream().map(cells -> cells.stream().map(ComputedValues::get).toList()).toList();
        });
        for (int r = 0; r < list.size(); r++) {
            Map<String, Object> record = list.get(r);
            for (int i = 0; i < fields.size(); i++) {
                Computed c = fields.get(i);
                ScriptResult result = results.get(r).get(i);
                try {
                    if (!result.ok()) {
                        throw new IllegalArgumentException(ScriptRuns.failure("computed field", c.label(), result));
                    }
                    record.put(c.key(), value(c, mapper.readTree(result.valueJson())));
                } catch (IllegalArgumentException | JsonProcessingException e) {
                    record.put(c.key(), null);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> errors = (Map<String, Object>) record.computeIfAbsent(ERRORS, k -> new LinkedHashMap<>());
                    errors.put(c.key(), e.getMessage());
                }
            }
        }
    }

    private static ScriptResult get(Future<ScriptResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while working out computed values", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a computed value failed", e.getCause());
        }
    }

    /** The script's value as the field's type shows it; an IllegalArgumentException saying what is wrong. */
    static Object value(Computed c, JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        String wrong = "The computed field “" + c.label() + "” gave " + abbreviate(v) + ", which is not ";
        return switch (c.type()) {
            case INTEGER -> {
                if (!v.isNumber() || v.decimalValue().stripTrailingZeros().scale() > 0 || !v.canConvertToLong()) {
                    throw new IllegalArgumentException(wrong + "a whole number.");
                }
                yield v.asLong();
            }
            case DECIMAL -> {
                if (!v.isNumber()) {
                    throw new IllegalArgumentException(wrong + "a number.");
                }
                yield v.decimalValue().stripTrailingZeros().toPlainString();
            }
            case MONEY -> {
                if (!v.isNumber()) {
                    throw new IllegalArgumentException(wrong + "an amount.");
                }
                yield v.decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString();
            }
            case BOOLEAN -> {
                if (!v.isBoolean()) {
                    throw new IllegalArgumentException(wrong + "yes or no (true or false).");
                }
                yield v.asBoolean();
            }
            case DATE -> {
                if (!v.isTextual() || !v.asText().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                    throw new IllegalArgumentException(wrong + "a date (YYYY-MM-DD).");
                }
                yield v.asText().substring(0, 10);
            }
            case DATETIME -> {
                if (!v.isTextual()) {
                    throw new IllegalArgumentException(wrong + "a date and time.");
                }
                yield v.asText();
            }
            default -> {
                if (v.isContainerNode()) {
                    throw new IllegalArgumentException(wrong + "text.");
                }
                yield v.asText();
            }
        };
    }

    private static String abbreviate(JsonNode v) {
        String s = v.toString();
        return s.length() > 40 ? s.substring(0, 37) + "…" : s;
    }
}

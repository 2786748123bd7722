package org.toolsmith.runtime.logic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.records.Writer;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * A record as a script sees it: its values as the API gives them, plus — only when the script
 * mentions them, since they cost queries — {@code _before} (for rules on an update, the record as
 * it was), {@code _links} (per reference field, the record it
 * points to) and {@code _related} (per record kind, the records that point to this one, at most
 * {@value Writer#POINTING_LIMIT}). Keys starting with {@code _} never clash with field keys.
 */
final class RecordJson {
    private final ObjectMapper mapper;

    RecordJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String of(Writer reader, App app, Entity entity, Map<String, Object> record, String script) throws SQLException {
        return of(reader, app, entity, record, script, null);
    }

    /** With {@code _before}, the stored record before this write, for rules on updates that mention it. */
    String of(Writer reader, App app, Entity entity, Map<String, Object> record, String script, Map<String, Object> before)
            throws SQLException {
        Map<String, Object> view = new LinkedHashMap<>();
        if (before != null && script.contains("_before")) {
            view.put("_before", before);
        }
        record.forEach((k, v) -> {
            if (!k.startsWith("_")) {
                view.putIfAbsent(k, v);
            }
        });
        if (script.contains("_links")) {
            Map<String, Object> links = new LinkedHashMap<>();
            for (Field f : entity.fields()) {
                Object id = record.get(f.key());
                if (f.type() == FieldType.REFERENCE && id instanceof Number n) {
                    Entity target = app.spec().entity(f.target()).orElse(null);
                    links.put(f.key(), target == null ? null : reader.find(app, target, n.longValue()).orElse(null));
                }
            }
            view.put("_links", links);
        }
        if (script.contains("_related") && record.get("id") instanceof Number id) {
            Map<String, Object> related = new LinkedHashMap<>();
            for (AppSpec.Reference ref : app.spec().referencesTo(entity.key())) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> list = (List<Map<String, Object>>) related.computeIfAbsent(ref.from().key(),
                        k -> new ArrayList<Map<String, Object>>());
                list.addAll(reader.pointingAt(app, ref.from(), ref.field().key(), id.longValue()));
            }
            view.put("_related", related);
        }
        return write(view);
    }

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a record as JSON", e);
        }
    }
}

package org.toolsmith.runtime.records;

import static org.toolsmith.build.SqlNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.toolsmith.build.SqlNames;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/** SQL text for one record kind's table: every name a quoted, validated key; values bound. */
final class Tables {
    private Tables() {
    }

    static String table(App app, Entity entity) {
        return SqlNames.table(app.schema(), entity.key());
    }

    /** The select list: id, every field, then the system columns. */
    static String columns(Entity entity) {
        List<String> names = new ArrayList<>();
        names.add("\"id\"");
        for (Field f : entity.fields()) {
            names.add(quote(f.key()));
        }
        names.addAll(List.of("\"created_at\"", "\"updated_at\"", "\"created_by\"", "\"updated_by\""));
        return String.join(", ", names);
    }

    /** Reads the current row of a result set selected with {@link #columns(Entity)}. */
    static Map<String, Object> read(Entity entity, ResultSet rs) throws SQLException {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", rs.getLong(1));
        int i = 2;
        for (Field f : entity.fields()) {
            record.put(f.key(), Values.read(f, rs, i++));
        }
        record.put("created_at", Values.timestamp(rs, i++));
        record.put("updated_at", Values.timestamp(rs, i++));
        record.put("created_by", rs.getString(i++));
        record.put("updated_by", rs.getString(i));
        return record;
    }

    static List<Map<String, Object>> query(Connection c, Entity entity, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(read(entity, rs));
                }
                return rows;
            }
        }
    }

    static long count(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    static String placeholders(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }
}

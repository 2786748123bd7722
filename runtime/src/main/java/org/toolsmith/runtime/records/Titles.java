package org.toolsmith.runtime.records;

import static org.toolsmith.build.SqlNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.records.RecordStore.Choice;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** The words that stand for a record in pickers: its title field, or "Name #id" without one. */
final class Titles {
    private Titles() {
    }

    /**
     * @param follow whether a title that is itself a reference shows the target's title (one level)
     */
    static List<Choice> choices(Connection c, App app, Entity entity, boolean follow, Caller caller) throws SQLException {
        Optional<Field> title = entity.titleField();
        String table = Tables.table(app, entity);
        List<Object> params = new ArrayList<>();
        String where = " WHERE " + Rows.visible(app, entity, caller, params);
        List<Choice> result = new ArrayList<>();
        if (title.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT \"id\" FROM " + table + where + " ORDER BY \"id\"")) {
                Tables.bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new Choice(rs.getLong(1), entity.name() + " #" + rs.getLong(1)));
                    }
                }
            }
            return result;
        }
        Field f = title.get();
        Map<Long, String> targetTitles = new HashMap<>();
        if (f.type() == FieldType.REFERENCE && follow) {
            Optional<Entity> target = app.spec().entity(f.target());
            if (target.isPresent()) {
                for (Choice ch : choices(c, app, target.get(), false, caller)) {
                    targetTitles.put(ch.id(), ch.title());
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT \"id\", " + quote(f.key()) + " FROM " + table
                + where + " ORDER BY " + quote(f.key()) + ", \"id\"")) {
            Tables.bind(ps, params);
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                long id = rs.getLong(1);
                Object value = Values.read(f, rs, 2);
                String text = value == null ? "" : value instanceof List<?> list
                        ? String.join(", ", list.stream().map(String::valueOf).toList()) : String.valueOf(value);
                if (f.type() == FieldType.REFERENCE && value != null) {
                    text = targetTitles.getOrDefault((Long) value, text);
                }
                result.add(new Choice(id, text.isBlank() ? entity.name() + " #" + id : text));
            }
        }
        if (f.type() == FieldType.REFERENCE) {
            result.sort(Comparator.comparing(Choice::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Choice::id));
        }
        return result;
    }
}

package org.toolsmith.runtime.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * Records as CSV (RFC 4180, CRLF): a header of field labels, then one line per record with the id,
 * the fields the caller may see and the system columns. A text cell that a spreadsheet would run as
 * a formula (it starts with = + - @, a tab or a carriage return) is prefixed with {@code '}.
 */
public final class RecordCsv {
    private static final List<String> SYSTEM = List.of("created_at", "updated_at", "created_by", "updated_by");

    private RecordCsv() {
    }

    /** {@code entity} must be the caller's visible entity ({@link KindAccess#visibleEntity()}). */
    public static String write(Entity entity, List<Map<String, Object>> records) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add("id");
        entity.fields().forEach(f -> header.add(cell(f.label())));
        header.addAll(SYSTEM);
        out.append(String.join(",", header)).append("\r\n");
        for (Map<String, Object> r : records) {
            List<String> cells = new ArrayList<>();
            cells.add(String.valueOf(r.get("id")));
            for (Field f : entity.fields()) {
                cells.add(value(f, r.get(f.key())));
            }
            for (String s : SYSTEM) {
                cells.add(cell(r.get(s) == null ? "" : r.get(s).toString()));
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString();
    }

    private static String value(Field f, Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> list) {
            return cell(String.join("; ", list.stream().map(String::valueOf).toList()));
        }
        boolean number = f.type() == FieldType.INTEGER || f.type() == FieldType.DECIMAL || f.type() == FieldType.MONEY
                || f.type() == FieldType.REFERENCE;
        String text = v.toString();
        // stored numbers cannot hold a formula; "-12.50" stays a number for the spreadsheet
        return number && text.matches("-?[0-9]+(\\.[0-9]+)?") ? text : cell(text);
    }

    /** One cell: neutralised if it would start a formula, quoted when it holds a comma, quote or line break. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}

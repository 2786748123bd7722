package org.toolsmith.migrate;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.toolsmith.build.SchemaSql;
import org.toolsmith.build.SqlNames;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * How a value of one type becomes a value of another in SQL: the expression, and the condition a
 * value must meet to convert ({@code null}: every value converts). {@code narrows}: some values may
 * not survive, so the reviewer is warned.
 */
record Conversion(String expression, String condition, boolean narrows) {
    private static final Set<FieldType> LINE = Set.of(FieldType.TEXT, FieldType.EMAIL, FieldType.PHONE,
            FieldType.URL, FieldType.PERSON, FieldType.FILE);

    /** The conversion of column {@code c} (already quoted) from {@code from} to {@code to}, or null if none. */
    static Conversion of(Field from, Field to, String c) {
        FieldType a = from.type();
        FieldType b = to.type();
        if (a == FieldType.REFERENCE || b == FieldType.REFERENCE) {
            return null;
        }
        String text = a == FieldType.MULTI_CHOICE
                ? "REPLACE(REPLACE(REPLACE(" + c + ", '[\"', ''), '\"]', ''), '\",\"', ', ')"
                : a == FieldType.BOOLEAN ? "CASE WHEN " + c + " THEN 'Yes' ELSE 'No' END"
                : isText(a) ? c : "CAST(" + c + " AS CHARACTER VARYING)";
        String trimmed = "TRIM(" + text + ")";
        return switch (b) {
            case TEXT, EMAIL, PHONE, URL, PERSON, FILE -> new Conversion(
                    "CAST(" + text + " AS CHARACTER VARYING(" + SchemaSql.TEXT_LENGTH + "))",
                    fitsLine(a) ? null : "CHAR_LENGTH(" + text + ") <= " + SchemaSql.TEXT_LENGTH, !fitsLine(a));
            case LONG_TEXT -> new Conversion("CAST(" + text + " AS CHARACTER VARYING(" + SchemaSql.LONG_TEXT_LENGTH + "))", null, false);
            case CHOICE -> new Conversion(text, text + " IN (" + literals(to.options()) + ")", true);
            case MULTI_CHOICE -> a == FieldType.MULTI_CHOICE ? new Conversion(c, null, false)
                    : new Conversion("'[\"' || REPLACE(REPLACE(" + text + ", '\\', '\\\\'), '\"', '\\\"') || '\"]'",
                    text + " IN (" + literals(to.options()) + ")", true);
            case INTEGER -> switch (a) {
                case DECIMAL, MONEY -> new Conversion("CAST(" + c + " AS BIGINT)",
                        c + " = FLOOR(" + c + ") AND ABS(" + c + ") < 1E18", true);
                case BOOLEAN -> new Conversion("CASE WHEN " + c + " THEN 1 ELSE 0 END", null, false);
                case DATE, DATETIME -> null;
                default -> new Conversion("CAST(" + trimmed + " AS BIGINT)", "REGEXP_LIKE(" + trimmed + ", '^-?[0-9]{1,18}$')", true);
            };
            case DECIMAL -> switch (a) {
                case INTEGER, MONEY -> new Conversion("CAST(" + c + " AS DECFLOAT)", null, false);
                case BOOLEAN, DATE, DATETIME -> null;
                default -> new Conversion("CAST(" + trimmed + " AS DECFLOAT)", "REGEXP_LIKE(" + trimmed + ", '^-?[0-9]{1,30}([.][0-9]{1,30})?$')", true);
            };
            case MONEY -> switch (a) {
                case INTEGER -> new Conversion("CAST(" + c + " AS NUMERIC(19, 2))", "ABS(" + c + ") < 1E17", false);
                case DECIMAL -> new Conversion("CAST(" + c + " AS NUMERIC(19, 2))", c + " = ROUND(" + c + ", 2) AND ABS(" + c + ") < 1E17", true);
                case BOOLEAN, DATE, DATETIME -> null;
                default -> new Conversion("CAST(" + trimmed + " AS NUMERIC(19, 2))", "REGEXP_LIKE(" + trimmed + ", '^-?[0-9]{1,17}([.][0-9]{1,2})?$')", true);
            };
            case BOOLEAN -> switch (a) {
                case INTEGER -> new Conversion(c + " = 1", c + " IN (0, 1)", true);
                case DECIMAL, MONEY, DATE, DATETIME -> null;
                default -> new Conversion("LOWER(" + trimmed + ") IN ('yes', 'y', 'true', '1')",
                        "LOWER(" + trimmed + ") IN ('yes', 'y', 'true', '1', 'no', 'n', 'false', '0')", true);
            };
            case DATE -> switch (a) {
                case DATETIME -> new Conversion("CAST(" + c + " AS DATE)", null, true);
                case INTEGER, DECIMAL, MONEY, BOOLEAN -> null;
                default -> new Conversion("CAST(" + trimmed + " AS DATE)", "REGEXP_LIKE(" + trimmed + ", '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$')", true);
            };
            case DATETIME -> switch (a) {
                case DATE -> new Conversion("CAST(" + c + " AS TIMESTAMP WITH TIME ZONE)", null, false);
                case INTEGER, DECIMAL, MONEY, BOOLEAN -> null;
                default -> new Conversion("CAST(REPLACE(" + trimmed + ", 'T', ' ') AS TIMESTAMP WITH TIME ZONE)",
                        "REGEXP_LIKE(" + trimmed + ", '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,9})?)?(Z|[+-][0-9]{2}(:[0-9]{2})?)?$')", true);
            };
            case REFERENCE -> null;
        };
    }

    private static boolean isText(FieldType t) {
        return LINE.contains(t) || t == FieldType.LONG_TEXT || t == FieldType.CHOICE;
    }

    /** Every value of this type fits in one line of text (1000 characters). */
    private static boolean fitsLine(FieldType t) {
        return t != FieldType.LONG_TEXT && t != FieldType.MULTI_CHOICE;
    }

    static String literals(List<String> options) {
        return options.stream().map(SqlNames::literal).collect(Collectors.joining(", "));
    }
}

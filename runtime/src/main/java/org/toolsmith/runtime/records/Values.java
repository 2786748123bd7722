package org.toolsmith.runtime.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.toolsmith.build.SchemaSql;
import org.toolsmith.spec.Field;

/**
 * Turns input values (typed JSON values or form strings) into column values, and column values
 * into the JSON-ready values of API.md. Every message is one a person can act on.
 */
final class Values {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    private static final Pattern PHONE = Pattern.compile("^[+]?[0-9().\\s/-]{3,40}$");
    private static final Pattern BARE_DOMAIN = Pattern.compile("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+([/?#].*)?$");
    private static final BigDecimal MONEY_LIMIT = new BigDecimal("1e17");

    private Values() {
    }

    /** A value that cannot be stored, with a message for the person. */
    static final class BadValue extends Exception {
        BadValue(String message) {
            super(message, null, false, false);
        }
    }

    /** Whether the input holds no value: null, blank text or an empty list. */
    static boolean isEmpty(Object raw) {
        return raw == null || raw instanceof String s && s.isBlank() || raw instanceof Collection<?> c && c.isEmpty();
    }

    /** The column value for {@code raw}, or null for no value. */
    static Object parse(Field field, Object raw) throws BadValue {
        if (field.type() == org.toolsmith.spec.FieldType.BOOLEAN && isEmpty(raw)) {
            return Boolean.FALSE;
        }
        if (isEmpty(raw)) {
            return null;
        }
        if (raw instanceof Map<?, ?> || raw instanceof Collection<?> && field.type() != org.toolsmith.spec.FieldType.MULTI_CHOICE) {
            throw new BadValue("Enter a single value, not a list.");
        }
        return switch (field.type()) {
            case TEXT, PERSON, FILE -> text(raw, SchemaSql.TEXT_LENGTH);
            case LONG_TEXT -> longText(raw);
            case EMAIL -> email(text(raw, SchemaSql.TEXT_LENGTH));
            case PHONE -> phone(text(raw, SchemaSql.TEXT_LENGTH));
            case URL -> url(text(raw, SchemaSql.TEXT_LENGTH));
            case INTEGER -> integer(raw);
            case DECIMAL -> decimal(raw);
            case MONEY -> money(raw);
            case BOOLEAN -> bool(raw);
            case DATE -> date(raw);
            case DATETIME -> dateTime(raw);
            case CHOICE -> choice(field, raw);
            case MULTI_CHOICE -> multiChoice(field, raw);
            case REFERENCE -> reference(raw);
        };
    }

    private static String text(Object raw, int max) throws BadValue {
        String s = String.valueOf(raw).strip();
        if (s.length() > max) {
            throw new BadValue("Keep it to " + max + " characters or fewer (this has " + s.length() + ").");
        }
        return s;
    }

    private static String longText(Object raw) throws BadValue {
        String s = String.valueOf(raw);
        if (s.length() > SchemaSql.LONG_TEXT_LENGTH) {
            throw new BadValue("Keep it to " + SchemaSql.LONG_TEXT_LENGTH + " characters or fewer (this has " + s.length() + ").");
        }
        return s;
    }

    private static String email(String s) throws BadValue {
        if (!EMAIL.matcher(s).matches()) {
            throw new BadValue("Enter an e-mail address like name@example.com.");
        }
        return s;
    }

    private static String phone(String s) throws BadValue {
        long digits = s.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(s).matches() || digits < 3) {
            throw new BadValue("Enter a phone number with digits, spaces and + ( ) - only, like +1 555 0100.");
        }
        return s;
    }

    private static String url(String s) throws BadValue {
        String candidate = !s.contains("://") && BARE_DOMAIN.matcher(s).matches() ? "https://" + s : s;
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return candidate;
            }
        } catch (URISyntaxException e) {
            // falls through to the message below
        }
        throw new BadValue("Enter a web address starting with https://, like https://example.com.");
    }

    private static Long integer(Object raw) throws BadValue {
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).longValue();
        }
        BigDecimal n = number(raw, "Enter a whole number, like 42.");
        try {
            return n.stripTrailingZeros().toBigIntegerExact().longValueExact();
        } catch (ArithmeticException e) {
            throw new BadValue(n.stripTrailingZeros().scale() > 0 ? "Enter a whole number, like 42 (no decimals)."
                    : "That number is too large.");
        }
    }

    private static BigDecimal decimal(Object raw) throws BadValue {
        return number(raw, "Enter a number, like 3.5.");
    }

    private static BigDecimal money(Object raw) throws BadValue {
        BigDecimal n = number(raw, "Enter an amount like 12.50 (digits, and a point for cents).");
        if (n.stripTrailingZeros().scale() > 2) {
            throw new BadValue("Use at most two decimals, like 12.50.");
        }
        if (n.abs().compareTo(MONEY_LIMIT) >= 0) {
            throw new BadValue("That amount is too large.");
        }
        return n.setScale(2);
    }

    private static BigDecimal number(Object raw, String message) throws BadValue {
        if (raw instanceof BigDecimal d) {
            return d;
        }
        if (raw instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (raw instanceof Double || raw instanceof Float) {
            double d = ((Number) raw).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new BadValue(message);
            }
            return BigDecimal.valueOf(d);
        }
        if (raw instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        }
        if (!(raw instanceof String s) || s.strip().length() > 60) {
            throw new BadValue(message);
        }
        try {
            return new BigDecimal(s.strip().replace("_", "").replaceFirst("^\\+", ""));
        } catch (NumberFormatException e) {
            throw new BadValue(message);
        }
    }

    private static Boolean bool(Object raw) throws BadValue {
        if (raw instanceof Boolean b) {
            return b;
        }
        String s = String.valueOf(raw).strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "on", "yes", "y", "1" -> Boolean.TRUE;
            case "false", "off", "no", "n", "0" -> Boolean.FALSE;
            default -> throw new BadValue("Choose yes or no.");
        };
    }

    private static LocalDate date(Object raw) throws BadValue {
        try {
            return LocalDate.parse(String.valueOf(raw).strip());
        } catch (DateTimeParseException e) {
            throw new BadValue("Enter a date as YYYY-MM-DD, like 2025-03-31.");
        }
    }

    private static OffsetDateTime dateTime(Object raw) throws BadValue {
        String s = String.valueOf(raw).strip();
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new BadValue("Enter a date and time like 2025-03-31T14:30 (UTC) or 2025-03-31T14:30+02:00.");
            }
        }
    }

    private static String choice(Field field, Object raw) throws BadValue {
        String s = String.valueOf(raw).strip();
        return matchOption(field, s).orElseThrow(() -> new BadValue("Choose one of: " + String.join(", ", field.options()) + "."));
    }

    private static String multiChoice(Field field, Object raw) throws BadValue {
        List<String> given = new ArrayList<>();
        if (raw instanceof Collection<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> || o instanceof Collection<?>) {
                    throw new BadValue("Choose from: " + String.join(", ", field.options()) + ".");
                }
                if (!isEmpty(o)) {
                    given.add(String.valueOf(o).strip());
                }
            }
        } else {
            String s = String.valueOf(raw).strip();
            if (matchOption(field, s).isPresent()) {
                given.add(s);
            } else {
                for (String part : s.split(",")) {
                    if (!part.isBlank()) {
                        given.add(part.strip());
                    }
                }
            }
        }
        Set<String> chosen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String g : given) {
            matchOption(field, g).ifPresentOrElse(chosen::add, () -> unknown.add(g));
        }
        if (!unknown.isEmpty()) {
            throw new BadValue("Choose from: " + String.join(", ", field.options()) + " (not \"" + unknown.get(0) + "\").");
        }
        if (chosen.isEmpty()) {
            return null;
        }
        List<String> ordered = field.options().stream().filter(chosen::contains).toList();
        try {
            return JSON.writeValueAsString(ordered);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.Optional<String> matchOption(Field field, String s) {
        return field.options().stream().filter(o -> o.equals(s)).findFirst()
                .or(() -> field.options().stream().filter(o -> o.strip().equalsIgnoreCase(s)).findFirst());
    }

    private static Long reference(Object raw) throws BadValue {
        try {
            long id = integer(raw);
            if (id > 0) {
                return id;
            }
        } catch (BadValue e) {
            // the message below says what to do
        }
        throw new BadValue("Pick a record from the list (an id such as 12).");
    }

    /** The JSON-ready value of column {@code column} for {@code field}. */
    static Object read(Field field, ResultSet rs, int column) throws SQLException {
        return switch (field.type()) {
            case INTEGER, REFERENCE -> {
                long v = rs.getLong(column);
                yield rs.wasNull() ? null : v;
            }
            case DECIMAL -> plain(rs.getBigDecimal(column));
            case MONEY -> {
                BigDecimal v = rs.getBigDecimal(column);
                yield v == null ? null : v.setScale(2).toPlainString();
            }
            case BOOLEAN -> {
                boolean v = rs.getBoolean(column);
                yield rs.wasNull() ? null : v;
            }
            case DATE -> {
                LocalDate v = rs.getObject(column, LocalDate.class);
                yield v == null ? null : v.toString();
            }
            case DATETIME -> timestamp(rs, column);
            case MULTI_CHOICE -> {
                String v = rs.getString(column);
                yield v == null ? List.of() : parseList(v);
            }
            default -> rs.getString(column);
        };
    }

    static String timestamp(ResultSet rs, int column) throws SQLException {
        OffsetDateTime v = rs.getObject(column, OffsetDateTime.class);
        return v == null ? null : v.toString();
    }

    private static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static List<String> parseList(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of(json);
        }
    }
}

package org.toolsmith.build;

import java.util.regex.Pattern;

/**
 * The only way a name reaches SQL: validated keys, quoted. A key that does not match
 * {@code ^[a-z][a-z0-9_]{0,62}$} is refused here, whatever validated it before.
 */
public final class SqlNames {
    private static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

    private SqlNames() {
    }

    public static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** {@code "key"}, or an IllegalArgumentException if {@code key} is not a valid key. */
    public static String quote(String key) {
        if (!isKey(key)) {
            throw new IllegalArgumentException("not a valid key for SQL: " + key);
        }
        return '"' + key + '"';
    }

    /** The schema of the app with this id: {@code APP_12}. Never derived from user text. */
    public static String schemaName(long appId) {
        if (appId <= 0) {
            throw new IllegalArgumentException("app id must be positive: " + appId);
        }
        return "APP_" + appId;
    }

    /**
     * The schema that holds version {@code version} of app {@code appId} once it is built:
     * {@code APP_12_V3}. Version 1 lives in {@link #schemaName(long)}.
     */
    public static String schemaName(long appId, int version) {
        if (version <= 1) {
            return schemaName(appId);
        }
        return schemaName(appId) + "_V" + version;
    }

    /** Whether {@code name} is a schema name that {@link #schemaName(long, int)} makes. */
    public static boolean isAppSchema(String name) {
        return name != null && name.matches("APP_[1-9][0-9]*(_V[1-9][0-9]*)?");
    }

    /** {@code "APP_12"}: {@code schema} must be a name {@link #schemaName(long, int)} made. */
    public static String schema(String schema) {
        if (!isAppSchema(schema)) {
            throw new IllegalArgumentException("not an app schema: " + schema);
        }
        return '"' + schema + '"';
    }

    /** {@code "APP_12"."table"}. */
    public static String table(String schema, String entityKey) {
        return schema(schema) + "." + quote(entityKey);
    }

    /** A SQL string literal: single quotes doubled. Control characters are refused. */
    public static String literal(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw new IllegalArgumentException("control character in a SQL literal");
            }
        }
        return "'" + text.replace("'", "''") + "'";
    }
}

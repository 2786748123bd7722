package org.toolsmith.templates;

import java.util.regex.Pattern;

/**
 * A piece of JavaScript that a {@code .js.vm} template may print as it is. Every other value a
 * script template prints becomes a quoted JavaScript string literal, so user text can only ever
 * be data. Make one only from a validated key ({@link #key}), a number ({@link #number}), a quoted
 * literal ({@link #string}) or a fixed operator ({@link #operator}).
 */
public record Js(String code) {
    private static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");
    private static final java.util.Set<String> OPERATORS = java.util.Set.of("<", "<=", ">", ">=", "===", "!==");

    @Override
    public String toString() {
        return code;
    }

    /** A spec key (field or record kind): lower-case letters, digits and _, starting with a letter. */
    public static Js key(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a key: " + key);
        }
        return new Js(key);
    }

    public static Js number(long n) {
        return new Js(Long.toString(n));
    }

    public static Js number(java.math.BigDecimal n) {
        return new Js(n.toPlainString());
    }

    public static Js bool(boolean b) {
        return new Js(Boolean.toString(b));
    }

    /** A JavaScript string literal with the text, escaped (quotes, backslashes, controls, U+2028/9). */
    public static Js string(String text) {
        return new Js(quote(text));
    }

    public static Js operator(String op) {
        if (!OPERATORS.contains(op)) {
            throw new IllegalArgumentException("not an operator: " + op);
        }
        return new Js(op);
    }

    static String quote(String text) {
        String t = text == null ? "" : text;
        StringBuilder b = new StringBuilder(t.length() + 2).append('"');
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<', '>', '&', '\'', '`' -> b.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || c == 0x7f) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

package org.toolsmith.templates;

/**
 * Markup that Java code vouches for, printed by templates as it is. The only way to print
 * unescaped text: wrap it here, in Java, never from user input.
 */
public record Html(String markup) {
    @Override
    public String toString() {
        return markup;
    }

    /** Escapes text for HTML content and attribute values, single quotes included. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

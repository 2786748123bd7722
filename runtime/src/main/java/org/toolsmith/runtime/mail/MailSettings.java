package org.toolsmith.runtime.mail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where outbox e-mails go: an SMTP server. Read once at start from {@code <data>/smtp.properties}
 * ({@code host}, {@code port}, {@code username}, {@code from}, {@code starttls}) with the environment
 * over it ({@code TOOLSMITH_SMTP_HOST}, {@code _PORT}, {@code _USERNAME}, {@code _PASSWORD},
 * {@code _FROM}, {@code _STARTTLS}); the password comes only from the environment. No host: e-mail is
 * not configured and the outbox keeps its e-mails queued. A setting that makes no sense throws an
 * IllegalArgumentException saying which one and how to fix it (the server refuses to start).
 *
 * @param starttls {@code required} (refuse a server that cannot encrypt), {@code optional} (encrypt when
 *                 the server offers it; the default) or {@code disabled}
 */
public record MailSettings(String host, int port, String username, String password, String from, String starttls) {
    public static final int DEFAULT_PORT = 587;
    public static final String FILE = "smtp.properties";
    static final java.util.List<String> STARTTLS = java.util.List.of("required", "optional", "disabled");

    public MailSettings {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The SMTP port must be a number from 1 to 65535 (TOOLSMITH_SMTP_PORT), not " + port + ".");
        }
        if (!STARTTLS.contains(starttls)) {
            throw new IllegalArgumentException("TOOLSMITH_SMTP_STARTTLS must be required, optional or disabled, not “" + starttls + "”.");
        }
        if (host != null && (from == null || !from.matches("[^@\\s<>]+@[^@\\s<>]+"))) {
            throw new IllegalArgumentException("Set the address e-mails come from (TOOLSMITH_SMTP_FROM, e.g. toolsmith@example.org).");
        }
        if (username == null && password != null) {
            throw new IllegalArgumentException("TOOLSMITH_SMTP_PASSWORD is set without TOOLSMITH_SMTP_USERNAME.");
        }
    }

    /** No SMTP server: e-mails stay in the outbox. */
    public static MailSettings none() {
        return new MailSettings(null, DEFAULT_PORT, null, null, null, "optional");
    }

    public boolean configured() {
        return host != null;
    }

    /** The settings from {@code dataDir}'s {@value #FILE} (if any), with {@code env} over them. */
    public static MailSettings load(Path dataDir, Map<String, String> env) {
        Properties file = new Properties();
        Path path = dataDir.resolve(FILE);
        if (Files.isRegularFile(path)) {
            try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                file.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException("Cannot read " + path + ": " + e.getMessage(), e);
            }
            if (file.getProperty("password") != null) {
                throw new IllegalArgumentException(path + " holds a password; give it in TOOLSMITH_SMTP_PASSWORD instead and remove it from the file.");
            }
        }
        String host = pick(env, "HOST", file, "host");
        String port = pick(env, "PORT", file, "port");
        int portNumber;
        try {
            portNumber = port == null ? DEFAULT_PORT : Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The SMTP port must be a number from 1 to 65535 (TOOLSMITH_SMTP_PORT), not “" + port + "”.");
        }
        String tls = pick(env, "STARTTLS", file, "starttls");
        return new MailSettings(host, portNumber, pick(env, "USERNAME", file, "username"), blankToNull(env.get("TOOLSMITH_SMTP_PASSWORD")),
                pick(env, "FROM", file, "from"), tls == null ? "optional" : tls.toLowerCase(Locale.ROOT));
    }

    /** For the admin page and logs: never the password. */
    public String describe() {
        if (!configured()) {
            return "not configured";
        }
        return host + ":" + port + " from " + from + (username == null ? "" : " as " + username) + ", STARTTLS " + starttls;
    }

    @Override
    public String toString() {
        return "MailSettings[" + describe() + (password == null ? "" : ", password set") + "]";
    }

    private static String pick(Map<String, String> env, String name, Properties file, String key) {
        String v = blankToNull(env.get("TOOLSMITH_SMTP_" + name));
        return v != null ? v : blankToNull(file.getProperty(key));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.toolsmith.runtime.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailSettingsTest {
    @TempDir
    Path data;

    @Test
    void nothing_set_means_not_configured() {
        assertFalse(MailSettings.load(data, Map.of()).configured());
    }

    @Test
    void the_environment_wins_over_the_file_and_the_password_never_shows() throws Exception {
        Files.writeString(data.resolve(MailSettings.FILE), "host=file.example.org\nport=2525\nfrom=file@example.org\nstarttls=required\n");
        MailSettings s = MailSettings.load(data, Map.of("TOOLSMITH_SMTP_HOST", "smtp.example.org", "TOOLSMITH_SMTP_USERNAME", "bot",
                "TOOLSMITH_SMTP_PASSWORD", "hunter2"));
        assertEquals("smtp.example.org", s.host());
        assertEquals(2525, s.port());
        assertEquals("file@example.org", s.from());
        assertEquals("required", s.starttls());
        assertEquals("hunter2", s.password());
        assertFalse(s.toString().contains("hunter2"));
        assertFalse(s.describe().contains("hunter2"));
    }

    @Test
    void refuses_settings_that_cannot_work_with_a_message_naming_them() throws Exception {
        var port = assertThrows(IllegalArgumentException.class, () -> MailSettings.load(data,
                Map.of("TOOLSMITH_SMTP_HOST", "h", "TOOLSMITH_SMTP_FROM", "a@b.c", "TOOLSMITH_SMTP_PORT", "smtp")));
        assertTrue(port.getMessage().contains("TOOLSMITH_SMTP_PORT"), port.getMessage());
        var from = assertThrows(IllegalArgumentException.class, () -> MailSettings.load(data, Map.of("TOOLSMITH_SMTP_HOST", "h")));
        assertTrue(from.getMessage().contains("TOOLSMITH_SMTP_FROM"), from.getMessage());
        var tls = assertThrows(IllegalArgumentException.class, () -> MailSettings.load(data,
                Map.of("TOOLSMITH_SMTP_HOST", "h", "TOOLSMITH_SMTP_FROM", "a@b.c", "TOOLSMITH_SMTP_STARTTLS", "maybe")));
        assertTrue(tls.getMessage().contains("required, optional or disabled"), tls.getMessage());
        Files.writeString(data.resolve(MailSettings.FILE), "host=h\nfrom=a@b.c\npassword=oops\n");
        var secret = assertThrows(IllegalArgumentException.class, () -> MailSettings.load(data, Map.of()));
        assertTrue(secret.getMessage().contains("TOOLSMITH_SMTP_PASSWORD"), secret.getMessage());
    }
}

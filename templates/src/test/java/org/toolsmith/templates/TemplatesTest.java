package org.toolsmith.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.apache.velocity.exception.MethodInvocationException;
import org.junit.jupiter.api.Test;

class TemplatesTest {
    private final Templates templates = new Templates();

    @Test
    void escapes_every_reference_single_quotes_included() {
        String out = templates.render("probe.html.vm", Map.of(
                "title", "it's \"x\"", "body", "<script>alert(1)</script>", "trusted", new Html("<b>ok</b>")));
        assertEquals("<p title=\"it&#39;s &quot;x&quot;\">&lt;script&gt;alert(1)&lt;/script&gt;</p><b>ok</b>\n", out);
    }

    @Test
    void strict_mode_fails_on_unknown_reference() {
        assertThrows(MethodInvocationException.class,
                () -> templates.render("probe.html.vm", Map.of("title", "t", "body", "b")));
    }

    @Test
    void missing_template_is_an_argument_error() {
        assertThrows(IllegalArgumentException.class, () -> templates.render("nope.html.vm", Map.of()));
    }
}

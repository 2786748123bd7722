package org.toolsmith.templates;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * The Velocity engines of Toolsmith, reading templates from {@code templates/} on the class path.
 * Strict mode is on, so a misspelt reference fails instead of printing itself. Templates whose name
 * ends in {@code .html.vm} escape every printed value for HTML (wrap trusted markup in {@link Html});
 * {@code .js.vm} templates print a {@link Js} as code and anything else as a quoted string literal;
 * other templates ({@code .sql.vm}, {@code .md.vm}) print values as they are, and
 * their callers must pass only whitelisted values (validated keys, quoted literals).
 *
 * <p>Create one per server or command and share it: it is thread-safe and caches parsed templates.
 */
public final class Templates {
    private final VelocityEngine engine;

    public Templates() {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        p.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        p.setProperty("resource.loader.classpath.cache", "true");
        p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        p.setProperty("velocimacro.library.path", "");
        engine = new VelocityEngine(p);
        engine.init();
    }

    /**
     * Renders {@code templates/NAME} with the given model.
     *
     * @throws IllegalArgumentException if there is no such template (a programming error)
     */
    public String render(String name, Map<String, ?> model) {
        Template template;
        try {
            template = engine.getTemplate("templates/" + name, "UTF-8");
        } catch (org.apache.velocity.exception.ResourceNotFoundException e) {
            throw new IllegalArgumentException("no template " + name, e);
        }
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(name.endsWith(".html.vm") ? new EscapeAll()
                : name.endsWith(".js.vm") ? new ScriptText() : new PlainText());
        cartridge.attachToContext(context);
        StringWriter out = new StringWriter();
        template.merge(context, out);
        return out.toString();
    }
}

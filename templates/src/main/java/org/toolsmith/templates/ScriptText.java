package org.toolsmith.templates;

import java.util.Collection;
import java.util.Map;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * For {@code .js.vm} templates: prints a {@link Js} as code, and everything else (text, numbers,
 * anything a caller forgot to whitelist) as a quoted JavaScript string literal.
 */
final class ScriptText implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || value instanceof Js) {
            return value;
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            throw new IllegalArgumentException("a script template printed a collection: " + reference);
        }
        return Js.quote(value.toString());
    }
}

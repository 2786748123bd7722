package org.toolsmith.templates;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes every value a template prints, single quotes included (Velocity's own
 * EscapeHtmlReference leaves {@code '} alone). Values of type {@link Html} pass as they are.
 */
final class EscapeAll implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || value instanceof Html) {
            return value;
        }
        return Html.escape(value.toString());
    }
}

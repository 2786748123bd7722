package org.toolsmith.templates;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/** For non-HTML output (SQL, scripts, Markdown): prints values as they are. */
final class PlainText implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        return value;
    }
}

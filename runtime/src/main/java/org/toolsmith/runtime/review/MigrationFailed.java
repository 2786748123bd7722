package org.toolsmith.runtime.review;

import java.util.List;
import org.toolsmith.runtime.system.RequestException;

/**
 * A version that cannot be published as it is: the dry run found values to decide on, the
 * rehearsal failed, or applying failed (and was undone). The published version is untouched; the
 * person changes the version or the data and tries again.
 */
final class MigrationFailed extends RequestException {
    MigrationFailed(String message, List<FieldError> fields) {
        super(422, message, fields);
    }
}

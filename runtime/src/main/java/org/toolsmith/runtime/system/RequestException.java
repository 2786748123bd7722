package org.toolsmith.runtime.system;

import java.util.List;

/**
 * The one exception root of the runtime: a request that cannot be served as asked. The error
 * handler turns it into an HTML page or a JSON body with {@link #status()}; {@link #getMessage()} is
 * a sentence the person can act on, and {@link #fields()} says which fields were wrong. Callers do
 * not retry: the person must change the request.
 */
public class RequestException extends RuntimeException {
    private final int status;
    private final List<FieldError> fields;

    public RequestException(int status, String message, List<FieldError> fields) {
        super(message);
        this.status = status;
        this.fields = List.copyOf(fields);
    }

    public int status() {
        return status;
    }

    public List<FieldError> fields() {
        return fields;
    }

    /** A malformed request (400). */
    public static RequestException badRequest(String message) {
        return new RequestException(400, message, List.of());
    }

    /** Not signed in, or a token that is not (or no longer) valid (401). */
    public static RequestException unauthorized(String message) {
        return new RequestException(401, message, List.of());
    }

    /** Signed in, but without the right to do this (403). */
    public static RequestException forbidden(String message) {
        return new RequestException(403, message, List.of());
    }

    /** Too many attempts in a short time (429). */
    public static RequestException tooMany(String message) {
        return new RequestException(429, message, List.of());
    }

    /** No such app, record kind, record or page (404). */
    public static RequestException notFound(String message) {
        return new RequestException(404, message, List.of());
    }

    /** Well-formed but invalid values (422), with what is wrong in each field. */
    public static RequestException invalid(String message, List<FieldError> fields) {
        return new RequestException(422, message, fields);
    }

    /** Conflicts with what is stored, e.g. a value that must be unique (409). */
    public static RequestException conflict(String message, List<FieldError> fields) {
        return new RequestException(409, message, fields);
    }

    /** What is wrong with one field, in words a person can act on. */
    public record FieldError(String field, String message) {
    }
}

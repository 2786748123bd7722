package org.toolsmith.draft;

/**
 * A request or chat message that could not be turned into a spec. Not retriable as it is: show the
 * message, which says what the person can write instead.
 */
public class DraftException extends RuntimeException {
    public DraftException(String message) {
        super(message);
    }
}

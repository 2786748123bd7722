package org.toolsmith.sandbox;

/**
 * The sandbox could not start its worker processes (no {@code java}, a wrong class path, no
 * memory). Not retriable as is: fix the set-up the message and the logged worker output point at.
 * Script failures are never thrown; they come back as a failed {@link ScriptResult}.
 */
public class SandboxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }
}

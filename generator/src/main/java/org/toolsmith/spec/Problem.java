package org.toolsmith.spec;

/**
 * One thing wrong with a spec: where ({@code path}, a JSON path such as
 * {@code $.entities[1].fields[0].type}) and what, in words a non-programmer can act on.
 */
public record Problem(String path, String message) {
}

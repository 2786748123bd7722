package org.toolsmith.spec;

import java.util.List;

/**
 * A spec that cannot be used as it is. Not retriable: show {@link #problems()} to the person, who
 * can correct the spec or the request that produced it.
 */
public class SpecException extends RuntimeException {
    private final List<Problem> problems;

    public SpecException(List<Problem> problems) {
        super(problems.isEmpty() ? "The app description is not valid."
                : problems.get(0).message() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public SpecException(String message) {
        this(List.of(new Problem("$", message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}

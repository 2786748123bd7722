package org.toolsmith.runtime.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewBuilderTest {
    @Test
    void the_diff_pairs_changed_lines_side_by_side_and_keeps_equal_ones_aligned() {
        List<Review.DiffLine> diff = ReviewBuilder.diff(List.of("a", "b", "c", "d"), List.of("a", "B", "c", "d", "e"));
        assertEquals(List.of(new Review.DiffLine("same", "a", "a"), new Review.DiffLine("changed", "b", "B"),
                new Review.DiffLine("same", "c", "c"), new Review.DiffLine("same", "d", "d"), new Review.DiffLine("added", "", "e")), diff);
        assertEquals(List.of(new Review.DiffLine("removed", "x", ""), new Review.DiffLine("same", "y", "y")),
                ReviewBuilder.diff(List.of("x", "y"), List.of("y")));
    }
}

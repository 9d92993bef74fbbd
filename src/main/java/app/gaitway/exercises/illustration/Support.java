package app.gaitway.exercises.illustration;

import java.util.List;
import java.util.Objects;

/**
 * Body parts that rest on one surface. The first support of a pose fixes where the figure
 * stands; a second one tilts the figure until it rests too, so weight always looks carried.
 */
public record Support(List<BodyPart> parts, Surface on) {

    public Support {
        parts = List.copyOf(parts);
        Objects.requireNonNull(on, "surface");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a support needs at least one body part");
        }
    }
}

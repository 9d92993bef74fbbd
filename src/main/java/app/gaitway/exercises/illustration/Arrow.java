package app.gaitway.exercises.illustration;

import java.util.Objects;

/** The movement to show: the path of one body part from the start pose to the end pose. */
public record Arrow(BodyPart part) {

    public Arrow {
        Objects.requireNonNull(part, "arrow part");
    }
}

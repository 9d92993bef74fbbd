package app.gaitway.exercises.illustration;

import java.util.List;
import java.util.Objects;

/**
 * Everything needed to draw one exercise: the view, the start and end poses, props, the
 * movement arrow and the tinted muscle regions. {@code tintSide} limits the tint to one
 * side (the working leg); null tints both.
 */
public record Illustration(View view, Pose start, Pose end, List<Prop> props, Arrow arrow,
        List<MuscleRegion> tint, Side tintSide) {

    public Illustration {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(start, "start pose");
        Objects.requireNonNull(end, "end pose");
        props = List.copyOf(props);
        tint = List.copyOf(tint);
        if (start.posture() != end.posture()) {
            throw new IllegalArgumentException("start and end must share a posture (the figure cannot turn over)");
        }
    }
}

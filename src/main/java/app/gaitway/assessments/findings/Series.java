package app.gaitway.assessments.findings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One measure over time, oldest first, with only the assessments that recorded it: a missing value is skipped,
 * never drawn as 0. "Since previous" compares the latest point with the one before it in this series (the last
 * time it was measured), "since first" with the first.
 */
public record Series(String measure, List<Point> points) {

    /** A value on a day; {@code label} is how it reads ("3+" for a grade, "−10" for a knee lacking extension). */
    public record Point(LocalDate date, double value, String label) {}

    public Series {
        points = List.copyOf(points);
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    public Optional<Point> first() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.get(0));
    }

    public Optional<Point> latest() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
    }

    /** Latest minus first; empty with fewer than two points. */
    public Optional<Double> changeSinceFirst() {
        return points.size() < 2
                ? Optional.empty()
                : Optional.of(Rounding.twoDecimals(
                        points.get(points.size() - 1).value() - points.get(0).value()));
    }

    /** Latest minus the point before it; empty with fewer than two points. */
    public Optional<Double> changeSincePrevious() {
        return points.size() < 2
                ? Optional.empty()
                : Optional.of(Rounding.twoDecimals(points.get(points.size() - 1).value()
                        - points.get(points.size() - 2).value()));
    }
}

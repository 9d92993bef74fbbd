package app.gaitway.assessments.findings;

import app.gaitway.assessments.findings.Finding.Kind;
import app.gaitway.assessments.findings.Finding.Severity;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.Motion;
import app.gaitway.assessments.record.Side;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The finding of one motion, both sides in one line: flagged when a side is below the lower limit of normal for
 * the patient's age ({@link RomNorms}) or more than {@value FindingRules#ROM_SIDE_DIFFERENCE}° short of the other
 * side; nothing otherwise. "Hip internal rotation: right 8°, left 22° (lower limit 16° at 60–74 years; 14° less on
 * the right)".
 */
final class RangeOfMotionFinding {

    private RangeOfMotionFinding() {}

    /** One side's range: the active value decides; the passive value alone when no active was recorded. */
    private record Range(Side side, int degrees, Integer active, Integer passive) {
        Phrase value() {
            if (active != null && passive != null) {
                return Phrase.of("findings.rom.value.activePassive", active, passive);
            }
            return active != null
                    ? Phrase.of("findings.rom.value.active", active)
                    : Phrase.of("findings.rom.value.passive", passive);
        }
    }

    static Optional<Finding> of(AssessmentValues current, Motion motion, PatientContext patient) {
        Map<Side, Range> ranges = new LinkedHashMap<>();
        for (Side side : FindingsSummary.SIDES) {
            Integer active = current.rom(motion, side, true).orElse(null);
            Integer passive = current.rom(motion, side, false).orElse(null);
            if (active != null || passive != null) {
                ranges.put(side, new Range(side, active != null ? active : passive, active, passive));
            }
        }
        OptionalInt limit = RomNorms.lowerLimit(motion, patient.age());
        List<Side> below = ranges.values().stream()
                .filter(r -> limit.isPresent() && r.degrees() < limit.getAsInt())
                .map(Range::side)
                .toList();
        Range right = ranges.get(Side.RIGHT);
        Range left = ranges.get(Side.LEFT);
        Side shorter = right != null && left != null && FindingRules.sidesApart(right.degrees(), left.degrees())
                ? (right.degrees() < left.degrees() ? Side.RIGHT : Side.LEFT)
                : null;
        if (below.isEmpty() && shorter == null) {
            return Optional.empty();
        }
        List<Side> flagged = new ArrayList<>(below);
        if (shorter != null && !flagged.contains(shorter)) {
            flagged.add(shorter);
        }
        flagged.sort(Comparator.comparingInt(FindingsSummary.SIDES::indexOf));
        int weight = shorter != null && !below.isEmpty()
                ? FindingRules.W_ROM_BOTH
                : shorter != null ? FindingRules.W_ROM_SIDE_DIFFERENCE : FindingRules.W_ROM_BELOW_LIMIT;

        Phrase values;
        if (right != null
                && left != null
                && right.degrees() == left.degrees()
                && Objects.equals(right.active(), left.active())
                && Objects.equals(right.passive(), left.passive())) {
            values = Phrase.of("findings.rom.bothSides", right.value());
        } else {
            values = Phrase.of(
                    "findings.rom.sides",
                    ranges.values().stream()
                            .map(r -> (Object) Phrase.of("findings.rom.sideValue", r.side(), r.value()))
                            .toList());
        }
        List<Object> details = new ArrayList<>();
        if (!below.isEmpty()) {
            RomNorms.AgeBand band = RomNorms.AgeBand.of(patient.age());
            details.add(
                    band == RomNorms.AgeBand.ALL_AGES
                            ? Phrase.of("findings.rom.limit", limit.getAsInt())
                            : Phrase.of(
                                    "findings.rom.limitForAge",
                                    limit.getAsInt(),
                                    Phrase.of("findings.rom.ageBand."
                                            + band.name().toLowerCase(Locale.ROOT))));
        }
        if (shorter != null) {
            details.add(Phrase.of("findings.rom.difference", Math.abs(right.degrees() - left.degrees()), shorter));
        }
        return Optional.of(new Finding(
                Kind.ROM_BELOW_NORM,
                Severity.FLAG,
                flagged,
                null,
                motion,
                null,
                Phrase.of(
                        "findings.rom.motion",
                        motion,
                        values,
                        details.size() == 1
                                ? details.get(0)
                                : Phrase.of("findings.rom.twoDetails", details.get(0), details.get(1))),
                weight));
    }
}

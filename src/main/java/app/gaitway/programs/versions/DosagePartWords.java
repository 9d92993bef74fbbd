package app.gaitway.programs.versions;

import app.gaitway.programs.dosage.ItemDosage;
import app.gaitway.programs.dosage.Load;
import app.gaitway.programs.dosage.SideChoice;
import app.gaitway.shared.web.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * One changed part of a dosage as the history says it, tersely and from → to: "3 → 4 sets", "reps 10–15 → 12",
 * "hold 20 → 30 s", "each side → left only", "load red band → green band".
 */
final class DosagePartWords {

    private DosagePartWords() {}

    static String of(DosagePart part, ItemDosage before, ItemDosage after, Messages messages) {
        return switch (part) {
            case SETS -> messages.get("versions.part.sets", before.sets(), after.sets());
            case REPS ->
                messages.get(
                        "versions.part.reps",
                        fromTo(
                                range(before.repsMin(), before.repsMax(), messages),
                                range(after.repsMin(), after.repsMax(), messages),
                                UnaryOperator.identity(),
                                messages));
            case HOLD ->
                messages.get(
                        "versions.part.hold",
                        fromTo(
                                number(before.holdSeconds()),
                                number(after.holdSeconds()),
                                seconds -> messages.get("versions.seconds", seconds),
                                messages));
            case SIDE -> messages.get("versions.fromTo", side(before.side(), messages), side(after.side(), messages));
            case HOW_OFTEN -> howOften(before, after, messages);
            case LOAD ->
                messages.get(
                        "versions.part.load",
                        messages.get("versions.fromTo", load(before.load(), messages), load(after.load(), messages)));
            case EFFORT ->
                messages.get(
                        "versions.part.effort",
                        fromTo(
                                range(before.effortMin(), before.effortMax(), messages),
                                range(after.effortMin(), after.effortMax(), messages),
                                effort -> messages.get("versions.outOfTen", effort),
                                messages));
            case RESERVE ->
                messages.get(
                        "versions.part.reserve",
                        fromTo(
                                range(before.reserveMin(), before.reserveMax(), messages),
                                range(after.reserveMin(), after.reserveMax(), messages),
                                UnaryOperator.identity(),
                                messages));
            case REST ->
                messages.get(
                        "versions.part.rest",
                        fromTo(
                                number(before.restSeconds()),
                                number(after.restSeconds()),
                                seconds -> messages.get("versions.seconds", seconds),
                                messages));
            case NOTE ->
                before.note().isEmpty()
                        ? messages.get("versions.part.noteAdded")
                        : after.note().isEmpty()
                                ? messages.get("versions.part.noteRemoved")
                                : messages.get("versions.part.noteChanged");
        };
    }

    /**
     * "20 → 30 s" when both are given, the unit said once; "none → 30 s" or "30 s → none" when one is not.
     * A null value is one not given.
     */
    private static String fromTo(String before, String after, UnaryOperator<String> unit, Messages messages) {
        if (before != null && after != null) {
            return unit.apply(messages.get("versions.fromTo", before, after));
        }
        String none = messages.get("versions.none");
        return messages.get(
                "versions.fromTo",
                before == null ? none : unit.apply(before),
                after == null ? none : unit.apply(after));
    }

    private static String range(Integer min, Integer max, Messages messages) {
        Integer upper = DosagePart.upperEnd(min, max);
        return min == null
                ? null
                : min.equals(upper)
                        ? String.valueOf(min)
                        : messages.get("versions.range", String.valueOf(min), String.valueOf(upper));
    }

    private static String number(Integer value) {
        return value == null ? null : String.valueOf(value);
    }

    private static String howOften(ItemDosage before, ItemDosage after, Messages messages) {
        List<String> changes = new ArrayList<>();
        if (before.timesPerDay() != after.timesPerDay()) {
            changes.add(messages.get("versions.part.perDay", before.timesPerDay(), after.timesPerDay()));
        }
        if (before.daysPerWeek() != after.daysPerWeek()) {
            changes.add(messages.get("versions.part.perWeek", before.daysPerWeek(), after.daysPerWeek()));
        }
        return String.join("; ", changes);
    }

    private static String side(SideChoice side, Messages messages) {
        return switch (side) {
            case EACH_SIDE -> messages.get("versions.side.each");
            case BOTH -> messages.get("versions.side.both");
            case LEFT_ONLY -> messages.get("versions.side.left");
            case RIGHT_ONLY -> messages.get("versions.side.right");
        };
    }

    /** The load in a few words; the parts a valid load always has may still be missing from what was typed. */
    private static String load(Load load, Messages messages) {
        return switch (load.type()) {
            case NONE -> messages.get("versions.none");
            case BODY_WEIGHT -> messages.get("versions.load.bodyWeight");
            case BAND -> {
                String band = load.bandColour() == null
                        ? messages.get("versions.load.band")
                        : messages.get(
                                "versions.load.colouredBand", enumWord("versions.band.", load.bandColour(), messages));
                yield load.bandPlacement() == null
                        ? band
                        : messages.get(
                                "versions.load.bandAt",
                                band,
                                enumWord("versions.placement.", load.bandPlacement(), messages));
            }
            case ANKLE_WEIGHT ->
                load.weight() == null || load.weightUnit() == null
                        ? messages.get("versions.load.ankleWeight")
                        : messages.get(
                                "versions.load.ankleWeightOf",
                                load.weight().stripTrailingZeros().toPlainString(),
                                enumWord("versions.unit.", load.weightUnit(), messages));
        };
    }

    // Band colours, placements and units are named by their constants (versions.band.red); a test says each one.
    private static String enumWord(String keyPrefix, Enum<?> constant, Messages messages) {
        return messages.get(keyPrefix + constant.name().toLowerCase(Locale.ROOT));
    }
}

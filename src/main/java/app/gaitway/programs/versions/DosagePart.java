package app.gaitway.programs.versions;

import app.gaitway.programs.dosage.ItemDosage;
import app.gaitway.programs.dosage.Load;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A part of an item's dosage that can change between versions, in the order the history names them. */
public enum DosagePart {
    SETS {
        @Override
        boolean differs(ItemDosage before, ItemDosage after) {
            return before.sets() != after.sets();
        }
    },
    REPS {
        @Override
        boolean differs(ItemDosage before, ItemDosage after) {
            return differentRange(before.repsMin(), before.repsMax(), after.repsMin(), after.repsMax());
        }
    },
    HOLD {
        @Override
        boolean differs(ItemDosage before, ItemDosage after) {
            return !Objects.equals(before.holdSeconds(), after.holdSeconds());
        }
    },
    SIDE {
        @Override
        boolean differs(ItemDosage before, ItemDosage after) {
            return before.side() != after.side();
        }
    },
    /** Times a day and days a week, together. */
    HOW_OFTEN {
        @Override
        boolean differs(ItemDosage before, ItemDosage after) {
            return before.timesPerDay() != after.timesPerDay() || before.daysPerWeek() != after.daysPerWeek();
        }
    },
    LOAD {
        @Override
        boolean differs(ItemDosage before, ItemDosage after) {
            return !sameLoad(before.load(), after.load());
        }
    },
    /** Effort out of 10. */
    EFFORT {
        @Override
        boolean differs(ItemDosage before, ItemDosage after) {
            return differentRange(before.effortMin(), before.effortMax(), after.effortMin(), after.effortMax());
        }
    },
    /** Repetitions left in reserve. */
    RESERVE {
        @Override
        boolean differs(ItemDosage before, ItemDosage after) {
            return differentRange(before.reserveMin(), before.reserveMax(), after.reserveMin(), after.reserveMax());
        }
    },
    REST {
        @Override
        boolean differs(ItemDosage before, ItemDosage after) {
            return !Objects.equals(before.restSeconds(), after.restSeconds());
        }
    },
    NOTE {
        @Override
        boolean differs(ItemDosage before, ItemDosage after) {
            return !before.note().equals(after.note());
        }
    };

    abstract boolean differs(ItemDosage before, ItemDosage after);

    /** The parts that differ, in order; empty when the two dosages prescribe the same. */
    public static List<DosagePart> changedBetween(ItemDosage before, ItemDosage after) {
        return Arrays.stream(values())
                .filter(part -> part.differs(before, after))
                .toList();
    }

    /** A range with only its lower end given is a single number, the same as a range from that number to itself. */
    static Integer upperEnd(Integer min, Integer max) {
        return max == null ? min : max;
    }

    private static boolean differentRange(Integer minBefore, Integer maxBefore, Integer minAfter, Integer maxAfter) {
        return !Objects.equals(minBefore, minAfter)
                || !Objects.equals(upperEnd(minBefore, maxBefore), upperEnd(minAfter, maxAfter));
    }

    // Not Load.equals: BigDecimal.equals tells 2.5 from 2.50, and a patient's ankle weight does not.
    private static boolean sameLoad(Load before, Load after) {
        return before.type() == after.type()
                && before.bandColour() == after.bandColour()
                && before.bandPlacement() == after.bandPlacement()
                && before.weightUnit() == after.weightUnit()
                && (before.weight() == null
                        ? after.weight() == null
                        : after.weight() != null && before.weight().compareTo(after.weight()) == 0);
    }
}

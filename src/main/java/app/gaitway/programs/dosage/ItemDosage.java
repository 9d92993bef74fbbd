package app.gaitway.programs.dosage;

/**
 * What a therapist prescribes for one exercise of a home program: typed, so it can be checked, compared between
 * versions, estimated in minutes and said in plain words.
 *
 * <p>Either repetitions ({@code repsMin}–{@code repsMax}, equal for a single number) or a hold in seconds, in which
 * case the repetitions, when given, say how many holds. Effort is given on one or both of two named scales: out of
 * 10 ({@code effortMin}–{@code effortMax}) and repetitions left in reserve ({@code reserveMin}–{@code reserveMax}).
 * Null fields are not given. The record holds what was typed; {@code DosageRules} says whether it is valid.
 */
public record ItemDosage(
        int sets,
        Integer repsMin,
        Integer repsMax,
        Integer holdSeconds,
        SideChoice side,
        int timesPerDay,
        int daysPerWeek,
        Load load,
        Integer effortMin,
        Integer effortMax,
        Integer reserveMin,
        Integer reserveMax,
        Integer restSeconds,
        String note) {

    public ItemDosage {
        if (side == null) {
            side = SideChoice.BOTH;
        }
        if (load == null) {
            load = Load.NONE;
        }
        note = note == null ? "" : note.strip();
    }

    public boolean isHold() {
        return holdSeconds != null;
    }

    public boolean hasRepRange() {
        return repsMin != null && repsMax != null && !repsMin.equals(repsMax);
    }

    public boolean hasEffort() {
        return effortMin != null;
    }

    public boolean hasReserve() {
        return reserveMin != null;
    }
}

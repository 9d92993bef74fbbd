package app.gaitway.programs.dosage;

/** Which side does the exercise: each side in turn, both at once (or no side), or one side only. */
public enum SideChoice {
    EACH_SIDE,
    BOTH,
    LEFT_ONLY,
    RIGHT_ONLY;

    /** How many times a set is done: twice when each side is worked in turn. */
    public int timesPerSet() {
        return this == EACH_SIDE ? 2 : 1;
    }
}

package app.gaitway.patientside.adherence;

import java.util.List;

/** How many times each difficulty was reported. */
public record DifficultyCounts(int tooEasy, int aboutRight, int tooHard) {

    public static final DifficultyCounts NONE = new DifficultyCounts(0, 0, 0);

    /**
     * One day's reports of one exercise, each kind counted at most {@code perDay} times: a double tap saying "too hard"
     * twice is one report when one session a day was asked for, just as it is one session.
     */
    static DifficultyCounts ofOneDay(List<LoggedSession> entries, int perDay) {
        int easy = 0;
        int right = 0;
        int hard = 0;
        for (LoggedSession s : entries) {
            if (s.difficulty() == Difficulty.TOO_EASY) {
                easy++;
            } else if (s.difficulty() == Difficulty.ABOUT_RIGHT) {
                right++;
            } else if (s.difficulty() == Difficulty.TOO_HARD) {
                hard++;
            }
        }
        return new DifficultyCounts(Math.min(easy, perDay), Math.min(right, perDay), Math.min(hard, perDay));
    }

    public int of(Difficulty d) {
        return switch (d) {
            case TOO_EASY -> tooEasy;
            case ABOUT_RIGHT -> aboutRight;
            case TOO_HARD -> tooHard;
        };
    }

    public int total() {
        return tooEasy + aboutRight + tooHard;
    }

    DifficultyCounts plus(DifficultyCounts other) {
        return new DifficultyCounts(tooEasy + other.tooEasy, aboutRight + other.aboutRight, tooHard + other.tooHard);
    }
}

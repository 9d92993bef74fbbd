package app.gaitway.assessments.findings;

import java.util.Arrays;
import java.util.List;

/**
 * A text to show, as a message key of the findings bundle and its arguments, so it can be translated. An argument
 * is a number, a {@link app.gaitway.assessments.record.MmtGrade}, a name to look up (muscle group, motion, side, gait
 * sign, step-down band), another phrase, or a list of those; {@link FindingTexts} turns it into words.
 */
public record Phrase(String key, List<Object> args) {

    public Phrase {
        if (key == null || !key.startsWith("findings.")) {
            throw new IllegalArgumentException("a findings phrase needs a findings.* key, not " + key);
        }
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }
}

package app.gaitway.programs.suggestions;

import app.gaitway.assessments.findings.FindingTexts;
import app.gaitway.assessments.findings.Phrase;

import java.util.List;

/**
 * Exercises the program builder offers because of one finding of an assessment, with that finding as the reason:
 * "Hip abduction: right 3+/5" → side-lying hip abduction, clamshell, banded side step. The reason is the finding's
 * own phrase, so it reads exactly like the line in the findings summary. The slugs are in the order to offer them;
 * nothing is added to a program until the therapist accepts.
 *
 * @param ruleId the row of {@link SuggestionRules} that made it, stable across versions ("hip-abductors-lying")
 */
public record Suggestion(String ruleId, Phrase reason, List<String> exerciseSlugs) {

    public Suggestion {
        if (ruleId == null || ruleId.isBlank() || reason == null || exerciseSlugs == null || exerciseSlugs.isEmpty()) {
            throw new IllegalArgumentException("a suggestion needs a rule, a reason and at least one exercise");
        }
        exerciseSlugs = List.copyOf(exerciseSlugs);
    }

    /** The reason in English; pages in another language use {@link FindingTexts} over their bundle. */
    public String reasonText() {
        return FindingTexts.english().text(reason);
    }
}

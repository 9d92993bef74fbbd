package app.gaitway.programs.suggestions;

import app.gaitway.assessments.findings.Finding.Kind;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.GaitSign;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether the patient has knee pain, read from the complaint and where it hurts ("knee", "kneecap", "patella",
 * "patellofemoral"), or from the findings typical of patellofemoral pain (dynamic knee valgus, a poor step-down or
 * single-leg squat) in a patient for whom stairs, squatting or running bring the pain on. Knee pain then gets hip
 * and knee work together: the patellofemoral pain guideline recommends combining them over either alone (Willy RW
 * et al., J Orthop Sports Phys Ther 2019;49(9):CPG1–CPG95).
 */
final class KneePain {

    private static final Pattern KNEE_WORDS = Pattern.compile("\\b(knee|knees|kneecap|patell\\w*|pfp|pfps)\\b");
    private static final List<String> KNEE_AGGRAVATORS = List.of("stairs", "squatting", "running");

    private KneePain() {}

    static boolean of(AssessmentValues values, List<SideFinding> findings) {
        String words = (values.text("subjective.complaint").orElse("") + " "
                        + values.text("subjective.pain_location").orElse(""))
                .toLowerCase(Locale.ROOT);
        if (KNEE_WORDS.matcher(words).find()) {
            return true;
        }
        boolean typicalFinding = findings.stream()
                .anyMatch(f -> f.kind() == Kind.STEP_DOWN
                        || f.kind() == Kind.SINGLE_LEG_SQUAT
                        || (f.kind() == Kind.GAIT_SIGN && f.sign() == GaitSign.KNEE_VALGUS));
        boolean kneeActivities = KNEE_AGGRAVATORS.stream().anyMatch(a -> values.flag("subjective.aggravating." + a));
        return typicalFinding && kneeActivities;
    }
}

package app.gaitway.assessments.findings;

import app.gaitway.assessments.FollowUp;
import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.record.AssessmentValues;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PSFS and AKPS in the findings (FindingRules): worse by the important change is a flag, better a note. */
class MeasureFindingsTest {

    private static AssessmentValues akps(Integer... points) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < points.length; i++) {
            m.put(AssessmentFields.akps(i + 1), String.valueOf(points[i]));
        }
        return new AssessmentValues(m);
    }

    private static AssessmentValues psfs(int... ratings) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < ratings.length; i++) {
            m.put(AssessmentFields.psfsActivity(i + 1), "Activity " + (i + 1));
            m.put(AssessmentFields.psfsRating(i + 1), String.valueOf(ratings[i]));
        }
        return new AssessmentValues(m);
    }

    private static Finding only(List<Finding> findings, Finding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void anAkpsDownTenPointsIsFlagged() {
        AssessmentValues before = akps(5, 5, 5, 10, 5, 10, 10, 10, 10, 10, 10, 5, 5); // 100
        AssessmentValues after = akps(5, 5, 5, 8, 4, 8, 7, 10, 10, 10, 10, 5, 3); // 90
        Finding f = only(FindingsSummary.of(after, before), Finding.Kind.AKPS);
        assertTrue(f.isFlag());
        assertEquals("AKPS 90/100, down 10 points from 100/100: clinically important change", f.text());
        assertFalse(only(FindingsSummary.of(before, after), Finding.Kind.AKPS).isFlag());
    }

    @Test
    void aPsfsUpTwoPointsIsANoteAndDownTwoAFlag() {
        Finding up = only(FindingsSummary.of(psfs(5, 6, 7), psfs(3, 4, 5)), Finding.Kind.PSFS);
        assertFalse(up.isFlag());
        assertEquals("PSFS 6/10, up 2 from 4/10: clinically important change", up.text());
        assertTrue(only(FindingsSummary.of(psfs(3, 4, 5), psfs(5, 6, 7)), Finding.Kind.PSFS)
                .isFlag());
    }

    @Test
    void aFollowUpKeepsThePsfsActivitiesButNotTheirScores() {
        AssessmentValues carried = FollowUp.startingFrom(psfs(3, 4));
        assertEquals(
                "Activity 1", carried.text(AssessmentFields.psfsActivity(1)).orElseThrow());
        assertTrue(carried.text(AssessmentFields.psfsRating(1)).isEmpty());
        assertTrue(FollowUp.parts(carried).contains(FollowUp.Part.PSFS_ACTIVITIES));
    }
}

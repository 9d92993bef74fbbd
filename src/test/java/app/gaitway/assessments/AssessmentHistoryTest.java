package app.gaitway.assessments;

import app.gaitway.assessments.AssessmentSummary.FindingLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AssessmentHistoryTest {

    private static List<FindingLine> lines(int flags, int notes) {
        List<FindingLine> lines = new ArrayList<>();
        for (int i = 0; i < flags; i++) {
            lines.add(new FindingLine("flag " + i, true));
        }
        for (int i = 0; i < notes; i++) {
            lines.add(new FindingLine("note " + i, false));
        }
        return lines;
    }

    @Test
    void everyFlagIsShownHoweverManyAndOnlyNotesFoldAway() {
        assertEquals(11, AssessmentHistory.shown(lines(9, 7)), "9 flags and 2 notes");
        assertEquals(3, AssessmentHistory.shown(lines(3, 0)));
        assertEquals(2, AssessmentHistory.shown(lines(0, 5)));
        assertEquals(0, AssessmentHistory.shown(lines(0, 0)));
    }
}

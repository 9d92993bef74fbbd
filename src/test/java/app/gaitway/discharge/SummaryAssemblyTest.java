package app.gaitway.discharge;

import app.gaitway.assessments.findings.DatedAssessment;
import app.gaitway.assessments.findings.PatientContext;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.discharge.DischargeSummary.FindingRow;
import app.gaitway.shared.web.DisplayDates;
import app.gaitway.shared.web.Messages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a discharge summary reports of the measures, and that it reads back exactly as written. */
class SummaryAssemblyTest {

    private static final SummaryAssembly ASSEMBLY = new SummaryAssembly(new Messages(), new DisplayDates());

    private static DatedAssessment visit(String date, Map<String, String> values) {
        return new DatedAssessment(LocalDate.parse(date), new AssessmentValues(values));
    }

    private static Map<String, String> lefs(int each) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 1; i <= 20; i++) {
            m.put("lefs.item" + i, String.valueOf(each));
        }
        return m;
    }

    private static final List<DatedAssessment> EPISODE;

    static {
        Map<String, String> first = new LinkedHashMap<>(lefs(2));
        first.put("subjective.pain_now", "6");
        first.put("strength.hip_abductors.right.grade", "3+");
        first.put("rom.hip_extension.right.active", "10");
        Map<String, String> middle = Map.of("subjective.pain_now", "5");
        Map<String, String> last = new LinkedHashMap<>(lefs(3));
        last.put("subjective.pain_now", "5");
        last.put("strength.hip_abductors.right.grade", "4+");
        last.put("rom.hip_extension.right.active", "14");
        last.put("strength.force_unit", "n");
        last.put("strength.hip_abductors.left.force", "150");
        EPISODE = List.of(visit("2027-01-04", first), visit("2027-02-01", middle), visit("2027-03-01", last));
    }

    private static FindingRow row(List<FindingRow> rows, String measure) {
        return rows.stream()
                .filter(r -> r.measure().equals(measure))
                .findFirst()
                .orElseThrow(() -> new AssertionError(measure + " not in " + rows));
    }

    @Test
    void eachMeasureRecordedHasItsFirstAndLastValueChangeAndMcid() {
        List<FindingRow> rows = ASSEMBLY.findings(EPISODE, PatientContext.adult());
        FindingRow pain = row(rows, "Pain now");
        assertEquals("6/10", pain.first(), "taken at the first visit: its date is the summary's");
        assertEquals("5/10", pain.last());
        assertEquals("\u22121", pain.change());
        assertEquals("2", pain.mcid());
        assertEquals("Less than the MCID", pain.verdict());
        assertFalse(pain.improved());

        FindingRow lefs = row(rows, "LEFS total (0\u201380)");
        assertEquals("+20", lefs.change());
        assertEquals("9", lefs.mcid());
        assertEquals("Better by at least the MCID", lefs.verdict());
        assertTrue(lefs.improved());
    }

    @Test
    void gradesSayWhichWayAndRangeOfMotionIsJudgedByMeasurementError() {
        List<FindingRow> rows = ASSEMBLY.findings(EPISODE, PatientContext.adult());
        FindingRow grade = row(rows, "Hip abductors, Right: grade");
        assertEquals("3+/5", grade.first());
        assertEquals("4+/5", grade.last());
        assertEquals("better", grade.change());
        assertEquals(null, grade.mcid(), "no MCID is published for a manual muscle test grade");
        FindingRow rom = row(rows, "Hip extension, Right, active");
        assertEquals("+4", rom.change());
        assertEquals("Within measurement error", rom.verdict(), "4\u00B0 is within the 6\u00B0 of goniometry");
    }

    @Test
    void aMeasureRecordedOnceHasNoLastValueOrChangeAndOneNeverRecordedIsLeftOut() {
        List<FindingRow> rows = ASSEMBLY.findings(EPISODE, PatientContext.adult());
        FindingRow force = row(rows, "Hip abductors, Left: force");
        assertEquals("150 N (1 Mar 2027)", force.first(), "first taken at the last visit: dated");
        assertEquals(null, force.last());
        assertEquals(null, force.change());
        assertTrue(rows.stream().noneMatch(r -> r.measure().startsWith("Knee flexors")));
    }

    @Test
    void theSummaryReadsBackExactlyAsWritten() {
        DischargeSummary written = new DischargeSummary(
                "Fiona Findings",
                "1 Jan 1980",
                "1 Mar 2027",
                "Goals met",
                null,
                "Sam Lee",
                "PT",
                "3 signed, 4 Jan 2027 to 1 Mar 2027",
                ASSEMBLY.findings(EPISODE, PatientContext.adult()),
                List.of(new DischargeSummary.GoalRow(
                        "LEFS", "From 40 to 60", "Back to the stairs at work", "Latest: 60", "Met", "ok")),
                new DischargeSummary.HomeProgram(
                        "Knee pain",
                        "version 2, from 1 Feb 2027",
                        List.of(new DischargeSummary.ProgramItem(
                                "Clamshell", "3 sets of 12, each side", "once a day", "", null))));
        assertEquals(written, DischargeSummary.fromJson(written.toJson()));
        DischargeSummary none =
                new DischargeSummary("A", "B", "C", "D", null, "E", null, "F", List.of(), List.of(), null);
        assertEquals(none, DischargeSummary.fromJson(none.toJson()));
    }

    @Test
    void aSummaryWrittenBeforeGoalsHadNotesStillReads() {
        DischargeSummary older = DischargeSummary.fromJson("{\"patientName\":\"A\",\"goals\":[{\"title\":\"LEFS\","
                + "\"detail\":\"From 40 to 60\",\"latest\":\"Latest: 60\",\"status\":\"Met\",\"tone\":\"ok\"}]}");
        assertEquals(
                List.of(new DischargeSummary.GoalRow("LEFS", "From 40 to 60", null, "Latest: 60", "Met", "ok")),
                older.goals());
    }
}

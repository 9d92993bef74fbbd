package app.gaitway.assessments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A patient's history for the patient page, newest first, as {@code ${patientTimeline.of(patient.id)}}: the
 * patient pages show it without depending on the assessment code. Each entry carries its main findings so the
 * latest state is visible at a glance.
 */
@Named("patientTimeline")
@RequestScoped
public class PatientTimeline {

    private static final int FINDINGS_SHOWN = 6;

    @Inject
    AssessmentService assessments;

    @Inject
    AssessmentFindings findings;

    public record Entry(long assessmentId, LocalDate date, boolean isFinal, String signedBy, List<AssessmentSummary.FindingLine> findings,
                        int moreFindings) {
    }

    public List<Entry> of(long patientId) {
        List<Assessment> all = assessments.ofPatient(patientId);
        List<Entry> entries = new ArrayList<>();
        Assessment previous = null;
        for (Assessment a : all) {
            List<AssessmentSummary.FindingLine> lines = findings.lines(a.values(), previous == null ? null : previous.values());
            int shown = Math.min(FINDINGS_SHOWN, lines.size());
            entries.add(0, new Entry(a.getId(), a.getVisitDate(), a.isFinal(), a.getFinalizedByName(),
                    lines.subList(0, shown), lines.size() - shown));
            previous = a;
        }
        return entries;
    }
}

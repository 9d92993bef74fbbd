package app.gaitway.assessments;

import app.gaitway.patients.Patient;
import app.gaitway.patients.PatientService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

/**
 * The findings of a patient's latest assessment, most important first, for the program builder's findings panel
 * ({@code ${latestFindings.of(patientId)}}): the same list, in the same order, as the record page.
 */
@Named("latestFindings")
@RequestScoped
public class LatestFindings {

    /** The latest assessment's id, visit date and findings (flags first). */
    public record Latest(long assessmentId, LocalDate visitDate, List<AssessmentSummary.FindingLine> lines) {
        public List<AssessmentSummary.FindingLine> flags() {
            return lines.stream().filter(AssessmentSummary.FindingLine::flagged).toList();
        }

        public List<AssessmentSummary.FindingLine> notes() {
            return lines.stream().filter(l -> !l.flagged()).toList();
        }
    }

    @Inject
    AssessmentService assessments;

    @Inject
    PatientService patients;

    @Inject
    AssessmentFindings findings;

    /** Null when the patient has no assessment yet. */
    public Latest of(long patientId) {
        List<Assessment> all = assessments.ofPatient(patientId);
        if (all.isEmpty()) {
            return null;
        }
        Patient patient = patients.requireInOwnClinic(patientId);
        Assessment latest = all.get(all.size() - 1);
        Assessment previous = all.size() > 1 ? all.get(all.size() - 2) : null;
        return new Latest(
                latest.getId(),
                latest.getVisitDate(),
                findings.lines(
                        latest.values(),
                        previous == null ? null : previous.values(),
                        AssessmentFindings.context(patient, latest)));
    }
}

package app.gaitway.assessments;

import app.gaitway.patients.Patient;
import app.gaitway.patients.PatientService;
import app.gaitway.patients.history.HistoryEntry;
import app.gaitway.patients.history.HistorySource;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * A patient's assessments in their history: each visit with its main findings (compared with the visit before),
 * most important first, so the latest state is visible at a glance.
 */
@ApplicationScoped
public class AssessmentHistory implements HistorySource {

    /** Notes shown after the flags; every flag is shown, however many. */
    private static final int NOTES_SHOWN = 2;

    @Inject
    AssessmentService assessments;

    @Inject
    PatientService patients;

    @Inject
    AssessmentFindings findings;

    @Inject
    Messages messages;

    @Override
    public List<HistoryEntry> entriesOf(long patientId) {
        List<Assessment> all = assessments.ofPatient(patientId);
        if (all.isEmpty()) {
            return List.of();
        }
        Patient patient = patients.requireInOwnClinic(patientId);
        List<HistoryEntry> entries = new ArrayList<>();
        Assessment previous = null;
        for (Assessment a : all) {
            List<AssessmentSummary.FindingLine> lines = findings.lines(
                    a.values(), previous == null ? null : previous.values(), AssessmentFindings.context(patient, a));
            int shown = shown(lines);
            entries.add(new HistoryEntry(
                    "assessment",
                    a.getVisitDate(),
                    a.getCreatedAt(),
                    messages.get("assessment.timeline.title"),
                    "/assessments/" + a.getId(),
                    a.isFinal()
                            ? messages.get("assessment.timeline.final", a.getFinalizedByName())
                            : messages.get("assessment.timeline.draft"),
                    a.isFinal() ? "ok" : "off",
                    lines.subList(0, shown).stream()
                            .map(f -> new HistoryEntry.Line(f.text(), f.flagged()))
                            .toList(),
                    lines.size() > shown ? messages.get("assessment.timeline.more", lines.size() - shown) : null,
                    null));
            previous = a;
        }
        return entries;
    }

    /** The lines come flags first: all flags, then a few notes; what is left out is only ever notes. */
    static int shown(List<AssessmentSummary.FindingLine> lines) {
        int flags = (int)
                lines.stream().filter(AssessmentSummary.FindingLine::flagged).count();
        return Math.min(lines.size(), flags + NOTES_SHOWN);
    }
}

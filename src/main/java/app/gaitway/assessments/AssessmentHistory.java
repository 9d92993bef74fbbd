package app.gaitway.assessments;

import app.gaitway.assessments.findings.PatientContext;
import app.gaitway.patients.Patient;
import app.gaitway.patients.PatientService;
import app.gaitway.patients.history.HistoryEntry;
import app.gaitway.patients.history.HistorySource;
import app.gaitway.shared.cache.BoundedCache;
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

    /**
     * Findings lines of signed assessments, by the assessment, the one before it and the patient's context: both
     * signed means neither can change, so the lines cannot either. Working them out for every visit on every view
     * was 10 % of the patient page's CPU time (flight recording of bench/run's patient page, 2026-12-07). 2,000
     * visits' lines are about 4 MB (about ten lines of 100-200 characters each).
     */
    private final BoundedCache<SignedPair, List<AssessmentSummary.FindingLine>> signedLines =
            BoundedCache.ofEntries(2_000);

    /** Two signed assessments (the earlier may be absent) read in one patient context. */
    record SignedPair(long id, Long previousId, PatientContext context) {}

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
            List<AssessmentSummary.FindingLine> lines = lines(patient, a, previous);
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

    private List<AssessmentSummary.FindingLine> lines(Patient patient, Assessment a, Assessment previous) {
        PatientContext context = AssessmentFindings.context(patient, a);
        boolean signed = a.isFinal() && (previous == null || previous.isFinal());
        SignedPair key = signed ? new SignedPair(a.getId(), previous == null ? null : previous.getId(), context) : null;
        List<AssessmentSummary.FindingLine> kept = key == null ? null : signedLines.get(key);
        if (kept != null) {
            return kept;
        }
        List<AssessmentSummary.FindingLine> lines =
                List.copyOf(findings.lines(a.values(), previous == null ? null : previous.values(), context));
        if (key != null) {
            signedLines.put(key, lines);
        }
        return lines;
    }

    /** The lines come flags first: all flags, then a few notes; what is left out is only ever notes. */
    static int shown(List<AssessmentSummary.FindingLine> lines) {
        int flags = (int)
                lines.stream().filter(AssessmentSummary.FindingLine::flagged).count();
        return Math.min(lines.size(), flags + NOTES_SHOWN);
    }
}

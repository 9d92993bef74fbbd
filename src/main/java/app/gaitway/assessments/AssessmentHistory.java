package app.gaitway.assessments;

import app.gaitway.patients.history.HistoryEntry;
import app.gaitway.patients.history.HistorySource;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * A patient's assessments in their history: each visit with its main findings (compared with the visit before),
 * so the latest state is visible at a glance.
 */
@ApplicationScoped
public class AssessmentHistory implements HistorySource {

    private static final int FINDINGS_SHOWN = 6;

    @Inject
    AssessmentService assessments;

    @Inject
    AssessmentFindings findings;

    @Inject
    Messages messages;

    @Override
    public List<HistoryEntry> entriesOf(long patientId) {
        List<HistoryEntry> entries = new ArrayList<>();
        Assessment previous = null;
        for (Assessment a : assessments.ofPatient(patientId)) {
            List<HistoryEntry.Line> lines = findings.lines(a.values(), previous == null ? null : previous.values()).stream()
                    .map(f -> new HistoryEntry.Line(f.text(), f.flagged())).toList();
            int shown = Math.min(FINDINGS_SHOWN, lines.size());
            entries.add(new HistoryEntry("assessment", a.getVisitDate(), a.getCreatedAt(),
                    messages.get("assessment.timeline.title"), "/assessments/" + a.getId(),
                    a.isFinal() ? messages.get("assessment.timeline.final", a.getFinalizedByName())
                            : messages.get("assessment.timeline.draft"),
                    a.isFinal() ? "ok" : "off", lines.subList(0, shown),
                    lines.size() > shown ? messages.get("assessment.timeline.more", lines.size() - shown) : null, null));
            previous = a;
        }
        return entries;
    }
}

package app.gaitway.assessments;

import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.screen.RedFlag;
import app.gaitway.assessments.screen.SafetyScreen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The safety screen that speaks for a patient now, over all their assessments (drafts included: a red flag found
 * today must not wait for the signature):
 * <ul>
 * <li>the precautions are those of the newest assessment that records anything in its screen, so a follow-up that
 *     leaves the screen empty keeps the hip replacement recorded before, and one that fills it in replaces it;</li>
 * <li>red flags stay open from the newest assessment that ticks one until that assessment or a later one records a
 *     decision (a signed assessment cannot change, so the decision may come with the next one).</li>
 * </ul>
 * Access is the assessment service's: a patient of another clinic is not found.
 */
@ApplicationScoped
public class PatientScreens {

    @Inject
    AssessmentService assessments;

    /**
     * @param screen         the screen whose precautions apply (empty screen when none was recorded)
     * @param openRedFlags   red flags still waiting for a decision
     * @param flaggedId      the assessment that ticked them, or null
     */
    public record Current(SafetyScreen screen, List<RedFlag> openRedFlags, Long flaggedId, LocalDate flaggedOn) {

        public boolean needsMedicalReview() {
            return !openRedFlags.isEmpty();
        }
    }

    @Transactional
    public Current current(long patientId) {
        List<Assessment> ordered = assessments.ofPatient(patientId).stream()
                .filter(a -> !a.values().isEmpty())
                .sorted(Comparator.comparing(Assessment::getVisitDate).thenComparing(Assessment::getId))
                .toList();
        return current(ordered.stream()
                .map(a -> new Dated(a.getId(), a.getVisitDate(), SafetyScreen.of(a.values())))
                .toList());
    }

    /** One assessment's screen, for the rule above. */
    record Dated(long id, LocalDate visitDate, SafetyScreen screen) {}

    /** The rule above over assessments oldest first; a pure function for the tests. */
    static Current current(List<Dated> oldestFirst) {
        SafetyScreen screen = SafetyScreen.of(AssessmentValues.empty());
        for (Dated d : oldestFirst) {
            if (d.screen().isRecorded()) {
                screen = d.screen();
            }
        }
        Optional<Integer> flagged = Optional.empty();
        for (int i = 0; i < oldestFirst.size(); i++) {
            if (!oldestFirst.get(i).screen().redFlags().isEmpty()) {
                flagged = Optional.of(i);
            }
        }
        if (flagged.isEmpty()) {
            return new Current(screen, List.of(), null, null);
        }
        int from = flagged.get();
        boolean decided = oldestFirst.subList(from, oldestFirst.size()).stream()
                .anyMatch(d -> d.screen().decision().isPresent());
        Dated f = oldestFirst.get(from);
        return decided
                ? new Current(screen, List.of(), null, null)
                : new Current(screen, f.screen().redFlags(), f.id(), f.visitDate());
    }
}

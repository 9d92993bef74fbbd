package app.gaitway.assessments;

import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The red-flag banner of the patient page and the program builder, as {@code ${patientSafety.banner(id)}}: present
 * while the newest assessment has a red flag and no decision on it.
 */
@Named("patientSafety")
@RequestScoped
public class PatientSafety {

    @Inject
    PatientScreens screens;

    @Inject
    Messages messages;

    /** What the banner shows: the red flags in words and the assessment to record the decision on. */
    public record Banner(List<String> flags, long assessmentId, LocalDate visitDate) {}

    public Optional<Banner> banner(long patientId) {
        PatientScreens.Current c = screens.current(patientId);
        if (!c.needsMedicalReview()) {
            return Optional.empty();
        }
        return Optional.of(new Banner(
                c.openRedFlags().stream()
                        .map(f -> messages.get("assessment.label." + f.field()))
                        .toList(),
                c.flaggedId(),
                c.flaggedOn()));
    }
}

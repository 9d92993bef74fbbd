package app.gaitway.patientside.web;

import app.gaitway.patientside.adherence.Adherence;
import app.gaitway.patientside.adherence.AdherenceView;
import app.gaitway.patientside.adherence.AdherenceWords;
import app.gaitway.patientside.adherence.Difficulty;
import app.gaitway.patientside.adherence.LoggedSession;
import app.gaitway.patientside.adherence.PrescriptionHistory;
import app.gaitway.patientside.links.ExerciseLog;
import app.gaitway.patientside.links.PatientLog;
import app.gaitway.programs.PatientPrograms;
import app.gaitway.programs.ProgramsOfPatient;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adherence of a patient's running programs for the patient page, as {@code ${patientAdherence.of(patient.id)}}:
 * what the patient logged against what each version prescribed, over the last 7 and 30 days. A program ended
 * more than 30 days ago is left out; one without any link yet shows nothing to judge.
 */
@Named("patientAdherence")
@RequestScoped
public class PatientAdherence {

    /** The 30-day window and the 7 days before the pain trend's week. */
    private static final int DAYS_READ = Adherence.LONG_WINDOW + 8;

    @Inject
    PatientLog patientLog;

    @Inject
    PatientPrograms programs;

    @Inject
    PatientLog log;

    @Inject
    Messages messages;

    public List<AdherenceView> of(long patientId) {
        LocalDate today = patientLog.today();
        List<ProgramsOfPatient.Entry> judged = programs.withHistory(patientId).entries().stream()
                .filter(p -> p.summary().active()
                        || p.summary().endedOn() != null
                                && !p.summary().endedOn().isBefore(today.minusDays(Adherence.LONG_WINDOW)))
                .toList();
        Map<Long, List<ExerciseLog>> logs =
                log.since(patientId, judged.stream().map(p -> p.summary().id()).toList(), today.minusDays(DAYS_READ));
        List<AdherenceView> views = new ArrayList<>();
        for (ProgramsOfPatient.Entry p : judged) {
            List<PrescriptionHistory.Version> versions = p.versions().stream()
                    .map(v -> new PrescriptionHistory.Version(
                            v.version().getStartDate(),
                            LocalDate.ofInstant(v.version().getSavedAt(), ZoneId.systemDefault()),
                            v.items().stream()
                                    .map(i -> new PrescriptionHistory.Item(
                                            i.exerciseId(),
                                            i.name(),
                                            i.dosage().timesPerDay(),
                                            i.dosage().daysPerWeek()))
                                    .toList()))
                    .toList();
            List<LoggedSession> logged = logs.getOrDefault(p.summary().id(), List.of()).stream()
                    .map(PatientAdherence::session)
                    .toList();
            Adherence report =
                    Adherence.of(PrescriptionHistory.of(versions, p.summary().endedOn()), logged, today);
            views.add(AdherenceWords.view(report, p.summary().id(), p.summary().title(), messages));
        }
        return views;
    }

    private static LoggedSession session(ExerciseLog g) {
        Difficulty d = g.getDifficulty() == null
                ? null
                : Difficulty.valueOf(g.getDifficulty().name());
        return new LoggedSession(g.getDoneOn(), g.getExerciseId(), g.getPain(), d);
    }
}

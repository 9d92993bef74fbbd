package app.gaitway.patientside.links;

import app.gaitway.programs.ProgramService;
import app.gaitway.programs.ProgramView;
import app.gaitway.security.CurrentUser;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a patient logs through their link: an exercise (or the whole session) done today, with pain and
 * difficulty if they like, corrected or removed the same day. Nothing is logged by opening a page, and an
 * exercise counts at most as many times a day as it is prescribed, so extra taps do not inflate adherence.
 */
@ApplicationScoped
public class PatientLog {

    public static final String AUDIT_RECORD = "exercise-log";

    @Inject
    Clock clock;

    @Inject
    LinkRepository links;

    @Inject
    ProgramService programs;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    /** Today's entries of the link's program, by exercise id. */
    @Transactional
    public Map<Long, List<ExerciseLog>> today(PatientLink link) {
        Map<Long, List<ExerciseLog>> byExercise = new HashMap<>();
        for (ExerciseLog g : links.loggedOn(link.getProgramId(), today())) {
            byExercise
                    .computeIfAbsent(g.getExerciseId(), k -> new java.util.ArrayList<>())
                    .add(g);
        }
        return byExercise;
    }

    /**
     * Marks exercises done today: the one at {@code position}, or every one when it is empty.
     *
     * @return how many entries were added (0 when all were logged already as often as prescribed)
     */
    @Transactional
    public int markDone(
            PatientLink link,
            Optional<Integer> position,
            Integer pain,
            ExerciseLog.Difficulty difficulty,
            String clientAddress) {
        // Counting what is logged and adding to it must not interleave with another tap's (ten at once had
        // stored a once-a-day exercise three times): the program's link rows are locked until this commits.
        links.lockOfProgram(link.getProgramId());
        ProgramService.ForPatient p = programs.forPatient(link.getProgramId(), link.getClinicId());
        Map<Long, List<ExerciseLog>> done = today(link);
        Instant now = now();
        int added = 0;
        for (ProgramView.Item item : p.items()) {
            if (position.isPresent() && item.position() != position.get()) {
                continue;
            }
            int already = done.getOrDefault(item.exerciseId(), List.of()).size();
            if (already >= item.dosage().timesPerDay()) {
                continue;
            }
            ExerciseLog entry = new ExerciseLog(
                    link.getProgramId(),
                    link.getId(),
                    p.version().getNumber(),
                    item.exerciseId(),
                    item.name(),
                    today(),
                    pain,
                    difficulty,
                    now);
            links.add(entry);
            done.computeIfAbsent(item.exerciseId(), k -> new java.util.ArrayList<>())
                    .add(entry);
            added++;
        }
        if (added > 0) {
            audit.recordFor(
                    null,
                    link.getClinicId(),
                    clientAddress,
                    AuditAction.CHANGE,
                    AUDIT_RECORD,
                    link.getProgramId(),
                    AuditOutcome.SUCCESS,
                    "logged " + added);
        }
        return added;
    }

    /** Changes the pain and difficulty of an entry of today; false for any other entry. */
    @Transactional
    public boolean correct(
            PatientLink link, long entryId, Integer pain, ExerciseLog.Difficulty difficulty, String clientAddress) {
        Optional<ExerciseLog> entry = todays(link, entryId);
        entry.ifPresent(e -> {
            e.correct(pain, difficulty, now());
            audit.recordFor(
                    null,
                    link.getClinicId(),
                    clientAddress,
                    AuditAction.CHANGE,
                    AUDIT_RECORD,
                    entryId,
                    AuditOutcome.SUCCESS,
                    "corrected");
        });
        return entry.isPresent();
    }

    /** Removes an entry of today (it stays stored, marked removed); false for any other entry. */
    @Transactional
    public boolean remove(PatientLink link, long entryId, String clientAddress) {
        Optional<ExerciseLog> entry = todays(link, entryId);
        entry.ifPresent(e -> {
            e.remove(now());
            audit.recordFor(
                    null,
                    link.getClinicId(),
                    clientAddress,
                    AuditAction.CHANGE,
                    AUDIT_RECORD,
                    entryId,
                    AuditOutcome.SUCCESS,
                    "removed");
        });
        return entry.isPresent();
    }

    /**
     * Every entry that counts since a day of the given programs of a patient, oldest first, by program: for the
     * therapist's adherence view, in one query. Programs of another clinic or patient give nothing.
     */
    @Transactional
    public Map<Long, List<ExerciseLog>> since(long patientId, Collection<Long> programIds, LocalDate from) {
        Map<Long, List<ExerciseLog>> byProgram = new HashMap<>();
        for (ExerciseLog entry : links.loggedSince(patientId, currentUser.clinicId(), from)) {
            if (programIds.contains(entry.getProgramId())) {
                byProgram
                        .computeIfAbsent(entry.getProgramId(), k -> new ArrayList<>())
                        .add(entry);
            }
        }
        return byProgram;
    }

    private Optional<ExerciseLog> todays(PatientLink link, long entryId) {
        return links.log(entryId)
                .filter(e -> e.getProgramId() == link.getProgramId()
                        && !e.isRemoved()
                        && e.getDoneOn().equals(today()));
    }

    /** The patient's day, as the clinic's server counts days. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return AppClock.now(clock);
    }
}

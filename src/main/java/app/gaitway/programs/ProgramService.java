package app.gaitway.programs;

import app.gaitway.clinics.Colleagues;
import app.gaitway.exercises.GivenExercise;
import app.gaitway.exercises.ProgramExercises;
import app.gaitway.patients.Patient;
import app.gaitway.patients.PatientArchived;
import app.gaitway.patients.PatientService;
import app.gaitway.programs.dosage.ItemDosageJson;
import app.gaitway.programs.versions.ChangeSummary;
import app.gaitway.programs.versions.ItemSnapshot;
import app.gaitway.programs.versions.ProgramSnapshot;
import app.gaitway.programs.versions.VersionDiff;
import app.gaitway.security.CurrentUser;
import app.gaitway.shared.RecordNotFoundException;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.persistence.StaleEditException;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Home programs: creating one, saving a new version, ending it, reading what a version gave. Every method that
 * takes an id checks the caller's clinic (another clinic's program is "not found"), and every view and change
 * is written to the audit trail.
 */
@ApplicationScoped
public class ProgramService {

    /** The record type of programs in the audit trail. */
    public static final String AUDIT_RECORD = "program";

    @Inject
    ProgramRepository programs;

    @Inject
    PatientService patients;

    @Inject
    ProgramExercises exercises;

    @Inject
    Colleagues colleagues;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Messages messages;

    /** Thrown when an item names an exercise the clinic cannot use (any more): the builder shows it. */
    public static final class UnknownExercise extends RuntimeException {
        public UnknownExercise() {
            super(null, null, false, false);
        }
    }

    /** What saving did. */
    public enum Saved {
        NEW_VERSION,
        NOTHING_CHANGED
    }

    /**
     * Creates a program for a patient with its first version; returns the program's id.
     *
     * @param precautionWarnings the precaution warnings the therapist saw and kept (one per line, empty for none)
     */
    @Transactional
    public long create(long patientId, NewProgramVersion checked, String precautionWarnings) {
        Patient patient = patients.requireInOwnClinic(patientId);
        if (patient.isArchived()) {
            throw new PatientArchived();
        }
        Program program = Program.start(
                currentUser.clinicId(), patientId, checked.header().title());
        programs.add(program);
        List<GivenItem> given = givenItems(checked);
        ProgramSnapshot after = snapshot(checked, given);
        String summary = VersionDiff.between(null, after).text(messages);
        saveVersion(program, checked, given, summary, precautionWarnings);
        patients.touch(patientId);
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, program.getId(), AuditOutcome.SUCCESS);
        return program.getId();
    }

    /**
     * Saves the draft as the program's next version, if the form was built from the latest one.
     *
     * @throws StaleEditException when someone saved a version since the form was built
     */
    @Transactional
    public Saved saveNewVersion(long programId, int versionSeen, NewProgramVersion checked, String precautionWarnings) {
        Program program = require(programId);
        // Ended first: a builder opened before the program ended is told that, not "someone else saved".
        if (!program.isActive()) {
            throw new Program.Ended();
        }
        program.checkVersion(versionSeen);
        if (patients.requireInOwnClinic(program.getPatientId()).isArchived()) {
            throw new PatientArchived();
        }
        ProgramVersion latest =
                programs.version(programId, program.getLatestVersion()).orElseThrow();
        ProgramSnapshot before = snapshot(latest, programs.items(latest.getId()));
        List<GivenItem> given = givenItems(checked);
        ProgramSnapshot after = snapshot(checked, given);
        ChangeSummary changes = VersionDiff.between(before, after);
        if (changes.isEmpty()) {
            return Saved.NOTHING_CHANGED;
        }
        saveVersion(program, checked, given, changes.text(messages), precautionWarnings);
        patients.touch(program.getPatientId());
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, programId, AuditOutcome.SUCCESS);
        return Saved.NEW_VERSION;
    }

    /** Ends a running program with a date and a reason. */
    @Transactional
    public void end(long programId, int versionSeen, LocalDate on, String reason) {
        Program program = require(programId);
        program.checkVersion(versionSeen);
        program.end(on, reason, currentUser.getFullName());
        patients.touch(program.getPatientId());
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, programId, AuditOutcome.SUCCESS);
    }

    /** A program of the caller's clinic, or 404. Not audited: callers that show patient data audit the view. */
    @Transactional
    public Program require(long programId) {
        return programs.find(programId, currentUser.clinicId())
                .orElseThrow(() -> new RecordNotFoundException(AUDIT_RECORD, programId));
    }

    /** One version with what it gave, for the program page (the latest when {@code number} is empty); audited. */
    @Transactional
    public ProgramView view(long programId, Optional<Integer> number) {
        Program program = require(programId);
        Patient patient = patients.requireInOwnClinic(program.getPatientId());
        int shown = number.orElse(program.getLatestVersion());
        ProgramVersion version = programs.version(programId, shown)
                .orElseThrow(() -> new RecordNotFoundException("program version", programId + "/" + shown));
        List<ProgramView.Item> items = items(version, program.getClinicId());
        audit.record(AuditAction.VIEW, AUDIT_RECORD, programId, AuditOutcome.SUCCESS);
        return new ProgramView(
                program,
                patient.getId(),
                patient.getDisplayName(),
                patient.isArchived(),
                version,
                items,
                programs.versions(programId));
    }

    /**
     * The latest version of a program for its patient's link: no signed-in user, so the clinic comes from the
     * link, and only the patient's given name is read. Not audited here: the link's opening is.
     */
    @Transactional
    public ForPatient forPatient(long programId, long clinicId) {
        Program program = programs.find(programId, clinicId)
                .orElseThrow(() -> new RecordNotFoundException(AUDIT_RECORD, programId));
        ProgramVersion version =
                programs.version(programId, program.getLatestVersion()).orElseThrow();
        return new ForPatient(
                program, version, items(version, clinicId), patients.givenNameFor(program.getPatientId(), clinicId));
    }

    /** Whether a program of the clinic is still running (a link to an ended program shows "call us"). */
    @Transactional
    public boolean isActiveFor(long programId, long clinicId) {
        return programs.find(programId, clinicId).map(Program::isActive).orElse(false);
    }

    /**
     * The number of the latest version of a running program of the clinic; empty once it ended, and for another
     * clinic's program. Cheap inside a transaction that checked the program already (the program is read once).
     */
    @Transactional
    public OptionalInt runningVersion(long programId, long clinicId) {
        return programs.find(programId, clinicId)
                .filter(Program::isActive)
                .map(p -> OptionalInt.of(p.getLatestVersion()))
                .orElse(OptionalInt.empty());
    }

    public record ForPatient(Program program, ProgramVersion version, List<ProgramView.Item> items, String givenName) {}

    private List<ProgramView.Item> items(ProgramVersion version, long clinicId) {
        List<ProgramItem> items = programs.items(version.getId());
        Map<Long, GivenExercise> given = exercises.revisions(
                items.stream().map(ProgramItem::getExerciseRevisionId).toList(), clinicId);
        List<ProgramView.Item> views = new ArrayList<>();
        for (ProgramItem item : items) {
            views.add(new ProgramView.Item(
                    item.getPosition(),
                    item.getExerciseId(),
                    item.getExerciseName(),
                    given.get(item.getExerciseRevisionId()),
                    ItemDosageJson.fromJson(item.getDosageJson())));
        }
        return List.copyOf(views);
    }

    /** The latest version's fields and items, to fill the builder for the next version; audited as a view. */
    @Transactional
    public Latest latest(long programId) {
        Program program = require(programId);
        audit.record(AuditAction.VIEW, AUDIT_RECORD, programId, AuditOutcome.SUCCESS);
        ProgramVersion version =
                programs.version(programId, program.getLatestVersion()).orElseThrow();
        return new Latest(program, version, programs.items(version.getId()));
    }

    public record Latest(Program program, ProgramVersion version, List<ProgramItem> items) {}

    /**
     * A patient's programs for their page, newest first, with every version of each and what it gave: four queries
     * however many programs and versions there are (the list, the adherence and the history all read this).
     */
    @Transactional
    public ProgramsOfPatient ofPatient(long patientId) {
        patients.requireInOwnClinic(patientId);
        List<Program> list = programs.ofPatient(patientId, currentUser.clinicId());
        List<ProgramVersion> versions =
                list.isEmpty() ? List.of() : programs.versionsOfPatient(patientId, currentUser.clinicId());
        Map<Long, List<ProgramView.Item>> itemsByVersion = new HashMap<>();
        for (ProgramItem i :
                list.isEmpty() ? List.<ProgramItem>of() : programs.itemsOfPatient(patientId, currentUser.clinicId())) {
            itemsByVersion
                    .computeIfAbsent(i.getProgramVersionId(), k -> new ArrayList<>())
                    .add(new ProgramView.Item(
                            i.getPosition(),
                            i.getExerciseId(),
                            i.getExerciseName(),
                            null,
                            ItemDosageJson.fromJson(i.getDosageJson())));
        }
        Map<Long, List<VersionWithItems>> byProgram = new HashMap<>();
        for (ProgramVersion v : versions) {
            byProgram
                    .computeIfAbsent(v.getProgramId(), k -> new ArrayList<>())
                    .add(new VersionWithItems(v, List.copyOf(itemsByVersion.getOrDefault(v.getId(), List.of()))));
        }
        List<ProgramsOfPatient.Entry> entries = new ArrayList<>();
        for (Program p : list) {
            List<VersionWithItems> history = List.copyOf(byProgram.getOrDefault(p.getId(), List.of()));
            ProgramVersion v = history.get(history.size() - 1).version();
            ProgramSummary summary = new ProgramSummary(
                    p.getId(),
                    p.getTitle(),
                    p.isActive(),
                    p.getLatestVersion(),
                    v.getStartDate(),
                    v.getReviewDate(),
                    v.getSavedAt(),
                    v.getSavedByName(),
                    history.get(history.size() - 1).items().size(),
                    p.getEndedOn(),
                    p.getEndReason());
            entries.add(new ProgramsOfPatient.Entry(
                    summary, p.getEndedByName(), p.isActive() ? null : p.getUpdatedAt(), history));
        }
        return new ProgramsOfPatient(List.copyOf(entries));
    }

    public record VersionWithItems(ProgramVersion version, List<ProgramView.Item> items) {}

    /** The phone number to offer in a new program: the one the clinic gave last. */
    @Transactional
    public String suggestedPhone() {
        return programs.lastClinicPhone(currentUser.clinicId()).orElse("");
    }

    /** An item as it will be given: the snapshot the diff compares and the exercise revision row it points at. */
    private record GivenItem(ItemSnapshot snapshot, long revisionId) {}

    /** Each item at its revision (the latest for a new item), checking the clinic may use every exercise. */
    private List<GivenItem> givenItems(NewProgramVersion checked) {
        Map<Long, GivenExercise> current = exercises.current(checked.newExerciseIds(), false);
        Map<String, GivenExercise> kept = exercises.atRevisions(checked.givenRevisions());
        List<GivenItem> given = new ArrayList<>();
        for (NewProgramVersion.Item item : checked.items()) {
            GivenExercise exercise = item.revision() == null
                    ? current.get(item.exerciseId())
                    : kept.get(ProgramExercises.key(item.exerciseId(), item.revision()));
            if (exercise == null) {
                throw new UnknownExercise();
            }
            given.add(new GivenItem(
                    new ItemSnapshot(exercise.exerciseId(), exercise.revision(), exercise.name(), item.dosage()),
                    exercise.revisionId()));
        }
        return given;
    }

    private ProgramSnapshot snapshot(NewProgramVersion checked, List<GivenItem> given) {
        String therapist = colleagues
                .find(checked.therapistId())
                .map(Colleagues.Colleague::fullName)
                .orElseThrow(() -> new RecordNotFoundException("therapist", checked.therapistId()));
        ProgramHeader h = checked.header();
        return new ProgramSnapshot(
                h.title(),
                h.instructions(),
                h.startDate(),
                h.reviewDate(),
                therapist,
                h.clinicPhone(),
                given.stream().map(GivenItem::snapshot).toList());
    }

    private static ProgramSnapshot snapshot(ProgramVersion v, List<ProgramItem> items) {
        return new ProgramSnapshot(
                v.getTitle(),
                v.getInstructions(),
                v.getStartDate(),
                v.getReviewDate(),
                v.getTherapistName(),
                v.getClinicPhone(),
                items.stream()
                        .map(i -> new ItemSnapshot(
                                i.getExerciseId(),
                                i.getExerciseRevision(),
                                i.getExerciseName(),
                                ItemDosageJson.fromJson(i.getDosageJson())))
                        .toList());
    }

    private void saveVersion(
            Program program,
            NewProgramVersion checked,
            List<GivenItem> given,
            String summary,
            String precautionWarnings) {
        int number = program.nextVersion(checked.header().title());
        // The program row first: a save racing this one then fails on its optimistic lock (and is told),
        // rather than on the unique version number of the row below.
        programs.flush();
        ProgramSnapshot s = snapshot(checked, given);
        ProgramVersion version = programs.persist(new ProgramVersion(
                program.getId(),
                number,
                checked.header(),
                checked.therapistId(),
                s.therapistName(),
                summary,
                currentUser.id(),
                currentUser.getFullName(),
                precautionWarnings));
        for (int i = 0; i < given.size(); i++) {
            ItemSnapshot item = given.get(i).snapshot();
            programs.persist(new ProgramItem(
                    version.getId(),
                    i,
                    item.exerciseId(),
                    given.get(i).revisionId(),
                    item.exerciseRevision(),
                    item.exerciseName(),
                    ItemDosageJson.toJson(item.dosage())));
        }
    }
}

package app.gaitway.fhir;

import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.goals.Goal;
import app.gaitway.goals.GoalStatus;
import app.gaitway.patients.Sex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a patient's export holds, read from the features' services and nothing else: the mappers turn it into FHIR
 * resources without a database, so a unit test reaches every mapping. Optional values are null when not recorded.
 *
 * @param visits signed assessments only, oldest first: a draft can still change, so another system is not handed it
 * @param programs every home program with its latest version, newest first
 * @param goals every goal, withdrawn and closed ones too, with where it stood on the day of the export
 */
public record PatientRecord(
        Person patient,
        Clinic clinic,
        List<Staff> staff,
        List<Visit> visits,
        List<HomeProgram> programs,
        List<GoalFacts> goals) {

    public PatientRecord {
        staff = List.copyOf(staff);
        visits = List.copyOf(visits);
        programs = List.copyOf(programs);
        goals = List.copyOf(goals);
    }

    /** A record without goals. */
    public PatientRecord(
            Person patient, Clinic clinic, List<Staff> staff, List<Visit> visits, List<HomeProgram> programs) {
        this(patient, clinic, staff, visits, programs, List.of());
    }

    /**
     * A goal as the plan of care holds it. A numeric goal names its measure (key, label and unit as the goal pages show
     * them) with a baseline and a target; a functional goal only its words. {@code status} is where it stood when the
     * record was read (evaluated from the signed visits, or the therapist's rating); {@code state} whether it is
     * pursued ({@code ACTIVE}), was withdrawn, or was closed at discharge.
     */
    public record GoalFacts(
            long id,
            String description,
            String measureKey,
            String measureLabel,
            String unit,
            Double baseline,
            LocalDate baselineOn,
            Double target,
            LocalDate dueOn,
            LocalDate setOn,
            Goal.State state,
            GoalStatus status) {}

    public record Person(long id, String givenName, String familyName, LocalDate birthDate, Sex sex) {}

    public record Clinic(long id, String name, List<String> addressLines) {
        public Clinic {
            addressLines = List.copyOf(addressLines);
        }
    }

    /** A member of staff as they signed: name and credentials are those kept on the record. */
    public record Staff(long id, String name, String credentials) {}

    /** A signed assessment: its visit day, who signed it and when, and its values. */
    public record Visit(long id, LocalDate date, long signedBy, Instant signedAt, AssessmentValues values) {}

    public record HomeProgram(
            long id,
            int version,
            String title,
            String instructions,
            LocalDate start,
            LocalDate ended,
            long therapistId,
            Instant savedAt,
            List<Exercise> exercises) {
        public HomeProgram {
            exercises = List.copyOf(exercises);
        }

        public boolean active() {
            return ended == null;
        }
    }

    /** One exercise as given: its name, the dosage in words, and the therapist's note (empty when none). */
    public record Exercise(int position, String name, String dosage, String note) {}
}

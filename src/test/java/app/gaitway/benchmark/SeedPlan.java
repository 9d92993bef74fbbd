package app.gaitway.benchmark;

import app.gaitway.programs.dosage.ItemDosage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the seeder will write, decided before anything is written: the clinics, their therapists, and each
 * patient with the dates of their visits and their home programs version by version. {@link SeedPlanner} makes it
 * from a fixed random seed, so the same scale on the same day gives the same plan; {@link SeedWriter} writes it.
 * Assessment values and the patients' logs are drawn while writing, from seeds kept here, so the plan stays small.
 */
final class SeedPlan {

    final List<ClinicPlan> clinics;
    final OffsetDateTime now;

    SeedPlan(List<ClinicPlan> clinics, OffsetDateTime now) {
        this.clinics = List.copyOf(clinics);
        this.now = now;
    }

    /** A clinic, its therapists and its patients; the phone is the one its programs give. */
    record ClinicPlan(
            String name, String address, String phone, List<TherapistPlan> therapists, List<PatientPlan> patients) {}

    record TherapistPlan(String fullName, String email, String credentials) {}

    /** One visit: its date, when the assessment was started, and when it was signed (null for a draft). */
    record Visit(LocalDate date, OffsetDateTime startedAt, OffsetDateTime finalizedAt) {
        boolean draft() {
            return finalizedAt == null;
        }
    }

    /** An exercise of a program version and its dosage. */
    record ItemPlan(SeedLibrary.Entry exercise, ItemDosage dosage) {}

    /** One version as saved: its number, time, dates, items and the application's own "what changed" line. */
    record VersionPlan(
            int number,
            OffsetDateTime savedAt,
            LocalDate startDate,
            LocalDate reviewDate,
            List<ItemPlan> items,
            String changeSummary) {}

    /**
     * How a patient keeps to a running program over the last 30 days: the share of prescribed sessions done and the
     * usual pain they give; {@code seed} draws the entries.
     */
    record Logging(double adherence, int usualPain, long seed) {}

    /** A program; ended when {@code endedOn} is set; logging null when the patient logged nothing. */
    record ProgramPlan(
            String title,
            String instructions,
            List<VersionPlan> versions,
            LocalDate endedOn,
            String endReason,
            OffsetDateTime updatedAt,
            Logging logging) {

        boolean active() {
            return endedOn == null;
        }

        VersionPlan latest() {
            return versions.get(versions.size() - 1);
        }
    }

    /**
     * A patient with what their assessments are drawn from: the condition and side, how much weaker the affected
     * side is at the first visit ({@code deficit}, 0 to 1), the worst pain and LEFS score then, the body weight, and
     * the safety screen's facts.
     */
    static final class PatientPlan {
        long seed;
        int therapist;
        Condition condition;
        String givenName;
        String familyName;
        LocalDate dateOfBirth;
        int age;
        String sex;
        boolean female;
        String side;
        boolean archived;
        OffsetDateTime createdAt;
        OffsetDateTime updatedAt;
        OffsetDateTime lastActivityAt;
        /** The last time the clinic saw the patient: visits and program changes are before it. */
        OffsetDateTime lastSeen;

        double deficit;
        int worstPain;
        int lefs;
        int bodyWeightKg;
        String goal;
        String hipApproach;
        LocalDate surgeryDate;
        int pregnancyWeeks;
        boolean osteoporosis;
        String redFlag;
        boolean referred;
        List<Visit> visits = List.of();
        List<ProgramPlan> programs = List.of();
    }
}

package app.gaitway.assessments.findings;

import app.gaitway.assessments.record.Side;
import app.gaitway.patients.AffectedSide;
import app.gaitway.patients.Sex;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * What the findings need to know about the patient besides the measurements: age at the visit (range of motion is
 * judged against the norms of the patient's age band), sex (kept for norms published by sex) and the affected side
 * (limb symmetry is then involved ÷ uninvolved). Any of them may be unknown (null).
 */
public record PatientContext(Integer age, Sex sex, AffectedSide affectedSide) {

    public PatientContext {
        if (age != null && (age < 0 || age > 130)) {
            throw new IllegalArgumentException("no patient is " + age + " years old");
        }
    }

    /** Nothing known: adult norms over all ages, weaker ÷ stronger symmetry. */
    public static PatientContext adult() {
        return new PatientContext(null, null, null);
    }

    /** Age in whole years on the visit date; unknown when either date is missing or the visit predates the birth. */
    public static PatientContext of(LocalDate dateOfBirth, LocalDate visitDate, Sex sex, AffectedSide affectedSide) {
        Integer age = null;
        if (dateOfBirth != null && visitDate != null && !visitDate.isBefore(dateOfBirth)) {
            age = Period.between(dateOfBirth, visitDate).getYears();
        }
        return new PatientContext(age, sex, affectedSide);
    }

    /** The involved side when the complaint is on one side only. */
    public Optional<Side> involvedSide() {
        if (affectedSide == AffectedSide.LEFT) {
            return Optional.of(Side.LEFT);
        }
        return affectedSide == AffectedSide.RIGHT ? Optional.of(Side.RIGHT) : Optional.empty();
    }
}

package app.gaitway.goals;

import app.gaitway.shared.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A goal on a patient's plan of care. Either <b>numeric</b>: a measure ({@link GoalMeasures}), the baseline it starts
 * from, a target and the date it should be reached by, evaluated from later assessments; or <b>functional</b>: a goal
 * in words, optionally one of the patient's PSFS activities, rated met / partly met / not met by the therapist.
 * Plain fields (measure key, baseline, target, due date, status), so exports can map them as they are.
 *
 * <p>Never deleted: a goal set by mistake or dropped is withdrawn, and the goals of an episode are closed when care
 * ends (the discharge summary keeps them as they stood).
 */
@Entity
@Table(name = "goal")
public class Goal extends AuditedEntity {

    public enum Kind {
        NUMERIC,
        FUNCTIONAL
    }

    /** Active on the plan; withdrawn by the therapist; closed when care ended. */
    public enum State {
        ACTIVE,
        WITHDRAWN,
        CLOSED
    }

    /** Thrown when a goal that is no longer active is rated or withdrawn. */
    public static final class NotActive extends RuntimeException {
        public NotActive() {
            super(null, null, false, false);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    private long clinicId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 12, nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "measure_key", length = 100)
    private String measureKey;

    @Column(name = "baseline")
    private Double baseline;

    /** The day the baseline was measured: only assessments after it count toward the goal. */
    @Column(name = "baseline_on")
    private LocalDate baselineOn;

    @Column(name = "target")
    private Double target;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "description", length = 300)
    private String description;

    @Column(name = "psfs_activity", length = 200)
    private String psfsActivity;

    /** A functional goal's rating by the therapist: MET, PARTLY_MET or NOT_MET; null until rated. */
    @Enumerated(EnumType.STRING)
    @Column(name = "rating", length = 12)
    private GoalStatus rating;

    @Column(name = "rated_on")
    private LocalDate ratedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 12, nullable = false)
    private State state;

    @Column(name = "set_on", nullable = false, updatable = false)
    private LocalDate setOn;

    @Column(name = "set_by_name", length = 200, nullable = false, updatable = false)
    private String setByName;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected Goal() {}

    public static Goal numeric(
            long clinicId,
            long patientId,
            String measureKey,
            double baseline,
            LocalDate baselineOn,
            double target,
            LocalDate dueOn,
            String description,
            LocalDate setOn,
            String setByName) {
        Goal g = start(clinicId, patientId, Kind.NUMERIC, description, setOn, setByName);
        g.measureKey = measureKey;
        g.baseline = baseline;
        g.baselineOn = baselineOn;
        g.target = target;
        g.dueOn = dueOn;
        return g;
    }

    public static Goal functional(
            long clinicId,
            long patientId,
            String description,
            String psfsActivity,
            LocalDate dueOn,
            LocalDate setOn,
            String setByName) {
        Goal g = start(clinicId, patientId, Kind.FUNCTIONAL, description, setOn, setByName);
        g.psfsActivity = psfsActivity;
        g.dueOn = dueOn;
        return g;
    }

    private static Goal start(
            long clinicId, long patientId, Kind kind, String description, LocalDate setOn, String setByName) {
        Goal g = new Goal();
        g.clinicId = clinicId;
        g.patientId = patientId;
        g.kind = kind;
        g.description = description;
        g.state = State.ACTIVE;
        g.setOn = setOn;
        g.setByName = setByName;
        return g;
    }

    /** The therapist's rating of a functional goal. */
    public void rate(GoalStatus rating, LocalDate on) {
        if (state != State.ACTIVE) {
            throw new NotActive();
        }
        if (kind != Kind.FUNCTIONAL
                || (rating != GoalStatus.MET && rating != GoalStatus.PARTLY_MET && rating != GoalStatus.NOT_MET)) {
            throw new IllegalArgumentException("only a functional goal is rated, and only met, partly or not met");
        }
        this.rating = rating;
        this.ratedOn = on;
    }

    /**
     * The therapist changes what the goal aims at: the target and date of a numeric goal, the words and the PSFS
     * activity of a functional one. The measure and the baseline stay: a different measure is a different goal.
     */
    public void revise(Double newTarget, LocalDate newDueOn, String newDescription, String newPsfsActivity) {
        if (state != State.ACTIVE) {
            throw new NotActive();
        }
        if (kind == Kind.NUMERIC) {
            target = java.util.Objects.requireNonNull(newTarget);
            dueOn = java.util.Objects.requireNonNull(newDueOn);
        } else {
            psfsActivity = newPsfsActivity;
            dueOn = newDueOn;
        }
        description = newDescription;
    }

    public void withdraw(LocalDate on) {
        if (state != State.ACTIVE) {
            throw new NotActive();
        }
        state = State.WITHDRAWN;
        closedOn = on;
    }

    /** Care ended: the goal stays as it stood, in the discharge summary. */
    public void close(LocalDate on) {
        if (state == State.ACTIVE) {
            state = State.CLOSED;
            closedOn = on;
        }
    }

    public Long getId() {
        return id;
    }

    public long getClinicId() {
        return clinicId;
    }

    public long getPatientId() {
        return patientId;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isNumeric() {
        return kind == Kind.NUMERIC;
    }

    public String getMeasureKey() {
        return measureKey;
    }

    public Double getBaseline() {
        return baseline;
    }

    public LocalDate getBaselineOn() {
        return baselineOn;
    }

    public Double getTarget() {
        return target;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getDescription() {
        return description;
    }

    public String getPsfsActivity() {
        return psfsActivity;
    }

    public GoalStatus getRating() {
        return rating;
    }

    public LocalDate getRatedOn() {
        return ratedOn;
    }

    public State getState() {
        return state;
    }

    public boolean isActive() {
        return state == State.ACTIVE;
    }

    public LocalDate getSetOn() {
        return setOn;
    }

    public String getSetByName() {
        return setByName;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}

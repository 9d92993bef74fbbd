package app.gaitway.assessments;

import app.gaitway.shared.time.AppClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A dated note added to a finalized assessment by a therapist. Never changed or removed. */
@Entity
@Table(name = "assessment_addendum")
public class Addendum {

    public static final int MAX_LENGTH = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private long assessmentId;

    @Column(name = "body", length = MAX_LENGTH, nullable = false, updatable = false)
    private String body;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "written_by", nullable = false, updatable = false)
    private long writtenBy;

    @Column(name = "written_by_name", length = 200, nullable = false, updatable = false)
    private String writtenByName;

    protected Addendum() {}

    public static Addendum of(long assessmentId, String body, long userId, String userName) {
        Addendum a = new Addendum();
        a.assessmentId = assessmentId;
        a.body = body;
        a.writtenAt = AppClock.now();
        a.writtenBy = userId;
        a.writtenByName = userName;
        return a;
    }

    public Long getId() {
        return id;
    }

    public long getAssessmentId() {
        return assessmentId;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getWrittenByName() {
        return writtenByName;
    }
}

package app.gaitway.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One line of the append-only audit trail. Unlike editable records it has no version
 * and no "changed by": it is written once and never updated.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "user_id", updatable = false)
    private Long userId;

    @Column(name = "clinic_id", updatable = false)
    private Long clinicId;

    @Column(name = "action", nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "record_type", updatable = false, length = 60)
    private String recordType;

    @Column(name = "record_id", updatable = false, length = 64)
    private String recordId;

    @Column(name = "outcome", nullable = false, updatable = false, length = 20)
    private String outcome;

    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    @Column(name = "detail", updatable = false, length = 300)
    private String detail;

    @Column(name = "hmac", nullable = false, updatable = false, length = 64)
    private String hmac;

    protected AuditEntry() {}

    public AuditEntry(AuditRecordContent content, String hmac) {
        this.occurredAt = content.occurredAt();
        this.userId = content.userId();
        this.clinicId = content.clinicId();
        this.action = content.action();
        this.recordType = content.recordType();
        this.recordId = content.recordId();
        this.outcome = content.outcome();
        this.clientAddress = content.clientAddress();
        this.detail = content.detail();
        this.hmac = hmac;
    }

    public AuditRecordContent content() {
        return new AuditRecordContent(
                occurredAt, userId, clinicId, action, recordType, recordId, outcome, clientAddress, detail);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getClinicId() {
        return clinicId;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetail() {
        return detail;
    }

    public String getHmac() {
        return hmac;
    }
}

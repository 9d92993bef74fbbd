package app.gaitway.auditlog;

import jakarta.ws.rs.QueryParam;

/**
 * The filter form of the audit log as typed (GET parameters, also of the CSV link),
 * kept as text so that a wrong value is shown back beside its field.
 */
public class AuditFilterForm {

    @QueryParam("user")
    private String user;

    @QueryParam("action")
    private String action;

    @QueryParam("outcome")
    private String outcome;

    @QueryParam("from")
    private String from;

    @QueryParam("to")
    private String to;

    @QueryParam("recordType")
    private String recordType;

    @QueryParam("recordId")
    private String recordId;

    public AuditFilterForm() {
    }

    AuditFilterForm(String user, String action, String outcome, String from, String to, String recordType, String recordId) {
        this.user = user;
        this.action = action;
        this.outcome = outcome;
        this.from = from;
        this.to = to;
        this.recordType = recordType;
        this.recordId = recordId;
    }

    public String getUser() { return user; }
    public String getAction() { return action; }
    public String getOutcome() { return outcome; }
    public String getFrom() { return from; }
    public String getTo() { return to; }
    public String getRecordType() { return recordType; }
    public String getRecordId() { return recordId; }
}

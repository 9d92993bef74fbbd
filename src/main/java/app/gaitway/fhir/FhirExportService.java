package app.gaitway.fhir;

import app.gaitway.assessments.Assessment;
import app.gaitway.assessments.AssessmentService;
import app.gaitway.clinics.Letterhead;
import app.gaitway.goals.Goal;
import app.gaitway.goals.GoalBoard;
import app.gaitway.goals.GoalMeasure;
import app.gaitway.goals.GoalService;
import app.gaitway.patients.Patient;
import app.gaitway.patients.PatientService;
import app.gaitway.programs.ProgramService;
import app.gaitway.programs.ProgramView;
import app.gaitway.programs.ProgramsOfPatient;
import app.gaitway.programs.dosage.ItemDosageWords;
import app.gaitway.security.CurrentUser;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.time.AppClock;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A patient's record for another system: read through the features' services (another clinic's patient, or an id that
 * does not exist, is "not found"), mapped to a FHIR R4 bundle and audited as an export of the patient's record, like a
 * print. Nothing here reaches a network: the mapping and the JSON writing are local.
 */
@ApplicationScoped
public class FhirExportService {

    @Inject
    PatientService patients;

    @Inject
    AssessmentService assessments;

    @Inject
    ProgramService programs;

    @Inject
    GoalService goals;

    @Inject
    Letterhead letterhead;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "gaitway.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The patient's record as FHIR JSON; the export is audited. */
    @Transactional
    public String export(long patientId) {
        PatientRecord record = read(patientId);
        String json = FhirRecordExport.json(FhirRecordExport.bundle(record, baseUrl, messages, AppClock.now(clock)));
        audit.record(AuditAction.EXPORT, PatientService.AUDIT_RECORD, patientId, AuditOutcome.SUCCESS);
        return json;
    }

    private PatientRecord read(long patientId) {
        Patient p = patients.requireInOwnClinic(patientId);
        Map<Long, PatientRecord.Staff> staff = new LinkedHashMap<>();
        List<PatientRecord.Visit> visits = new ArrayList<>();
        for (Assessment a : assessments.ofPatient(patientId)) {
            if (a.isFinal() && a.getFinalizedBy() != null) {
                long signer = a.getFinalizedBy();
                staff.put(
                        signer, new PatientRecord.Staff(signer, a.getFinalizedByName(), a.getFinalizedByCredentials()));
                visits.add(
                        new PatientRecord.Visit(a.getId(), a.getVisitDate(), signer, a.getFinalizedAt(), a.values()));
            }
        }
        List<PatientRecord.HomeProgram> given = new ArrayList<>();
        for (ProgramsOfPatient.Entry entry : programs.ofPatient(patientId).entries()) {
            ProgramService.VersionWithItems latest =
                    entry.versions().get(entry.versions().size() - 1);
            var v = latest.version();
            staff.putIfAbsent(
                    v.getTherapistId(), new PatientRecord.Staff(v.getTherapistId(), v.getTherapistName(), null));
            List<PatientRecord.Exercise> exercises = new ArrayList<>();
            for (ProgramView.Item item : latest.items()) {
                exercises.add(new PatientRecord.Exercise(
                        item.position(),
                        item.name(),
                        ItemDosageWords.summary(item.dosage(), messages),
                        item.dosage().note()));
            }
            given.add(new PatientRecord.HomeProgram(
                    entry.summary().id(),
                    v.getNumber(),
                    entry.summary().title(),
                    v.getInstructions(),
                    v.getStartDate(),
                    entry.summary().endedOn(),
                    v.getTherapistId(),
                    v.getSavedAt(),
                    exercises));
        }
        Letterhead.View clinic = letterhead.current();
        return new PatientRecord(
                new PatientRecord.Person(
                        p.getId(), p.getGivenName(), p.getFamilyName(), p.getDateOfBirth(), p.getSex()),
                new PatientRecord.Clinic(currentUser.clinicId(), clinic.clinicName(), clinic.addressLines()),
                List.copyOf(staff.values()),
                visits,
                given,
                goals(patientId));
    }

    /** Every goal with where it stands today: numeric ones evaluated from the signed visits, as the goal pages do. */
    private List<PatientRecord.GoalFacts> goals(long patientId) {
        List<Goal> all = goals.ofPatient(patientId);
        if (all.isEmpty()) {
            return List.of();
        }
        LocalDate today = AppClock.today();
        GoalService.Signed signed = goals.signed(patientId);
        List<PatientRecord.GoalFacts> facts = new ArrayList<>();
        for (Goal g : all) {
            GoalBoard.Evaluated e = GoalBoard.evaluate(g, signed.assessments(), signed.patient(), today);
            GoalMeasure measure = e.measure();
            facts.add(new PatientRecord.GoalFacts(
                    g.getId(),
                    g.getDescription(),
                    measure == null ? null : measure.key(),
                    measure == null ? null : measure.label().in(messages),
                    measure == null ? null : measure.unit(),
                    g.getBaseline(),
                    g.getBaselineOn(),
                    g.getTarget(),
                    g.getDueOn(),
                    g.getSetOn(),
                    g.getState(),
                    e.status()));
        }
        return facts;
    }
}

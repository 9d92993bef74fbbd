package app.gaitway.fhir;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;

import java.util.Date;

/**
 * Each home program, as its latest version gave it: a {@code CarePlan} (active while the program runs, completed once
 * ended) whose activities are one {@code ServiceRequest} per exercise, coded SNOMED CT 229065009 |Exercise therapy|
 * with the exercise's name as text, the dosage in words as the patient's instruction and the therapist's note as a
 * note. Earlier versions are not exported.
 */
final class HomeProgramMapper implements ResourceMapper {

    @Override
    public void addTo(PatientRecord record, ExportBundle bundle) {
        for (PatientRecord.HomeProgram program : record.programs()) {
            String programKey = "program-" + program.id() + "-v" + program.version();
            Reference author = bundle.staff(program.therapistId());
            CarePlan plan = new CarePlan();
            plan.setStatus(program.active() ? CarePlan.CarePlanStatus.ACTIVE : CarePlan.CarePlanStatus.COMPLETED);
            plan.setIntent(CarePlan.CarePlanIntent.PLAN);
            plan.setTitle(program.title());
            if (program.instructions() != null && !program.instructions().isBlank()) {
                plan.setDescription(program.instructions());
            }
            plan.setSubject(bundle.patient());
            Period period = new Period()
                    .setStartElement(new DateTimeType(program.start().toString()));
            if (program.ended() != null) {
                period.setEndElement(new DateTimeType(program.ended().toString()));
            }
            plan.setPeriod(period);
            plan.setCreated(Date.from(program.savedAt()));
            plan.setAuthor(author);
            for (PatientRecord.Exercise e : program.exercises()) {
                ServiceRequest request = new ServiceRequest();
                request.setStatus(
                        program.active()
                                ? ServiceRequest.ServiceRequestStatus.ACTIVE
                                : ServiceRequest.ServiceRequestStatus.COMPLETED);
                request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
                Coding therapy = FhirCodes.snomed(FhirCodes.EXERCISE_THERAPY, "Exercise therapy");
                request.setCode(new CodeableConcept(therapy).setText(e.name()));
                request.setSubject(bundle.patient());
                request.setAuthoredOn(Date.from(program.savedAt()));
                request.setRequester(author);
                request.setPatientInstruction(e.dosage());
                if (!e.note().isBlank()) {
                    request.addNote(new Annotation().setText(e.note()));
                }
                Reference ref = bundle.add(request, programKey + "-exercise-" + e.position());
                plan.addActivity().setReference(ref);
            }
            bundle.add(plan, programKey);
        }
    }
}

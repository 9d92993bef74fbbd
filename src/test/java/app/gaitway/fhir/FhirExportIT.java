package app.gaitway.fhir;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.programs.ProgramSite;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Page;
import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The export over HTTP, from the real server: a therapist downloads a patient's record as a FHIR JSON file, which
 * HAPI reads back as the right patient with the signed assessment (not the draft) and the home program; the download
 * is audited as an export. Another clinic's therapist gets 404 for the same address, exactly like a missing id.
 */
@ExtendWith(SharedServer.class)
class FhirExportIT {

    @Test
    void aTherapistDownloadsThePatientsRecordAndAnotherClinicGetsNotFound(GaitwayServer server) {
        Therapist clinicA = Therapists.ofNewClinic(server, "fhir-export-a");
        WebClient a = clinicA.client();
        long patientId = Patients.register(a, "Fenna", "Exporter");
        Map<String, String> signed = new LinkedHashMap<>(AssessmentSite.lefsAll(3));
        signed.put("subjective.pain_now", "3");
        signed.put("strength.hip_abductors.right.grade", "4");
        signed.put("strength.hip_abductors.left.grade", "5");
        AssessmentSite.finalized(a, patientId, signed);
        long draft = AssessmentSite.start(a, patientId);
        assertEquals(
                303,
                AssessmentSite.save(a, draft, Map.of("subjective.pain_now", "9"), "save")
                        .status());
        long clamshell = ExerciseSite.builtInId(a, "Clamshell");
        ProgramSite.create(
                a, patientId, "Hip strength", List.of(ProgramSite.item(clamshell, "note", "Heels together")));

        String patientPath = "/patients/" + patientId;
        Page goalSet = a.submit(
                patientPath + "/goals/new",
                patientPath + "/goals",
                Map.of(
                        "kind", "numeric",
                        "measure", "subjective.pain_now",
                        "baseline", "",
                        "target", "1",
                        "dueOn", AssessmentSite.today().plusDays(30).toString(),
                        "description", "Pain at most 1/10 on stairs"));
        assertEquals(303, goalSet.status(), goalSet.body());

        String path = "/patients/" + patientId + "/export.fhir.json";
        assertTrue(a.get("/patients/" + patientId).contains("href=\"" + path + "\""), "the patient's page links to it");
        WebClient.Download file = a.download(path);
        assertEquals(200, file.status());
        assertTrue(file.contentType().startsWith("application/fhir+json"), file.contentType());
        assertEquals(
                "attachment; filename=\"patient-" + patientId + ".fhir.json\"",
                file.headers().firstValue("Content-Disposition").orElseThrow());

        Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, file.text());
        assertEquals(Bundle.BundleType.COLLECTION, bundle.getType());
        Patient patient = only(bundle, Patient.class);
        assertEquals(String.valueOf(patientId), patient.getIdentifierFirstRep().getValue());
        assertEquals("Exporter", patient.getNameFirstRep().getFamily());
        assertTrue(patient.hasBirthDate());
        List<Integer> pain = all(bundle, Observation.class).stream()
                .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("72514-3"))
                .map(o -> o.getValueIntegerType().getValue())
                .toList();
        assertEquals(List.of(3), pain, "the signed assessment's pain, not the draft's");
        assertTrue(
                all(bundle, Observation.class).stream()
                        .anyMatch(o -> o.getCode().getCodingFirstRep().getCode().equals("lefs.total")
                                && o.getValueIntegerType().getValue() == 60),
                "the LEFS total, 20 answers of 3");
        assertEquals("Hip strength", only(bundle, CarePlan.class).getTitle());
        ServiceRequest exercise = only(bundle, ServiceRequest.class);
        assertEquals("Clamshell", exercise.getCode().getText());
        assertEquals("Heels together", exercise.getNoteFirstRep().getText());
        org.hl7.fhir.r4.model.Goal goal = only(bundle, org.hl7.fhir.r4.model.Goal.class);
        assertEquals("Pain at most 1/10 on stairs", goal.getDescription().getText());
        assertEquals(
                "subjective.pain_now",
                goal.getTargetFirstRep().getMeasure().getCodingFirstRep().getCode());
        assertTrue(
                goal.getNoteFirstRep().getText().startsWith("Baseline 3/10"),
                goal.getNoteFirstRep().getText());
        assertEquals(1, AssessmentSite.auditCount(server, "patient", patientId, "EXPORT"));

        WebClient b = Therapists.ofNewClinic(server, "fhir-export-b").client();
        WebClient.Download foreign = b.download(path);
        WebClient.Download missing = b.download("/patients/" + AssessmentSite.NO_SUCH_ID + "/export.fhir.json");
        assertEquals(404, foreign.status());
        assertEquals(missing.status(), foreign.status());
        assertFalse(foreign.text().contains("Exporter"), "nothing of the patient in the answer");
        assertEquals(1, AssessmentSite.auditCount(server, "patient", patientId, "EXPORT"), "no export by clinic B");
    }

    private static <T> List<T> all(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private static <T> T only(Bundle bundle, Class<T> type) {
        List<T> found = all(bundle, type);
        assertEquals(1, found.size(), type.getSimpleName());
        return found.get(0);
    }
}

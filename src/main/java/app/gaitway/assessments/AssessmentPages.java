package app.gaitway.assessments;

import app.gaitway.patients.Patient;
import app.gaitway.patients.PatientService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;

import java.util.Arrays;
import java.util.List;

/**
 * Fills the model of the assessment pages, so the controllers stay thin: the form, the signed record, the
 * printable report and the comparison.
 */
@RequestScoped
public class AssessmentPages {

    @Inject
    Models models;

    @Inject
    AssessmentService assessments;

    @Inject
    PatientService patients;

    @Inject
    AssessmentReading reading;

    @Inject
    app.gaitway.shared.web.Messages messages;

    @Inject
    app.gaitway.security.HeldForm heldForm;

    public String form(Assessment a, AssessmentForm form) {
        common(a);
        models.put("form", form);
        java.util.Map<String, String> errorLabels = new java.util.LinkedHashMap<>();
        form.getErrors().keySet().forEach(k -> errorLabels.put(k, FieldLabels.of(k, messages)));
        models.put("errorLabels", errorLabels);
        models.put("sides", List.of("left", "right"));
        models.put("aggravators", AssessmentFields.AGGRAVATORS);
        models.put("gaitSigns", Arrays.stream(GaitSign.values()).map(GaitSign::code).toList());
        models.put("severities", AssessmentFields.SEVERITIES);
        models.put("squatRatings", AssessmentFields.SQUAT_RATINGS);
        models.put("trendelenburg", AssessmentFields.TRENDELENBURG);
        models.put("stepDownItems", AssessmentFields.STEP_DOWN_ITEMS);
        models.put("stepDownKnee", AssessmentFields.STEP_DOWN_KNEE);
        models.put("forceUnits", AssessmentFields.FORCE_UNITS);
        models.put("muscleGroups", Arrays.stream(MuscleGroup.values()).map(MuscleGroup::code).toList());
        models.put("motions", List.of(Motion.values()));
        models.put("lefsAnswers", AssessmentFields.LEFS_ANSWERS);
        models.put("screenChoices", app.gaitway.assessments.screen.SafetyScreen.choices());
        // scores of the saved values, not of a form shown as typed (after a failed save, or given back after sign-in)
        if (form.getErrors().isEmpty() && !heldForm.isRestored()) {
            models.put("stepDownScores", reading.stepDownTexts(a.values()));
            models.put("lefsTotal", reading.lefsText(a.values()));
        }
        return "assessments/edit.html";
    }

    public String record(Assessment a, String addendumProblem) {
        common(a);
        models.put("addenda", assessments.addenda(a.getId()));
        models.put("addendumProblem", addendumProblem);
        return "assessments/record.html";
    }

    public String report(Assessment a) {
        common(a);
        models.put("addenda", assessments.addenda(a.getId()));
        return "assessments/report.html";
    }

    public String comparison(long patientId) {
        Patient patient = patients.requireInOwnClinic(patientId);
        List<Assessment> all = assessments.compare(patientId);
        models.put("patient", patient);
        models.put("comparison", reading.comparison(all));
        return "assessments/comparison.html";
    }

    private void common(Assessment a) {
        Patient patient = patients.requireInOwnClinic(a.getPatientId());
        List<Assessment> history = assessments.ofPatient(a.getPatientId());
        Assessment previous = null;
        for (Assessment h : history) {
            if (h.getId().equals(a.getId())) {
                break;
            }
            previous = h;
        }
        models.put("patient", patient);
        models.put("assessment", a);
        models.put("values", a.values());
        models.put("summary", reading.summary(a.values(), previous == null ? null : previous.values()));
    }
}

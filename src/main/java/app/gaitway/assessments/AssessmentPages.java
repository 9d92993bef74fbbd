package app.gaitway.assessments;

import app.gaitway.assessments.findings.PatientContext;
import app.gaitway.assessments.findings.RomNorms;
import app.gaitway.assessments.measures.MeasureChoices;
import app.gaitway.assessments.measures.OutcomeMeasure;
import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.ExamFields;
import app.gaitway.assessments.record.FieldSpec;
import app.gaitway.assessments.record.GaitSign;
import app.gaitway.assessments.record.Motion;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.screen.SafetyScreen;
import app.gaitway.clinics.Letterhead;
import app.gaitway.patients.Patient;
import app.gaitway.patients.PatientService;
import app.gaitway.security.HeldForm;
import app.gaitway.shared.web.FormErrors;
import app.gaitway.shared.web.Messages;
import app.gaitway.shared.web.Models;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fills the model of the assessment pages, so the controllers stay thin: the form, the signed record, the
 * printable report and the comparison.
 */
@RequestScoped
public class AssessmentPages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @Inject
    Models models;

    @Inject
    Letterhead letterhead;

    @Inject
    AssessmentService assessments;

    @Inject
    PatientService patients;

    @Inject
    AssessmentReading reading;

    @Inject
    Messages messages;

    @Inject
    HeldForm heldForm;

    @Inject
    MeasureChoices measureChoices;

    public String form(Assessment a, AssessmentForm form) {
        return form(a, form, new FormErrors());
    }

    /** The draft's form as typed, with the problems of a save that failed beside their fields. */
    public String form(Assessment a, AssessmentForm form, FormErrors errors) {
        List<Assessment> history = common(a);
        if (a.getCarriedFromId() != null) {
            history.stream()
                    .filter(h -> h.getId().equals(a.getCarriedFromId()))
                    .findFirst()
                    .ifPresent(from -> models.put("carriedNotice", carriedNotice(from)));
        }
        models.put("form", form);
        models.put("errors", errors);
        Map<String, String> errorLabels = new LinkedHashMap<>();
        errors.getAll().keySet().forEach(k -> errorLabels.put(k, FieldLabels.of(k, messages)));
        models.put("errorLabels", errorLabels);
        models.put("sides", List.of("left", "right"));
        models.put("aggravators", AssessmentFields.AGGRAVATORS);
        models.put(
                "gaitSigns",
                Arrays.stream(GaitSign.values()).map(GaitSign::code).toList());
        models.put("severities", AssessmentFields.SEVERITIES);
        models.put("squatRatings", AssessmentFields.SQUAT_RATINGS);
        models.put("trendelenburg", AssessmentFields.TRENDELENBURG);
        models.put("stepDownItems", AssessmentFields.STEP_DOWN_ITEMS);
        models.put("stepDownKnee", AssessmentFields.STEP_DOWN_KNEE);
        models.put("forceUnits", AssessmentFields.FORCE_UNITS);
        models.put(
                "muscleGroups",
                Arrays.stream(MuscleGroup.values()).map(MuscleGroup::code).toList());
        models.put("motions", List.of(Motion.values()));
        // the limits the findings judge by: the patient's age band (RomNorms), not a textbook average
        Integer age = AssessmentFindings.context(patients.requireInOwnClinic(a.getPatientId()), a)
                .age();
        Map<String, Integer> lowerLimits = new LinkedHashMap<>();
        for (Motion m : Motion.values()) {
            RomNorms.lowerLimit(m, age).ifPresent(limit -> lowerLimits.put(m.code(), limit));
        }
        models.put("romLowerLimits", lowerLimits);
        models.put("lefsAnswers", AssessmentFields.LEFS_ANSWERS);
        models.put("shownMeasures", shownMeasures(a, form));
        List<List<String>> akpsAnswers = new ArrayList<>();
        for (int i = 1; i <= AssessmentFields.AKPS_ITEMS; i++) {
            akpsAnswers.add(AssessmentFields.akpsAnswers(i));
        }
        models.put("akpsAnswers", akpsAnswers);
        models.put("psfsFollowUp", a.getCarriedFromId() != null);
        models.put("screenChoices", SafetyScreen.choices());
        models.put("examChoices", ExamFields.choices());
        // scores of the saved values, not of a form shown as typed (after a failed save, or given back after sign-in)
        if (errors.isEmpty() && !heldForm.isRestored()) {
            models.put("stepDownScores", reading.stepDownTexts(a.values()));
            models.put("lefsTotal", reading.lefsText(a.values()));
            models.put("psfsTotal", reading.psfsText(a.values()));
            models.put("akpsTotal", reading.akpsText(a.values()));
        }
        return "assessments/edit.html";
    }

    /**
     * The questionnaires the form shows: the patient's chosen ones, and any other this assessment (as typed) already
     * holds an answer for, so nothing recorded is hidden.
     */
    private Set<String> shownMeasures(Assessment a, AssessmentForm form) {
        Set<String> shown = new HashSet<>();
        measureChoices.of(a.getPatientId()).measures().forEach(m -> shown.add(m.code()));
        for (OutcomeMeasure m : OutcomeMeasure.values()) {
            boolean answered = form.typed().entrySet().stream()
                    .anyMatch(e -> !e.getValue().isBlank()
                            && FieldCatalogue.exists(e.getKey())
                            && FieldCatalogue.get(e.getKey()).section() == m.section);
            if (answered) {
                shown.add(m.code());
            }
        }
        return shown;
    }

    /** The confirmation before signing: what is filled in, what stays empty, and that all of it locks. */
    public String confirmFinalize(Assessment a, int version) {
        common(a);
        AssessmentValues values = a.values();
        List<String> filled = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        Set<FieldSpec.Section> notChosen = new HashSet<>();
        for (OutcomeMeasure m : OutcomeMeasure.values()) {
            notChosen.add(m.section);
        }
        measureChoices.of(a.getPatientId()).measures().forEach(m -> notChosen.remove(m.section));
        for (FieldSpec.Section section : FINALIZE_SECTIONS) {
            String name = messages.get("assessment.section." + section.name().toLowerCase(Locale.ROOT));
            if (measured(values, section)) {
                filled.add(name);
            } else if (!notChosen.contains(section)) {
                // a questionnaire not chosen for the patient was never on the form: not "left empty"
                empty.add(name);
            }
        }
        models.put("filledSections", filled);
        models.put("emptySections", empty);
        models.put("version", version);
        return "assessments/finalize.html";
    }

    /** Whether a section holds anything beyond the test set-up (force unit, positions, weight a follow-up carries). */
    private static boolean measured(AssessmentValues values, FieldSpec.Section section) {
        List<String> setUp = FollowUp.carriedKeys();
        return values.asMap().keySet().stream()
                .anyMatch(k -> !setUp.contains(k)
                        && FieldCatalogue.exists(k)
                        && FieldCatalogue.get(k).section() == section);
    }

    /** The sections the confirmation names (each has its assessment.section.* heading). */
    private static final List<FieldSpec.Section> FINALIZE_SECTIONS = List.of(
            FieldSpec.Section.SUBJECTIVE,
            FieldSpec.Section.GAIT,
            FieldSpec.Section.STRENGTH,
            FieldSpec.Section.ROM,
            FieldSpec.Section.SPECIAL_TESTS,
            FieldSpec.Section.PERFORMANCE,
            FieldSpec.Section.LEFS,
            FieldSpec.Section.PSFS,
            FieldSpec.Section.AKPS,
            FieldSpec.Section.PLAN);

    public String record(Assessment a, String addendumProblem) {
        common(a);
        models.put("addenda", assessments.addenda(a.getId()));
        models.put("addendumProblem", addendumProblem);
        return "assessments/record.html";
    }

    public String report(Assessment a) {
        common(a);
        models.put("addenda", assessments.addenda(a.getId()));
        models.put("letterhead", letterhead.current());
        return "assessments/report.html";
    }

    public String comparison(long patientId) {
        Patient patient = patients.requireInOwnClinic(patientId);
        List<Assessment> all = assessments.compare(patientId);
        models.put("patient", patient);
        models.put(
                "comparison",
                reading.comparison(
                        all,
                        all.isEmpty()
                                ? PatientContext.adult()
                                : AssessmentFindings.context(patient, all.get(all.size() - 1))));
        return "assessments/comparison.html";
    }

    /** "Carried over from the assessment of 3 Nov 2026: body weight, force unit and test positions (3 muscle groups)." */
    private String carriedNotice(Assessment from) {
        AssessmentValues carried = FollowUp.startingFrom(from.values());
        List<String> parts = FollowUp.parts(carried).stream()
                .map(p -> messages.get("assessment.carried." + p.name(), FollowUp.positions(carried)))
                .toList();
        String listed = parts.size() <= 1
                ? String.join("", parts)
                : String.join(", ", parts.subList(0, parts.size() - 1))
                        + messages.get("assessment.carried.and")
                        + parts.get(parts.size() - 1);
        return messages.get("assessment.carried", DATE.format(from.getVisitDate()), listed);
    }

    private List<Assessment> common(Assessment a) {
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
        models.put(
                "summary",
                reading.summary(
                        a.values(),
                        previous == null ? null : previous.values(),
                        AssessmentFindings.context(patient, a)));
        return history;
    }
}

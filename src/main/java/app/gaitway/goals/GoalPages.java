package app.gaitway.goals;

import app.gaitway.patients.PatientService;
import app.gaitway.shared.web.FormErrors;
import app.gaitway.shared.web.Messages;
import app.gaitway.shared.web.Models;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Fills the model of the new-goal page: the patient, the form as typed, and the measures with their latest values. */
@RequestScoped
public class GoalPages {

    static final String VIEW = "goals/new.html";
    static final String CHANGE_VIEW = "goals/edit.html";

    @Inject
    Models models;

    @Inject
    PatientService patients;

    @Inject
    GoalService goals;

    @Inject
    Messages messages;

    /** One option of the measure list: its key, its name, and its value at the latest signed assessment. */
    public record MeasureOption(String value, String label) {}

    /** Measures of one kind (pain, strength...) under their heading. */
    public record MeasureGroup(String label, List<MeasureOption> options) {}

    public String form(long patientId, GoalForm form, FormErrors errors) {
        models.put("patient", patients.details(patientId));
        GoalService.Signed signed = goals.signed(patientId);
        models.put("measureGroups", groups(signed));
        models.put("latestVisit", signed.latest().map(a -> a.date()).orElse(null));
        models.put("form", form);
        models.put("errors", errors);
        return VIEW;
    }

    /**
     * The change form of a goal: what cannot change (kind, measure, baseline) as text, the rest as typed.
     *
     * @param version  the version the next save is checked against
     * @param conflict someone else saved the goal since the form was drawn: the saved values are shown beside
     */
    public String changeForm(Goal goal, GoalForm form, int version, FormErrors errors, boolean conflict) {
        models.put("patient", patients.details(goal.getPatientId()));
        models.put("goalId", goal.getId());
        models.put("version", version);
        models.put("numeric", goal.isNumeric());
        models.put(
                "measureLabel",
                goal.isNumeric()
                        ? GoalMeasures.find(goal.getMeasureKey())
                                .map(m -> m.label().in(messages))
                                .orElse(goal.getMeasureKey())
                        : null);
        models.put("baselineOn", goal.getBaselineOn());
        models.put(
                "baselineText",
                goal.isNumeric()
                        ? GoalMeasures.find(goal.getMeasureKey())
                                .map(m -> m.withUnit(goal.getBaseline()))
                                .orElse(String.valueOf(goal.getBaseline()))
                        : null);
        models.put("form", form);
        models.put("saved", conflict ? GoalForm.of(goal) : null);
        models.put("errors", errors);
        return CHANGE_VIEW;
    }

    /** Measured ones say their latest value, so the therapist sees the baseline an empty field will take. */
    private List<MeasureGroup> groups(GoalService.Signed signed) {
        Map<String, List<MeasureOption>> byGroup = new LinkedHashMap<>();
        for (GoalMeasure m : GoalMeasures.all()) {
            OptionalDouble latest = GoalService.latestValue(m, signed);
            String label = m.label().in(messages);
            if (latest.isPresent()) {
                label = messages.get("goal.form.measureLatest", label, m.withUnit(latest.getAsDouble()));
            }
            byGroup.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(new MeasureOption(m.key(), label));
        }
        List<MeasureGroup> groups = new ArrayList<>();
        byGroup.forEach((group, options) -> groups.add(new MeasureGroup(groupLabel(group), List.copyOf(options))));
        return groups;
    }

    /** A group another feature adds without a heading of its own reads as its code. */
    private String groupLabel(String group) {
        try {
            return messages.get("goal.group." + group);
        } catch (IllegalArgumentException noHeading) {
            return group;
        }
    }
}

package app.gaitway.programs.builder;

import app.gaitway.assessments.Assessment;
import app.gaitway.assessments.AssessmentFindings;
import app.gaitway.assessments.AssessmentService;
import app.gaitway.assessments.PatientScreens;
import app.gaitway.assessments.findings.PatientContext;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.screen.Precaution;
import app.gaitway.exercises.ExerciseContent;
import app.gaitway.exercises.GivenExercise;
import app.gaitway.exercises.ProgramExercises;
import app.gaitway.patients.PatientService;
import app.gaitway.programs.dosage.DefaultDosage;
import app.gaitway.programs.dosage.DosageFields;
import app.gaitway.programs.dosage.ItemDosage;
import app.gaitway.programs.suggestions.Conflict;
import app.gaitway.programs.suggestions.Conflicts;
import app.gaitway.programs.suggestions.DoseAdvice;
import app.gaitway.programs.suggestions.SuggestionPlan;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The builder's side of the suggestions and precautions: the suggestion plan for the patient's latest assessment
 * and current safety screen, shown with pictures and reasons; what the "pick" buttons add (at a lower first dose
 * when the assessment calls for it); and the precaution warnings of exercises in the draft, shown beside each and
 * kept with the saved version.
 */
@ApplicationScoped
public class BuilderSuggestions {

    @Inject
    Clock clock;

    @Inject
    AssessmentService assessments;

    @Inject
    PatientScreens screens;

    @Inject
    PatientService patients;

    @Inject
    ProgramExercises exercises;

    @Inject
    Messages messages;

    /** What the suggestions of one page are worked out from. */
    public record Basis(
            Optional<Assessment> source,
            PatientScreens.Current safety,
            LocalDate today,
            Map<String, GivenExercise> library,
            SuggestionPlan plan) {

        /** The screen's precautions and a fall risk the performance tests found (see {@link SuggestionPlan}). */
        List<Precaution> precautions() {
            return plan.precautions();
        }
    }

    @Transactional
    public Basis basis(long patientId) {
        LocalDate today = LocalDate.now(clock);
        Optional<Assessment> source = suggestionSource(patientId);
        PatientScreens.Current safety = screens.current(patientId);
        AssessmentValues values = source.map(Assessment::values).orElse(AssessmentValues.empty());
        // the same patient as the record's findings: age band for range of motion, affected side for symmetry
        PatientContext patient = source.map(a -> AssessmentFindings.context(patients.requireInOwnClinic(patientId), a))
                .orElse(PatientContext.adult());
        // only the exercises the plan can name: reading every exercise's content costs more than the rest of the page
        Set<String> wanted = SuggestionPlan.candidates(values, patient);
        Map<String, Long> ids = new HashMap<>(exercises.builtInIdsBySlug());
        ids.keySet().retainAll(wanted);
        Map<Long, GivenExercise> current = exercises.current(ids.values(), false);
        Map<String, GivenExercise> library = new HashMap<>();
        Map<String, SuggestionPlan.ExerciseFacts> facts = new HashMap<>();
        ids.forEach((slug, id) -> {
            GivenExercise e = current.get(id);
            if (e != null) {
                library.put(slug, e);
                facts.put(
                        slug,
                        new SuggestionPlan.ExerciseFacts(
                                slug, e.content().loads(), e.content().dosage().isHold()));
            }
        });
        SuggestionPlan plan = SuggestionPlan.of(values, patient, safety.screen(), today, facts, messages);
        return new Basis(source, safety, today, library, plan);
    }

    /** The newest finalized assessment, or the newest draft when none is final yet. */
    private Optional<Assessment> suggestionSource(long patientId) {
        List<Assessment> all = assessments.ofPatient(patientId);
        Comparator<Assessment> newest =
                Comparator.comparing(Assessment::getVisitDate).thenComparing(Assessment::getId);
        Optional<Assessment> latestFinal =
                all.stream().filter(Assessment::isFinal).max(newest);
        return latestFinal.or(
                () -> all.stream().filter(a -> !a.values().isEmpty()).max(newest));
    }

    /** The groups as the page shows them: names, start pictures, whether each is in the draft already. */
    public List<BuilderPage.SuggestionGroup> groups(Basis b, ProgramDraft draft) {
        List<BuilderPage.SuggestionGroup> shown = new ArrayList<>();
        for (SuggestionPlan.Group g : b.plan().groups()) {
            List<BuilderPage.SuggestedExercise> picks = new ArrayList<>();
            for (SuggestionPlan.Pick p : g.picks()) {
                GivenExercise e = b.library().get(p.slug());
                picks.add(new BuilderPage.SuggestedExercise(
                        e.exerciseId(), e.name(), e.startPicture(), p.why(), draft.contains(e.exerciseId())));
            }
            List<BuilderPage.WithheldExercise> withheld = g.withheld().stream()
                    .map(w -> new BuilderPage.WithheldExercise(
                            b.library().get(w.slug()).name(), w.reason()))
                    .toList();
            shown.add(new BuilderPage.SuggestionGroup(g.heading(), g.reasons(), List.copyOf(picks), withheld));
        }
        return shown;
    }

    public BuilderPage.Advice advice(Basis b, ProgramDraft draft) {
        return new BuilderPage.Advice(
                b.plan().doseNote().orElse(null),
                b.plan().reminders(),
                !topPicks(b, draft).isEmpty());
    }

    /** The recorded precautions an exercise conflicts with, in words: "hip replacement (...): bends the hip past 90°". */
    public List<String> cautions(Basis b, ExerciseContent content) {
        return Conflicts.between(b.precautions(), content.loads()).stream()
                .map(c -> Conflicts.text(c, b.today(), messages))
                .distinct()
                .toList();
    }

    /** The warnings to keep with a saved version: one line per exercise of the draft that conflicts. */
    @Transactional
    public String warningsForSave(long patientId, ProgramDraft draft) {
        Basis b = basis(patientId);
        Map<Long, GivenExercise> current = exercises.current(
                draft.items().stream()
                        .filter(i -> i.revision() == null)
                        .map(DraftItem::exerciseId)
                        .toList(),
                true);
        Map<String, GivenExercise> kept = exercises.atRevisions(DraftItem.givenRevisions(draft.items()));
        List<String> lines = new ArrayList<>();
        for (DraftItem item : draft.items()) {
            GivenExercise e = item.revision() == null
                    ? current.get(item.exerciseId())
                    : kept.get(ProgramExercises.key(item.exerciseId(), item.revision()));
            if (e == null) {
                continue;
            }
            List<Conflict> conflicts =
                    Conflicts.between(b.precautions(), e.content().loads());
            if (!conflicts.isEmpty()) {
                lines.add(messages.get(
                        "builder.caution.line",
                        e.name(),
                        String.join(
                                "; ",
                                conflicts.stream()
                                        .map(c -> Conflicts.text(c, b.today(), messages))
                                        .distinct()
                                        .toList())));
            }
        }
        return String.join("\n", lines);
    }

    /** The first pick of each group not in the draft yet, in page order, each exercise once. */
    List<GivenExercise> topPicks(Basis b, ProgramDraft draft) {
        List<GivenExercise> picks = new ArrayList<>();
        for (SuggestionPlan.Group g : b.plan().groups()) {
            g.picks().stream()
                    .map(p -> b.library().get(p.slug()))
                    .filter(e -> !draft.contains(e.exerciseId()) && !picks.contains(e))
                    .findFirst()
                    .ifPresent(picks::add);
        }
        return picks;
    }

    /** Whether an exercise is among the suggestions (a pick button may only add those). */
    Optional<GivenExercise> suggested(Basis b, long exerciseId) {
        return b.plan().pickedSlugs().stream()
                .map(s -> b.library().get(s))
                .filter(e -> e.exerciseId() == exerciseId)
                .findFirst();
    }

    /** The item a suggestion adds: the exercise's usual first dose, lowered when the assessment calls for it. */
    DraftItem itemFor(Basis b, GivenExercise e) {
        ItemDosage dosage = DefaultDosage.of(e.content().dosage(), e.content().equipment());
        if (b.plan().dose().lowersDose()) {
            dosage = DoseAdvice.lower(dosage, messages.get("suggestion.dose.itemNote"));
        }
        return new DraftItem(e.exerciseId(), null, DosageFields.of(dosage));
    }
}

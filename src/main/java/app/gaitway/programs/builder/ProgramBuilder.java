package app.gaitway.programs.builder;

import app.gaitway.assessments.Assessment;
import app.gaitway.assessments.AssessmentService;
import app.gaitway.clinics.Colleagues;
import app.gaitway.exercises.ExerciseCatalog;
import app.gaitway.exercises.GivenExercise;
import app.gaitway.exercises.LibraryPage;
import app.gaitway.exercises.LibraryQuery;
import app.gaitway.exercises.ProgramExercises;
import app.gaitway.patients.Patient;
import app.gaitway.patients.PatientService;
import app.gaitway.programs.ProgramItem;
import app.gaitway.programs.ProgramService;
import app.gaitway.programs.dosage.DefaultDosage;
import app.gaitway.programs.dosage.DosageFields;
import app.gaitway.programs.dosage.DosageResult;
import app.gaitway.programs.dosage.DosageRules;
import app.gaitway.programs.dosage.EffortCheck;
import app.gaitway.programs.dosage.ItemDosage;
import app.gaitway.programs.dosage.ItemDosageJson;
import app.gaitway.programs.dosage.ItemDosageWords;
import app.gaitway.programs.dosage.ProgramLength;
import app.gaitway.programs.dosage.SessionTime;
import app.gaitway.programs.templates.TemplateService;
import app.gaitway.security.CurrentUser;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The program builder: the first draft of a new program (blank or from a template), the draft for a program's
 * next version, what each button does to a draft, and the page that shows it. Reads go through the services of
 * the features they belong to; nothing here saves (the controller calls {@link ProgramService} for that).
 */
@ApplicationScoped
public class ProgramBuilder {

    /** Weeks from the start to the suggested review date. */
    private static final int REVIEW_AFTER_WEEKS = 4;

    @Inject
    Clock clock;

    @Inject
    PatientService patients;

    @Inject
    AssessmentService assessments;

    @Inject
    ProgramService programs;

    @Inject
    TemplateService templates;

    @Inject
    ProgramExercises exercises;

    @Inject
    ExerciseCatalog catalog;

    @Inject
    Colleagues colleagues;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    BuilderSuggestions suggestions;

    /** The first draft of a new program: blank, or the template's exercises and texts. */
    @Transactional
    public ProgramDraft firstDraft(long patientId, Optional<Long> templateId) {
        // The builder shows the patient's name and assessment findings: opening it is a view of the record.
        patients.details(patientId);
        LocalDate today = LocalDate.now(clock);
        String title = messages.get("program.defaultTitle");
        String instructions = messages.get("program.defaultInstructions");
        List<DraftItem> items = new ArrayList<>();
        if (templateId.isPresent()) {
            TemplateService.Content t = templates.content(templateId.get());
            title = t.template().getTitle();
            instructions = t.template().getInstructions();
            Set<Long> usable = exercises
                    .current(
                            t.items().stream()
                                    .map(TemplateService.Item::exerciseId)
                                    .toList(),
                            false)
                    .keySet();
            t.items().stream()
                    .filter(i -> usable.contains(i.exerciseId()))
                    .forEach(i -> items.add(new DraftItem(i.exerciseId(), null, DosageFields.of(i.dosage()))));
        }
        HeaderFields header = new HeaderFields(
                title,
                instructions,
                today.toString(),
                today.plusWeeks(REVIEW_AFTER_WEEKS).toString(),
                programs.suggestedPhone(),
                String.valueOf(currentUser.id()));
        return new ProgramDraft(header, items);
    }

    /** The latest version of a program as a draft for the next one: same exercises at the revisions given. */
    @Transactional
    public ProgramDraft nextVersionDraft(long programId) {
        ProgramService.Latest latest = programs.latest(programId);
        var v = latest.version();
        HeaderFields header = new HeaderFields(
                v.getTitle(),
                v.getInstructions(),
                v.getStartDate().toString(),
                v.getReviewDate() == null ? "" : v.getReviewDate().toString(),
                v.getClinicPhone(),
                String.valueOf(v.getTherapistId()));
        List<DraftItem> items = new ArrayList<>();
        for (ProgramItem item : latest.items()) {
            items.add(new DraftItem(
                    item.getExerciseId(),
                    item.getExerciseRevision(),
                    DosageFields.of(ItemDosageJson.fromJson(item.getDosageJson()))));
        }
        return new ProgramDraft(header, items);
    }

    /**
     * Applies an add, remove or move button to the draft.
     *
     * @return a short notice of what happened, for the screen reader and the eye, or empty
     */
    @Transactional
    public Optional<String> apply(long patientId, BuilderAction action, ProgramDraft draft) {
        switch (action.kind()) {
            case ADD -> {
                Map<Long, GivenExercise> found = exercises.current(List.of(action.argument()), false);
                GivenExercise e = found.get(action.argument());
                if (e == null) {
                    return Optional.of(messages.get("builder.notice.unknown"));
                }
                ItemDosage dosage =
                        DefaultDosage.of(e.content().dosage(), e.content().equipment());
                if (!draft.add(new DraftItem(e.exerciseId(), null, DosageFields.of(dosage)))) {
                    return Optional.of(messages.get("builder.notice.full", ProgramDraft.MAX_ITEMS));
                }
                // Added by hand against a recorded precaution: allowed, but said now and kept with the version.
                List<String> cautions = suggestions.cautions(suggestions.basis(patientId), e.content());
                if (!cautions.isEmpty()) {
                    return Optional.of(messages.get(
                            "builder.notice.addedWithCaution",
                            e.name(),
                            draft.items().size(),
                            String.join("; ", cautions)));
                }
                return Optional.of(messages.get(
                        "builder.notice.added", e.name(), draft.items().size()));
            }
            case PICK -> {
                BuilderSuggestions.Basis b = suggestions.basis(patientId);
                Optional<GivenExercise> e = suggestions.suggested(b, action.argument());
                if (e.isEmpty()) {
                    // no longer suggested (the assessment changed meanwhile): the plain add, with its warnings
                    return apply(patientId, new BuilderAction(BuilderAction.Kind.ADD, action.argument()), draft);
                }
                if (!draft.add(suggestions.itemFor(b, e.get()))) {
                    return Optional.of(messages.get("builder.notice.full", ProgramDraft.MAX_ITEMS));
                }
                return Optional.of(messages.get(
                        b.plan().dose().lowersDose() ? "builder.notice.pickedLow" : "builder.notice.added",
                        e.get().name(),
                        draft.items().size()));
            }
            case PICKS -> {
                BuilderSuggestions.Basis b = suggestions.basis(patientId);
                List<String> added = new ArrayList<>();
                for (GivenExercise e : suggestions.topPicks(b, draft)) {
                    if (!draft.add(suggestions.itemFor(b, e))) {
                        break;
                    }
                    added.add(e.name());
                }
                return Optional.of(messages.get("builder.notice.picks", added.size(), String.join(", ", added)));
            }
            case REMOVE -> {
                int index = action.item().orElse(-1);
                if (index >= 0 && index < draft.items().size()) {
                    draft.remove(index);
                    return Optional.of(messages.get("builder.notice.removed", index + 1));
                }
                return Optional.empty();
            }
            case UP -> {
                int to = draft.moveUp(action.item().orElse(-1));
                return Optional.of(messages.get("builder.notice.moved", to + 1));
            }
            case DOWN -> {
                int to = draft.moveDown(action.item().orElse(-1));
                return Optional.of(messages.get("builder.notice.moved", to + 1));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** The ids of the clinic's therapists a program may name. */
    @Transactional
    public Set<Long> therapistIds() {
        Set<Long> ids = new HashSet<>();
        colleagues.therapists().forEach(c -> ids.add(c.id()));
        return ids;
    }

    /**
     * The page for a draft.
     *
     * @param problems message keys by field, from {@link DraftCheck} (empty when the draft was not checked)
     */
    @Transactional
    public BuilderPage page(
            BuilderPage.Context context,
            ProgramDraft draft,
            Map<String, String> problems,
            String query,
            String category,
            int searchPage,
            String notice,
            boolean conflict) {
        patients.requireInOwnClinic(context.patientId()); // the access check: another clinic's patient is not found
        List<Long> newIds = draft.items().stream()
                .filter(i -> i.revision() == null)
                .map(DraftItem::exerciseId)
                .toList();
        Map<Long, GivenExercise> current = exercises.current(newIds, true);
        Map<String, GivenExercise> kept = exercises.atRevisions(DraftItem.givenRevisions(draft.items()));
        BuilderSuggestions.Basis basis = suggestions.basis(context.patientId());
        List<BuilderPage.Item> items = new ArrayList<>();
        Duration total = Duration.ZERO;
        int notCounted = 0;
        List<DraftItem> drafted = draft.items();
        for (int i = 0; i < drafted.size(); i++) {
            DraftItem d = drafted.get(i);
            GivenExercise e = d.revision() == null
                    ? current.get(d.exerciseId())
                    : kept.get(ProgramExercises.key(d.exerciseId(), d.revision()));
            String name = e == null ? messages.get("builder.item.unavailable") : e.name();
            DosageResult parsed = DosageRules.parse(d.dosage());
            String words = "";
            String minutes = "";
            String effort = "";
            if (parsed.isValid()) {
                ItemDosage dosage = parsed.dosageOrNull();
                words = ItemDosageWords.summary(dosage, messages);
                Duration time = SessionTime.of(dosage);
                total = total.plus(time);
                minutes = SessionTime.inWords(time, messages);
                effort = EffortCheck.mismatch(dosage).map(m -> m.text(messages)).orElse("");
            } else {
                notCounted++;
            }
            items.add(new BuilderPage.Item(
                    i,
                    d.exerciseId(),
                    d.revision(),
                    name,
                    e == null ? null : e.startPicture(),
                    e == null ? "" : messages.get("builder.item.pictureAlt", name),
                    d.dosage(),
                    words,
                    minutes,
                    effort,
                    e == null ? List.of() : suggestions.cautions(basis, e.content())));
        }
        List<String> warnings = ProgramLength.warnings(items.size(), total).stream()
                .map(messages::get)
                .toList();
        // a refused dosage has no time yet: say the total leaves it out rather than show a session that looks short
        String minutes = SessionTime.inWords(total, messages);
        BuilderPage.Totals totals = new BuilderPage.Totals(
                notCounted == 0
                        ? messages.get("builder.totals.time", minutes)
                        : messages.get("builder.totals.timeWithout", minutes, notCounted),
                warnings);

        Map<String, String> shownProblems = new LinkedHashMap<>();
        problems.forEach((field, key) -> shownProblems.put(field, messages.get(key)));

        List<BuilderPage.SuggestionGroup> groups = suggestions.groups(basis, draft);

        BuilderPage.Search search = search(query, category, searchPage, draft);
        List<BuilderPage.TemplateChoice> templateChoices = context.isNew()
                ? templates.usable().stream()
                        .map(t -> new BuilderPage.TemplateChoice(
                                t.id(), t.title(), t.description(), t.starter(), t.exercises()))
                        .toList()
                : List.of();
        return new BuilderPage(
                context,
                draft.header(),
                colleagues.therapists(),
                List.copyOf(items),
                totals,
                shownProblems,
                groups,
                basis.source().map(Assessment::getVisitDate).orElse(null),
                search,
                templateChoices,
                notice,
                conflict,
                draft.isFull(),
                suggestions.advice(basis, draft));
    }

    public BuilderPage.Context newProgram(long patientId) {
        Patient p = patients.requireInOwnClinic(patientId);
        return new BuilderPage.Context(patientId, p.getDisplayName(), null, -1, null, 0);
    }

    @Transactional
    public BuilderPage.Context nextVersion(long programId) {
        var program = programs.require(programId);
        Patient p = patients.requireInOwnClinic(program.getPatientId());
        return new BuilderPage.Context(
                p.getId(),
                p.getDisplayName(),
                programId,
                program.getVersion(),
                program.getTitle(),
                program.getLatestVersion());
    }

    private BuilderPage.Search search(String query, String category, int page, ProgramDraft draft) {
        boolean asked = !query.isEmpty() || !category.isEmpty();
        LibraryQuery q = LibraryQuery.of(query, category, "", "", "", false, Math.max(1, page));
        if (!asked) {
            // Nothing asked yet: the page shows no results, so the library is not read.
            return new BuilderPage.Search(q.text(), q.categoryCode(), List.of(), List.of(), 1, 1, 0, false);
        }
        LibraryPage found = catalog.find(q);
        List<Long> added = draft.items().stream().map(DraftItem::exerciseId).toList();
        return new BuilderPage.Search(
                q.text(), q.categoryCode(), found.cards(), added, found.page(), found.pages(), found.total(), asked);
    }
}

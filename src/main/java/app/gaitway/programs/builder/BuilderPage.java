package app.gaitway.programs.builder;

import app.gaitway.clinics.Colleagues.Colleague;
import app.gaitway.exercises.ExerciseCard;
import app.gaitway.programs.dosage.DosageFields;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the builder page shows, worked out in the service: the draft with each item's name, picture,
 * dosage in words, time and warnings; the problems beside their fields; the suggestions from the latest
 * assessment; the inline library search; and the templates to start from.
 */
public record BuilderPage(
        Context context,
        HeaderFields header,
        List<Colleague> therapists,
        List<Item> items,
        Totals totals,
        Map<String, String> problems,
        List<SuggestionGroup> suggestions,
        LocalDate suggestionsFrom,
        Search search,
        List<TemplateChoice> templates,
        String notice,
        boolean conflict,
        boolean full,
        Advice advice) {

    /** Whose program and where the form goes: a new program of a patient, or the next version of a program. */
    public record Context(
            long patientId,
            String patientName,
            Long programId,
            int baseVersion,
            String programTitle,
            int latestVersion) {

        public boolean isNew() {
            return programId == null;
        }

        public String action() {
            return isNew() ? "/patients/" + patientId + "/programs/new" : "/programs/" + programId + "/edit";
        }
    }

    /**
     * @param cautions the recorded precautions this exercise conflicts with, in words; the therapist may keep it,
     *                 and the saved version records the warning
     */
    public record Item(
            int index,
            long exerciseId,
            Integer revision,
            String name,
            String picture,
            String pictureAlt,
            DosageFields dosage,
            String inWords,
            String minutes,
            String effortWarning,
            List<String> cautions) {

        public String field(String name) {
            return BuilderForm.ITEM_PREFIX + index + "." + name;
        }
    }

    /** {@code time}: the session time in words, saying how many exercises it leaves out while their dosage is refused. */
    public record Totals(String time, List<String> warnings) {}

    /**
     * One muscle group or focus of the suggestions, both sides in one list: its heading ("Hip abductors"), the
     * findings behind it, the exercises ranked with their reasons, and those a precaution leaves out.
     */
    public record SuggestionGroup(
            String heading, List<String> reasons, List<SuggestedExercise> exercises, List<WithheldExercise> withheld) {}

    public record SuggestedExercise(long id, String name, String picture, String why, boolean added) {}

    public record WithheldExercise(String name, String reason) {}

    /** What shapes the suggestions as a whole: a lower first dose and why, reminders of other precautions. */
    public record Advice(String doseNote, List<String> reminders, boolean topPicksLeft) {

        public static final Advice NONE = new Advice(null, List.of(), false);
    }

    public record Search(
            String query,
            String category,
            List<ExerciseCard> results,
            List<Long> added,
            int page,
            int pages,
            int total,
            boolean asked) {

        public boolean isAdded(long id) {
            return added.contains(id);
        }
    }

    public record TemplateChoice(long id, String title, String description, boolean starter, int exercises) {}

    public String problem(String field) {
        return problems.get(field);
    }

    public boolean has(String field) {
        return problems.containsKey(field);
    }
}

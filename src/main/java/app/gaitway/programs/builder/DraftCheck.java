package app.gaitway.programs.builder;

import app.gaitway.programs.NewProgramVersion;
import app.gaitway.programs.ProgramHeader;
import app.gaitway.programs.dosage.DosageResult;
import app.gaitway.programs.dosage.DosageRules;
import app.gaitway.programs.dosage.ItemDosage;
import app.gaitway.shared.text.TypedText;
import app.gaitway.shared.text.WholeNumbers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a draft can be saved as a program version: the program fields and every item's dosage. Problems are
 * message keys by field ({@code title}, {@code items.2.reps}), so each is shown beside its field and the whole
 * draft comes back as typed.
 */
public final class DraftCheck {

    public static final int TITLE_MAX = 120;
    public static final int INSTRUCTIONS_MAX = 2000;
    public static final int PHONE_MAX = 40;
    private static final Pattern PHONE =
            Pattern.compile("[0-9 +()./\\-]+(\\s*(ext\\.?|x)\\s*[0-9]{1,6})?", Pattern.CASE_INSENSITIVE);

    /** A draft that passed: the program fields, the therapist and one checked dosage per item, in order. */
    public record Checked(ProgramHeader header, long therapistId, List<ItemDosage> dosages) {

        /** What the service is asked to save: the draft's exercises, each with its checked dosage. */
        public NewProgramVersion version(List<DraftItem> items) {
            List<NewProgramVersion.Item> checkedItems = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                checkedItems.add(new NewProgramVersion.Item(
                        items.get(i).exerciseId(), items.get(i).revision(), dosages.get(i)));
            }
            return new NewProgramVersion(header, therapistId, checkedItems);
        }
    }

    private final Map<String, String> problems = new LinkedHashMap<>();

    private DraftCheck() {}

    /**
     * @param therapists the ids of the clinic's therapists a program may name
     * @return the checked draft, or the problems by field
     */
    public static Result check(ProgramDraft draft, Set<Long> therapists) {
        DraftCheck check = new DraftCheck();
        return check.run(draft, therapists);
    }

    public record Result(Checked checked, Map<String, String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private Result run(ProgramDraft draft, Set<Long> therapists) {
        HeaderFields h = draft.header();
        if (h.title().isEmpty()) {
            problems.put("title", "program.error.titleMissing");
        } else if (h.title().length() > TITLE_MAX) {
            problems.put("title", "program.error.titleLong");
        } else if (!TypedText.isAcceptable(h.title(), TypedText.Lines.ONE)) {
            problems.put("title", TypedText.MESSAGE_KEY);
        }
        if (h.instructions().length() > INSTRUCTIONS_MAX) {
            problems.put("instructions", "program.error.instructionsLong");
        } else if (!TypedText.isAcceptable(h.instructions(), TypedText.Lines.MANY)) {
            problems.put("instructions", TypedText.MESSAGE_KEY);
        }
        LocalDate start = date(h.startDate(), "startDate", true);
        LocalDate review = date(h.reviewDate(), "reviewDate", false);
        if (start != null && review != null && review.isBefore(start)) {
            problems.put("reviewDate", "program.error.reviewBeforeStart");
        }
        if (h.clinicPhone().isEmpty()) {
            problems.put("clinicPhone", "program.error.phoneMissing");
        } else if (h.clinicPhone().length() > PHONE_MAX
                || !PHONE.matcher(h.clinicPhone()).matches()
                || h.clinicPhone().chars().filter(Character::isDigit).count() < 5) {
            problems.put("clinicPhone", "program.error.phone");
        }
        long therapistId = WholeNumbers.parseLong(h.therapistId()).orElse(-1L);
        if (!therapists.contains(therapistId)) {
            problems.put("therapistId", "program.error.therapist");
        }
        if (draft.items().isEmpty()) {
            problems.put("items", "program.error.noItems");
        }
        List<ItemDosage> dosages = new ArrayList<>();
        for (int i = 0; i < draft.items().size(); i++) {
            DosageResult result = DosageRules.parse(draft.items().get(i).dosage());
            String prefix = BuilderForm.ITEM_PREFIX + i + ".";
            result.errors().forEach((field, key) -> problems.put(prefix + field, key));
            dosages.add(result.dosageOrNull());
        }
        if (!problems.isEmpty()) {
            return new Result(null, java.util.Collections.unmodifiableMap(problems));
        }
        return new Result(
                new Checked(
                        new ProgramHeader(h.title(), h.instructions(), start, review, h.clinicPhone()),
                        therapistId,
                        List.copyOf(dosages)),
                Map.of());
    }

    private LocalDate date(String text, String field, boolean required) {
        if (text.isEmpty()) {
            if (required) {
                problems.put(field, "program.error.dateMissing");
            }
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text);
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                problems.put(field, "program.error.dateRange");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.put(field, "program.error.date");
            return null;
        }
    }
}

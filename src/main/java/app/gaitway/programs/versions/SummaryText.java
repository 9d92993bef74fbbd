package app.gaitway.programs.versions;

import app.gaitway.programs.versions.Change.Kind;
import app.gaitway.shared.web.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * A change summary as one short line for the history. Long lists are cut ("Added Clamshell, Bridge and 3 more")
 * because the line sits in a list of versions; the versions themselves show everything.
 */
final class SummaryText {

    static final int MAX_NAMES = 3;
    static final int MAX_DOSAGE_ITEMS = 3;
    static final int MAX_DOSAGE_PARTS = 3;

    private SummaryText() {}

    static String of(ChangeSummary summary, Messages messages) {
        if (summary.firstVersion()) {
            return messages.get("versions.first", summary.changes(Kind.ADDED).size());
        }
        if (summary.isEmpty()) {
            return messages.get("versions.nothing");
        }
        List<String> sentences = new ArrayList<>();
        List<String> added = names(summary.changes(Kind.ADDED), messages);
        if (!added.isEmpty()) {
            sentences.add(messages.get("versions.added", cut(added, MAX_NAMES, messages)));
        }
        List<String> removed = names(summary.changes(Kind.REMOVED), messages);
        if (!removed.isEmpty()) {
            sentences.add(messages.get("versions.removed", cut(removed, MAX_NAMES, messages)));
        }
        List<String> updated = names(summary.changes(Kind.EXERCISE_UPDATED), messages);
        if (!updated.isEmpty()) {
            sentences.add(messages.get("versions.updated", cut(updated, MAX_NAMES, messages)));
        }
        sentences.addAll(dosageSentences(summary.changes(Kind.DOSAGE_CHANGED), messages));
        if (!summary.changes(Kind.REORDERED).isEmpty()) {
            sentences.add(messages.get("versions.reordered"));
        }
        List<String> fields = summary.changes().stream()
                .map(Change::kind)
                .filter(SummaryText::isField)
                .map(kind -> fieldWord(kind, messages))
                .toList();
        if (!fields.isEmpty()) {
            sentences.add(capitalized(messages.get("versions.fieldsChanged", andList(fields, messages))));
        }
        return String.join(" ", sentences);
    }

    private static List<String> names(List<Change> changes, Messages messages) {
        return changes.stream().map(change -> name(change, messages)).toList();
    }

    /** An exercise renamed in the library shows both names, so the line still matches the previous version. */
    private static String name(Change change, Messages messages) {
        boolean renamed = change.before() != null
                && change.after() != null
                && !change.before().exerciseName().equals(change.after().exerciseName());
        return renamed
                ? messages.get(
                        "versions.renamed",
                        change.after().exerciseName(),
                        change.before().exerciseName())
                : change.exerciseName();
    }

    private static List<String> dosageSentences(List<Change> changes, Messages messages) {
        int shown = shownOf(changes.size(), MAX_DOSAGE_ITEMS);
        List<String> sentences = new ArrayList<>();
        for (Change change : changes.subList(0, shown)) {
            List<String> parts = change.dosageParts().stream()
                    .map(part -> DosagePartWords.of(
                            part, change.before().dosage(), change.after().dosage(), messages))
                    .toList();
            int shownParts = shownOf(parts.size(), MAX_DOSAGE_PARTS);
            String text = String.join("; ", parts.subList(0, shownParts));
            if (shownParts < parts.size()) {
                text = messages.get("versions.dosage.moreParts", text, parts.size() - shownParts);
            }
            sentences.add(messages.get("versions.dosage", name(change, messages), text));
        }
        if (shown < changes.size()) {
            sentences.add(messages.get("versions.dosage.moreItems", changes.size() - shown));
        }
        return sentences;
    }

    /** "A, B, C", or "A, B and 3 more" for a longer list: names may hold "and" themselves, so only commas join them. */
    private static String cut(List<String> names, int max, Messages messages) {
        int shown = shownOf(names.size(), max);
        String list = String.join(", ", names.subList(0, shown));
        return shown == names.size() ? list : messages.get("versions.andMore", list, names.size() - shown);
    }

    /** All of a list up to its maximum; past it, one fewer to make room for "and N more", so N is at least 2. */
    private static int shownOf(int size, int max) {
        return size <= max ? size : max - 1;
    }

    private static String andList(List<String> words, Messages messages) {
        String list = words.get(0);
        for (int i = 1; i < words.size(); i++) {
            list = i == words.size() - 1
                    ? messages.get("versions.list.last", list, words.get(i))
                    : String.join(", ", list, words.get(i));
        }
        return list;
    }

    private static boolean isField(Kind kind) {
        return switch (kind) {
            case TITLE, INSTRUCTIONS, START_DATE, REVIEW_DATE, THERAPIST, CLINIC_PHONE -> true;
            default -> false;
        };
    }

    private static String fieldWord(Kind field, Messages messages) {
        return switch (field) {
            case TITLE -> messages.get("versions.field.title");
            case INSTRUCTIONS -> messages.get("versions.field.instructions");
            case START_DATE -> messages.get("versions.field.startDate");
            case REVIEW_DATE -> messages.get("versions.field.reviewDate");
            case THERAPIST -> messages.get("versions.field.therapist");
            case CLINIC_PHONE -> messages.get("versions.field.clinicPhone");
            default -> throw new IllegalArgumentException(field + " is not a field of the program");
        };
    }

    // The field words are mid-sentence words ("title and review date"); one of them starts the sentence.
    private static String capitalized(String sentence) {
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}

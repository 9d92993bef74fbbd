package app.gaitway.assessments.findings;

import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.record.AssessmentValues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Patient-Specific Functional Scale (PSFS): Stratford P, Gill C, Westaway M, Binkley J. Assessing disability and
 * change on individual patients: a report of a patient specific measure. Physiotherapy Canada 1995;47(4):258–263.
 * The patient names up to three activities (the form allows {@value AssessmentFields#PSFS_ACTIVITIES}) that the
 * problem makes hard or impossible and rates each from 0 (unable to perform the activity) to 10 (able to perform it
 * at the same level as before the problem). The score is the mean of the ratings; it counts only when every named
 * activity is rated. The same activities are re-rated at each follow-up (their names are carried, see FollowUp).
 *
 * <p><b>Terms</b>: published in the article above with its instructions; no licence holder, registration or fee is
 * named, and the scale is distributed freely for clinical use.
 *
 * <p><b>Minimal clinically important difference</b>: {@value #AVERAGE_IMPORTANT_CHANGE} points for the mean score and
 * {@value #ACTIVITY_IMPORTANT_CHANGE} points for a single activity, the thresholds commonly quoted from Stratford et al.
 * 1995 (above) and Horn KK, Jennings S, Richardson G, et al. The Patient-Specific Functional Scale: psychometrics,
 * clinimetrics, and application as a clinical outcome measure. J Orthop Sports Phys Ther 2012;42(1):30–42. (Not
 * re-checked against the papers' tables when this was written: no access; see README, "Outcome measures".)
 */
public final class PsfsScore {

    public static final int ACTIVITIES = AssessmentFields.PSFS_ACTIVITIES;
    public static final double AVERAGE_IMPORTANT_CHANGE = 2;
    public static final int ACTIVITY_IMPORTANT_CHANGE = 3;

    /** One activity and its rating (null when not rated). */
    public record Activity(String name, Integer rating) {}

    private final List<Activity> activities;

    private PsfsScore(List<Activity> activities) {
        this.activities = List.copyOf(activities);
    }

    /** The named activities of {@code values} in form order; a rating without a name is not an activity. */
    public static PsfsScore of(AssessmentValues values) {
        List<Activity> list = new ArrayList<>();
        for (int i = 1; i <= ACTIVITIES; i++) {
            Optional<String> name =
                    values.text(AssessmentFields.psfsActivity(i)).filter(n -> !n.isBlank());
            if (name.isPresent()) {
                list.add(new Activity(
                        name.get(),
                        values.integer(AssessmentFields.psfsRating(i)).orElse(null)));
            }
        }
        return new PsfsScore(list);
    }

    /** The mean rating of {@code values} when every named activity is rated: what a goal or an export reads. */
    public static OptionalDouble average(AssessmentValues values) {
        return of(values).average();
    }

    public static PsfsScore ofActivities(List<Activity> activities) {
        if (activities.size() > ACTIVITIES) {
            throw new IllegalArgumentException("the PSFS form holds " + ACTIVITIES + " activities");
        }
        for (Activity a : activities) {
            if (a.name() == null || a.name().isBlank()) {
                throw new IllegalArgumentException("an activity needs a name");
            }
            if (a.rating() != null && (a.rating() < 0 || a.rating() > 10)) {
                throw new IllegalArgumentException("a PSFS rating is 0 to 10, not " + a.rating());
            }
        }
        return new PsfsScore(activities);
    }

    public List<Activity> activities() {
        return activities;
    }

    public boolean isEmpty() {
        return activities.isEmpty();
    }

    public boolean isComplete() {
        return !activities.isEmpty() && activities.stream().allMatch(a -> a.rating() != null);
    }

    public int rated() {
        return (int) activities.stream().filter(a -> a.rating() != null).count();
    }

    /** The mean of the ratings, 0–10, with one decimal, only when every named activity is rated. */
    public OptionalDouble average() {
        if (!isComplete()) {
            return OptionalDouble.empty();
        }
        double mean = activities.stream().mapToInt(Activity::rating).average().orElseThrow();
        return OptionalDouble.of(Rounding.oneDecimal(mean));
    }

    /**
     * The keys of ratings typed without an activity: a rating must say what it rates. By field key, with the message
     * key; checked on the clean values of a save, like the safety screen's rules between fields.
     */
    public static Map<String, String> problems(Map<String, String> clean) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (int i = 1; i <= ACTIVITIES; i++) {
            String name = clean.get(AssessmentFields.psfsActivity(i));
            if (clean.containsKey(AssessmentFields.psfsRating(i)) && (name == null || name.isBlank())) {
                problems.put(AssessmentFields.psfsRating(i), "assessment.psfs.ratingWithoutActivity");
            }
        }
        return problems;
    }

    /**
     * The change from a previous PSFS: the mean's change when both are complete, and each activity re-rated under the
     * same name (compared without case or surrounding space).
     */
    public static Optional<Change> change(PsfsScore previous, PsfsScore current) {
        if (previous == null || current == null || !previous.isComplete() || !current.isComplete()) {
            return Optional.empty();
        }
        Map<String, Integer> before = new LinkedHashMap<>();
        previous.activities.forEach(a -> before.putIfAbsent(normal(a.name()), a.rating()));
        List<ActivityChange> same = new ArrayList<>();
        for (Activity a : current.activities) {
            Integer from = before.get(normal(a.name()));
            if (from != null) {
                same.add(new ActivityChange(a.name(), from, a.rating()));
            }
        }
        return Optional.of(
                new Change(previous.average().getAsDouble(), current.average().getAsDouble(), List.copyOf(same)));
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** One activity rated at both visits. */
    public record ActivityChange(String name, int from, int to) {
        public int points() {
            return to - from;
        }

        public boolean isClinicallyImportant() {
            return Math.abs(points()) >= ACTIVITY_IMPORTANT_CHANGE;
        }
    }

    /** From one complete PSFS to a later one. */
    public record Change(double from, double to, List<ActivityChange> activities) {

        /** Positive when function improved, with one decimal. */
        public double points() {
            return Rounding.oneDecimal(to - from);
        }

        /** The mean moved by the important change, or one activity did. */
        public boolean isClinicallyImportant() {
            return Math.abs(points()) >= AVERAGE_IMPORTANT_CHANGE
                    || activities.stream().anyMatch(ActivityChange::isClinicallyImportant);
        }

        /** Worse by the important change: the mean, or (with the mean not better by as much) one activity. */
        public boolean isImportantWorsening() {
            if (points() <= -AVERAGE_IMPORTANT_CHANGE) {
                return true;
            }
            return points() < AVERAGE_IMPORTANT_CHANGE
                    && activities.stream().anyMatch(a -> a.points() <= -ACTIVITY_IMPORTANT_CHANGE);
        }
    }
}

package app.gaitway.programs.dosage;

import app.gaitway.exercises.Dosage;
import app.gaitway.exercises.DosageWords;
import app.gaitway.exercises.Vocabulary;
import app.gaitway.exercises.Vocabulary.Sides;
import app.gaitway.shared.web.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * An item's dosage in the words a patient reads on the phone or the printed sheet: short, everyday words ("3 sets
 * of 10–15, each side", "With a red band above your knees"), plus one compact line for the therapist's builder.
 * How much and how often are said by {@link DosageWords}, so the library and the program read the same.
 */
public final class ItemDosageWords {

    private static final String SEPARATOR = " \u00B7 ";

    private ItemDosageWords() {}

    /** How much: "3 sets of 10–15, each side", "Hold 30 seconds, 3 times", "3 sets of 12, right side only". */
    public static String amount(ItemDosage d, Messages messages) {
        String amount = DosageWords.amount(asExerciseDosage(d), messages);
        return switch (d.side()) {
            case BOTH -> amount;
            case EACH_SIDE -> messages.get("dosage.eachSide", amount);
            case LEFT_ONLY -> messages.get("dosage.item.leftOnly", amount);
            case RIGHT_ONLY -> messages.get("dosage.item.rightOnly", amount);
        };
    }

    /** How often: "once a day, 5 days a week", "twice a day, every day". */
    public static String often(ItemDosage d, Messages messages) {
        return DosageWords.often(asExerciseDosage(d), messages);
    }

    /** What to work against: "With a red band above your knees", "With a 1.5 kg ankle weight"; empty for none. */
    public static String load(ItemDosage d, Messages messages) {
        Load load = d.load();
        return switch (load.type()) {
            case NONE -> "";
            case BODY_WEIGHT -> messages.get("dosage.item.bodyWeight");
            case BAND ->
                load.bandPlacement() == null
                        ? messages.get("dosage.item.band", colour(load, messages))
                        : messages.get(
                                "dosage.item.bandPlaced",
                                colour(load, messages),
                                messages.get("dosage.item.placement." + Vocabulary.code(load.bandPlacement())));
            case ANKLE_WEIGHT ->
                load.weight() == null || load.weightUnit() == null
                        ? messages.get("dosage.item.ankleWeightAny")
                        : messages.get(
                                "dosage.item.ankleWeight",
                                readsWithAn(weight(load)) ? 1 : 0,
                                weight(load),
                                messages.get("dosage.item.unit." + Vocabulary.code(load.weightUnit())));
        };
    }

    /** How hard, on each scale given: "Effort 7–8 out of 10", "Stop with 2–3 more reps left in you". */
    public static List<String> effort(ItemDosage d, Messages messages) {
        List<String> lines = new ArrayList<>();
        if (d.hasEffort()) {
            lines.add(messages.get("dosage.effort", numberOrRange(d.effortMin(), d.effortMax(), messages)));
        }
        if (d.hasReserve()) {
            lines.add(messages.get(
                    "dosage.item.reserve", numberOrRange(d.reserveMin(), d.reserveMax(), messages), d.reserveMax()));
        }
        return lines;
    }

    /** "Rest 60 seconds between sets"; empty when not given, none, or there is only one set. */
    public static String rest(ItemDosage d, Messages messages) {
        if (d.restSeconds() == null || d.restSeconds() == 0 || d.sets() == 1) {
            return "";
        }
        return messages.get("dosage.rest", d.restSeconds());
    }

    /** One line for the builder: "3 × 10–15 each side · red band above knees · 1×/day, 5 days/wk". */
    public static String summary(ItemDosage d, Messages messages) {
        List<String> parts = new ArrayList<>();
        parts.add(shortAmount(d, messages));
        String load = shortLoad(d.load(), messages);
        if (!load.isEmpty()) {
            parts.add(load);
        }
        parts.add(messages.get("dosage.item.short.often", d.timesPerDay(), d.daysPerWeek()));
        if (d.hasEffort()) {
            parts.add(messages.get("dosage.item.short.effort", numberOrRange(d.effortMin(), d.effortMax(), messages)));
        }
        if (d.hasReserve()) {
            parts.add(
                    messages.get("dosage.item.short.reserve", numberOrRange(d.reserveMin(), d.reserveMax(), messages)));
        }
        return String.join(SEPARATOR, parts);
    }

    /** "12", or "10–15" for a range (with an en dash, as in print). */
    static String numberOrRange(Integer min, Integer max, Messages messages) {
        return max == null || min.equals(max) ? String.valueOf(min) : messages.get("dosage.range", min, max);
    }

    private static String shortAmount(ItemDosage d, Messages messages) {
        String reps = d.repsMin() == null ? null : numberOrRange(d.repsMin(), d.repsMax(), messages);
        String amount;
        if (!d.isHold()) {
            amount = messages.get("dosage.item.short.reps", d.sets(), reps);
        } else if (reps == null || isOne(d)) {
            amount = messages.get("dosage.item.short.hold", d.sets(), d.holdSeconds());
        } else {
            amount = messages.get("dosage.item.short.holds", d.sets(), reps, d.holdSeconds());
        }
        return switch (d.side()) {
            case BOTH -> amount;
            case EACH_SIDE -> messages.get("dosage.item.short.eachSide", amount);
            case LEFT_ONLY -> messages.get("dosage.item.short.leftOnly", amount);
            case RIGHT_ONLY -> messages.get("dosage.item.short.rightOnly", amount);
        };
    }

    private static String shortLoad(Load load, Messages messages) {
        return switch (load.type()) {
            case NONE -> "";
            case BODY_WEIGHT -> messages.get("dosage.item.short.bodyWeight");
            case BAND ->
                load.bandPlacement() == null
                        ? messages.get("dosage.item.short.band", colour(load, messages))
                        : messages.get(
                                "dosage.item.short.bandPlaced",
                                colour(load, messages),
                                messages.get("dosage.item.short.placement." + Vocabulary.code(load.bandPlacement())));
            case ANKLE_WEIGHT ->
                load.weight() == null || load.weightUnit() == null
                        ? messages.get("dosage.item.short.ankleWeightAny")
                        : messages.get(
                                "dosage.item.short.ankleWeight",
                                weight(load),
                                messages.get("dosage.item.unit." + Vocabulary.code(load.weightUnit())));
        };
    }

    private static String colour(Load load, Messages messages) {
        return load.bandColour() == null
                ? messages.get("dosage.item.colour.unknown")
                : messages.get("dosage.item.colour." + Vocabulary.code(load.bandColour()));
    }

    private static String weight(Load load) {
        return DosageFields.weight(load.weight());
    }

    /** "an 8 kg", "an 11 lb", "an 18 kg": the numbers up to 45 said with a vowel sound first. */
    static boolean readsWithAn(String number) {
        String whole = number.contains(".") ? number.substring(0, number.indexOf('.')) : number;
        return whole.startsWith("8") || whole.equals("11") || whole.equals("18");
    }

    /** One hold per set reads better as "Hold 30 seconds, 3 times" than as "3 sets of 1 holds". */
    private static boolean isOne(ItemDosage d) {
        return d.repsMin() != null && d.repsMin() == 1 && (d.repsMax() == null || d.repsMax() == 1);
    }

    /** The same dosage in the exercise library's terms, for the words both say alike; the side is added here. */
    private static Dosage asExerciseDosage(ItemDosage d) {
        boolean oneHoldPerSet = d.isHold() && isOne(d);
        return new Dosage(
                d.sets(),
                oneHoldPerSet ? null : d.repsMin(),
                oneHoldPerSet ? null : d.repsMax(),
                d.holdSeconds(),
                Sides.BOTH,
                d.timesPerDay(),
                d.daysPerWeek(),
                d.effortMin(),
                d.effortMax(),
                d.restSeconds());
    }
}

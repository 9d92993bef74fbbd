package app.gaitway.programs.dosage;

import app.gaitway.exercises.Vocabulary;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One item's dosage as typed in the program builder: every field a string, so a form with an error is shown again
 * exactly as the therapist typed it. {@link DosageRules#parse} turns it into an {@link ItemDosage}; {@link #of}
 * goes back the other way. Null is read as empty.
 */
public record DosageFields(
        String sets,
        String reps,
        String hold,
        String side,
        String timesPerDay,
        String daysPerWeek,
        String loadType,
        String bandColour,
        String bandPlacement,
        String weight,
        String weightUnit,
        String effort,
        String reserve,
        String rest,
        String note) {

    private static final List<String> NAMES = Arrays.stream(DosageFields.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();

    public DosageFields {
        sets = orEmpty(sets);
        reps = orEmpty(reps);
        hold = orEmpty(hold);
        side = orEmpty(side);
        timesPerDay = orEmpty(timesPerDay);
        daysPerWeek = orEmpty(daysPerWeek);
        loadType = orEmpty(loadType);
        bandColour = orEmpty(bandColour);
        bandPlacement = orEmpty(bandPlacement);
        weight = orEmpty(weight);
        weightUnit = orEmpty(weightUnit);
        effort = orEmpty(effort);
        reserve = orEmpty(reserve);
        rest = orEmpty(rest);
        note = orEmpty(note);
    }

    /** The field names in form order; the keys of {@link DosageResult#errors()} are among them. */
    public static List<String> names() {
        return NAMES;
    }

    /** Reads the fields by name, e.g. from form parameters named with these names as suffixes. */
    public static DosageFields from(Function<String, String> valueOfName) {
        String[] v = NAMES.stream().map(valueOfName).toArray(String[]::new);
        return new DosageFields(
                v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14]);
    }

    /** The value of the field with this name (one of {@link #names()}). */
    public String get(String name) {
        return switch (name) {
            case "sets" -> sets;
            case "reps" -> reps;
            case "hold" -> hold;
            case "side" -> side;
            case "timesPerDay" -> timesPerDay;
            case "daysPerWeek" -> daysPerWeek;
            case "loadType" -> loadType;
            case "bandColour" -> bandColour;
            case "bandPlacement" -> bandPlacement;
            case "weight" -> weight;
            case "weightUnit" -> weightUnit;
            case "effort" -> effort;
            case "reserve" -> reserve;
            case "rest" -> rest;
            case "note" -> note;
            default -> throw new IllegalArgumentException("no dosage field \"" + name + "\"");
        };
    }

    /** A dosage as the form shows it: ranges as {@code 10-15}, choices as their lower-case codes. */
    public static DosageFields of(ItemDosage d) {
        Load load = d.load();
        return new DosageFields(
                String.valueOf(d.sets()),
                range(d.repsMin(), d.repsMax()),
                number(d.holdSeconds()),
                Vocabulary.code(d.side()),
                String.valueOf(d.timesPerDay()),
                String.valueOf(d.daysPerWeek()),
                Vocabulary.code(load.type()),
                code(load.bandColour()),
                code(load.bandPlacement()),
                weight(load.weight()),
                code(load.weightUnit()),
                range(d.effortMin(), d.effortMax()),
                range(d.reserveMin(), d.reserveMax()),
                number(d.restSeconds()),
                d.note());
    }

    private static String range(Integer min, Integer max) {
        if (min == null) {
            return "";
        }
        return max == null || min.equals(max) ? String.valueOf(min) : min + "-" + max;
    }

    private static String number(Integer n) {
        return n == null ? "" : String.valueOf(n);
    }

    private static String code(Enum<?> value) {
        return value == null ? "" : Vocabulary.code(value);
    }

    /** "1.5", never "1.50" or "1E+1". */
    static String weight(BigDecimal weight) {
        return weight == null ? "" : weight.stripTrailingZeros().toPlainString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}

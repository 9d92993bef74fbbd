package app.gaitway.programs.dosage;

import app.gaitway.exercises.Vocabulary;
import app.gaitway.exercises.illustration.BandPlacement;
import app.gaitway.programs.dosage.Load.BandColour;
import app.gaitway.programs.dosage.Load.LoadType;
import app.gaitway.programs.dosage.Load.WeightUnit;
import app.gaitway.programs.dosage.TypedNumber.Range;
import app.gaitway.shared.text.TypedText;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a therapist may prescribe for one item, and the reading of the builder form into an {@link ItemDosage}.
 * Every problem is found at once, each a message key beside its field that says what to type. The limits are
 * wide enough for any home program and narrow enough to catch a slip of the keyboard (30 sets, 150 kg).
 */
public final class DosageRules {

    static final Limits SETS =
            new Limits("sets", 1, 10, "dosage.error.sets.notNumber", "dosage.error.sets.range", null);
    static final Limits REPS = new Limits(
            "reps", 1, 100, "dosage.error.reps.notNumber", "dosage.error.reps.range", "dosage.error.reps.order");
    static final Limits HOLD =
            new Limits("hold", 1, 600, "dosage.error.hold.notNumber", "dosage.error.hold.range", null);
    static final Limits TIMES_PER_DAY = new Limits(
            "timesPerDay", 1, 6, "dosage.error.timesPerDay.notNumber", "dosage.error.timesPerDay.range", null);
    static final Limits DAYS_PER_WEEK = new Limits(
            "daysPerWeek", 1, 7, "dosage.error.daysPerWeek.notNumber", "dosage.error.daysPerWeek.range", null);
    static final Limits EFFORT = new Limits(
            "effort", 1, 10, "dosage.error.effort.notNumber", "dosage.error.effort.range", "dosage.error.effort.order");
    static final Limits RESERVE = new Limits(
            "reserve",
            0,
            10,
            "dosage.error.reserve.notNumber",
            "dosage.error.reserve.range",
            "dosage.error.reserve.order");
    static final Limits REST =
            new Limits("rest", 0, 600, "dosage.error.rest.notNumber", "dosage.error.rest.range", null);

    public static final int MAX_NOTE_LENGTH = 300;
    public static final BigDecimal MAX_KG = BigDecimal.valueOf(20);
    public static final BigDecimal MAX_LB = BigDecimal.valueOf(45);
    /** Kitchen and gym scales do not show finer than this. */
    static final int MAX_WEIGHT_DECIMALS = 2;

    private DosageRules() {}

    /** The bounds of one number field and the keys of its messages; an order key only for a field that takes ranges. */
    record Limits(String field, int min, int max, String notNumberKey, String rangeKey, String orderKey) {

        boolean outside(int n) {
            return n < min || n > max;
        }
    }

    public static DosageResult parse(DosageFields f) {
        Check c = new Check();
        Integer sets = c.whole(SETS, f.sets(), true);
        Range reps = c.range(REPS, f.reps());
        Integer hold = c.whole(HOLD, f.hold(), false);
        if (f.reps().isBlank() && f.hold().isBlank()) {
            c.error("reps", "dosage.error.repsOrHold");
        }
        SideChoice side = c.choice(SideChoice.class, "side", f.side(), SideChoice.BOTH, "dosage.error.side");
        Integer perDay = c.whole(TIMES_PER_DAY, f.timesPerDay(), true);
        Integer perWeek = c.whole(DAYS_PER_WEEK, f.daysPerWeek(), true);
        Load load = load(f, c);
        Range effort = c.range(EFFORT, f.effort());
        Range reserve = c.range(RESERVE, f.reserve());
        Integer rest = c.whole(REST, f.rest(), false);
        String note = f.note().strip();
        if (note.codePointCount(0, note.length()) > MAX_NOTE_LENGTH) {
            c.error("note", "dosage.error.note.tooLong");
        } else if (!TypedText.isAcceptable(note, TypedText.Lines.ONE)) {
            c.error("note", TypedText.MESSAGE_KEY);
        }
        if (!c.errors.isEmpty()) {
            return new DosageResult(null, c.errors);
        }
        return new DosageResult(
                new ItemDosage(
                        sets,
                        min(reps),
                        max(reps),
                        hold,
                        side,
                        perDay,
                        perWeek,
                        load,
                        min(effort),
                        max(effort),
                        min(reserve),
                        max(reserve),
                        rest,
                        note),
                Map.of());
    }

    /**
     * The rules applied to a dosage that did not come from the form (a data file, an import): the problems by
     * field, empty when it is fine. Not for stored program versions: an old version must always read, even after
     * a limit here changes.
     */
    public static Map<String, String> check(ItemDosage dosage) {
        return parse(DosageFields.of(dosage)).errors();
    }

    /** The load of the chosen type; the fields of the other types are ignored, as the form hides them. */
    private static Load load(DosageFields f, Check c) {
        String typed = f.loadType().isBlank() ? Vocabulary.code(LoadType.NONE) : f.loadType();
        LoadType type = c.choice(LoadType.class, "loadType", typed, null, "dosage.error.loadType");
        if (type == null) {
            return null;
        }
        return switch (type) {
            case NONE -> Load.NONE;
            case BODY_WEIGHT -> Load.BODY_WEIGHT;
            case BAND -> {
                BandColour colour =
                        c.requiredChoice(BandColour.class, "bandColour", f.bandColour(), "dosage.error.bandColour");
                BandPlacement placement = c.choice(
                        BandPlacement.class, "bandPlacement", f.bandPlacement(), null, "dosage.error.bandPlacement");
                yield colour == null ? null : Load.band(colour, placement);
            }
            case ANKLE_WEIGHT -> {
                WeightUnit unit =
                        c.requiredChoice(WeightUnit.class, "weightUnit", f.weightUnit(), "dosage.error.weightUnit");
                BigDecimal weight = weight(f.weight(), unit, c);
                yield weight == null || unit == null ? null : Load.ankleWeight(weight, unit);
            }
        };
    }

    private static BigDecimal weight(String typed, WeightUnit unit, Check c) {
        if (typed.isBlank()) {
            c.error("weight", "dosage.error.weight.required");
            return null;
        }
        Optional<BigDecimal> read = TypedNumber.decimal(typed);
        if (read.isEmpty()) {
            c.error("weight", "dosage.error.weight.notNumber");
            return null;
        }
        BigDecimal weight = read.get();
        BigDecimal max = unit == WeightUnit.LB ? MAX_LB : MAX_KG;
        if (weight.signum() <= 0 || (unit != null && weight.compareTo(max) > 0)) {
            c.error(
                    "weight",
                    unit == null
                            ? "dosage.error.weight.range"
                            : unit == WeightUnit.KG ? "dosage.error.weight.rangeKg" : "dosage.error.weight.rangeLb");
            return null;
        }
        if (weight.scale() > MAX_WEIGHT_DECIMALS) {
            c.error("weight", "dosage.error.weight.decimals");
            return null;
        }
        return weight;
    }

    private static Integer min(Range r) {
        return r == null ? null : r.min();
    }

    private static Integer max(Range r) {
        return r == null ? null : r.max();
    }

    /** Collects the first problem of each field. */
    private static final class Check {

        final Map<String, String> errors = new LinkedHashMap<>();

        void error(String field, String key) {
            errors.putIfAbsent(field, key);
        }

        Integer whole(Limits l, String typed, boolean required) {
            if (typed.isBlank()) {
                if (required) {
                    error(l.field(), l.rangeKey());
                }
                return null;
            }
            Optional<Integer> n = TypedNumber.whole(typed);
            if (n.isEmpty()) {
                error(l.field(), l.notNumberKey());
                return null;
            }
            if (l.outside(n.get())) {
                error(l.field(), l.rangeKey());
                return null;
            }
            return n.get();
        }

        /** An optional number or range; empty is not given. */
        Range range(Limits l, String typed) {
            if (typed.isBlank()) {
                return null;
            }
            Optional<Range> r = TypedNumber.range(typed);
            if (r.isEmpty()) {
                error(l.field(), l.notNumberKey());
                return null;
            }
            Range range = r.get();
            if (l.outside(range.min()) || l.outside(range.max())) {
                error(l.field(), l.rangeKey());
                return null;
            }
            if (range.min() > range.max()) {
                error(l.field(), l.orderKey());
                return null;
            }
            return range;
        }

        /** A code of the enum; empty gives the fallback, or an error when there is none. */
        <E extends Enum<E>> E choice(Class<E> type, String field, String typed, E whenEmpty, String key) {
            if (typed.isBlank()) {
                return whenEmpty;
            }
            Optional<E> value = Vocabulary.fromCode(type, typed.strip().toLowerCase(Locale.ROOT));
            if (value.isEmpty()) {
                error(field, key);
            }
            return value.orElse(null);
        }

        <E extends Enum<E>> E requiredChoice(Class<E> type, String field, String typed, String key) {
            if (typed.isBlank()) {
                error(field, key);
                return null;
            }
            return choice(type, field, typed, null, key);
        }
    }
}

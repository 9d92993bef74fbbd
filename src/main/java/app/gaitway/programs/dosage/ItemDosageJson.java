package app.gaitway.programs.dosage;

import app.gaitway.exercises.Vocabulary;
import app.gaitway.exercises.illustration.BandPlacement;
import app.gaitway.programs.dosage.Load.BandColour;
import app.gaitway.programs.dosage.Load.LoadType;
import app.gaitway.programs.dosage.Load.WeightUnit;
import app.gaitway.shared.json.Jsonp;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One item's dosage as JSON, for its database column and the program data files:
 * <pre>{"sets":3,"repsMin":10,"repsMax":15,"side":"each_side","timesPerDay":1,"daysPerWeek":5,
 * "load":{"type":"band","bandColour":"red","bandPlacement":"above_knees"},"effortMin":7,"effortMax":8}</pre>
 * A key that is absent is not given; a load has only the keys of its type. Reading checks the format (names,
 * types, words) and nothing else: a stored program version must always read, even after {@link DosageRules}
 * changes a limit. Anything outside the format is an {@link IllegalArgumentException} naming the key.
 */
public final class ItemDosageJson {

    // Made once: Json.createReader and friends look the JSON provider up through the class loaders on every
    // call, which was the largest cost of a patient page that reads a few hundred dosages.
    private static final JsonReaderFactory READERS = Jsonp.createReaderFactory(java.util.Map.of());
    private static final JsonBuilderFactory BUILDERS = Jsonp.createBuilderFactory(java.util.Map.of());

    private static final Set<String> KEYS = Set.of(
            "sets",
            "repsMin",
            "repsMax",
            "holdSeconds",
            "side",
            "timesPerDay",
            "daysPerWeek",
            "load",
            "effortMin",
            "effortMax",
            "reserveMin",
            "reserveMax",
            "restSeconds",
            "note");
    private static final Map<LoadType, Set<String>> LOAD_KEYS = Map.of(
            LoadType.NONE, Set.of("type"),
            LoadType.BODY_WEIGHT, Set.of("type"),
            LoadType.BAND, Set.of("type", "bandColour", "bandPlacement"),
            LoadType.ANKLE_WEIGHT, Set.of("type", "weight", "weightUnit"));

    private ItemDosageJson() {}

    public static String toJson(ItemDosage d) {
        return toJsonObject(d).toString();
    }

    public static JsonObject toJsonObject(ItemDosage d) {
        JsonObjectBuilder b = BUILDERS.createObjectBuilder().add("sets", d.sets());
        addIfGiven(b, "repsMin", d.repsMin());
        addIfGiven(b, "repsMax", d.repsMax());
        addIfGiven(b, "holdSeconds", d.holdSeconds());
        b.add("side", Vocabulary.code(d.side()))
                .add("timesPerDay", d.timesPerDay())
                .add("daysPerWeek", d.daysPerWeek())
                .add("load", load(d.load()));
        addIfGiven(b, "effortMin", d.effortMin());
        addIfGiven(b, "effortMax", d.effortMax());
        addIfGiven(b, "reserveMin", d.reserveMin());
        addIfGiven(b, "reserveMax", d.reserveMax());
        addIfGiven(b, "restSeconds", d.restSeconds());
        if (!d.note().isEmpty()) {
            b.add("note", d.note());
        }
        return b.build();
    }

    public static ItemDosage fromJson(String json) {
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            return fromJson(reader.readObject());
        } catch (JsonException e) {
            throw new IllegalArgumentException("item dosage: not a JSON object: " + e.getMessage(), e);
        }
    }

    /** An item dosage inside a bigger document. */
    public static ItemDosage fromJson(JsonObject o) {
        onlyKeys(o, KEYS, "");
        return new ItemDosage(
                required(o, "sets"),
                pair(o, "repsMin", "repsMax"),
                whole(o, "repsMax"),
                whole(o, "holdSeconds"),
                word(SideChoice.class, o, "side", ""),
                required(o, "timesPerDay"),
                required(o, "daysPerWeek"),
                load(o),
                pair(o, "effortMin", "effortMax"),
                whole(o, "effortMax"),
                pair(o, "reserveMin", "reserveMax"),
                whole(o, "reserveMax"),
                whole(o, "restSeconds"),
                text(o, "note", "note"));
    }

    private static JsonObjectBuilder load(Load load) {
        JsonObjectBuilder b = BUILDERS.createObjectBuilder().add("type", Vocabulary.code(load.type()));
        if (load.type() == LoadType.BAND) {
            addIfGiven(b, "bandColour", load.bandColour());
            addIfGiven(b, "bandPlacement", load.bandPlacement());
        } else if (load.type() == LoadType.ANKLE_WEIGHT) {
            if (load.weight() != null) {
                b.add("weight", load.weight());
            }
            addIfGiven(b, "weightUnit", load.weightUnit());
        }
        return b;
    }

    private static Load load(JsonObject dosage) {
        JsonValue v = dosage.get("load");
        if (v == null || v == JsonValue.NULL) {
            return Load.NONE;
        }
        if (!(v instanceof JsonObject o)) {
            throw problem("load", "must be an object");
        }
        LoadType type = word(LoadType.class, o, "type", "load.");
        if (type == null) {
            throw problem("load.type", "is missing");
        }
        onlyKeys(o, LOAD_KEYS.get(type), "load.");
        return switch (type) {
            case NONE -> Load.NONE;
            case BODY_WEIGHT -> Load.BODY_WEIGHT;
            case BAND ->
                Load.band(
                        word(BandColour.class, o, "bandColour", "load."),
                        word(BandPlacement.class, o, "bandPlacement", "load."));
            case ANKLE_WEIGHT ->
                Load.ankleWeight(decimal(o, "weight"), word(WeightUnit.class, o, "weightUnit", "load."));
        };
    }

    private static void addIfGiven(JsonObjectBuilder b, String key, Integer value) {
        if (value != null) {
            b.add(key, value);
        }
    }

    private static void addIfGiven(JsonObjectBuilder b, String key, Enum<?> value) {
        if (value != null) {
            b.add(key, Vocabulary.code(value));
        }
    }

    private static void onlyKeys(JsonObject o, Set<String> allowed, String prefix) {
        for (String key : o.keySet()) {
            if (!allowed.contains(key)) {
                throw problem(
                        prefix + key,
                        "is not a key of "
                                + (prefix.isEmpty() ? "an item dosage" : "a load of type " + o.getString("type", "?")));
            }
        }
    }

    private static int required(JsonObject o, String key) {
        Integer n = whole(o, key);
        if (n == null) {
            throw problem(key, "is missing");
        }
        return n;
    }

    /** The first of two keys that come together, as a range does: both or neither. */
    private static Integer pair(JsonObject o, String minKey, String maxKey) {
        Integer min = whole(o, minKey);
        if ((min == null) != (whole(o, maxKey) == null)) {
            throw problem(min == null ? minKey : maxKey, "is missing: " + minKey + " and " + maxKey + " go together");
        }
        return min;
    }

    private static Integer whole(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw problem(key, "must be a whole number, not " + v);
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException tooLarge) {
            throw problem(key, "is too large: " + v);
        }
    }

    private static BigDecimal decimal(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonNumber n)) {
            throw problem("load." + key, "must be a number, not " + v);
        }
        return n.bigDecimalValue();
    }

    private static String text(JsonObject o, String key, String name) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw problem(name, "must be text, not " + v);
        }
        return s.getString();
    }

    private static <E extends Enum<E>> E word(Class<E> type, JsonObject o, String key, String prefix) {
        String code = text(o, key, prefix + key);
        if (code == null) {
            return null;
        }
        return Vocabulary.fromCode(type, code)
                .orElseThrow(() -> problem(
                        prefix + key,
                        "is not one of "
                                + Arrays.stream(type.getEnumConstants())
                                        .map(Vocabulary::code)
                                        .collect(Collectors.joining(", "))
                                + ": \"" + code + "\""));
    }

    private static IllegalArgumentException problem(String key, String what) {
        return new IllegalArgumentException("item dosage: \"" + key + "\" " + what);
    }
}

package app.gaitway.exercises.illustration;

import app.gaitway.shared.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the "illustration" object of the exercise data (shape documented in
 * exercises/ILLUSTRATION-FORMAT.md). Unknown keys are refused so a misspelt angle does
 * not silently become zero; every message names the place of the error.
 */
public final class IllustrationJson {

    private static final Set<String> TOP_KEYS =
            Set.of("view", "turn", "pitch", "start", "middle", "end", "props", "arrow", "tint", "tintSide", "inset");
    private static final Set<String> POSE_KEYS = Set.of(
            "posture",
            "trunk",
            "head",
            "pelvisTilt",
            "both",
            "left",
            "right",
            "rest",
            "alt",
            "hold",
            "travel",
            "boardTilt");
    private static final Set<String> LIMB_KEYS = Set.of(
            "hipFlexion",
            "hipAbduction",
            "hipRotation",
            "knee",
            "ankle",
            "shoulderFlexion",
            "shoulderAbduction",
            "elbow");
    private static final Set<String> PROP_KEYS = Set.of("type", "placement", "side", "at");

    // Made once: Json.createReader looks the JSON provider up through the class loaders on every call.
    private static final JsonReaderFactory READERS = Jsonp.createReaderFactory(Map.of());

    private IllustrationJson() {}

    public static Illustration parse(String json) {
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            return parse(reader.readObject());
        } catch (JsonException e) {
            throw new IllegalArgumentException("illustration is not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Reads an illustration, or says in one line what is wrong with it: every problem, a value of
     * the wrong JSON type included, leaves as an IllegalArgumentException naming where it is.
     */
    public static Illustration parse(JsonObject o) {
        try {
            return read(o);
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("illustration: wrong type or missing value", e);
        }
    }

    private static Illustration read(JsonObject o) {
        keys(o, TOP_KEYS, "illustration");
        View view = enumOf(View.class, text(o, "view", "illustration"), "view");
        Pose start = at("start", () -> pose(object(o, "start", "illustration")));
        Pose end = at("end", () -> pose(object(o, "end", "illustration")));
        Pose middle = o.containsKey("middle") && !o.isNull("middle")
                ? at("middle", () -> pose(object(o, "middle", "illustration")))
                : null;
        List<Prop> props = new ArrayList<>();
        JsonArray propArray =
                at("props", () -> o.containsKey("props") ? o.getJsonArray("props") : JsonValue.EMPTY_JSON_ARRAY);
        for (int i = 0; i < propArray.size(); i++) {
            int index = i;
            props.add(at("props[" + i + "]", () -> prop(propArray.getJsonObject(index))));
        }
        Arrow arrow = null;
        if (o.containsKey("arrow") && !o.isNull("arrow")) {
            JsonObject a = at("arrow", () -> o.getJsonObject("arrow"));
            keys(a, Set.of("part"), "arrow");
            arrow = at("arrow", () -> new Arrow(BodyPart.parse(text(a, "part", "arrow"))));
        }
        List<MuscleRegion> tint = new ArrayList<>();
        if (o.containsKey("tint")) {
            for (JsonValue v : at("tint", () -> o.getJsonArray("tint"))) {
                tint.add(at("tint", () -> MuscleRegion.parse(((JsonString) v).getString())));
            }
        }
        Side tintSide = o.containsKey("tintSide")
                ? enumOf(Side.class, at("tintSide", () -> o.getString("tintSide")), "tintSide")
                : null;
        return new Illustration(
                view,
                number(o, "turn"),
                number(o, "pitch"),
                start,
                end,
                props,
                arrow,
                tint,
                tintSide,
                middle,
                o.containsKey("inset") ? at("inset", () -> BodyPart.parse(text(o, "inset", "illustration"))) : null);
    }

    private static Pose pose(JsonObject o) {
        keys(o, POSE_KEYS, "pose");
        Posture posture = enumOf(Posture.class, text(o, "posture", "pose"), "posture");
        JsonObject both = o.containsKey("both") ? o.getJsonObject("both") : JsonValue.EMPTY_JSON_OBJECT;
        LimbAngles left = at("left", () -> limb(both, o.containsKey("left") ? o.getJsonObject("left") : null));
        LimbAngles right = at("right", () -> limb(both, o.containsKey("right") ? o.getJsonObject("right") : null));
        List<Support> supports = new ArrayList<>();
        JsonArray rest = o.getJsonArray("rest");
        if (rest == null) {
            throw new IllegalArgumentException("\"rest\" is missing: say which body parts rest on what");
        }
        for (JsonValue v : rest) {
            JsonObject s = v.asJsonObject();
            keys(s, Set.of("parts", "on"), "rest");
            List<BodyPart> parts = new ArrayList<>();
            for (JsonValue p : s.getJsonArray("parts")) {
                parts.add(BodyPart.parse(((JsonString) p).getString()));
            }
            supports.add(new Support(parts, Surface.parse(text(s, "on", "rest"))));
        }
        String alt = o.containsKey("alt") ? o.getString("alt") : null;
        Map<Side, BodyPart> hold = new EnumMap<>(Side.class);
        if (o.containsKey("hold")) {
            JsonObject h = object(o, "hold", "pose");
            keys(h, Set.of("left", "right"), "hold");
            for (Side side : Side.values()) {
                if (h.containsKey(side.word())) {
                    hold.put(side, BodyPart.parse(text(h, side.word(), "hold")));
                }
            }
        }
        JsonObject travel = o.containsKey("travel") ? object(o, "travel", "pose") : JsonValue.EMPTY_JSON_OBJECT;
        keys(travel, Set.of("left", "forward"), "travel");
        return new Pose(
                posture,
                number(o, "trunk"),
                number(o, "head"),
                left,
                right,
                supports,
                alt,
                number(o, "pelvisTilt"),
                hold,
                number(travel, "left"),
                number(travel, "forward"),
                number(o, "boardTilt"));
    }

    private static LimbAngles limb(JsonObject both, JsonObject own) {
        keys(both, LIMB_KEYS, "both");
        JsonObject side = own == null ? JsonValue.EMPTY_JSON_OBJECT : own;
        keys(side, LIMB_KEYS, "side");
        return new LimbAngles(
                angle(both, side, "hipFlexion"),
                angle(both, side, "hipAbduction"),
                angle(both, side, "hipRotation"),
                angle(both, side, "knee"),
                angle(both, side, "ankle"),
                angle(both, side, "shoulderFlexion"),
                angle(both, side, "shoulderAbduction"),
                angle(both, side, "elbow"));
    }

    private static double angle(JsonObject both, JsonObject side, String key) {
        return side.containsKey(key) ? number(side, key) : number(both, key);
    }

    private static Prop prop(JsonObject o) {
        keys(o, PROP_KEYS, "prop");
        PropType type = PropType.parse(text(o, "type", "prop"));
        BandPlacement band = o.containsKey("placement") ? BandPlacement.parse(o.getString("placement")) : null;
        Side side = o.containsKey("side") ? enumOf(Side.class, o.getString("side"), "side") : null;
        BodyPart at = o.containsKey("at") ? BodyPart.parse(o.getString("at")) : null;
        return new Prop(type, band, side, at);
    }

    private static double number(JsonObject o, String key) {
        if (!o.containsKey(key)) {
            return 0;
        }
        JsonValue v = o.get(key);
        if (!(v instanceof JsonNumber n)) {
            throw new IllegalArgumentException("\"" + key + "\" must be a number (degrees)");
        }
        return n.doubleValue();
    }

    private static String text(JsonObject o, String key, String where) {
        JsonValue v = o.get(key);
        if (!(v instanceof JsonString s)) {
            throw new IllegalArgumentException(where + ": \"" + key + "\" is missing or not text");
        }
        return s.getString();
    }

    private static JsonObject object(JsonObject o, String key, String where) {
        JsonValue v = o.get(key);
        if (!(v instanceof JsonObject obj)) {
            throw new IllegalArgumentException(where + ": \"" + key + "\" is missing or not an object");
        }
        return obj;
    }

    private static void keys(JsonObject o, Set<String> allowed, String where) {
        for (String k : o.keySet()) {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(where + ": unknown key \"" + k + "\"");
            }
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String what) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + what + " \"" + name + "\"");
        }
    }

    /** Prefixes errors with where they happened ("start.left: knee flexion 150° ..."). */
    private static <T> T at(String where, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException(where + ": wrong type or missing value", e);
        }
    }
}

package app.gaitway.exercises;

import app.gaitway.shared.json.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The joint angles a therapist may change on a pose taken from the library: trunk and the five leg angles of
 * each side, at the start and at the end. Everything else of the illustration (view, props, supports, arrow,
 * tint) stays as it was; the renderer and its checks decide whether the result can be drawn.
 */
public final class PoseAngles {

    public static final List<String> STAGES = List.of("start", "end");
    public static final List<String> SIDES = List.of("left", "right");
    public static final List<String> LEG_JOINTS = List.of("hipFlexion", "hipAbduction", "hipRotation", "knee", "ankle");

    private PoseAngles() {}

    /** Field names of the angle form: {@code start.trunk}, {@code end.right.knee}, ... */
    public static List<String> fieldNames() {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        for (String stage : STAGES) {
            names.add(stage + ".trunk");
            for (String joint : LEG_JOINTS) {
                for (String side : SIDES) {
                    names.add(stage + "." + side + "." + joint);
                }
            }
        }
        return names;
    }

    /** The current angles of an illustration, by field name, whole degrees. */
    public static Map<String, Integer> read(String illustrationJson) {
        JsonObject ill = Jsonp.createReader(new StringReader(illustrationJson)).readObject();
        Map<String, Integer> angles = new LinkedHashMap<>();
        for (String stage : STAGES) {
            JsonObject pose = ill.getJsonObject(stage);
            angles.put(stage + ".trunk", number(pose, "trunk"));
            JsonObject both = object(pose, "both");
            for (String joint : LEG_JOINTS) {
                for (String side : SIDES) {
                    JsonObject own = object(pose, side);
                    angles.put(
                            stage + "." + side + "." + joint,
                            own.containsKey(joint) ? number(own, joint) : number(both, joint));
                }
            }
        }
        return angles;
    }

    /** The illustration with the given angles written into it (each side explicitly, so "both" no longer hides them). */
    public static String write(String illustrationJson, Map<String, Integer> angles) {
        return write(Jsonp.createReader(new StringReader(illustrationJson)).readObject(), angles);
    }

    /**
     * {@link #write} for a pose sent back by a form: empty when the text is not a pose at all (not a JSON object,
     * or without a start and an end object), which only a changed page can send.
     */
    public static Optional<String> writeIfPose(String illustrationJson, Map<String, Integer> angles) {
        JsonObject ill;
        try {
            ill = Jsonp.createReader(new StringReader(illustrationJson)).readObject();
        } catch (JsonException notJson) {
            return Optional.empty();
        }
        boolean pose = STAGES.stream().allMatch(stage -> ill.get(stage) instanceof JsonObject);
        return pose ? Optional.of(write(ill, angles)) : Optional.empty();
    }

    private static String write(JsonObject ill, Map<String, Integer> angles) {
        JsonObjectBuilder out = Jsonp.createObjectBuilder(ill);
        for (String stage : STAGES) {
            JsonObject pose = ill.getJsonObject(stage);
            JsonObjectBuilder p = Jsonp.createObjectBuilder(pose);
            Integer trunk = angles.get(stage + ".trunk");
            if (trunk != null) {
                p.add("trunk", trunk);
            }
            JsonObjectBuilder both = Jsonp.createObjectBuilder(object(pose, "both"));
            for (String joint : LEG_JOINTS) {
                both.remove(joint);
            }
            JsonObject bothOriginal = object(pose, "both");
            p.add("both", both);
            for (String side : SIDES) {
                JsonObject own = object(pose, side);
                JsonObjectBuilder s = Jsonp.createObjectBuilder(own);
                for (String joint : LEG_JOINTS) {
                    Integer value = angles.get(stage + "." + side + "." + joint);
                    if (value == null) {
                        value = own.containsKey(joint) ? number(own, joint) : number(bothOriginal, joint);
                    }
                    s.add(joint, value);
                }
                p.add(side, s);
            }
            out.add(stage, p);
        }
        return out.build().toString();
    }

    private static JsonObject object(JsonObject o, String key) {
        return o.containsKey(key) && o.get(key) instanceof JsonObject j ? j : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static int number(JsonObject o, String key) {
        return o.get(key) instanceof JsonNumber n ? (int) Math.round(n.doubleValue()) : 0;
    }
}

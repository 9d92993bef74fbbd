package app.gaitway.programs.dosage;

import app.gaitway.exercises.illustration.BandPlacement;
import app.gaitway.programs.dosage.Load.BandColour;
import app.gaitway.programs.dosage.Load.WeightUnit;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ItemDosageJsonTest {

    private static final ItemDosage BRIDGE = new ItemDosage(
            3,
            10,
            15,
            null,
            SideChoice.EACH_SIDE,
            1,
            5,
            Load.band(BandColour.RED, BandPlacement.ABOVE_KNEES),
            7,
            8,
            2,
            3,
            60,
            "Slowly down");

    @Test
    void writesTheDocumentedKeys() {
        assertEquals(
                "{\"sets\":3,\"repsMin\":10,\"repsMax\":15,\"side\":\"each_side\",\"timesPerDay\":1,"
                        + "\"daysPerWeek\":5,\"load\":{\"type\":\"band\",\"bandColour\":\"red\","
                        + "\"bandPlacement\":\"above_knees\"},\"effortMin\":7,\"effortMax\":8,\"reserveMin\":2,"
                        + "\"reserveMax\":3,\"restSeconds\":60,\"note\":\"Slowly down\"}",
                ItemDosageJson.toJson(BRIDGE));
    }

    @Test
    void leavesOutWhatIsNotGiven() {
        ItemDosage stretch =
                new ItemDosage(3, null, null, 30, SideChoice.BOTH, 2, 7, Load.NONE, null, null, null, null, null, "");
        assertEquals(
                "{\"sets\":3,\"holdSeconds\":30,\"side\":\"both\",\"timesPerDay\":2,\"daysPerWeek\":7,"
                        + "\"load\":{\"type\":\"none\"}}",
                ItemDosageJson.toJson(stretch));
    }

    @Test
    void writesOnlyTheKeysOfTheLoadType() {
        ItemDosage weighted = new ItemDosage(
                2,
                12,
                12,
                null,
                SideChoice.LEFT_ONLY,
                1,
                3,
                Load.ankleWeight(new BigDecimal("1.5"), WeightUnit.KG),
                null,
                null,
                null,
                null,
                null,
                "");
        JsonObject load = ItemDosageJson.toJsonObject(weighted).getJsonObject("load");
        assertEquals("{\"type\":\"ankle_weight\",\"weight\":1.5,\"weightUnit\":\"kg\"}", load.toString());
    }

    @Test
    void readsBackWhatItWrites() {
        List<ItemDosage> dosages = List.of(
                BRIDGE,
                new ItemDosage(3, null, null, 30, SideChoice.BOTH, 2, 7, Load.NONE, null, null, null, null, null, ""),
                new ItemDosage(2, 5, 5, 10, SideChoice.RIGHT_ONLY, 1, 3, Load.BODY_WEIGHT, 7, 7, null, null, 0, ""),
                new ItemDosage(
                        1,
                        8,
                        12,
                        null,
                        SideChoice.LEFT_ONLY,
                        6,
                        1,
                        Load.ankleWeight(new BigDecimal("2.25"), WeightUnit.LB),
                        null,
                        null,
                        0,
                        0,
                        null,
                        "x"),
                new ItemDosage(
                        4,
                        20,
                        20,
                        null,
                        SideChoice.EACH_SIDE,
                        1,
                        4,
                        Load.band(BandColour.GOLD, null),
                        null,
                        null,
                        null,
                        null,
                        600,
                        "\u201CQuotes\u201D and \\ backslash"));
        for (ItemDosage d : dosages) {
            assertEquals(d, ItemDosageJson.fromJson(ItemDosageJson.toJson(d)));
            assertEquals(d, ItemDosageJson.fromJson(ItemDosageJson.toJsonObject(d)));
        }
    }

    @Test
    void anAbsentKeyIsNotGiven() {
        ItemDosage d = ItemDosageJson.fromJson("{\"sets\":2,\"repsMin\":12,\"repsMax\":12,\"timesPerDay\":1,"
                + "\"daysPerWeek\":5,\"restSeconds\":null}");
        assertEquals(
                new ItemDosage(2, 12, 12, null, SideChoice.BOTH, 1, 5, Load.NONE, null, null, null, null, null, ""), d);
    }

    @Test
    void readsInsideABiggerDocument() {
        JsonObject item = Json.createReader(new StringReader(
                        "{\"exercise\":\"clamshell\",\"dosage\":" + ItemDosageJson.toJson(BRIDGE) + "}"))
                .readObject();
        assertEquals(BRIDGE, ItemDosageJson.fromJson(item.getJsonObject("dosage")));
    }

    @Test
    void rejectsAnUnknownKeyByName() {
        assertProblem(
                "\"colour\"",
                "{\"sets\":2,\"repsMin\":12,\"repsMax\":12,\"timesPerDay\":1,"
                        + "\"daysPerWeek\":5,\"colour\":\"red\"}");
        assertProblem(
                "\"load.weight\"",
                "{\"sets\":2,\"repsMin\":12,\"repsMax\":12,\"timesPerDay\":1,"
                        + "\"daysPerWeek\":5,\"load\":{\"type\":\"band\",\"bandColour\":\"red\",\"weight\":2}}");
    }

    @Test
    void rejectsABadValueByName() {
        String rest = "\"repsMin\":12,\"repsMax\":12,\"timesPerDay\":1,\"daysPerWeek\":5";
        assertProblem("\"sets\"", "{\"sets\":\"3\"," + rest + "}");
        assertProblem("\"sets\"", "{\"sets\":2.5," + rest + "}");
        assertProblem("\"sets\"", "{" + rest + "}");
        assertProblem("\"side\"", "{\"sets\":3,\"side\":\"middle\"," + rest + "}");
        assertProblem("\"repsMax\"", "{\"sets\":3,\"repsMin\":3,\"timesPerDay\":1,\"daysPerWeek\":5}");
        assertProblem("\"load.type\"", "{\"sets\":3," + rest + ",\"load\":{\"type\":\"kettlebell\"}}");
        assertProblem("\"load.type\"", "{\"sets\":3," + rest + ",\"load\":{}}");
        assertProblem("\"load\"", "{\"sets\":3," + rest + ",\"load\":\"band\"}");
        assertProblem(
                "\"load.bandColour\"",
                "{\"sets\":3," + rest + ",\"load\":{\"type\":\"band\"," + "\"bandColour\":\"purple\"}}");
        assertProblem(
                "\"load.weight\"",
                "{\"sets\":3," + rest + ",\"load\":{\"type\":\"ankle_weight\","
                        + "\"weight\":\"heavy\",\"weightUnit\":\"kg\"}}");
        assertProblem("\"note\"", "{\"sets\":3," + rest + ",\"note\":5}");
        assertProblem("not a JSON object", "[1,2]");
        assertProblem("not a JSON object", "{\"sets\":");
    }

    private static void assertProblem(String named, String json) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ItemDosageJson.fromJson(json));
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }
}

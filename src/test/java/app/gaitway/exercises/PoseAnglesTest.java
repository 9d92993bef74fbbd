package app.gaitway.exercises;

import app.gaitway.exercises.illustration.IllustrationJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PoseAnglesTest {

    @Test
    void readsBothAndOwnSideAnglesAndWritesChangesIntoTheRightSide() throws IOException {
        String bridge = ExerciseJsonTest.bridgeIllustration();
        Map<String, Integer> angles = PoseAngles.read(bridge);
        assertEquals(PoseAngles.fieldNames().size(), angles.size());
        assertEquals(angles.get("start.left.knee"), angles.get("start.right.knee"), "from \"both\"");

        Map<String, Integer> changed = new HashMap<>(angles);
        changed.put("end.right.knee", angles.get("end.right.knee") - 20);
        String written = PoseAngles.write(bridge, changed);
        Map<String, Integer> back = PoseAngles.read(written);
        assertEquals(changed, back);
        assertNotEquals(back.get("end.left.knee"), back.get("end.right.knee"));
        IllustrationJson.parse(written); // still a drawable pose
    }

    @Test
    void anglesOutsideTheirRangeAreRefusedWhenDrawn() throws IOException {
        Map<String, Integer> angles = new HashMap<>(PoseAngles.read(ExerciseJsonTest.bridgeIllustration()));
        angles.put("start.left.knee", 175);
        String written = PoseAngles.write(ExerciseJsonTest.bridgeIllustration(), angles);
        assertThrows(IllegalArgumentException.class, () -> IllustrationJson.parse(written));
    }
}

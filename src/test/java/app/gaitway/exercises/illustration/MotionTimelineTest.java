package app.gaitway.exercises.illustration;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loop's pace: from the dosage and the written cues, eased, and holding where a hold is asked for. */
class MotionTimelineTest {

    private static final List<String> PLAIN = List.of("Lift your hips.", "Keep your knees apart.");

    @Test
    void aRepetitionTakesAboutTwoSecondsUpAndTwoDown() {
        MotionPace pace = MotionPace.of(null, PLAIN);
        assertEquals(2, pace.upSeconds());
        assertEquals(2, pace.downSeconds());
        assertTrue(pace.topSeconds() < 1 && pace.restSeconds() < 1, "only a moment at each end: " + pace);
    }

    @Test
    void slowlyInTheCuesSlowsTheMovementButSlowBreathingDoesNot() {
        assertEquals(
                3,
                MotionPace.of(null, List.of("Lift your hips.", "Lower your hips slowly back to the mat."))
                        .upSeconds());
        assertEquals(3, MotionPace.of(null, List.of("Count to 3 as you lower.")).downSeconds());
        assertEquals(
                2,
                MotionPace.of(null, List.of("Hold the position.", "Breathe slowly and relax."))
                        .upSeconds());
    }

    @Test
    void aRepetitionWithAShortHoldStaysAtTheEndThatLong() {
        MotionPace pace = MotionPace.of(null, List.of("Stop when your body is straight. Hold for 2 seconds."));
        assertEquals(2, pace.topSeconds());
        assertEquals(
                3,
                MotionPace.of(null, List.of("Hold for 3 to 5 seconds. Then lower."))
                        .topSeconds());
    }

    @Test
    void aHoldMovesIntoThePositionStaysAFewSecondsAndComesBack() {
        assertEquals(
                MotionPace.MOST_SHOWN_HOLD, MotionPace.of(30, PLAIN).topSeconds(), "a 30-second stretch, shortened");
        assertEquals(3, MotionPace.of(3, PLAIN).topSeconds(), "a short hold in full");
    }

    @Test
    void theLoopStartsAndEndsAtTheStartAndHoldsTheEndPoseForItsTime() {
        MotionPace pace = MotionPace.of(30, PLAIN);
        MotionTimeline timeline = MotionTimeline.of(pace);
        assertEquals(pace.cycleSeconds(), timeline.cycleSeconds());
        assertEquals(0, timeline.keys().get(0).along());
        assertEquals(0, timeline.keys().get(timeline.keys().size() - 1).along());
        assertEquals(0, timeline.alongAt(pace.restSeconds() / 2), "resting at the start");
        double reached = pace.restSeconds() + pace.upSeconds();
        for (double t = reached; t <= reached + pace.topSeconds(); t += 0.25) {
            assertEquals(1, timeline.alongAt(t), 1e-12, "holding the end pose at " + t + " s");
        }
        assertTrue(timeline.alongAt(reached + pace.topSeconds() + 0.3) < 1, "then coming back");
        assertEquals(0, timeline.alongAt(pace.cycleSeconds()), 1e-12, "back at the start when the loop begins again");
    }

    @Test
    void eachWayIsEasedSlowToStartAndSlowToStop() {
        MotionPace pace = MotionPace.of(null, PLAIN);
        MotionTimeline timeline = MotionTimeline.of(pace);
        double up = pace.restSeconds();
        double firstTenth = timeline.alongAt(up + pace.upSeconds() * 0.1);
        double middleTenth =
                timeline.alongAt(up + pace.upSeconds() * 0.55) - timeline.alongAt(up + pace.upSeconds() * 0.45);
        assertTrue(
                firstTenth < 0.05 && middleTenth > 0.12,
                firstTenth + " at the start, " + middleTenth + " in the middle");
        double previous = -1;
        for (MotionTimeline.Key k : timeline.keys()) {
            assertTrue(k.seconds() > previous, "keys in time order");
            previous = k.seconds();
        }
        String[] times = timeline.keyTimes().split(";");
        assertEquals("0", times[0]);
        assertEquals("1", times[times.length - 1]);
        assertEquals(timeline.keys().size(), times.length);
    }
}

package app.gaitway.patientside.handout;

import app.gaitway.patientside.HandoutView;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.MalformedURLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A handout made from an equal view is the one made before, and any difference in the view, down to one byte of a
 * picture, makes a new one.
 */
class HandoutKeptTest {

    private static final List<String> TWO = HandoutSamples.EIGHT.subList(0, 2);

    @Test
    void anEqualViewGivesTheSameDocumentAndAnyChangeANewOne() throws IOException {
        HandoutPdf handouts = handoutPdf();
        byte[] first = handouts.render(HandoutSamples.program(TWO));
        byte[] again = handouts.render(HandoutSamples.program(TWO));
        assertArrayEquals(first, again, "an equal view (made anew) gives the same document");
        assertNotSame(first, again, "each caller has bytes of its own");

        HandoutView renamed = withFirstName(HandoutSamples.program(TWO), "Zenobia");
        byte[] forZenobia = handouts.render(renamed);
        assertTrue(HandoutPdfTest.text(forZenobia).contains("Zenobia"));
        assertFalse(HandoutPdfTest.text(forZenobia).contains(HandoutSamples.FIRST_NAME));

        assertNotEquals(
                HandoutPdfTest.text(handouts.render(HandoutSamples.program(TWO), Paper.LETTER)),
                HandoutPdfTest.text(first),
                "another paper, another document (dates are written its way)");
        assertEquals(1, PrintedSizes.pages(handouts.render(HandoutSamples.program(TWO), Paper.A4, Sheet.FRIDGE)));
    }

    @Test
    void theDigestSeesEveryValue() {
        HandoutView view = HandoutSamples.program(TWO);
        String digest = ViewDigest.of(view);

        assertEquals(digest, ViewDigest.of(HandoutSamples.program(TWO)));
        assertNotEquals(digest, ViewDigest.of(withFirstName(view, "Mari")));
        assertNotEquals(digest, ViewDigest.of(withSteps(view, List.of("a", "bc"))), "a list, element by element");
        assertNotEquals(
                ViewDigest.of(withSteps(view, List.of("ab", "c"))),
                ViewDigest.of(withSteps(view, List.of("a", "bc"))),
                "where one text ends and the next begins");
        HandoutView.Picture photo = new HandoutView.Picture("/p/x", "alt", null, new byte[] {1, 2, 3}, "image/png");
        HandoutView.Picture otherPhoto =
                new HandoutView.Picture("/p/x", "alt", null, new byte[] {1, 2, 4}, "image/png");
        assertNotEquals(ViewDigest.of(photo), ViewDigest.of(otherPhoto), "the bytes of an uploaded picture");
        assertEquals(
                ViewDigest.of(photo),
                ViewDigest.of(new HandoutView.Picture("/p/x", "alt", null, new byte[] {1, 2, 3}, "image/png")));
    }

    @Test
    void aValueItCannotDigestIsRefused() {
        record Odd(Object value) {}
        assertThrows(IllegalArgumentException.class, () -> ViewDigest.of(new Odd(new Object())));
    }

    private static HandoutPdf handoutPdf() throws MalformedURLException {
        return HandoutPdfTest.handoutPdf();
    }

    private static HandoutView withFirstName(HandoutView v, String name) {
        return new HandoutView(
                v.clinicName(),
                v.clinicPhone(),
                name,
                v.title(),
                v.instructions(),
                v.versionNumber(),
                v.versionDate(),
                v.reviewDate(),
                v.therapistName(),
                v.typedLink(),
                v.linkUrl(),
                v.items(),
                v.stopAndCall(),
                v.emergency());
    }

    private static HandoutView withSteps(HandoutView v, List<String> steps) {
        List<HandoutView.Item> items = new ArrayList<>(v.items());
        HandoutView.Item i = items.get(0);
        items.set(
                0,
                new HandoutView.Item(
                        i.number(),
                        i.name(),
                        i.summary(),
                        i.start(),
                        i.end(),
                        i.amount(),
                        i.often(),
                        i.extras(),
                        i.note(),
                        steps,
                        i.cues(),
                        i.feel(),
                        i.mistakes(),
                        i.holdSeconds(),
                        i.middle(),
                        i.moving()));
        return new HandoutView(
                v.clinicName(),
                v.clinicPhone(),
                v.patientFirstName(),
                v.title(),
                v.instructions(),
                v.versionNumber(),
                v.versionDate(),
                v.reviewDate(),
                v.therapistName(),
                v.typedLink(),
                v.linkUrl(),
                List.copyOf(items),
                v.stopAndCall(),
                v.emergency());
    }
}

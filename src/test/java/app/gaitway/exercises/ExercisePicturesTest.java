package app.gaitway.exercises;

import app.gaitway.security.CurrentUser;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kept pictures: made once per exercise, revision and stage, never handed to a clinic the database has not
 * allowed, and tagged by their bytes.
 */
class ExercisePicturesTest {

    private static final long CLINIC_A = 1;
    private static final long CLINIC_B = 2;

    /** The database's side: who owns which exercise, and every picture it was asked to make. */
    private static final class Catalog extends ExerciseCatalog {
        final List<String> made = new ArrayList<>();
        Long owner;

        @Override
        public Optional<ServedPicture> drawnPicture(long id, int revision, String stage) {
            made.add(id + "/" + revision + "/" + stage);
            return Optional.of(ServedPicture.svg("<svg>" + id + revision + stage + "</svg>", owner, Instant.now()));
        }
    }

    private static final class SignedIn extends CurrentUser {
        long clinic = CLINIC_A;

        @Override
        public long clinicId() {
            return clinic;
        }
    }

    private final Catalog catalog = new Catalog();
    private final SignedIn user = new SignedIn();
    private final ExercisePictures pictures = new ExercisePictures();

    {
        pictures.catalog = catalog;
        pictures.currentUser = user;
    }

    @Test
    void aPictureIsMadeOnceAndKept() {
        ServedPicture first = pictures.drawn(7, 2, "start").orElseThrow();
        ServedPicture again = pictures.drawn(7, 2, "start").orElseThrow();

        assertSame(first, again);
        assertEquals(List.of("7/2/start"), catalog.made);
    }

    @Test
    void eachExerciseRevisionAndStageIsAPictureOfItsOwn() {
        pictures.drawn(7, 2, "start");
        pictures.drawn(7, 2, "end");
        pictures.drawn(7, 3, "start");
        pictures.drawn(8, 2, "start");
        pictures.drawn(7, 2, "end");

        assertEquals(List.of("7/2/start", "7/2/end", "7/3/start", "8/2/start"), catalog.made);
    }

    @Test
    void aClinicsOwnPictureKeptForItIsAskedOfTheDatabaseForAnotherClinic() {
        catalog.owner = CLINIC_A;
        pictures.drawn(7, 2, "start");
        user.clinic = CLINIC_B;
        pictures.drawn(7, 2, "start");

        assertEquals(List.of("7/2/start", "7/2/start"), catalog.made, "clinic B's request reached the database");
    }

    @Test
    void aBuiltInPictureIsKeptForEveryClinic() {
        catalog.owner = null;
        pictures.drawn(7, 2, "start");
        user.clinic = CLINIC_B;
        pictures.drawn(7, 2, "start");

        assertEquals(List.of("7/2/start"), catalog.made);
    }

    @Test
    void theTagIsTheBytes() {
        ServedPicture a = ServedPicture.svg("<svg>a</svg>", null, Instant.now());
        ServedPicture sameBytesLater =
                ServedPicture.svg("<svg>a</svg>", 3L, Instant.now().plusSeconds(60));
        ServedPicture b = ServedPicture.svg("<svg>b</svg>", null, Instant.now());

        assertEquals(a.etag(), sameBytesLater.etag());
        assertNotEquals(a.etag(), b.etag());
        assertTrue(a.etag().matches("\"[A-Za-z0-9_-]{22}\""), a.etag());
    }

    @Test
    void aDateHasWholeSeconds() {
        ServedPicture p = ServedPicture.svg("<svg/>", null, Instant.parse("2026-03-12T10:15:30.750Z"));

        assertEquals(Instant.parse("2026-03-12T10:15:30Z"), p.lastModified());
    }
}

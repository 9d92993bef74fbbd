package app.gaitway.exercises;

import app.gaitway.security.CurrentUser;
import app.gaitway.shared.cache.BoundedCache;
import app.gaitway.shared.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Exercise pictures as they are sent, kept in memory by what names them for good ({@link PictureKey}): a picture
 * is read, drawn and hashed once, and a request for it afterwards costs a look-up and the access check, with no
 * database query (the signed-in user was read for the request already).
 * <p>
 * The access check stays the database's: a kept picture records the one clinic already known to be allowed (none
 * for a built-in exercise, which every clinic may see; the owner of a clinic's own exercise or uploaded picture,
 * which never changes), and a request from any other clinic goes to the database as if nothing were kept, so
 * another clinic's picture is "not found" exactly as before.
 */
@ApplicationScoped
public class ExercisePictures {

    /**
     * Drawings are 2 to 10 kB, moving pictures 10 to 190 kB (see {@link IllustrationCache}), uploaded pictures at
     * most a few hundred kB after re-encoding: 32 MB keeps the whole built-in library in all its forms and a good
     * share of the clinics' own, well inside the server's memory budget (issue 14: under 512 MB resident).
     */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private final BoundedCache<PictureKey, ServedPicture> kept = new BoundedCache<>(MAX_BYTES, ServedPicture::length);

    @Inject
    ExerciseCatalog catalog;

    @Inject
    ProgramExercises programExercises;

    @Inject
    CurrentUser currentUser;

    /** A stage of an exercise at a revision, for the signed-in user's clinic; 404 for an exercise it cannot see. */
    public Optional<ServedPicture> drawn(long id, int revision, String stage) {
        return forSignedIn(PictureKey.drawn(id, revision, stage), () -> catalog.drawnPicture(id, revision, stage));
    }

    /** The moving picture of an exercise at a revision, at its own pace, for the signed-in user's clinic. */
    public Optional<ServedPicture> moving(long id, int revision) {
        return forSignedIn(PictureKey.movingAsDefault(id, revision), () -> catalog.movingPicture(id, revision));
    }

    /** An uploaded picture of the signed-in user's clinic; empty for another clinic's. */
    public Optional<ServedPicture> uploaded(long pictureId) {
        return forSignedIn(PictureKey.uploaded(pictureId), () -> catalog.uploadedPicture(pictureId));
    }

    /**
     * A picture of an exercise as a program gave it, for a clinic the caller has checked (the patient's link
     * names it): what {@link ProgramExercises#picture} gives, kept. Empty for a middle the exercise has not.
     */
    public Optional<Kept> given(GivenExercise e, String stage, long clinicId) {
        if ("middle".equals(stage) && (e.startUploadId() != null || e.endUploadId() != null)) {
            return Optional.empty(); // uploaded start and end pictures have no middle
        }
        PictureKey key = keyOf(e, stage);
        return keptFor(key, clinicId)
                .or(() -> programExercises
                        .picture(e, stage, clinicId)
                        .map(f -> f.svg() != null
                                ? ServedPicture.svg(f.svg(), clinicId, AppClock.now())
                                : ServedPicture.uploaded(f.mediaType(), f.bytes(), clinicId, AppClock.now()))
                        .map(made -> keep(key, made)));
    }

    /** The moving picture of an exercise as a program gave it, at the pace of its dosage there. */
    public Optional<Kept> givenMoving(GivenExercise e, Integer holdSeconds, long clinicId) {
        PictureKey key = PictureKey.moving(e.exerciseId(), e.revision(), holdSeconds);
        return keptFor(key, clinicId)
                .or(() -> programExercises
                        .moving(e, holdSeconds)
                        .map(svg -> keep(key, ServedPicture.svg(svg, clinicId, AppClock.now()))));
    }

    /** A picture kept under a name {@link #given} or {@link #givenMoving} gave, if still kept and the clinic's. */
    public Optional<Kept> keptFor(Kept.Name name, long clinicId) {
        return keptFor(name.key, clinicId);
    }

    /** A kept picture and the name to find it by again without reading the program. */
    public record Kept(Name name, ServedPicture picture) {

        /** Opaque outside this package. */
        public static final class Name {
            private final PictureKey key;

            private Name(PictureKey key) {
                this.key = key;
            }
        }
    }

    private Optional<Kept> keptFor(PictureKey key, long clinicId) {
        ServedPicture p = kept.get(key);
        return p != null && p.allowedFor(clinicId) ? Optional.of(new Kept(new Kept.Name(key), p)) : Optional.empty();
    }

    private Kept keep(PictureKey key, ServedPicture picture) {
        kept.put(key, picture);
        return new Kept(new Kept.Name(key), picture);
    }

    private Optional<ServedPicture> forSignedIn(PictureKey key, Supplier<Optional<ServedPicture>> fromDatabase) {
        ServedPicture p = kept.get(key);
        if (p != null && p.allowedFor(currentUser.clinicId())) {
            return Optional.of(p);
        }
        Optional<ServedPicture> made = fromDatabase.get();
        made.ifPresent(m -> kept.put(key, m));
        return made;
    }

    private static PictureKey keyOf(GivenExercise e, String stage) {
        Long upload = "start".equals(stage) ? e.startUploadId() : "end".equals(stage) ? e.endUploadId() : null;
        return upload != null ? PictureKey.uploaded(upload) : PictureKey.drawn(e.exerciseId(), e.revision(), stage);
    }
}

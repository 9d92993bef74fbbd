package app.gaitway.patientside;

import app.gaitway.exercises.ExercisePictures;
import app.gaitway.exercises.ExercisePictures.Kept;
import app.gaitway.exercises.ServedPicture;
import app.gaitway.patientside.links.LinkService;
import app.gaitway.patientside.links.PatientLink;
import app.gaitway.programs.ProgramService;
import app.gaitway.programs.ProgramView;
import app.gaitway.shared.cache.BoundedCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The pictures of a patient's program, through their link ({@code /p/{secret}/pictures/{position}/{stage}}): only
 * an active link's running program's pictures, the start, middle and end pictures and the moving picture at the
 * pace the program gives the exercise.
 * <p>
 * Every request checks the link as the patient's page does (found by its secret's hash, not revoked or expired,
 * the program still running; a miss counts for the guessing throttle): two small reads. What the address shows
 * then depends only on the program's latest version, which is never changed once given, so which picture a version
 * shows at a place is kept in memory ({@link #WHERE} entries) and the picture's bytes come from
 * {@link ExercisePictures}; the program is read in full only the first time.
 */
@ApplicationScoped
public class PatientPictures {

    /** A few bytes each; enough for every place of several thousand running programs. */
    static final int WHERE = 20_000;

    /** What a link's picture address showed at a version of its program, and when that version was given. */
    private record Place(Kept.Name picture, Instant versionSavedAt) {}

    /** A picture to send, and when what its address shows last changed (a new version may show another one). */
    public record Served(ServedPicture picture, Instant lastModified) {}

    private final BoundedCache<String, Place> places = BoundedCache.ofEntries(WHERE);

    @Inject
    LinkService links;

    @Inject
    ProgramService programs;

    @Inject
    ExercisePictures pictures;

    /**
     * The picture at a position of the link's program ({@code stage}: start, middle, end or motion); empty for a
     * link that is not active (unknown, revoked, expired, or its program ended) and for a position or picture the
     * program does not have.
     */
    @Transactional
    public Optional<Served> picture(String secret, String clientAddress, int position, String stage) {
        Optional<PatientLink> active = links.active(secret, clientAddress);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        long programId = active.get().getProgramId();
        long clinicId = active.get().getClinicId();
        OptionalInt version = programs.runningVersion(programId, clinicId);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        String where = programId + "/" + version.getAsInt() + "/" + position + "/" + stage;
        Place place = places.get(where);
        if (place != null) {
            Optional<Kept> kept = pictures.keptFor(place.picture(), clinicId);
            if (kept.isPresent()) {
                return Optional.of(served(kept.get(), place.versionSavedAt()));
            }
        }
        ProgramService.ForPatient program = programs.forPatient(programId, clinicId);
        Optional<ProgramView.Item> item = program.items().stream()
                .filter(i -> i.position() == position && i.exercise() != null)
                .findFirst();
        if (item.isEmpty()) {
            return Optional.empty();
        }
        Optional<Kept> made = "motion".equals(stage)
                ? pictures.givenMoving(
                        item.get().exercise(), item.get().dosage().holdSeconds(), clinicId)
                : pictures.given(item.get().exercise(), stage, clinicId);
        Instant savedAt = program.version().getSavedAt();
        made.ifPresent(k -> places.put(where, new Place(k.name(), savedAt)));
        return made.map(k -> served(k, savedAt));
    }

    /**
     * The address shows this picture since the version was given, or since the server made the bytes (a new
     * server may draw them anew), whichever is later.
     */
    private static Served served(Kept kept, Instant versionSavedAt) {
        Instant made = kept.picture().lastModified();
        return new Served(kept.picture(), made.isAfter(versionSavedAt) ? made : versionSavedAt);
    }
}

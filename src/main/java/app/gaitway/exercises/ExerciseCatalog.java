package app.gaitway.exercises;

import app.gaitway.exercises.search.ExerciseSearch;
import app.gaitway.exercises.search.SearchEntry;
import app.gaitway.exercises.search.SearchMatch;
import app.gaitway.security.CurrentUser;
import app.gaitway.shared.RecordNotFoundException;
import app.gaitway.shared.time.AppClock;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading the library as the signed-in therapist's clinic sees it: the built-in exercises and its own. An
 * exercise of another clinic is "not found", exactly like one that does not exist.
 * <p>
 * A list page is one query for the summaries of every visible exercise (a few thousand rows at most), then
 * filtering, search and paging in memory: typo-forgiving search needs every name anyway, and the pictures
 * come from {@link IllustrationCache} through their own addresses.
 */
@ApplicationScoped
public class ExerciseCatalog {

    @Inject
    ExerciseRepository exercises;

    @Inject
    CurrentUser currentUser;

    @Inject
    IllustrationCache drawings;

    @Inject
    Messages messages;

    @Transactional
    public LibraryPage find(LibraryQuery query) {
        List<ExerciseSummary> visible = exercises.visibleSummaries(currentUser.clinicId());
        Map<Long, ExerciseSummary> accepted = new HashMap<>();
        for (ExerciseSummary s : visible) {
            if (query.accepts(s)) {
                accepted.put(s.id(), s);
            }
        }
        List<ExerciseSummary> ordered = new ArrayList<>();
        Map<Long, String> alsoCalled = new HashMap<>();
        if (query.text().isEmpty()) {
            ordered.addAll(accepted.values());
            ordered.sort(Comparator.comparing((ExerciseSummary s) -> s.name().toLowerCase())
                    .thenComparing(ExerciseSummary::id));
        } else {
            List<SearchEntry> entries = accepted.values().stream()
                    .map(s -> new SearchEntry(s.id(), s.name(), s.aliasList()))
                    .toList();
            for (SearchMatch match : ExerciseSearch.rank(query.text(), entries)) {
                ExerciseSummary s = accepted.get(match.id());
                ordered.add(s);
                if (match.matchedText() != null && !match.matchedText().equals(s.name())) {
                    alsoCalled.put(s.id(), match.matchedText());
                }
            }
        }
        int total = ordered.size();
        int pages = Math.max(1, (total + LibraryQuery.PAGE_SIZE - 1) / LibraryQuery.PAGE_SIZE);
        int page = Math.min(query.page(), pages);
        int from = (page - 1) * LibraryQuery.PAGE_SIZE;
        List<ExerciseCard> cards = ordered.subList(from, Math.min(total, from + LibraryQuery.PAGE_SIZE)).stream()
                .map(s -> new ExerciseCard(
                        s.id(),
                        s.name(),
                        s.summary(),
                        s.category(),
                        s.targetCodes(),
                        s.isBuiltIn(),
                        alsoCalled.get(s.id()),
                        PictureAddresses.of(s.id(), s.revision(), "start", s.startPictureId()),
                        PictureAddresses.of(s.id(), s.revision(), "end", s.endPictureId())))
                .toList();
        return new LibraryPage(cards, page, pages, total, query);
    }

    /** The exercise for the signed-in user's clinic, or 404. */
    @Transactional
    public Exercise visible(long id) {
        return exercises
                .visible(id, currentUser.clinicId())
                .orElseThrow(() -> new RecordNotFoundException(ExerciseEditor.AUDIT_RECORD, id));
    }

    @Transactional
    public ExerciseDetails details(long id) {
        Exercise e = visible(id);
        ExerciseContent c = e.content();
        Map<String, Long> slugIds = new HashMap<>();
        for (Object[] row : exercises.slugIds()) {
            slugIds.put((String) row[0], (Long) row[1]);
        }
        Map<Long, String> names = new HashMap<>();
        List<Long> linked = new ArrayList<>();
        for (Variation v : concat(c.easier(), c.harder())) {
            Optional.ofNullable(v.slug()).map(slugIds::get).ifPresent(linked::add);
        }
        exercises.byIds(linked).forEach(x -> names.put(x.getId(), x.getName()));
        String startAlt = messages.get("exercise.uploadedAlt", c.name(), messages.get("exercise.start"));
        String endAlt = messages.get("exercise.uploadedAlt", c.name(), messages.get("exercise.end"));
        String middleAlt = null;
        String movingAlt = null;
        if (c.illustrationJson() != null) {
            var drawing = drawings.drawing(e.getId(), e.getRevision(), c.name(), c.illustrationJson());
            startAlt = drawing.startText();
            endAlt = drawing.endText();
            // a drawn middle between uploaded start and end pictures would show another figure
            if (e.getStartPictureId() == null && e.getEndPictureId() == null) {
                middleAlt = drawing.middleText();
            }
            movingAlt = messages.get("motion.alt", startAlt, endAlt);
        }
        return ExerciseDetails.of(e, c, slugIds, names, startAlt, endAlt, middleAlt, movingAlt);
    }

    /**
     * One stage (start, middle or end) of an exercise at a revision (the current one, or an older one a program
     * holds), drawn; empty for a middle the drawing does not have. 404 for an exercise the clinic cannot see.
     */
    @Transactional
    public Optional<ServedPicture> drawnPicture(long id, int revision, String stage) {
        Exercise e = visible(id);
        return contentAt(e, revision)
                .filter(c -> c.illustrationJson() != null)
                .flatMap(c -> drawings.drawing(id, revision, c.name(), c.illustrationJson())
                        .svg(stage))
                .map(svg -> ServedPicture.svg(svg, e.getClinicId(), AppClock.now()));
    }

    /** The moving picture of an exercise at a revision, at the pace of its default dosage. */
    @Transactional
    public Optional<ServedPicture> movingPicture(long id, int revision) {
        Exercise e = visible(id);
        return contentAt(e, revision)
                .map(c -> drawings.motion(
                        id, revision, c, c.dosage() == null ? null : c.dosage().holdSeconds()))
                .map(m -> ServedPicture.svg(m.svg(), e.getClinicId(), AppClock.now()));
    }

    /** What an exercise the clinic can see said at a revision. */
    private Optional<ExerciseContent> contentAt(Exercise e, int revision) {
        if (revision == e.getRevision()) {
            return Optional.of(e.content());
        }
        return exercises
                .revision(e.getId(), revision)
                .map(old -> ExerciseJson.readStored(old.getContent(), e.getId() + "/" + revision));
    }

    /** An uploaded picture of the signed-in user's clinic. */
    @Transactional
    public Optional<ServedPicture> uploadedPicture(long pictureId) {
        return exercises
                .picture(pictureId, currentUser.clinicId())
                .map(p -> ServedPicture.uploaded(p.getMediaType(), p.getBytes(), p.getClinicId(), p.getCreatedAt()));
    }

    private static List<Variation> concat(List<Variation> a, List<Variation> b) {
        List<Variation> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

package app.gaitway.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the exercise page shows, links between exercises already resolved to the exercises they lead to. The moving
 * picture is there only when the pictures are drawn from the pose (null for uploaded pictures).
 */
public record ExerciseDetails(
        long id,
        int version,
        int revision,
        boolean builtIn,
        ExerciseContent content,
        List<String> equipmentCodes,
        List<VariationLink> easier,
        List<VariationLink> harder,
        String startPicture,
        String endPicture,
        String startAlt,
        String endAlt,
        Long copiedFromId,
        String middlePicture,
        String middleAlt,
        String movingPicture,
        String movingAlt) {

    /** An easier or harder version: a link when it names an exercise of the library, else just the words. */
    public record VariationLink(Long exerciseId, String exerciseName, String how) {}

    static ExerciseDetails of(
            Exercise e,
            ExerciseContent c,
            Map<String, Long> slugIds,
            Map<Long, String> names,
            String startAlt,
            String endAlt,
            String middleAlt,
            String movingAlt) {
        List<String> equipment = new ArrayList<>();
        for (Equipment item : c.equipment()) {
            equipment.add(item.placement() == null ? item.code() : item.code() + "." + item.placementCode());
        }
        return new ExerciseDetails(
                e.getId(),
                e.getVersion(),
                e.getRevision(),
                e.isBuiltIn(),
                c,
                equipment,
                links(c.easier(), slugIds, names),
                links(c.harder(), slugIds, names),
                PictureAddresses.of(e.getId(), e.getRevision(), "start", e.getStartPictureId()),
                PictureAddresses.of(e.getId(), e.getRevision(), "end", e.getEndPictureId()),
                startAlt,
                endAlt,
                e.getCopiedFromId(),
                middleAlt == null ? null : PictureAddresses.of(e.getId(), e.getRevision(), "middle", null),
                middleAlt,
                movingAlt == null || e.getStartPictureId() != null || e.getEndPictureId() != null
                        ? null
                        : PictureAddresses.moving(e.getId(), e.getRevision()),
                movingAlt);
    }

    private static List<VariationLink> links(
            List<Variation> variations, Map<String, Long> slugIds, Map<Long, String> names) {
        List<VariationLink> links = new ArrayList<>();
        for (Variation v : variations) {
            Long id = v.slug() == null ? null : slugIds.get(v.slug());
            links.add(new VariationLink(id, id == null ? null : names.get(id), v.how()));
        }
        return links;
    }

    public String categoryCode() {
        return Vocabulary.code(content.category());
    }

    public String positionCode() {
        return Vocabulary.code(content.position());
    }

    public List<String> targetCodes() {
        return content.targets().stream().map(Vocabulary::code).toList();
    }
}

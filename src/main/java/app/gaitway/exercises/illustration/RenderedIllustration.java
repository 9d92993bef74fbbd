package app.gaitway.exercises.illustration;

/**
 * The two pictures of one exercise as separate inline SVGs, each with its own title and
 * text alternative. The words "Start" and "End" are not in the pictures: the page puts
 * them beside each picture (translatable, large, and no text to shrink at print size).
 * The movement arrow is drawn on the start picture: it shows where to go from there. The
 * middle picture (half-way through the movement) exists only for exercises that have one.
 */
public record RenderedIllustration(
        String startSvg, String endSvg, String startText, String endText, String middleSvg, String middleText) {

    /** Start and end only. */
    public RenderedIllustration(String startSvg, String endSvg, String startText, String endText) {
        this(startSvg, endSvg, startText, endText, null, null);
    }

    public boolean hasMiddle() {
        return middleSvg != null;
    }

    /**
     * The picture of one stage ("start", "middle" or "end"), if this exercise has it; an
     * unknown stage is absent too.
     */
    public java.util.Optional<String> svg(String stage) {
        return pick(stage, startSvg, middleSvg, endSvg);
    }

    /** The text alternative of one stage, like {@link #svg(String)}. */
    public java.util.Optional<String> text(String stage) {
        return pick(stage, startText, middleText, endText);
    }

    private static java.util.Optional<String> pick(String stage, String start, String middle, String end) {
        return java.util.Optional.ofNullable(
                switch (stage) {
                    case "start" -> start;
                    case "middle" -> middle;
                    case "end" -> end;
                    default -> null;
                });
    }
}

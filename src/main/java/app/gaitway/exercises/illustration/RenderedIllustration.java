package app.gaitway.exercises.illustration;

/**
 * The two pictures of one exercise as separate inline SVGs, each with its own title and
 * text alternative. The words "Start" and "End" are not in the pictures: the page puts
 * them beside each picture (translatable, large, and no text to shrink at print size).
 * The movement arrow is drawn on the start picture: it shows where to go from there.
 */
public record RenderedIllustration(String startSvg, String endSvg, String startText, String endText) {
}

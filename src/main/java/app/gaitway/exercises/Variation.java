package app.gaitway.exercises;

/**
 * An easier or harder version: another exercise of the library ({@code slug}), or a change made in place
 * ("move the band above your knees"), or both.
 */
public record Variation(String slug, String how) {}

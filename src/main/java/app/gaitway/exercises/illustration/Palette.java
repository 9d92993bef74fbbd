package app.gaitway.exercises.illustration;

/**
 * The colours of every illustration. Chosen for tone, not hue, so a black-and-white print
 * still separates them: near limbs dark (grey level ~47), torso ~88, far limbs light (~192),
 * the tint ~170 (it sits on dark near limbs and the torso, so it must be light), props lighter still with a darker edge; the arrow is a thick dark line
 * with a white halo, told apart from limbs by shape.
 */
final class Palette {

    static final String NEAR = "#27313d";
    static final String TORSO = "#4f5b68";
    /** Spine and buttock lines on the torso in a back view: lighter than the torso. */
    static final String BACK_LINE = "#a3adb8";

    static final String FAR = "#b9c2cc";
    static final String TINT = "#f29a4a";
    static final String OUTLINE = "#ffffff";
    static final String PROP_FILL = "#d5d9de";
    static final String PROP_EDGE = "#8b939c";
    static final String BAND = "#59616b";
    static final String WEIGHT = "#6b7280";
    static final String FLOOR = "#6b7280";
    static final String GROUND = "#eef0f2";
    static final String ARROW = "#a63c06";
    static final String BACKGROUND = "#ffffff";

    private Palette() {}
}

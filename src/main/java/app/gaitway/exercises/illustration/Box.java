package app.gaitway.exercises.illustration;

/** An axis-aligned rectangle in world units (H), y up: where a prop stands. */
record Box(PropType type, double left, double bottom, double right, double top) {}

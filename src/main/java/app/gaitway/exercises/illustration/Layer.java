package app.gaitway.exercises.illustration;

/** A piece of SVG and how far from the viewer it is; pieces are painted far to near. */
record Layer(double depth, String svg) {}

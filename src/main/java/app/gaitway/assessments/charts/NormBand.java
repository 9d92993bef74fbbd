package app.gaitway.assessments.charts;

/** The normal range, drawn as a shaded band, e.g. {@code new NormBand(20, 30, "Norm 20–30°")}. */
public record NormBand(double low, double high, String label) {

    public NormBand {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("norm band needs finite limits: " + low + ".." + high);
        }
        if (low > high) {
            double t = low;
            low = high;
            high = t;
        }
        label = label == null ? "" : label;
    }
}

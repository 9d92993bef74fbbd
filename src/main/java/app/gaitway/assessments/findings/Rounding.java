package app.gaitway.assessments.findings;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Clinical figures are shown with one decimal, rounded half up as a calculator does (82.35 becomes 82.4). */
final class Rounding {

    private Rounding() {}

    static double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** For differences, which must not show floating-point noise (120.3 − 100.1 is 20.2, not 20.200000000000003). */
    static double twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}

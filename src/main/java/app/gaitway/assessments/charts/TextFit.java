package app.gaitway.assessments.charts;

/** Text that has to fit a width on the chart, measured without a font at hand. */
final class TextFit {

    private TextFit() {}

    /**
     * A generous width of text in system-ui: wide enough for DejaVu Sans (a common Linux fallback, wider than Segoe UI
     * or San Francisco), so labels placed apart stay apart. Not for typesetting.
     */
    static double textWidth(String s, double size) {
        double em = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("il.,:;'|!Ijf ()[]".indexOf(c) >= 0) {
                em += 0.34;
            } else if ("mwMW\u2014".indexOf(c) >= 0) {
                em += 0.92;
            } else if (Character.isUpperCase(c)) {
                em += 0.72;
            } else {
                em += 0.62;
            }
        }
        return em * size;
    }

    static String ellipsis(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "\u2026";
    }

    static String ellipsisToWidth(String s, double size, double width) {
        String t = s;
        while (textWidth(t, size) > width && t.length() > 1) {
            t = ellipsis(t, t.codePointCount(0, t.length()) - 1);
            if (t.endsWith("\u2026") && t.length() > 1 && textWidth(t, size) <= width) {
                return t;
            }
        }
        return t;
    }
}

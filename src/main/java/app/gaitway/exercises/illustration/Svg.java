package app.gaitway.exercises.illustration;

import java.util.Locale;

/**
 * Tiny SVG element builder. Only presentation attributes, never {@code style}: the app's
 * Content-Security-Policy forbids inline styles. All text is XML-escaped.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    Svg raw(String s) {
        out.append(s);
        return this;
    }

    /** Opens {@code <name a="v" ...>} from alternating attribute names and values. */
    Svg open(String name, Object... attrs) {
        element(name, attrs);
        out.append('>');
        return this;
    }

    Svg empty(String name, Object... attrs) {
        element(name, attrs);
        out.append("/>");
        return this;
    }

    Svg text(String name, String text, Object... attrs) {
        open(name, attrs);
        out.append(escape(text));
        return close(name);
    }

    Svg close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    private void element(String name, Object... attrs) {
        out.append('<').append(name);
        for (int i = 0; i < attrs.length; i += 2) {
            out.append(' ').append(attrs[i]).append("=\"").append(escape(value(attrs[i + 1]))).append('"');
        }
    }

    static String value(Object v) {
        return v instanceof Double d ? num(d) : String.valueOf(v);
    }

    static String num(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalStateException("not a finite coordinate: " + d);
        }
        String s = String.format(Locale.ROOT, "%.1f", d);
        String t = s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        return t.equals("-0") ? "0" : t;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

package app.gaitway.shared.svg;

import java.util.Locale;

/**
 * The one SVG writer: elements from a name and alternating attribute names and values, every text and attribute
 * value escaped. Only presentation attributes, never {@code style}: the app's Content-Security-Policy forbids inline
 * styles. The result is well-formed both as a standalone SVG file and inline in an HTML page.
 */
public final class Svg {

    private final StringBuilder out = new StringBuilder(4096);

    /** Markup written as given: only for constant markup, never for text that came from a person. */
    public Svg raw(String s) {
        out.append(s);
        return this;
    }

    /** Opens {@code <name a="v" ...>} from alternating attribute names and values. */
    public Svg open(String name, Object... attrs) {
        element(name, attrs);
        out.append('>');
        return this;
    }

    /** An element without content: {@code <name a="v" .../>}. */
    public Svg empty(String name, Object... attrs) {
        element(name, attrs);
        out.append("/>");
        return this;
    }

    /** An element holding text: {@code <name a="v" ...>text</name>}. */
    public Svg text(String name, String text, Object... attrs) {
        open(name, attrs);
        out.append(escape(text));
        return close(name);
    }

    public Svg close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    private void element(String name, Object... attrs) {
        out.append('<').append(name);
        for (int i = 0; i < attrs.length; i += 2) {
            out.append(' ')
                    .append(attrs[i])
                    .append("=\"")
                    .append(escape(value(attrs[i + 1])))
                    .append('"');
        }
    }

    /** An attribute value as written: a double as a coordinate ({@link #num}), anything else as its text. */
    public static String value(Object v) {
        return v instanceof Double d ? num(d) : String.valueOf(v);
    }

    /** A coordinate to a tenth ("12.5", "3", never "-0"); a coordinate that is not a number is a bug, not a drawing. */
    public static String num(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalStateException("not a finite coordinate: " + d);
        }
        String s = String.format(Locale.ROOT, "%.1f", d);
        String t = s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        return t.equals("-0") ? "0" : t;
    }

    /**
     * Text safe in element content and in a double- or single-quoted attribute, in XML and in HTML: the five
     * markup characters become references ({@code &#39;} rather than {@code &apos;}, which HTML 4 lacks), line
     * breaks and tabs become spaces (an attribute value would fold them anyway), and characters XML cannot hold
     * (other control characters, lone surrogates, U+FFFE and U+FFFF) are dropped. A null is empty text.
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\n', '\t', '\r' -> b.append(' ');
                default -> {
                    boolean legal =
                            c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
                    if (legal) {
                        b.appendCodePoint(c);
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

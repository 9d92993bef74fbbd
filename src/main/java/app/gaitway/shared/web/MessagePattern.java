package app.gaitway.shared.web;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message text parsed once and formatted as {@link MessageFormat} formats it, without its per-call costs. {@code
 * MessageFormat.format} makes a new {@code NumberFormat} (and its {@code DecimalFormatSymbols}) for every number
 * argument, and Thymeleaf parses a new {@code MessageFormat} for every {@code #{key(args)}}: together they were 7 %
 * of the patient page's CPU samples, 2.5 % with this class (flight recordings, 2026-12-07), where the adherence
 * table alone formats about ten texts per exercise. Patterns with a typed argument ({@code {0,number,#.#}}, {@code {0,choice,...}}, dates) keep
 * {@code MessageFormat} itself.
 */
public final class MessagePattern {

    /** Characters no message text contains: they mark where each argument lands in the probed text. */
    private static final char OPEN = '\uE000';

    private static final char CLOSE = '\uE001';
    private static final Pattern PROBE = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

    /** The number format MessageFormat would make for the locale, one per thread (it is not thread-safe). */
    private static final ThreadLocal<LocalNumbers> NUMBERS = new ThreadLocal<>();

    private final String pattern;
    /** Literal texts (String) and argument indexes (Integer), in order; null when MessageFormat must do it. */
    private final Object[] parts;
    /**
     * For a pattern with typed arguments (mostly {@code choice}, for plurals): each thread's own parsed copy, since
     * MessageFormat is not thread-safe and parsing it again on every call cost more than the formatting.
     */
    private final ThreadLocal<MessageFormat> typed = new ThreadLocal<>();

    private MessagePattern(String pattern, Object[] parts) {
        this.pattern = pattern;
        this.parts = parts;
    }

    /** The pattern parsed; a text MessageFormat refuses raises its {@link IllegalArgumentException}, as it would. */
    public static MessagePattern compile(String pattern) {
        MessageFormat format = new MessageFormat(pattern, Locale.ENGLISH);
        if (pattern.indexOf(OPEN) >= 0 || pattern.indexOf(CLOSE) >= 0) {
            return new MessagePattern(pattern, null);
        }
        Format[] typed = format.getFormatsByArgumentIndex();
        Object[] probes = new Object[typed.length];
        for (int i = 0; i < typed.length; i++) {
            if (typed[i] != null) {
                return new MessagePattern(pattern, null);
            }
            probes[i] = OPEN + Integer.toString(i) + CLOSE;
        }
        String probed = format.format(probes);
        List<Object> parts = new ArrayList<>();
        Matcher m = PROBE.matcher(probed);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(probed.substring(at, m.start()));
            }
            parts.add(Integer.valueOf(m.group(1)));
            at = m.end();
        }
        if (at < probed.length()) {
            parts.add(probed.substring(at));
        }
        return new MessagePattern(pattern, parts.toArray());
    }

    /** Exactly what {@code new MessageFormat(pattern, locale).format(args)} gives. */
    public String format(Locale locale, Object... args) {
        if (parts == null) {
            MessageFormat format = typed.get();
            if (format == null || !format.getLocale().equals(locale)) {
                format = new MessageFormat(pattern, locale);
                typed.set(format);
            }
            return format.format(args);
        }
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        for (Object part : parts) {
            if (part instanceof String text) {
                out.append(text);
            } else {
                int index = (Integer) part;
                if (args == null || index >= args.length) {
                    out.append('{').append(index).append('}');
                } else {
                    Object arg = args[index];
                    if (arg == null) {
                        out.append("null");
                    } else if (arg instanceof Number number) {
                        out.append(numbers(locale).format(number));
                    } else if (arg instanceof Date) {
                        out.append(new MessageFormat("{0}", locale).format(new Object[] {arg}));
                    } else if (arg instanceof String text) {
                        out.append(text);
                    } else {
                        String text = arg.toString();
                        out.append(text == null ? "null" : text);
                    }
                }
            }
        }
        return out.toString();
    }

    private static NumberFormat numbers(Locale locale) {
        LocalNumbers kept = NUMBERS.get();
        if (kept == null || !kept.locale().equals(locale)) {
            kept = new LocalNumbers(locale, NumberFormat.getInstance(locale));
            NUMBERS.set(kept);
        }
        return kept.format();
    }

    private record LocalNumbers(Locale locale, NumberFormat format) {}
}

package app.gaitway.assessments.findings;

import app.gaitway.assessments.record.GaitSign;
import app.gaitway.assessments.record.MmtGrade;
import app.gaitway.assessments.record.Motion;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.record.Side;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Turns findings into words from the findings bundle ({@code i18n/findings.properties}). Names are looked up by
 * their code ({@code findings.group.hip_abductors}, {@code findings.side.right}, …); numbers show at most one
 * decimal and a real minus sign (−10°); lists are joined with {@code findings.list}. Other languages: build one
 * over that language's messages.
 */
public final class FindingTexts {

    public static final String BUNDLE = "/i18n/findings.properties";

    private static final class English {
        static final FindingTexts TEXTS = new FindingTexts(load(), Locale.ENGLISH);
    }

    private final Properties messages;
    private final Locale locale;

    public FindingTexts(Properties messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public static FindingTexts english() {
        return English.TEXTS;
    }

    public String text(Finding finding) {
        return text(finding.phrase());
    }

    public List<String> texts(List<Finding> findings) {
        return findings.stream().map(this::text).toList();
    }

    public String text(Phrase phrase) {
        Object[] args = phrase.args().stream().map(this::argument).toArray();
        return new MessageFormat(message(phrase.key()), locale).format(args);
    }

    /** The name of a side, muscle group, motion, gait sign or step-down band. */
    public String name(Enum<?> value) {
        return message(nameKey(value));
    }

    static String nameKey(Enum<?> value) {
        String code = value.name().toLowerCase(Locale.ROOT);
        if (value instanceof Side) {
            return "findings.side." + code;
        } else if (value instanceof MuscleGroup) {
            return "findings.group." + code;
        } else if (value instanceof Motion) {
            return "findings.motion." + code;
        } else if (value instanceof GaitSign) {
            return "findings.sign." + code;
        } else if (value instanceof StepDownScore.Band) {
            return "findings.stepDown.band." + code;
        }
        throw new IllegalArgumentException("no name for " + value.getClass().getSimpleName());
    }

    private Object argument(Object arg) {
        if (arg instanceof Phrase p) {
            return text(p);
        } else if (arg instanceof List<?> list) {
            return join(list);
        } else if (arg instanceof Enum<?> e) {
            return name(e);
        } else if (arg instanceof MmtGrade g) {
            return g.toString();
        } else if ((arg instanceof Integer || arg instanceof Long) && ((Number) arg).longValue() >= 0) {
            return arg; // stays a number, so a message can choose "1 point" or "2 points"
        } else if (arg instanceof Number n) {
            return number(n.doubleValue());
        }
        return String.valueOf(arg);
    }

    private String join(List<?> list) {
        String joined = null;
        for (Object item : list) {
            String text = String.valueOf(argument(item));
            joined = joined == null
                    ? text
                    : new MessageFormat(message("findings.list"), locale).format(new Object[] {joined, text});
        }
        return joined == null ? "" : joined;
    }

    private String number(double value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        symbols.setMinusSign('\u2212');
        return new DecimalFormat("0.#", symbols).format(Rounding.oneDecimal(value));
    }

    private String message(String key) {
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("Missing message key " + key);
        }
        return pattern;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = FindingTexts.class.getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException("Missing message bundle " + BUNDLE);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}

package app.gaitway.shared.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parsed-once patterns give, for every text the app has, exactly what MessageFormat gives. */
class MessagePatternTest {

    /** Arguments of every kind a page passes: counts, large counts, decimals, names, nothing, a missing one. */
    private static final List<Object[]> ARGUMENTS = List.of(
            new Object[] {},
            new Object[] {3},
            new Object[] {1234567L, "Clamshell", 2.3456, null},
            new Object[] {"Ana O'Neil", 0, -7, new BigDecimal("12.50"), 99.5f},
            new Object[] {null, null, null, null, null, null},
            new Object[] {"{1}", "'quoted'", 1e9, Long.MAX_VALUE, new Date(0L), List.of(1, 2)});

    @Test
    void every_message_of_the_bundles_reads_as_message_format_writes_it() {
        Properties all = Templates.loadMessages();
        int compared = 0;
        for (String key : all.stringPropertyNames()) {
            String text = all.getProperty(key);
            MessagePattern parsed = MessagePattern.compile(text);
            for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMANY, Locale.UK)) {
                for (Object[] args : ARGUMENTS) {
                    assertEquals(
                            outcome(() -> new MessageFormat(text, locale).format(args)),
                            outcome(() -> parsed.format(locale, args)),
                            () -> key + " in " + locale);
                    compared++;
                }
            }
        }
        assertTrue(compared > 1_000, "the bundles were read: " + compared);
    }

    @Test
    void quotes_braces_and_typed_arguments_read_as_message_format_writes_them() {
        for (String text : List.of(
                "It''s {0} of {1}",
                "'{0}' is literal, {0} is not",
                "{1} before {0}, {1} again",
                "{0,number,#.#} kg",
                "{0,choice,0#none|1#one|1<{0} sessions}",
                "no arguments at all",
                "",
                "{2}")) {
            for (Object[] args : ARGUMENTS) {
                assertEquals(
                        outcome(() -> new MessageFormat(text, Locale.ENGLISH).format(args)),
                        outcome(() -> MessagePattern.compile(text).format(Locale.ENGLISH, args)),
                        text);
            }
        }
    }

    /** The text, or the exception when a typed argument gets a value of another kind (both must refuse alike). */
    private static String outcome(Supplier<String> format) {
        try {
            return format.get();
        } catch (IllegalArgumentException e) {
            return "refused: " + e.getMessage();
        }
    }

    @Test
    void a_text_message_format_refuses_is_refused_the_same_way() {
        assertThrows(IllegalArgumentException.class, () -> MessagePattern.compile("{0"));
        assertThrows(IllegalArgumentException.class, () -> MessagePattern.compile("{x}"));
    }
}

package app.gaitway.assessments.record;

import java.util.List;

/**
 * One field of the assessment form: its key (also its name in the form and in the stored record), what it
 * holds and what it accepts. The assessment's field catalogue lists them all; the form, validation, storage, findings
 * and comparison all read this one list.
 */
public record FieldSpec(String key, Section section, Type type, double min, double max, List<String> choices) {

    public enum Section {
        SUBJECTIVE,
        GAIT,
        STRENGTH,
        ROM,
        LEFS,
        PLAN,
        SCREEN,
        PSFS,
        AKPS,
        SPECIAL_TESTS,
        PERFORMANCE
    }

    public enum Type {
        /** One line of text, at most {@code max} characters. */
        TEXT,
        /** Several lines of text, at most {@code max} characters. */
        LONG_TEXT,
        /** A whole number from {@code min} to {@code max}. */
        INTEGER,
        /** A number with at most one decimal, from {@code min} to {@code max}. */
        DECIMAL,
        /** A manual muscle test grade (0–5 with + or −). */
        GRADE,
        /** One of {@code choices}. */
        CHOICE,
        /** A tick box: "true" or absent. */
        FLAG,
        /** A calendar date, stored as yyyy-mm-dd, from 1950 to today. */
        DATE
    }

    public static FieldSpec text(String key, Section section, int maxLength) {
        return new FieldSpec(key, section, Type.TEXT, 0, maxLength, List.of());
    }

    public static FieldSpec longText(String key, Section section, int maxLength) {
        return new FieldSpec(key, section, Type.LONG_TEXT, 0, maxLength, List.of());
    }

    public static FieldSpec integer(String key, Section section, int min, int max) {
        return new FieldSpec(key, section, Type.INTEGER, min, max, List.of());
    }

    public static FieldSpec decimal(String key, Section section, double min, double max) {
        return new FieldSpec(key, section, Type.DECIMAL, min, max, List.of());
    }

    public static FieldSpec grade(String key) {
        return new FieldSpec(key, Section.STRENGTH, Type.GRADE, 0, 5, List.of());
    }

    public static FieldSpec choice(String key, Section section, List<String> choices) {
        return new FieldSpec(key, section, Type.CHOICE, 0, 0, List.copyOf(choices));
    }

    public static FieldSpec date(String key, Section section) {
        return new FieldSpec(key, section, Type.DATE, 0, 0, List.of());
    }

    public static FieldSpec flag(String key, Section section) {
        return new FieldSpec(key, section, Type.FLAG, 0, 0, List.of());
    }
}

package app.gaitway.assessments.findings;

import app.gaitway.assessments.record.GaitSign;
import app.gaitway.assessments.record.MmtGrade;
import app.gaitway.assessments.record.Motion;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.record.Side;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindingTextsTest {

    private final FindingTexts english = FindingTexts.english();

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (var in = FindingTexts.class.getResourceAsStream(FindingTexts.BUNDLE)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyNameIsInTheBundle() {
        Stream.of(Side.values(), MuscleGroup.values(), Motion.values(), GaitSign.values(), StepDownScore.Band.values())
                .flatMap(Stream::of)
                .forEach(value -> assertTrue(!english.name(value).isBlank(), value.toString()));
        assertEquals("Hip abduction", english.name(MuscleGroup.HIP_ABDUCTORS));
        assertEquals("right", english.name(Side.RIGHT));
    }

    @Test
    void everyKeyIsAFindingsKeySoTheMergedBundlesCannotClash() throws IOException {
        for (String key : bundle().stringPropertyNames()) {
            assertTrue(key.startsWith("findings."), key);
        }
    }

    @Test
    void everyMessageIsAValidMessageFormatWithoutLoneApostrophes() throws IOException {
        Properties bundle = bundle();
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            String formatted = new MessageFormat(text).format(new Object[] {1, 2, 3, 4, 5});
            long in = text.chars().filter(c -> c == '\'').count();
            long out = formatted.chars().filter(c -> c == '\'').count();
            assertEquals(in, 2 * out, key);
        }
    }

    @Test
    void numbersShowOneDecimalAtMostAndARealMinusSign() {
        assertEquals(
                "Knee extension: right \u221210\u00B0 (lower limit \u22125\u00B0)",
                english.text(Phrase.of(
                        "findings.rom.motion",
                        Motion.KNEE_EXTENSION,
                        Phrase.of(
                                "findings.rom.sides",
                                java.util.List.of(Phrase.of(
                                        "findings.rom.sideValue",
                                        Side.RIGHT,
                                        Phrase.of("findings.rom.value.active", -10)))),
                        Phrase.of("findings.rom.limit", -5))));
        assertEquals(
                "Hip abduction force: right 82.3% of left",
                english.text(Phrase.of(
                        "findings.strength.symmetry", MuscleGroup.HIP_ABDUCTORS, Side.RIGHT, 82.34, Side.LEFT)));
        assertEquals(
                "Hip abduction force: right 82% of left",
                english.text(Phrase.of(
                        "findings.strength.symmetry", MuscleGroup.HIP_ABDUCTORS, Side.RIGHT, 82.0, Side.LEFT)));
    }

    @Test
    void gradesListsAndOnePoint() {
        assertEquals(
                "Hip abduction: right 3+/5, left 4\u2212/5",
                english.text(Phrase.of(
                        "findings.strength.grades",
                        MuscleGroup.HIP_ABDUCTORS,
                        List.of(
                                Phrase.of(
                                        "findings.strength.grade",
                                        Side.RIGHT,
                                        MmtGrade.parse("3+").orElseThrow()),
                                Phrase.of(
                                        "findings.strength.grade",
                                        Side.LEFT,
                                        MmtGrade.parse("4-").orElseThrow())))));
        assertEquals("up 1 point", english.text(Phrase.of("findings.lefs.up", 1)));
        assertEquals("up 12 points", english.text(Phrase.of("findings.lefs.up", 12)));
    }

    @Test
    void anotherBundleGivesAnotherLanguage() {
        Properties german = new Properties();
        german.setProperty("findings.trendelenburg", "Trendelenburg-Zeichen positiv (Standbein {0})");
        german.setProperty("findings.side.right", "rechts");
        FindingTexts texts = new FindingTexts(german, Locale.GERMAN);
        assertEquals(
                "Trendelenburg-Zeichen positiv (Standbein rechts)",
                texts.text(Phrase.of("findings.trendelenburg", Side.RIGHT)));
    }

    @Test
    void aMissingKeyIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> english.text(Phrase.of("findings.nothing")));
        assertThrows(IllegalArgumentException.class, () -> Phrase.of("exercise.rule.range"));
    }
}

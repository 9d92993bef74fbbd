package app.gaitway.exercises.library;

import app.gaitway.exercises.ExerciseContent;
import app.gaitway.exercises.ReadingLevel;
import app.gaitway.exercises.illustration.IllustrationJson;
import app.gaitway.exercises.illustration.RenderedIllustration;
import app.gaitway.exercises.illustration.SvgRenderer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in library as shipped: every file in the library folder is a complete, valid exercise whose links
 * lead somewhere, index.json lists them all, the DOMAIN.md exercises are there, and patient texts read plainly.
 * Writes every picture and a contact sheet to target/library-illustrations/ for a person to look at.
 */
class ShippedLibraryTest {

    static final Set<String> DOMAIN_EXERCISES = Set.of(
            "hip-thrust",
            "hip-bridge",
            "banded-seated-abduction",
            "banded-side-step",
            "banded-crab-walk",
            "monster-walk",
            "banded-standing-donkey-kick",
            "fire-hydrant",
            "side-lying-hip-abduction",
            "clamshell",
            "pelvic-drop",
            "single-leg-balance",
            "balance-board",
            "hip-flexor-stretch",
            "butterfly-stretch",
            "figure-4-stretch");

    private static Map<String, JsonObject> filesInFolder() {
        Map<String, JsonObject> files = new LinkedHashMap<>();
        for (String slug : LibraryFiles.slugs()) {
            files.put(
                    slug,
                    Json.createReader(new StringReader(LibraryFiles.json(slug))).readObject());
        }
        return files;
    }

    @Test
    void everyExerciseFileIsCompleteAndValidAndItsLinksLeadSomewhere() {
        List<ExerciseContent> all = ShippedLibrary.check(filesInFolder());
        assertEquals(LibraryFiles.slugs().size(), all.size());
    }

    @Test
    void indexListsExactlyTheFilesOfTheFolder() {
        JsonObject index = Json.createReader(new StringReader(LibraryFiles.jsonFile("index.json")))
                .readObject();
        Set<String> listed = new TreeSet<>();
        index.getJsonArray("exercises").forEach(v -> listed.add(((JsonString) v).getString()));
        assertEquals(new TreeSet<>(LibraryFiles.slugs()), listed);
        assertTrue(index.getInt("version") >= 1);
    }

    @Test
    void theLibraryHasAtLeastFortyExercisesIncludingEveryOneOfDomainMd() {
        ShippedLibrary library = ShippedLibrary.load();
        assertTrue(
                library.exercises().size() >= 40, "only " + library.exercises().size() + " exercises");
        Set<String> slugs = new TreeSet<>();
        library.exercises().forEach(e -> slugs.add(e.slug()));
        Set<String> missing = new TreeSet<>(DOMAIN_EXERCISES);
        missing.removeAll(slugs);
        assertTrue(missing.isEmpty(), "missing: " + missing);
    }

    /** About a 6th-grade level overall; no single exercise far above it. */
    @Test
    void patientTextsReadPlainly() {
        List<String> tooHard = new ArrayList<>();
        double sum = 0;
        List<ExerciseContent> all = ShippedLibrary.check(filesInFolder());
        for (ExerciseContent e : all) {
            double grade = ReadingLevel.grade(patientText(e));
            sum += grade;
            if (grade > 8.0) {
                tooHard.add(e.slug() + " reads at grade " + Math.round(grade * 10) / 10.0);
            }
        }
        assertTrue(tooHard.isEmpty(), String.join("\n", tooHard));
        if (!all.isEmpty()) {
            double average = sum / all.size();
            System.out.printf("Library reading grade: %.1f on average over %d exercises%n", average, all.size());
            assertTrue(average <= 6.5, "average grade " + average);
        }
    }

    static String patientText(ExerciseContent e) {
        List<String> parts = new ArrayList<>(e.steps());
        parts.addAll(e.cues());
        parts.addAll(e.mistakes());
        parts.add(e.feel());
        StringBuilder text = new StringBuilder();
        for (String p : parts) {
            String t = p.strip();
            text.append(t).append(t.matches(".*[.!?]$") ? " " : ". ");
        }
        return text.toString();
    }

    @Test
    void writesEveryPictureAndAContactSheet() throws IOException {
        Path out = Path.of("target/library-illustrations");
        Files.createDirectories(out);
        StringBuilder sheet =
                new StringBuilder("<!doctype html><html><head><meta charset=utf-8><title>Library</title></head>"
                        + "<body style=\"font-family:sans-serif;margin:8px\">");
        for (Map.Entry<String, JsonObject> file : filesInFolder().entrySet()) {
            String slug = file.getKey();
            JsonObject ill = file.getValue().getJsonObject("illustration");
            RenderedIllustration svg = SvgRenderer.render(
                    IllustrationJson.parse(ill), file.getValue().getString("name"), slug);
            Files.writeString(out.resolve(slug + "-start.svg"), svg.startSvg());
            Files.writeString(out.resolve(slug + "-end.svg"), svg.endSvg());
            if (svg.hasMiddle()) {
                Files.writeString(out.resolve(slug + "-middle.svg"), svg.middleSvg());
            }
            sheet.append("<div style=\"display:inline-block;margin:4px;border:1px solid #ccc\"><div>")
                    .append(slug)
                    .append("</div><img width=200 src=\"")
                    .append(slug)
                    .append("-start.svg\">")
                    .append(svg.hasMiddle() ? "<img width=200 src=\"" + slug + "-middle.svg\">" : "")
                    .append("<img width=200 src=\"")
                    .append(slug)
                    .append("-end.svg\"></div>");
            assertTrue(svg.startSvg().startsWith("<svg"), slug);
        }
        Files.writeString(
                out.resolve("index.html"), sheet.append("</body></html>").toString());
    }
}

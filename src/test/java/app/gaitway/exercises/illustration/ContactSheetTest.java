package app.gaitway.exercises.illustration;

import app.gaitway.exercises.library.LibraryFiles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contact sheet for people who judge the pictures by eye: {@code mvn -B -q test -Dtest=ContactSheetTest}
 * writes target/contact-sheet.html, every shipped exercise in one row: its start, middle (where it has one) and
 * end pictures at the 160 px thumbnail width of the lists, then at the 48 mm width of the printed handout, with
 * the problems {@link PictureChecks} finds (there should be none) under the name.
 */
class ContactSheetTest {

    static final Path OUT = Path.of("target/contact-sheet");
    static final Path SHEET = Path.of("target/contact-sheet.html");

    @Test
    void writesEveryExerciseAtThumbnailAndHandoutSize() throws IOException {
        Files.createDirectories(OUT);
        StringBuilder rows = new StringBuilder();
        int pictures = 0;
        for (String slug : LibraryFiles.slugs()) {
            JsonObject exercise =
                    Json.createReader(new StringReader(LibraryFiles.json(slug))).readObject();
            String name = exercise.getString("name");
            Illustration ill = IllustrationJson.parse(exercise.getJsonObject("illustration"));
            RenderedIllustration drawn = SvgRenderer.render(ill, name, slug);
            List<String> stages = new ArrayList<>(List.of("start"));
            if (drawn.hasMiddle()) {
                stages.add("middle");
            }
            stages.add("end");
            for (String stage : stages) {
                Files.writeString(
                        OUT.resolve(slug + "-" + stage + ".svg"),
                        drawn.svg(stage).orElseThrow());
                pictures++;
            }
            List<String> problems = PictureChecks.all(ill);
            rows.append("<tr><th scope=\"row\">")
                    .append(escape(name))
                    .append("<br><small>")
                    .append(slug)
                    .append(", ")
                    .append(ill.view().name().toLowerCase(java.util.Locale.ROOT))
                    .append(ill.turn() == 0 ? "" : " turned " + (int) ill.turn() + "°")
                    .append(ill.pitch() == 0 ? "" : ", from " + (int) ill.pitch() + "° above")
                    .append("</small>");
            for (String p : problems) {
                rows.append("<br><small class=\"problem\">").append(escape(p)).append("</small>");
            }
            rows.append("</th><td>");
            for (String stage : stages) {
                rows.append("<figure><img class=\"thumb\" src=\"contact-sheet/")
                        .append(slug)
                        .append('-')
                        .append(stage)
                        .append(".svg\" alt=\"\"><figcaption>")
                        .append(stage)
                        .append("</figcaption></figure>");
            }
            rows.append("</td><td>");
            for (String stage : stages) {
                rows.append("<img class=\"handout\" src=\"contact-sheet/")
                        .append(slug)
                        .append('-')
                        .append(stage)
                        .append(".svg\" alt=\"")
                        .append(escape(drawn.text(stage).orElse("")))
                        .append("\">");
            }
            rows.append("</td></tr>\n");
        }
        String html = """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Exercise pictures: contact sheet</title>
                <style>
                body { font: 13px sans-serif; margin: 8px; }
                table { border-collapse: collapse; }
                th, td { border-top: 1px solid #ccc; padding: 4px; vertical-align: top; text-align: left; }
                td { white-space: nowrap; }
                th { width: 14em; }
                figure { display: inline-block; margin: 0 4px 0 0; }
                figcaption { text-align: center; color: #555; }
                .thumb { width: 160px; border: 1px solid #ddd; }
                .handout { width: 48mm; border: 1px solid #999; margin-right: 4mm; }
                .problem { color: #a00; }
                </style></head><body>
                <h1>Exercise pictures</h1>
                <p>Start, middle (some exercises) and end: at 160 px wide, then at the handout's 48 mm.</p>
                <table><thead><tr><th scope="col">Exercise</th><th scope="col">160 px</th><th scope="col">Handout size</th></tr></thead>
                <tbody>
                """ + rows + "</tbody></table></body></html>\n";
        Files.writeString(SHEET, html);
        assertTrue(pictures >= 2 * LibraryFiles.slugs().size(), "every exercise has at least a start and an end");
        assertEquals(LibraryFiles.slugs().size(), html.split("<tr><th scope=\"row\">", -1).length - 1);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package app.gaitway.assessments.charts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes example charts to target/charts/*.svg, to look at in a browser; checks only that each one parses. */
class TrendChartExamplesTest {

    @Test
    void writeExamples() throws Exception {
        // the same examples the golden test pins, so the charts looked at are the charts checked
        for (Map.Entry<String, TrendChartSpec> example :
                TrendChartGoldenTest.examples().entrySet()) {
            write(example.getKey(), example.getValue());
        }
    }

    private static void write(String name, TrendChartSpec spec) throws IOException {
        String svg = TrendChart.svg(spec, name);
        try {
            TrendChartTest.parse(svg);
        } catch (Exception e) {
            throw new AssertionError(name, e);
        }
        Path dir = Path.of("target", "charts");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".svg"), svg);
    }
}

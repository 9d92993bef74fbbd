package app.gaitway.patientside.web;

import app.gaitway.patientside.web.LinkSite.Link;
import app.gaitway.patientside.web.LinkSite.Program;
import app.gaitway.testdata.Therapists;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Download;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How long the server takes to make the handout of an eight-exercise program, as the server itself reports it in
 * the {@code Server-Timing} header (reading the program, making the PDF, the whole request inside the resource, and
 * the processor time of the request's thread). After a warm-up, 20 downloads one after another; the median and 95th
 * percentile are printed. The target is under 300 ms; the bounds asserted are several times that, loose enough for a
 * slow, shared 2-core CI machine. After the first download the document is kept ({@code HandoutPdf} makes a PDF
 * once per equal view), so the 20 measure what every download still does: checking the link, reading the program
 * into its view, the audit entry; a regression there, or a kept document made again, shows. On a machine busy with
 * other work the times stretch; the processor time much less, so it has the tighter bound.
 */
@ExtendWith(SharedServer.class)
class HandoutSpeedIT {

    private static final int WARM_UP = 5;
    private static final int MEASURED = 20;
    private static final double MEDIAN_BOUND_MS = 1200;
    private static final double P95_BOUND_MS = 2500;
    private static final double CPU_MEDIAN_BOUND_MS = 600;
    /**
     * Handing out a kept document took a median of 1 ms (p90 25 ms) in a run at load average 30 on 2 cores; making
     * one takes about 120 ms of processor time (both measured for issue 14).
     */
    private static final double KEPT_PDF_MEDIAN_BOUND_MS = 60;

    private static final Pattern TIMING = Pattern.compile("(\\w+);dur=([0-9.]+)");

    @Test
    void anEightExerciseHandoutIsMadeQuickly(GaitwayServer server) {
        Therapists.Therapist therapist = Therapists.ofNewClinic(server, "handout-speed");
        Program program = LinkSite.patientWithProgram(
                therapist, "Ottoline", "Speedwell", PatientHandoutIT.EIGHT.toArray(String[]::new));
        Link link = LinkSite.createLink(therapist.client(), program);
        WebClient client = therapist.client();
        String path = link.path() + "/handout.pdf";
        for (int i = 0; i < WARM_UP; i++) {
            timing(client, path);
        }

        List<Double> total = new ArrayList<>();
        List<Double> pdf = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            String header = timing(client, path);
            wall.add((System.nanoTime() - start) / 1e6);
            total.add(duration(header, "total"));
            pdf.add(duration(header, "pdf"));
            cpu.add(duration(header, "cpu"));
        }
        System.out.printf(
                Locale.ROOT,
                "Handout of 8 exercises, %d downloads after %d to warm up: server total median %.0f ms,"
                        + " p95 %.0f ms; making the PDF median %.0f ms, p95 %.0f ms; processor time median %.0f ms, p95 %.0f ms;"
                        + " seen by the client median %.0f ms; load average %.1f on %d processors%n",
                MEASURED,
                WARM_UP,
                percentile(total, 50),
                percentile(total, 95),
                percentile(pdf, 50),
                percentile(pdf, 95),
                percentile(cpu, 50),
                percentile(cpu, 95),
                percentile(wall, 50),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        assertTrue(percentile(total, 50) < MEDIAN_BOUND_MS, "median " + percentile(total, 50) + " ms: " + total);
        assertTrue(percentile(total, 95) < P95_BOUND_MS, "p95 " + percentile(total, 95) + " ms: " + total);
        assertTrue(
                percentile(pdf, 50) < KEPT_PDF_MEDIAN_BOUND_MS,
                "the same handout is made again: median " + percentile(pdf, 50) + " ms: " + pdf);
        assertTrue(
                percentile(cpu, 50) < CPU_MEDIAN_BOUND_MS,
                "processor time median " + percentile(cpu, 50) + " ms: " + cpu);
    }

    private static String timing(WebClient client, String path) {
        Download download = client.download(path);
        assertEquals(200, download.status(), download.text());
        return download.headers()
                .firstValue("Server-Timing")
                .orElseThrow(() -> new AssertionError("no Server-Timing header"));
    }

    private static double duration(String header, String name) {
        Matcher m = TIMING.matcher(header);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return Double.parseDouble(m.group(2));
            }
        }
        throw new AssertionError("no " + name + " in " + header);
    }

    /** Nearest-rank percentile. */
    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}

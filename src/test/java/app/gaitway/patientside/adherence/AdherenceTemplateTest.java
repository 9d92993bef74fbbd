package app.gaitway.patientside.adherence;

import app.gaitway.shared.web.Templates;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.messageresolver.StandardMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.gaitway.patientside.adherence.AdherenceTest.BRIDGE;
import static app.gaitway.patientside.adherence.AdherenceTest.CLAMSHELL;
import static app.gaitway.patientside.adherence.AdherenceTest.TODAY;
import static app.gaitway.patientside.adherence.AdherenceTest.clamshell;
import static app.gaitway.patientside.adherence.AdherenceTest.daysAgo;
import static app.gaitway.patientside.adherence.AdherenceTest.onceOnEachOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fragment rendered by Thymeleaf as the app configures it (file templates, the message bundles), no server. */
class AdherenceTemplateTest {

    private static final String PAGE = "<div th:replace=\"~{patientside/adherence :: adherence(${report})}\"></div>";

    private static String render(AdherenceView view) {
        FileTemplateResolver files = new FileTemplateResolver();
        files.setOrder(1);
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setCheckExistence(true);
        files.setTemplateMode(TemplateMode.HTML);
        files.setCharacterEncoding("UTF-8");
        StringTemplateResolver page = new StringTemplateResolver();
        page.setOrder(2);
        page.setTemplateMode(TemplateMode.HTML);

        Properties texts = Templates.loadMessages();
        texts.putAll(MessagesWithAdherence.load());
        StandardMessageResolver messages = new StandardMessageResolver();
        messages.setDefaultMessages(texts);

        TemplateEngine engine = new TemplateEngine();
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(page);
        engine.setMessageResolver(messages);
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("report", view);
        return engine.process(PAGE, context);
    }

    private static AdherenceView report() {
        List<LoggedSession> logs = new ArrayList<>(List.of(
                new LoggedSession(daysAgo(3), CLAMSHELL, 8, Difficulty.TOO_HARD),
                new LoggedSession(daysAgo(2), CLAMSHELL, 3, Difficulty.ABOUT_RIGHT)));
        logs.addAll(onceOnEachOf(BRIDGE, 1, 2));
        Adherence adherence = Adherence.of(
                List.of(
                        clamshell(daysAgo(60), null, 1, 5),
                        new Prescribed(BRIDGE, "Hip bridge", daysAgo(60), null, 1, 7)),
                logs,
                TODAY);
        return AdherenceWords.view(adherence, 42, "Knee & hip", new MessagesWithAdherence());
    }

    @Test
    void showsAnAccessibleTableWithEveryLineAndTheWholeProgram() {
        String html = render(report());

        assertTrue(
                html.contains(
                        "<section class=\"card adherence\" id=\"adherence-42\" aria-labelledby=\"adherence-42-heading\">"),
                html);
        assertTrue(html.contains("<h2 id=\"adherence-42-heading\">Logged by the patient: Knee &amp; hip</h2>"), html);
        assertTrue(html.contains("<table class=\"adherence-table\" aria-describedby=\"adherence-42-note\">"), html);
        assertTrue(html.contains("id=\"adherence-42-note\">Only what the patient logged counts;"), html);
        assertTrue(
                html.contains("<caption>Sessions logged against sessions prescribed, up to 15 Mar 2026</caption>"),
                html);
        assertEquals(6, count(html, "<th scope=\"col\">"));
        assertTrue(html.contains("<th scope=\"col\">Last 7 days</th>"), html);
        assertTrue(html.contains("<th scope=\"col\">Last 30 days</th>"), html);
        assertTrue(html.contains("<th scope=\"row\">Clamshell</th>"), html);
        assertTrue(html.contains("<th scope=\"row\">Hip bridge</th>"), html);
        assertTrue(html.contains("<tfoot>"), html);
        assertTrue(html.contains("<th scope=\"row\">Whole program</th>"), html);
        assertEquals(4, count(html, "<tr"), "the head, two exercises, the whole program");
        assertTrue(html.contains("<div class=\"adherence-table__sessions\">2 of 5 sessions (40%)</div>"), html);
        assertFalse(html.contains("th:"), html);
        assertFalse(html.contains("17 of 21"), "no sample text from the natural template");
    }

    @Test
    void highlightsTooHardAndHighPainAndSaysThemInWords() {
        String html = render(report());

        assertTrue(html.contains("adherence-table__row--attention"), html);
        assertTrue(html.contains("<td class=\"adherence-table__cell--warning\">"), html);
        assertTrue(html.contains("<div class=\"adherence-warning\"><strong>Too hard: said once</strong></div>"), html);
        assertTrue(
                html.contains(
                        "<div class=\"adherence-warning\"><strong>High pain: 8 out of 10 on 13 Mar</strong></div>"),
                html);
        assertTrue(html.contains("<div class=\"adherence-warning\">Too hard: 1</div>"), html);
        assertTrue(html.contains("<div>About right: 1</div>"), html);
        assertTrue(html.contains("<h3>Needs a look</h3>"), html);
        assertTrue(
                html.contains("<li>Clamshell: 2 of 5 sessions in the last 7 days (40%) \u00B7 latest pain 3 on 14 Mar"
                        + " \u00B7 1 \u00D7 too hard \u00B7 pain 8 on 13 Mar</li>"),
                html);
    }

    @Test
    void anEmptyReportSaysSoWithoutATable() {
        String html = render(
                AdherenceWords.view(Adherence.of(List.of(), List.of(), TODAY), 7, "Back", new MessagesWithAdherence()));

        assertTrue(html.contains("No exercises were prescribed in the last 30 days."), html);
        assertFalse(html.contains("<table"), html);
    }

    @Test
    void aProgramStartingTodaySaysSoWithoutATableOfNothing() {
        String html = render(AdherenceWords.view(
                Adherence.of(List.of(clamshell(TODAY, null, 1, 7)), List.of(), TODAY),
                7,
                "Back",
                new MessagesWithAdherence()));

        assertTrue(html.contains("Started today: 0 of 1 exercise done."), html);
        assertFalse(html.contains("<table"), html);
        assertFalse(html.contains("No exercises were prescribed"), html);
    }

    private static int count(String html, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}

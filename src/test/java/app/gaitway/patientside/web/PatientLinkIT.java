package app.gaitway.patientside.web;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.patientside.web.LinkSite.AuditRow;
import app.gaitway.patientside.web.LinkSite.Link;
import app.gaitway.patientside.web.LinkSite.Program;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Download;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.gaitway.testing.PageAssertions.assertNoInternals;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A patient's private link to their home program, over HTTP: the therapist creates it and sees it once; the patient
 * opens it with no account and sees the latest version with their first name only; a revoked, replaced, expired or
 * ended link answers 410 and says to call the clinic, an unknown one 404, and guessing from one address is stopped
 * with 429. Link pages are never indexed, cached or passed on as a referrer, and opening them logs nothing but is in
 * the audit trail, never with the secret.
 * <p>
 * Every test makes its own clinic, patient and program. The shared server trusts X-Forwarded-For and every
 * {@link WebClient} presents an address of its own, so the guessing throttle (per address) in one test never blocks
 * another.
 */
@ExtendWith(SharedServer.class)
class PatientLinkIT {

    private static final String GIVEN = "Philippa";
    private static final String FAMILY = "Okonkwo-Lindqvist";
    private static final Pattern GROUPED =
            Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}-[0-9A-HJKMNP-TV-Z]{2}");
    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");
    /** Openings of one link that arrive at once. */
    private static final int OPENINGS = 25;

    private record Setup(Therapist therapist, Program program, Link link) {}

    private static Setup linked(GaitwayServer server, String label) {
        Therapist therapist = Therapists.ofNewClinic(server, label);
        Program program = LinkSite.patientWithProgram(therapist, GIVEN, FAMILY, "Clamshell", "Hip bridge");
        return new Setup(therapist, program, LinkSite.createLink(therapist.client(), program));
    }

    // --- creating and opening ---

    @Test
    void aNewLinkIsShownAndOnlyItsHashAndASealedCopyAreStored(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "link-once");
        Program program = LinkSite.patientWithProgram(therapist, GIVEN, FAMILY, "Clamshell");

        Page created = LinkSite.createLinkPage(therapist.client(), program);
        Link link = LinkSite.shownLink(created);
        assertTrue(GROUPED.matcher(link.grouped()).matches(), "26 characters in groups of four: " + link.grouped());
        assertEquals(server.baseUrl() + link.path(), link.address(), "the full address to copy");
        assertTrue(
                created.contains("come back here at any time to show, print or email this link"),
                "the page says the link can be shown again");

        long id = LinkSite.linkId(server, link);
        List<String> stored = LinkSite.storedTexts(server, id);
        assertTrue(HEX_64.matcher(stored.get(0)).matches(), "a SHA-256 hash in hex: " + stored.get(0));
        assertEquals(link.canonical().substring(0, 4), stored.get(1), "only the first group, to tell links apart");
        for (String text : stored) {
            assertFalse(
                    text != null && (text.contains(link.canonical()) || text.contains(link.grouped())),
                    "the secret is not stored: " + text);
        }

        Page programPage = therapist.client().get(program.path());
        assertEquals(200, programPage.status());
        assertFalse(
                programPage.contains(link.grouped()) || programPage.contains(link.canonical()),
                "the program page does not show the secret unasked");
        assertTrue(programPage.contains(link.canonical().substring(0, 4) + "\u2026"), "it shows the first group");

        assertEquals(200, new WebClient(server).get(link.path()).status());
        assertEquals(
                List.of(),
                LinkSite.auditMentioning(server, link.canonical().substring(4, 16)),
                "no audit entry holds the secret");
    }

    @Test
    void theLinkOpensWithoutSigningInAndShowsOnlyTheFirstName(GaitwayServer server) {
        Setup s = linked(server, "link-open");
        WebClient patient = new WebClient(server);

        Page page = patient.get(s.link().path());
        assertEquals(200, page.status(), page.body());
        assertNoInternals(page);
        assertEquals(s.program().title(), page.heading());
        assertTrue(page.contains("For " + GIVEN), "greets the patient by first name");
        String shown = page.body().replace(s.link().grouped(), "");
        assertFalse(shown.contains(FAMILY), "no family name");
        for (String birthDate : List.of("1984", "17 May", "05-17", "17.05", "5/17")) {
            assertFalse(shown.contains(birthDate), "no date of birth (" + birthDate + ")");
        }
        for (String exercise : s.program().exercises()) {
            assertTrue(page.contains(exercise), exercise);
        }
        assertTrue(page.contains(s.program().clinicPhone()), "the clinic's phone is on the page");
        assertTrue(
                page.contains("Call the emergency number now if")
                        && page.contains("chest pain")
                        && page.contains("calf is swollen")
                        && page.contains("bladder or bowels"),
                "signs that cannot wait for the clinic send the patient to emergency care");
        assertFalse(page.contains("/logout"), "nobody is signed in");
    }

    @Test
    void aTypedAddressIsSentToItsOneCanonicalAddress(GaitwayServer server) {
        Setup s = linked(server, "link-typed");
        WebClient patient = new WebClient(server);
        String grouped = s.link().grouped();
        String lower = grouped.toLowerCase(Locale.ROOT);
        List<String> typed = new ArrayList<>(List.of(lower, s.link().canonical(), lower.replace("-", "")));
        if (grouped.contains("0") || grouped.contains("1")) {
            typed.add(lower.replace('0', 'o').replace('1', 'l'));
        }
        for (String t : typed) {
            Page answer = patient.get("/p/" + t);
            assertEquals(303, answer.status(), "/p/" + t + " answered " + answer.status());
            assertEquals(s.link().path(), answer.location(), "/p/" + t);
        }
        Page fromTheForm = patient.get("/p?code=" + lower.replace("-", "+"));
        assertEquals(303, fromTheForm.status(), "the code typed into the form at /p");
        assertEquals(s.link().path(), fromTheForm.location());
        assertEquals(200, patient.get(s.link().path()).status());
    }

    @Test
    void anAddressTypedWithSpacesIsSentToItsCanonicalAddress(GaitwayServer server) {
        Setup s = linked(server, "link-spaces");
        WebClient patient = new WebClient(server);
        String spaced = s.link().grouped().toLowerCase(Locale.ROOT).replace("-", " ");
        // As a phone's browser sends an address typed from paper with spaces between the groups.
        Page answer = patient.get("/p/" + spaced.replace(" ", "%20"));
        assertEquals(303, answer.status(), "/p/" + spaced + " answered " + answer.status());
        assertEquals(s.link().path(), answer.location());
    }

    @Test
    void theLinkShowsTheLatestVersionAfterTheProgramChanges(GaitwayServer server) {
        Setup s = linked(server, "link-version");
        WebClient patient = new WebClient(server);
        String before = amount(patient.get(s.link().path()), 0);
        assertTrue(before.startsWith("3 sets"), before);

        LinkSite.saveNextVersion(s.therapist().client(), s.program(), Map.of("items.0.sets", "2", "items.0.reps", "8"));

        Page after = patient.get(s.link().path());
        assertEquals(200, after.status(), "the same link still opens");
        String amount = amount(after, 0);
        assertNotEquals(before, amount);
        assertTrue(amount.startsWith("2 sets of 8"), amount);
        assertTrue(after.contains("Version 2"), "says which version it shows");
        assertEquals("3 sets", amount(after, 1).substring(0, 6), "the exercise not changed stays as it was");
    }

    // --- links that no longer work ---

    @Test
    void aRevokedLinkAnswersGoneAndRevealsNothingOfTheProgram(GaitwayServer server) {
        Setup s = linked(server, "link-revoked");
        LinkSite.revoke(s.therapist().client(), s.program());

        Page gone = new WebClient(server).get(s.link().path());
        assertEquals(410, gone.status());
        assertGoneWithoutProgram(gone, s);
        assertTrue(gone.contains("Your therapist has replaced this link."), gone.body());
        assertEquals(
                410, new WebClient(server).get(s.link().path() + "/now?step=1").status(), "nor does do it now");
    }

    @Test
    void replacingALinkRevokesTheOldOne(GaitwayServer server) {
        Setup s = linked(server, "link-replaced");
        Link second = LinkSite.createLink(s.therapist().client(), s.program());
        assertNotEquals(s.link().path(), second.path());

        WebClient patient = new WebClient(server);
        Page old = patient.get(s.link().path());
        assertEquals(410, old.status());
        assertGoneWithoutProgram(old, s);
        assertEquals(200, patient.get(second.path()).status(), "the new link works");

        String links =
                LinkSite.text(section(s.therapist().client().get(s.program().path()), "patient-link"));
        assertTrue(links.contains(second.canonical().substring(0, 4) + "\u2026"), links);
        assertTrue(links.contains("Revoked"), "the old link is listed as revoked: " + links);
        assertEquals(1, links.split("Active", -1).length - 1, "one active link: " + links);
    }

    @Test
    void anExpiredLinkAnswersGone(GaitwayServer server) {
        Setup s = linked(server, "link-expired");
        LinkSite.expire(server, s.link());

        Page gone = new WebClient(server).get(s.link().path());
        assertEquals(410, gone.status());
        assertGoneWithoutProgram(gone, s);
        assertTrue(gone.contains("This link has expired."), gone.body());
    }

    @Test
    void theLinkOfAnEndedProgramAnswersGone(GaitwayServer server) {
        Setup s = linked(server, "link-ended");
        LinkSite.end(s.therapist().client(), s.program());

        Page gone = new WebClient(server).get(s.link().path());
        assertEquals(410, gone.status());
        assertGoneWithoutProgram(gone, s);
        assertTrue(gone.contains("This program has ended."), gone.body());
    }

    @Test
    void aLinkThatNeverExistedAnswersNotFoundInThePatientsLook(GaitwayServer server) {
        Page unknown = new WebClient(server).get("/p/" + LinkSite.unknownSecret());
        assertEquals(404, unknown.status());
        assertNoInternals(unknown);
        assertTrue(unknown.contains("<body class=\"patient\""), "the patients' layout:\n" + unknown.body());
        assertTrue(unknown.contains("/static/css/patient.css"), "with the patients' stylesheet");
        assertEquals("We could not open this program", unknown.heading());
        assertTrue(unknown.contains("Check the code on your paper"), unknown.body());
        assertTrue(unknown.contains("href=\"/p\""), "offers to type the code");
    }

    // --- guessing ---

    @Test
    void guessingFromOneAddressIsStoppedEvenForARealLink(GaitwayServer server) {
        Setup s = linked(server, "link-guess");
        WebClient guesser = new WebClient(server);
        for (int i = 1; i <= 10; i++) {
            assertEquals(404, guesser.get("/p/" + LinkSite.unknownSecret()).status(), "guess " + i);
        }

        Page throttled = guesser.get(s.link().path());
        assertEquals(429, throttled.status(), "after 10 misses even a valid link is refused from that address");
        assertFalse(throttled.contains(s.program().title()) || throttled.contains(GIVEN), "and shows nothing of it");
        assertEquals(
                404, guesser.download(s.link().path() + "/pictures/0/start").status(), "nor its pictures");

        assertEquals(200, new WebClient(server).get(s.link().path()).status(), "the patient at home still gets in");
    }

    @Test
    void oneGuesserOnAClinicsWiFiDoesNotShutOutThePatientsWhoseLinksOpenedThere(GaitwayServer server) {
        Setup s = linked(server, "link-wifi");
        Setup newcomer = linked(server, "link-wifi-new");
        WebClient guesser = new WebClient(server);
        WebClient patient = new WebClient(server, guesser.address());
        assertEquals(200, patient.get(s.link().path()).status(), "opened in the treatment room");

        for (int i = 1; i <= 10; i++) {
            assertEquals(404, guesser.get("/p/" + LinkSite.unknownSecret()).status(), "guess " + i);
        }
        assertEquals(429, guesser.get("/p/" + LinkSite.unknownSecret()).status(), "the guesser is slowed");

        Page again = patient.get(s.link().path());
        assertEquals(200, again.status(), "the patient on the same network still gets in");
        assertTrue(again.contains(s.program().title()), again.body());
        assertEquals(
                200, patient.download(s.link().path() + "/pictures/0/start").status(), "with pictures");

        assertEquals(
                200,
                new WebClient(server).get(newcomer.link().path()).status(),
                "a valid link from another address is never refused for these misses");
        assertEquals(
                429,
                new WebClient(server, guesser.address())
                        .get(newcomer.link().path())
                        .status(),
                "the documented price: a link never opened on that network waits while the guessing lasts");
    }

    @Test
    void aThrottledPatientIsToldToWaitOrCallNotToCheckTheCode(GaitwayServer server) {
        WebClient guesser = new WebClient(server);
        for (int i = 1; i <= 10; i++) {
            guesser.get("/p/" + LinkSite.unknownSecret());
        }
        Page throttled = guesser.get("/p/" + LinkSite.unknownSecret());
        assertEquals(429, throttled.status());
        assertNoInternals(throttled);
        assertAll(
                () -> assertEquals("Too many tries", throttled.heading(), throttled.body()),
                () -> assertTrue(
                        throttled.contains("Please wait 15 minutes and try again, or call your clinic."),
                        "says to wait, not to check the code and try again"),
                () -> assertEquals(
                        String.valueOf(15 * 60),
                        throttled.header("Retry-After").orElse(null),
                        "tells a browser when to try again"));
    }

    // --- headers, robots, pictures ---

    @Test
    void linkPagesAreNeverIndexedCachedOrPassedOnAsReferrer(GaitwayServer server) {
        Setup s = linked(server, "link-headers");
        WebClient patient = new WebClient(server);
        Setup revoked = linked(server, "link-headers-gone");
        LinkSite.revoke(revoked.therapist().client(), revoked.program());

        Map<String, Page> pages = Map.of(
                "program page", patient.get(s.link().path()),
                "do it now", patient.get(s.link().path() + "/now?step=1"),
                "gone", patient.get(revoked.link().path()),
                "unknown", patient.get("/p/" + LinkSite.unknownSecret()),
                "enter the code", patient.get("/p"));
        pages.forEach((name, page) -> {
            assertEquals("no-referrer", page.header("Referrer-Policy").orElse(""), name);
            assertTrue(page.header("X-Robots-Tag").orElse("").contains("noindex"), name);
            assertEquals("no-store", page.header("Cache-Control").orElse(""), name);
            assertOnlyOwnSources(name, page.header("Content-Security-Policy").orElse(""));
            assertTrue(page.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"), name);
            assertTrue(page.contains("<meta name=\"referrer\" content=\"no-referrer\">"), name);
        });

        Download picture = patient.download(s.link().path() + "/pictures/0/start");
        assertEquals(200, picture.status());
        assertEquals(
                "no-referrer", picture.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(picture.headers().firstValue("X-Robots-Tag").orElse("").contains("noindex"), "picture");
        // kept by the patient's browser only, and asked about before each use: a revoked link shows nothing
        assertEquals(
                "private, no-cache",
                picture.headers().firstValue("Cache-Control").orElse(""),
                "picture");
    }

    @Test
    void robotsTxtKeepsSearchEnginesAwayFromLinks(GaitwayServer server) {
        Download robots = new WebClient(server).download("/robots.txt");
        assertEquals(200, robots.status());
        assertTrue(robots.contentType().startsWith("text/plain"), robots.contentType());
        List<String> lines = robots.text().lines().map(String::strip).toList();
        assertTrue(lines.contains("User-agent: *"), robots.text());
        assertTrue(lines.contains("Disallow: /p/"), robots.text());
    }

    @Test
    void picturesAreServedThroughAnActiveLinkOnly(GaitwayServer server) {
        Setup s = linked(server, "link-pictures");
        WebClient patient = new WebClient(server);
        Page page = patient.get(s.link().path());
        List<String> sources = new ArrayList<>();
        Matcher img = Pattern.compile("<img src=\"([^\"]+)\"").matcher(page.body());
        while (img.find()) {
            sources.add(WebClient.unescape(img.group(1)));
        }
        assertEquals(
                6, sources.size(), "a moving, a start and an end picture for each of the two exercises: " + sources);
        for (String src : sources) {
            assertTrue(src.startsWith(s.link().path() + "/pictures/"), "fetched through the link: " + src);
            Download picture = patient.download(src);
            assertEquals(200, picture.status(), src);
            assertEquals("image/svg+xml", picture.contentType().replaceFirst(";.*$", ""), src);
            assertTrue(picture.text().contains("<svg"), src);
        }

        assertEquals(
                404,
                patient.download("/p/" + LinkSite.unknownSecret() + "/pictures/0/start")
                        .status(),
                "an unknown secret's pictures");
        assertEquals(
                404, patient.download(s.link().path() + "/pictures/7/start").status(), "a position not in the program");
        LinkSite.revoke(s.therapist().client(), s.program());
        assertEquals(404, patient.download(sources.get(0)).status(), "a revoked link's pictures");
    }

    @Test
    void aSideStepShowsItsHalfWayPictureBetweenStartAndEnd(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "link-middle");
        Program program = LinkSite.patientWithProgram(therapist, GIVEN, FAMILY, "Banded side step", "Clamshell");
        Link link = LinkSite.createLink(therapist.client(), program);
        WebClient patient = new WebClient(server);
        Page page = patient.get(link.path());
        List<String> sources = new ArrayList<>();
        Matcher img = Pattern.compile("<img src=\"([^\"]+)\"").matcher(page.body());
        while (img.find()) {
            sources.add(WebClient.unescape(img.group(1)));
        }
        int side = program.exercises().indexOf("Banded side step");
        int clam = program.exercises().indexOf("Clamshell");
        String base = link.path() + "/pictures/";
        assertTrue(
                Collections.indexOfSubList(
                                sources, List.of(base + side + "/start", base + side + "/middle", base + side + "/end"))
                        >= 0,
                "start, half-way, end in that order: " + sources);
        assertFalse(sources.contains(base + clam + "/middle"), "a clamshell has no half-way picture: " + sources);
        assertTrue(page.contains("Half-way"), "the half-way picture is labelled");
        Download middle = patient.download(base + side + "/middle");
        assertEquals(200, middle.status());
        assertTrue(middle.text().contains("half-way"), "its title says so");
        assertEquals(404, patient.download(base + clam + "/middle").status(), "no half-way picture to fetch");
    }

    // --- opening logs nothing, but is audited ---

    @Test
    void openingTheLinkLogsNothingButIsAuditedWithoutTheSecret(GaitwayServer server) {
        Setup s = linked(server, "link-audit");
        long linkId = LinkSite.linkId(server, s.link());
        int before = LinkSite.auditOfLink(server, linkId).size();
        WebClient patient = new WebClient(server);

        assertEquals(200, patient.get(s.link().path()).status());
        assertEquals(200, patient.get(s.link().path() + "/now?step=1").status());
        assertEquals(200, patient.get(s.link().path() + "/now?step=2").status());

        assertEquals(0, LinkSite.logRows(server, s.program()), "looking logs no exercise");
        List<AuditRow> entries = LinkSite.auditOfLink(server, linkId);
        List<AuditRow> visits = entries.subList(before, entries.size());
        assertEquals(3, visits.size(), "each opening is in the audit trail: " + visits);
        for (AuditRow visit : visits) {
            assertEquals("VIEW", visit.action());
            assertEquals("SUCCESS", visit.outcome());
            assertNull(visit.userId(), "nobody signed in");
            assertEquals(s.therapist().clinicId(), visit.clinicId(), "in the clinic's trail");
            assertEquals(patient.address(), visit.clientAddress());
            assertEquals(String.valueOf(linkId), visit.recordId(), "by the link's id");
        }
        assertEquals(
                List.of(),
                LinkSite.auditMentioning(server, s.link().canonical().substring(4, 16)),
                "no entry holds the secret");
        assertEquals(
                List.of(),
                LinkSite.auditMentioning(server, s.link().grouped().substring(5, 19)),
                "nor the secret as printed");
    }

    /**
     * Many openings of one link at the same moment (a family's phones, tabs restored at once): every one shows the
     * program. They all note "last opened" on the same row of the link, and none may fail because another did.
     */
    @Test
    void openingOneLinkManyTimesAtOnceAlwaysShowsTheProgram(GaitwayServer server) {
        Setup s = linked(server, "link-rush");
        long linkId = LinkSite.linkId(server, s.link());
        WebClient patient = new WebClient(server);
        long mark = LinkSite.logMark(server);

        List<Page> pages =
                LinkSite.simultaneously(OPENINGS, i -> patient.get(s.link().path()));
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            assertEquals(200, page.status(), "opening " + i + " answered:\n" + page.body());
            assertTrue(
                    page.contains("Clamshell") && page.contains("Hip bridge"), "opening " + i + " shows the program");
        }
        String log = LinkSite.logSince(server, mark);
        assertFalse(log.contains("SEVERE"), "nothing went wrong on the server:\n" + log);
        assertFalse(
                log.contains(s.link().canonical().substring(4, 16))
                        || log.contains(s.link().grouped().substring(5, 19)),
                "the server log holds no secret");
        assertFalse(log.contains(GIVEN) || log.contains(FAMILY), "nor the patient's name");
        assertEquals(
                1,
                AssessmentSite.count(
                        server,
                        "SELECT COUNT(*) FROM patient_link WHERE id = ? AND last_opened_at IS NOT NULL",
                        linkId),
                "the therapist still sees when it was last opened");
        assertEquals(
                OPENINGS,
                LinkSite.auditOfLink(server, linkId).stream()
                        .filter(a -> a.action().equals("VIEW") && a.outcome().equals("SUCCESS") && a.userId() == null)
                        .count(),
                "each opening audited (the patient's, not the therapist's look at the new link)");
    }

    @Test
    void anOpeningIsNotedAtMostOnceAnHour(GaitwayServer server) {
        Setup s = linked(server, "link-opened");
        WebClient patient = new WebClient(server);
        assertNull(LinkSite.lastOpened(server, s.link()), "never opened");

        assertEquals(200, patient.get(s.link().path()).status());
        OffsetDateTime first = LinkSite.lastOpened(server, s.link());
        assertTrue(first != null, "the first opening is noted");
        assertEquals(200, patient.get(s.link().path()).status());
        assertEquals(first, LinkSite.lastOpened(server, s.link()), "one within the hour is not");

        LinkSite.openedTwoHoursAgo(server, s.link());
        OffsetDateTime longAgo = LinkSite.lastOpened(server, s.link());
        assertEquals(200, patient.get(s.link().path()).status());
        assertTrue(LinkSite.lastOpened(server, s.link()).isAfter(longAgo.plusMinutes(90)), "one after an hour is");
    }

    // --- helpers ---

    /** The 410 page: says the link no longer works and to call the clinic, and nothing of the program or patient. */
    private static void assertGoneWithoutProgram(Page gone, Setup s) {
        assertNoInternals(gone);
        assertEquals("This link does not work any more", gone.heading());
        assertTrue(gone.contains("<body class=\"patient\""), "the patients' layout");
        assertTrue(gone.contains("Please call"), "says to call: " + gone.body());
        assertTrue(gone.contains(s.program().clinicPhone()), "the clinic's phone: " + gone.body());
        assertTrue(gone.contains("href=\"tel:" + s.program().clinicPhone().replace(" ", "") + "\""), "one tap to call");
        assertFalse(gone.contains(s.program().title()), "no program title");
        assertFalse(gone.contains(GIVEN), "no first name");
        assertFalse(gone.contains(FAMILY), "no family name");
        for (String exercise : s.program().exercises()) {
            assertFalse(gone.contains(exercise), "no exercise: " + exercise);
        }
        assertFalse(gone.contains("/pictures/"), "no pictures");
    }

    private static void assertOnlyOwnSources(String name, String csp) {
        assertFalse(csp.isBlank(), name + ": a Content-Security-Policy");
        assertTrue(csp.contains("default-src 'self'"), name + ": " + csp);
        for (String directive : csp.split(";")) {
            String[] tokens = directive.strip().split("\\s+");
            for (int i = 1; i < tokens.length; i++) {
                assertTrue(
                        List.of("'self'", "'none'", "data:").contains(tokens[i]),
                        name + ": nothing from other sites, but " + tokens[i] + " in " + csp);
            }
        }
    }

    /** The amount ("3 sets of 10–15, each side") of the exercise at a position on the patient page. */
    private static String amount(Page page, int position) {
        Matcher m = Pattern.compile("<p class=\"p-amount\">(.*?)</p>", Pattern.DOTALL)
                .matcher(LinkSite.exerciseCard(page, position));
        assertTrue(m.find(), "no amount");
        return LinkSite.text(m.group(1));
    }

    private static String section(Page page, String id) {
        Matcher m = Pattern.compile("<section[^>]*\\bid=\"" + id + "\"[^>]*>(.*?)</section>", Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(m.find(), "no section " + id);
        return m.group(1);
    }
}

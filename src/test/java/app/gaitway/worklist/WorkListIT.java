package app.gaitway.worklist;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.TestAccounts;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testdata.WorkListSeed;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.PageAssertions;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient.Page;
import app.gaitway.worklist.WorkListPage.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The home page's work list over HTTP: what goes on each list and what stays off (the day before a threshold and
 * the day on it), each row's link, the therapist's own list against the clinic's, and another clinic's rows never.
 * The rows are written into the database with the dates each case needs; the drafts are started through the pages.
 */
@ExtendWith(SharedServer.class)
class WorkListIT {

    private static final LocalDate TODAY = AssessmentSite.today();

    @Test
    void eachListShowsWhatNeedsTheTherapistAndLinksToWhereItIsDone(GaitwayServer server) throws SQLException {
        Therapist me = Therapists.ofNewClinic(server, "worklist-own");
        Therapist colleague = Therapists.colleagueOf(server, me, "worklist-colleague");
        Therapist stranger = Therapists.ofNewClinic(server, "worklist-stranger");
        WorkListSeed.Therapist mine = new WorkListSeed.Therapist(TestAccounts.idOf(server, me.email()), me.fullName());
        WorkListSeed.Therapist theirs =
                new WorkListSeed.Therapist(TestAccounts.idOf(server, colleague.email()), colleague.fullName());
        WorkListSeed.Therapist foreign =
                new WorkListSeed.Therapist(TestAccounts.idOf(server, stranger.email()), stranger.fullName());

        // drafts through the pages: mine, a signed one, my colleague's, and one in another clinic
        long draftPatient = Patients.register(me.client(), "Dana", "Draftwell");
        long draft = AssessmentSite.start(me.client(), draftPatient);
        long signedPatient = Patients.register(me.client(), "Sid", "Signedoff");
        AssessmentSite.finalized(me.client(), signedPatient, java.util.Map.of("subjective.pain_now", "3"));
        long colleaguePatient = Patients.register(colleague.client(), "Cole", "Colleaguesdraft");
        AssessmentSite.start(colleague.client(), colleaguePatient);
        long strangerPatient = Patients.register(stranger.client(), "Olga", "Otherclinic");
        AssessmentSite.start(stranger.client(), strangerPatient);

        long clinic = me.clinicId();
        long other = stranger.clinicId();
        OffsetDateTime now;
        long reviewDue;
        long painHigh;
        long tooHardToday;
        long silent;
        long neverLogged;
        long expiring;
        long expired;
        try (Connection db = server.openDatabase();
                WorkListSeed seed = new WorkListSeed(db)) {
            now = seed.now();
            LocalDate longAgo = TODAY.minusDays(40);
            // reviews: due 3 days ago (listed), due today (listed), tomorrow (not), ended (not),
            // an older version's date past but the latest's ahead (not), an archived patient's (not)
            reviewDue = seed.program(
                    clinic,
                    seed.patient(clinic, "Rita", "Reviewlate", false),
                    mine,
                    "Knee: hip strength",
                    longAgo,
                    TODAY.minusDays(3),
                    1,
                    false);
            seed.program(
                    clinic,
                    seed.patient(clinic, "Tom", "Reviewtoday", false),
                    mine,
                    "Back: core",
                    longAgo,
                    TODAY,
                    2,
                    false);
            seed.program(
                    clinic,
                    seed.patient(clinic, "Nils", "Reviewtomorrow", false),
                    mine,
                    "Hip",
                    longAgo,
                    TODAY.plusDays(1),
                    1,
                    false);
            seed.program(
                    clinic,
                    seed.patient(clinic, "Edda", "Reviewended", false),
                    mine,
                    "Ankle",
                    longAgo,
                    TODAY.minusDays(3),
                    1,
                    true);
            seed.program(
                    clinic,
                    seed.patient(clinic, "Vic", "Reviewrenewed", false),
                    mine,
                    "Knee",
                    longAgo,
                    TODAY.plusDays(20),
                    3,
                    false);
            seed.program(
                    clinic,
                    seed.patient(clinic, "Arch", "Reviewarchived", true),
                    mine,
                    "Knee",
                    longAgo,
                    TODAY.minusDays(3),
                    1,
                    false);
            seed.program(
                    clinic,
                    seed.patient(clinic, "Cora", "Colleaguesreview", false),
                    theirs,
                    "Knee",
                    longAgo,
                    TODAY.minusDays(1),
                    1,
                    false);
            seed.program(
                    other,
                    seed.patient(other, "Olaf", "Otherreview", false),
                    foreign,
                    "Knee",
                    longAgo,
                    TODAY.minusDays(1),
                    1,
                    false);

            // reports: pain 8 two days ago, too hard today, pain 6 (not), pain 9 eight days ago (not), pain 9 removed
            // (not)
            LocalDate later = TODAY.plusDays(60);
            OffsetDateTime linkMade = now.minusDays(30);
            OffsetDateTime linkEnds = now.plusDays(150);
            painHigh = seed.program(
                    clinic,
                    seed.patient(clinic, "Paula", "Painhigh", false),
                    mine,
                    "Knee pain",
                    longAgo,
                    later,
                    1,
                    false);
            seed.log(
                    painHigh,
                    seed.link(clinic, painHigh, linkMade, linkEnds, false),
                    TODAY.minusDays(2),
                    8,
                    "ABOUT_RIGHT",
                    false);
            tooHardToday = seed.program(
                    clinic, seed.patient(clinic, "Hugo", "Toohard", false), mine, "Hip", longAgo, later, 1, false);
            long hardLink = seed.link(clinic, tooHardToday, linkMade, linkEnds, false);
            seed.log(tooHardToday, hardLink, TODAY, null, "TOO_HARD", false);
            seed.log(tooHardToday, hardLink, TODAY, null, "TOO_HARD", false);
            seed.log(tooHardToday, hardLink, TODAY.minusDays(3), 4, "TOO_HARD", false);
            long six = seed.program(
                    clinic, seed.patient(clinic, "Sam", "Painsix", false), mine, "Hip", longAgo, later, 1, false);
            seed.log(
                    six,
                    seed.link(clinic, six, linkMade, linkEnds, false),
                    TODAY.minusDays(1),
                    6,
                    "ABOUT_RIGHT",
                    false);
            long old = seed.program(
                    clinic, seed.patient(clinic, "Olive", "Painlongago", false), mine, "Hip", longAgo, later, 1, false);
            long oldLink = seed.link(clinic, old, linkMade, linkEnds, false);
            seed.log(old, oldLink, TODAY.minusDays(8), 9, "TOO_HARD", false);
            seed.log(old, oldLink, TODAY.minusDays(1), 2, "ABOUT_RIGHT", false);
            long removed = seed.program(
                    clinic, seed.patient(clinic, "Remy", "Painremoved", false), mine, "Hip", longAgo, later, 1, false);
            long removedLink = seed.link(clinic, removed, linkMade, linkEnds, false);
            seed.log(removed, removedLink, TODAY.minusDays(1), 9, "TOO_HARD", true);
            seed.log(removed, removedLink, TODAY.minusDays(1), 3, "ABOUT_RIGHT", false);
            long foreignPain = seed.program(
                    other, seed.patient(other, "Otto", "Otherpain", false), foreign, "Hip", longAgo, later, 1, false);
            seed.log(
                    foreignPain,
                    seed.link(other, foreignPain, linkMade, linkEnds, false),
                    TODAY,
                    10,
                    "TOO_HARD",
                    false);

            // silence: last entry 8 days ago (listed), 7 days ago (not), link made 10 days ago and nothing logged
            // (listed), link made 6 days ago (not), no link at all (not)
            silent = seed.program(
                    clinic, seed.patient(clinic, "Sue", "Silentweek", false), mine, "Back", longAgo, later, 1, false);
            seed.log(
                    silent,
                    seed.link(clinic, silent, linkMade, linkEnds, false),
                    TODAY.minusDays(8),
                    2,
                    "ABOUT_RIGHT",
                    false);
            long seven = seed.program(
                    clinic, seed.patient(clinic, "Seve", "Sevendays", false), mine, "Back", longAgo, later, 1, false);
            seed.log(
                    seven,
                    seed.link(clinic, seven, linkMade, linkEnds, false),
                    TODAY.minusDays(7),
                    2,
                    "ABOUT_RIGHT",
                    false);
            neverLogged = seed.program(
                    clinic, seed.patient(clinic, "Nora", "Neverlogged", false), mine, "Back", longAgo, later, 1, false);
            seed.link(clinic, neverLogged, now.minusDays(10), linkEnds, false);
            long fresh = seed.program(
                    clinic, seed.patient(clinic, "Fred", "Freshlink", false), mine, "Back", longAgo, later, 1, false);
            seed.link(clinic, fresh, now.minusDays(6), linkEnds, false);
            seed.program(clinic, seed.patient(clinic, "Nina", "Nolink", false), mine, "Back", longAgo, later, 1, false);

            // links: expires in 5 days (listed), in 30 (not), expired 3 days ago with none after (listed),
            // expired and replaced (not), revoked (not)
            expiring = seed.program(
                    clinic, seed.patient(clinic, "Lars", "Linksoon", false), mine, "Knee", longAgo, later, 1, false);
            seed.log(
                    expiring,
                    seed.link(clinic, expiring, now.minusDays(175), now.plusDays(5), false),
                    TODAY,
                    1,
                    "ABOUT_RIGHT",
                    false);
            long far = seed.program(
                    clinic, seed.patient(clinic, "Faye", "Linkfar", false), mine, "Knee", longAgo, later, 1, false);
            seed.log(
                    far,
                    seed.link(clinic, far, now.minusDays(150), now.plusDays(30), false),
                    TODAY,
                    1,
                    "ABOUT_RIGHT",
                    false);
            expired = seed.program(
                    clinic, seed.patient(clinic, "Ezra", "Linkexpired", false), mine, "Knee", longAgo, later, 1, false);
            seed.link(clinic, expired, now.minusDays(183), now.minusDays(3), false);
            long replaced = seed.program(
                    clinic,
                    seed.patient(clinic, "Reno", "Linkreplaced", false),
                    mine,
                    "Knee",
                    longAgo,
                    later,
                    1,
                    false);
            seed.link(clinic, replaced, now.minusDays(183), now.minusDays(3), false);
            seed.log(
                    replaced,
                    seed.link(clinic, replaced, now.minusDays(20), now.plusDays(160), false),
                    TODAY,
                    1,
                    "ABOUT_RIGHT",
                    false);
            long revoked = seed.program(
                    clinic, seed.patient(clinic, "Rolf", "Linkrevoked", false), mine, "Knee", longAgo, later, 1, false);
            seed.link(clinic, revoked, now.minusDays(100), now.plusDays(5), true);
            long foreignLink = seed.program(
                    other, seed.patient(other, "Oona", "Otherlink", false), foreign, "Knee", longAgo, later, 1, false);
            seed.link(other, foreignLink, now.minusDays(175), now.plusDays(5), false);
        }

        Page home = me.client().get("/");
        assertEquals(200, home.status(), home.body());
        PageAssertions.assertInLayout(home);

        // drafts: only mine, linked to the draft
        assertEquals(List.of("Dana Draftwell"), WorkListPage.names(home, "drafts"));
        Row draftRow = WorkListPage.row(home, "drafts", "Dana Draftwell");
        assertEquals("/assessments/" + draft, draftRow.href());
        assertEquals("Draft of the visit of " + AssessmentSite.displayDate(TODAY), draftRow.about());
        assertTrue(draftRow.detail().startsWith("last saved " + AssessmentSite.displayDate(TODAY)), draftRow.detail());
        assertNull(draftRow.therapist(), "my own list does not repeat my name");
        assertEquals("Drafts to finish and sign (1)", WorkListPage.heading(home, "drafts"));

        assertEquals(
                List.of("Rita Reviewlate", "Tom Reviewtoday"), WorkListPage.names(home, "reviews"), "oldest due first");
        Row late = WorkListPage.row(home, "reviews", "Rita Reviewlate");
        assertEquals("/programs/" + reviewDue, late.href());
        assertEquals("Knee: hip strength", late.about());
        assertEquals(
                "review was due " + AssessmentSite.displayDate(TODAY.minusDays(3)) + ", 3 days ago", late.detail());
        assertEquals(
                "review due today",
                WorkListPage.row(home, "reviews", "Tom Reviewtoday").detail());

        assertEquals(
                List.of("Paula Painhigh", "Hugo Toohard"), WorkListPage.names(home, "reported"), "high pain first");
        Row pain = WorkListPage.row(home, "reported", "Paula Painhigh");
        assertTrue(pain.href().matches("/patients/\\d+#adherence-" + painHigh), pain.href());
        assertEquals("pain 8 out of 10 \u00b7 latest " + AssessmentSite.displayDate(TODAY.minusDays(2)), pain.detail());
        assertTrue(pain.urgent(), "high pain is highlighted");
        Row hard = WorkListPage.row(home, "reported", "Hugo Toohard");
        assertEquals("too hard on 2 days \u00b7 latest today", hard.detail(), "a double tap is one report");
        assertTrue(hard.href().endsWith("#adherence-" + tooHardToday), hard.href());
        assertFalse(hard.urgent());

        assertEquals(
                List.of("Nora Neverlogged", "Sue Silentweek"),
                WorkListPage.names(home, "silent"),
                "never logged first, then the longest silent");
        assertEquals(
                "nothing logged yet",
                WorkListPage.row(home, "silent", "Nora Neverlogged").detail());
        assertEquals(
                "last entry " + AssessmentSite.displayDate(TODAY.minusDays(8)) + ", 8 days ago",
                WorkListPage.row(home, "silent", "Sue Silentweek").detail());
        assertTrue(WorkListPage.row(home, "silent", "Sue Silentweek").href().endsWith("#adherence-" + silent));
        assertTrue(WorkListPage.row(home, "silent", "Nora Neverlogged").href().endsWith("#adherence-" + neverLogged));

        assertEquals(List.of("Ezra Linkexpired", "Lars Linksoon"), WorkListPage.names(home, "links"));
        Row soon = WorkListPage.row(home, "links", "Lars Linksoon");
        assertEquals("/programs/" + expiring + "#patient-link", soon.href());
        assertTrue(soon.detail().matches("link expires \\d{1,2} \\w{3} \\d{4}, in [45] days"), soon.detail());
        Row gone = WorkListPage.row(home, "links", "Ezra Linkexpired");
        assertEquals("/programs/" + expired + "#patient-link", gone.href());
        assertTrue(gone.detail().endsWith(": the patient can no longer open the program"), gone.detail());
        assertTrue(gone.urgent());

        for (String foreignName : List.of("Olga Otherclinic", "Olaf Otherreview", "Otto Otherpain", "Oona Otherlink")) {
            assertFalse(home.contains(foreignName), foreignName + " of another clinic on my list");
        }
        assertFalse(
                home.contains("Colleaguesdraft") || home.contains("Colleaguesreview"),
                "my colleague's work on my own list");

        // the whole clinic: my colleague's work too, with whose it is; still nothing of another clinic
        Page clinicWide = me.client().get("/?scope=clinic");
        assertEquals(200, clinicWide.status());
        assertEquals(List.of("Dana Draftwell", "Cole Colleaguesdraft"), WorkListPage.names(clinicWide, "drafts"));
        assertEquals(
                colleague.fullName(),
                WorkListPage.row(clinicWide, "drafts", "Cole Colleaguesdraft").therapist());
        assertEquals(
                me.fullName(),
                WorkListPage.row(clinicWide, "drafts", "Dana Draftwell").therapist());
        assertTrue(WorkListPage.names(clinicWide, "reviews").contains("Cora Colleaguesreview"));
        for (String foreignName : List.of("Olga Otherclinic", "Olaf Otherreview", "Otto Otherpain", "Oona Otherlink")) {
            assertFalse(clinicWide.contains(foreignName), foreignName + " of another clinic on the clinic's list");
        }

        // and the other clinic's therapist sees theirs, none of mine
        Page theirsHome = stranger.client().get("/");
        assertEquals(List.of("Olga Otherclinic"), WorkListPage.names(theirsHome, "drafts"));
        assertEquals(List.of("Otto Otherpain"), WorkListPage.names(theirsHome, "reported"));
        assertEquals(List.of("Oona Otherlink"), WorkListPage.names(theirsHome, "links"));
        assertFalse(theirsHome.contains("Draftwell") || theirsHome.contains("Painhigh"), "another clinic's patients");
    }

    @Test
    void aListLongerThanTwentyShowsTwentyAndSaysHowManyMore(GaitwayServer server) throws SQLException {
        Therapist me = Therapists.ofNewClinic(server, "worklist-more");
        WorkListSeed.Therapist mine = new WorkListSeed.Therapist(TestAccounts.idOf(server, me.email()), me.fullName());
        try (Connection db = server.openDatabase();
                WorkListSeed seed = new WorkListSeed(db)) {
            for (int i = 0; i < 23; i++) {
                long patient = seed.patient(me.clinicId(), "Pat" + i, "Manydrafts", false);
                seed.assessment(me.clinicId(), patient, mine, TODAY.minusDays(30 - i), true);
            }
        }
        Page home = me.client().get("/");
        assertEquals(20, WorkListPage.rows(home, "drafts").size());
        assertEquals("And 3 more.", WorkListPage.more(home, "drafts"));
        assertEquals("Drafts to finish and sign (23)", WorkListPage.heading(home, "drafts"));
        assertEquals("Pat0 Manydrafts", WorkListPage.names(home, "drafts").get(0), "the oldest visit first");
        assertEquals("", WorkListPage.more(home, "reviews"));
    }

    @Test
    void aNewClinicsHomeSaysNothingNeedsThem(GaitwayServer server) {
        Therapist me = Therapists.ofNewClinic(server, "worklist-empty");
        Page home = me.client().get("/");
        assertEquals(200, home.status());
        assertTrue(home.contains("Nothing needs you now"), home.body());
    }
}

package app.gaitway.clinics;

import app.gaitway.testdata.Staff;
import app.gaitway.testdata.Staff.Member;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two people editing the same record never silently overwrite each other. */
@ExtendWith(SharedServer.class)
class StaffEditConflictIT {

    @Test
    void aStaleFormGetsTheConflictWithTypedAndSavedValuesThenSavesOnPurpose(GaitwayServer server) {
        WebClient first = Staff.owner(server);
        WebClient second = Staff.owner(server);
        Member therapist = Staff.add(first, "THERAPIST");
        Page firstForm = first.get(therapist.path());
        Page secondForm = second.get(therapist.path());
        int version = Staff.version(secondForm);

        assertEquals(
                303,
                Staff.edit(first, firstForm, therapist.id(), "Saved By First", "THERAPIST", version)
                        .status());
        Page conflict = Staff.edit(second, secondForm, therapist.id(), "Typed By Second", "ADMIN", version);

        assertEquals(409, conflict.status());
        assertTrue(conflict.contains("Someone else changed this record while you were editing."), "conflict message");
        assertTrue(conflict.contains("value=\"Typed By Second\""), "typed value kept in the input");
        assertTrue(conflict.contains("<option value=\"ADMIN\" selected=\"selected\">"), "typed role kept");
        assertTrue(conflict.contains("class=\"field__current\">Saved version: Saved By First<"), "current name shown");
        assertTrue(conflict.contains("class=\"field__current\">Saved version: Therapist<"), "current role shown");
        int current = Staff.version(conflict);
        assertTrue(current > version, "the form now carries the current version");
        assertTrue(first.get(therapist.path()).contains("Saved By First"), "nothing was overwritten");

        assertEquals(
                303,
                Staff.edit(second, conflict, therapist.id(), "Typed By Second", "ADMIN", current)
                        .status());
        Page saved = first.get(therapist.path());
        assertTrue(saved.contains("Typed By Second"));
        assertTrue(saved.contains("<dd>Administrator</dd>"));
    }

    @Test
    void aGarbledVersionIsAConflictNeverAnOverwrite(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        Member therapist = Staff.add(owner, "THERAPIST");
        Page form = owner.get(therapist.path());
        Page conflict = Staff.edit(owner, form, therapist.id(), "Sneaky Rename", "THERAPIST", -7);
        assertEquals(409, conflict.status());
        Page after = owner.get(therapist.path());
        assertFalse(after.contains("Sneaky Rename"), "not saved");
        assertTrue(after.contains(therapist.fullName()));
    }

    @Test
    void twoAdminsDeactivatingEachOtherAtOnceLeaveTheClinicAnActiveAdmin(GaitwayServer server) throws Exception {
        WebClient owner = Staff.owner(server);
        String email = Staff.uniqueEmail("race-admin");
        assertEquals(
                303,
                owner.submit(
                                "/admin/clinics/new",
                                "/admin/clinics/new",
                                Map.of(
                                        "clinicName",
                                        Staff.unique("Race Clinic"),
                                        "fullName",
                                        "Rae First",
                                        "email",
                                        email,
                                        "password",
                                        Staff.TEMPORARY_PASSWORD))
                        .status());
        Member first = new Member(Staff.idOf(server, email), "Rae First", email, Staff.TEMPORARY_PASSWORD);
        WebClient firstSession = Staff.firstSignIn(server, first);
        Member second = Staff.add(firstSession, "ADMIN");
        WebClient secondSession = Staff.firstSignIn(server, second);

        Page firstPage = firstSession.get(second.path());
        Page secondPage = secondSession.get(first.path());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Page>> both = new ArrayList<>();
            both.add(() -> firstSession.post(
                    second.path() + "/deactivate",
                    Map.of("_csrf", firstPage.csrfToken().orElseThrow())));
            both.add(() -> secondSession.post(
                    first.path() + "/deactivate",
                    Map.of("_csrf", secondPage.csrfToken().orElseThrow())));
            int succeeded = 0;
            for (Future<Page> result : pool.invokeAll(both)) {
                // A 303 to the sign-in page is not a win: the loser was deactivated first and its session ended.
                Page page = result.get();
                if (page.status() == 303 && !page.location().startsWith("/login")) {
                    succeeded++;
                }
            }
            assertTrue(succeeded <= 1, "at most one of the two can win");
        } finally {
            pool.shutdownNow();
        }
        boolean firstActive =
                new WebClient(server).login(first.email(), Staff.OWN_PASSWORD).status() == 303;
        boolean secondActive =
                new WebClient(server).login(second.email(), Staff.OWN_PASSWORD).status() == 303;
        assertTrue(firstActive || secondActive, "the clinic still has an active administrator");
    }
}

package app.gaitway.patients;

import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.PageAssertions;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static app.gaitway.patients.PatientSite.column;
import static app.gaitway.patients.PatientSite.listed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clinics are walled off: another clinic's patient answers every address exactly like an id that does not
 * exist, changes nothing, and is in neither the list nor a search of the other clinic.
 */
@ExtendWith(SharedServer.class)
class PatientIsolationIT {

    private static final long NO_SUCH_ID = 987_654_321L;

    @Test
    void anotherClinicGetsNotFoundForEveryAddressOfAPatient(GaitwayServer server) throws SQLException {
        Therapist a = Therapists.ofNewClinic(server, "iso-a");
        Therapist b = Therapists.ofNewClinic(server, "iso-b");
        long id = Patients.register(a.client(), "Private", "Isolata", "1966-06-16");
        int version = ((Number) column(server, id, "version")).intValue();

        for (String pattern : List.of("/patients/%d", "/patients/%d/edit")) {
            Page foreign = b.client().get(pattern.formatted(id));
            Page missing = b.client().get(pattern.formatted(NO_SUCH_ID));
            assertEquals(404, missing.status(), pattern);
            assertEquals(404, foreign.status(), pattern.formatted(id));
            assertEquals(missing.heading(), foreign.heading());
            assertEquals(
                    withoutToken(missing.body()),
                    withoutToken(foreign.body()),
                    pattern + ": same page as a missing id");
            assertFalse(foreign.contains("Isolata"));
            PageAssertions.assertNoInternals(foreign);
        }

        Map<String, String> takeOver = new LinkedHashMap<>(Patients.formFields("Taken", "Over", "1970-01-01"));
        takeOver.put("version", String.valueOf(version));
        for (String action : List.of("/patients/%d/edit", "/patients/%d/archive", "/patients/%d/restore")) {
            Page foreign = b.client().submit("/patients", action.formatted(id), takeOver);
            Page missing = b.client().submit("/patients", action.formatted(NO_SUCH_ID), takeOver);
            assertEquals(404, missing.status(), "POST " + action + " of a missing id");
            assertEquals(404, foreign.status(), "POST " + action.formatted(id));
            assertEquals(missing.heading(), foreign.heading());
        }
        Map<String, String> invalid = new LinkedHashMap<>(takeOver);
        invalid.put("givenName", "");
        assertEquals(
                404,
                b.client()
                        .submit("/patients", "/patients/%d/edit".formatted(id), invalid)
                        .status(),
                "a refused form does not show another clinic's patient either");

        assertEquals("Private", column(server, id, "given_name"), "nothing changed");
        assertEquals(Boolean.FALSE, column(server, id, "archived"));
        assertEquals(version, ((Number) column(server, id, "version")).intValue());

        assertEquals(List.of(), listed(b.client().get("/patients")));
        assertEquals(List.of(), listed(b.client().get("/patients?q=isolata&archived=true")));
        assertEquals(List.of(), listed(b.client().get("/patients?q=16.6.1966&archived=true")));
        assertEquals(List.of(id), listed(a.client().get("/patients?q=isolata")), "while clinic A finds them");

        assertTrue(
                PatientSite.audit(server, b.userId(), PatientService.AUDIT_RECORD, id)
                        .isEmpty(),
                "no view or change of the patient is recorded for clinic B");
    }

    private static String withoutToken(String body) {
        return body.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
    }
}

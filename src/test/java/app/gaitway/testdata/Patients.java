package app.gaitway.testdata;

import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Patients registered through the application's own new-patient form, as a therapist registers them. */
public final class Patients {

    private static final Pattern PATIENT_PATH = Pattern.compile("^/patients/(\\d+)$");

    private Patients() {}

    /** Registers a patient with knee pain on the right; follows the redirect to their page, as a browser does. */
    public static long register(WebClient client, String givenName, String familyName) {
        Form form = client.get("/patients/new")
                .form("/patients/new")
                .set("givenName", givenName)
                .set("familyName", familyName)
                .set("dateOfBirth", "1984-05-17")
                .set("affectedSide", "RIGHT")
                .set("referralReason", "Anterior knee pain on stairs")
                .set("icd10Code", "M22.2");
        Page created = client.submit(form);
        assertEquals(303, created.status(), "registering a patient failed:\n" + created.body());
        Matcher m = PATIENT_PATH.matcher(created.location());
        assertTrue(m.matches(), created.location());
        assertEquals(200, client.get(created.location()).status(), "the new patient's page");
        return Long.parseLong(m.group(1));
    }

    /** Everything the form asks for, filled in as a therapist would. */
    public static Map<String, String> formFields(String givenName, String familyName, String dateOfBirth) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("givenName", givenName);
        f.put("familyName", familyName);
        f.put("dateOfBirth", dateOfBirth);
        f.put("sex", "FEMALE");
        f.put("email", "patient@example.org");
        f.put("phone", "+44 (0)20 7946-0958");
        f.put("preferredLanguage", "es");
        f.put("referralReason", "Knee pain on stairs, worse after running");
        f.put("icd10Code", "m22.2");
        f.put("affectedSide", "LEFT");
        f.put("notes", "Runs 20 km a week.\r\nWeak hip abductors suspected.");
        return f;
    }

    /** Registers a patient with these form fields; asserts the redirect to their page and returns the id. */
    public static long register(WebClient client, Map<String, String> fields) {
        Page added = client.submit("/patients/new", "/patients/new", fields);
        assertEquals(303, added.status(), "registering failed: " + added.body());
        Matcher m = PATIENT_PATH.matcher(added.location());
        assertTrue(m.matches(), added.location());
        return Long.parseLong(m.group(1));
    }

    /** Registers a patient with every field filled in ({@link #formFields}). */
    public static long register(WebClient client, String givenName, String familyName, String dateOfBirth) {
        return register(client, formFields(givenName, familyName, dateOfBirth));
    }
}

package app.gaitway.testdata;

import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.WebClient;

import java.sql.SQLException;
import java.util.UUID;

/**
 * Signed-in therapists for the integration tests: one of a new clinic of their own (so no test sees another's
 * patients), and colleagues in the same clinic, each signed in from a browser of their own.
 */
public final class Therapists {

    /** The password of every {@link #colleagueOf colleague}. */
    public static final String COLLEAGUE_PASSWORD = "colleague staple meadow lantern";

    /** A signed-in therapist as the tests know them. */
    public record Therapist(WebClient client, String email, String fullName, long clinicId, long userId) {}

    private Therapists() {}

    /** A therapist of a new clinic of their own, signed in: nobody else sees their patients. */
    public static Therapist ofNewClinic(GaitwayServer server, String label) {
        OwnClinicAccounts.Account account = OwnClinicAccounts.therapist(server, label);
        WebClient client = Staff.signedIn(server, account.email(), account.password());
        try {
            return new Therapist(
                    client,
                    account.email(),
                    account.fullName(),
                    TestAccounts.clinicOf(server, account.email()),
                    TestAccounts.idOf(server, account.email()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A second therapist of the same clinic, signed in from a browser of their own. */
    public static Therapist colleagueOf(GaitwayServer server, Therapist of, String label) {
        String email = TestAccounts.uniqueEmail(label);
        String fullName =
                "Colleague " + label + " " + UUID.randomUUID().toString().substring(0, 6);
        String password = COLLEAGUE_PASSWORD;
        try {
            long id = TestAccounts.insertUser(server, of.clinicId(), email, fullName, "THERAPIST", password);
            return new Therapist(Staff.signedIn(server, email, password), email, fullName, of.clinicId(), id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

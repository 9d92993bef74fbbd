package app.gaitway.testing;

import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The steps of a form kept across a new sign-in, as the integration tests of each form take them: the
 * session lost (a restart: the browser's cookie no longer names a session), the filled form posted, the
 * browser sent to sign in, the same or another user signing in, the form page shown again.
 */
public final class HeldFormSteps {

    /** What the page says when it gives typing back. */
    public static final String RESTORED = "Everything you typed is back: check it, then save it.";
    /** What the sign-in page says while a form waits. */
    public static final String WAITING = "What you typed before the session ended is kept for you, not saved";

    private static final Set<String> NOT_TYPED = Set.of("_csrf", "_formOwner", "action");

    private HeldFormSteps() {}

    /** The server forgets the session (as at a restart); the filled form is posted and sends the browser to sign in. */
    public static void postAfterRestart(WebClient client, Form filled) {
        client.forgetSession();
        Page posted = client.submit(filled);
        assertEquals(303, posted.status(), "a post without a session goes to sign-in:\n" + posted.body());
        assertEquals("/login", posted.location());
        assertTrue(client.get("/login").contains(WAITING), "the sign-in page says the typing is kept");
    }

    /** Signs in; returns where the sign-in sends the browser. */
    public static String signIn(WebClient client, String email, String password) {
        Page signedIn = client.login(email, password);
        assertEquals(303, signedIn.status(), "sign-in of " + email + " failed:\n" + signedIn.body());
        return signedIn.location();
    }

    /** The page the form came back on, asserting the message and that every typed field shows what was typed. */
    public static Page assertGivenBack(WebClient client, String formPath, Form filled) {
        Page page = client.get(formPath);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains(RESTORED), "the page says the typing is back and not saved:\n" + page.body());
        assertSameFields(filled, page.form(filled.action().replaceFirst("\\?.*$", "")));
        return page;
    }

    /** Every field the filled form sent (but tokens and the pressed button), with the same values in the shown form. */
    public static void assertSameFields(Form filled, Form shown) {
        Set<String> names = new LinkedHashSet<>();
        filled.fields().stream()
                .map(Map.Entry::getKey)
                .filter(n -> !NOT_TYPED.contains(n))
                .forEach(names::add);
        assertFalse(names.isEmpty());
        for (String name : names) {
            List<String> typed = filled.getAll(name);
            assertEquals(typed, shown.getAll(name), "field " + name);
        }
    }

    /** The page shows the form as it was saved, not as typed: none of the typed texts, no message. */
    public static void assertNotGivenBack(Page page, List<String> typedTexts) {
        assertFalse(page.contains(RESTORED), "no message about given-back typing");
        for (String text : typedTexts) {
            assertFalse(page.body().contains(text), "typed text shown: " + text);
        }
    }
}

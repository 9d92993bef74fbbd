package app.gaitway.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SignInMechanismTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/admin/users",
                "/admin/users?page=2",
                "/admin/audit?from=2026-03-01&to=2026-03-02",
                "/account/password",
                "/admin/users/17/edit#role"
            })
    void keepsAPathOnThisSite(String next) {
        assertEquals(next, SignInMechanism.safeNext(next));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example",
                "//evil.example/login",
                "https://evil.example",
                "http://evil.example/",
                "javascript:alert(1)",
                "evil.example",
                "admin/users",
                "/\\evil.example",
                "/\\/evil.example"
            })
    void refusesTargetsThatCouldLeaveTheSite(String next) {
        assertEquals("/", SignInMechanism.safeNext(next));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/admin\r\nSet-Cookie: x=1",
                "/admin\nLocation: //evil.example",
                "/admin\r",
                // browsers drop tabs and newlines from URLs: these would become //evil.example
                "/\t/evil.example",
                "/\n/evil.example"
            })
    void refusesControlCharacters(String next) {
        assertEquals("/", SignInMechanism.safeNext(next));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/users?q=a b", "/admin/users?q=\"x\"", "/admin/{id}"})
    void refusesWhatIsNotAValidAddress(String next) {
        // the redirect is built with URI.create: an invalid target must not become a 500 after signing in
        assertEquals("/", SignInMechanism.safeNext(next));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void goesHomeWithoutATarget(String next) {
        assertEquals("/", SignInMechanism.safeNext(next));
    }
}

package app.gaitway.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** The application-wide {@link LoginThrottle}. */
@ApplicationScoped
public class LoginThrottleHolder {

    private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());

    public LoginThrottle get() {
        return throttle;
    }
}

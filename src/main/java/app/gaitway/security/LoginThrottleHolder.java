package app.gaitway.security;

import jakarta.inject.Inject;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** The application-wide {@link LoginThrottle}. */
@ApplicationScoped
public class LoginThrottleHolder {

    @Inject
    Clock clock;

    private LoginThrottle throttle;

    @PostConstruct
    void start() {
        throttle = new LoginThrottle(clock);
    }

    public LoginThrottle get() {
        return throttle;
    }
}

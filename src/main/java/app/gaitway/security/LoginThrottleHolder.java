package app.gaitway.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

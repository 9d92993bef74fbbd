package app.gaitway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** Session limits from configuration: 30 minutes idle and 12 hours in all, by default. */
@ApplicationScoped
public class SessionSettings {

    @Inject
    @ConfigProperty(name = "gaitway.session.idle-seconds", defaultValue = "1800")
    long idleSeconds;

    @Inject
    @ConfigProperty(name = "gaitway.session.absolute-seconds", defaultValue = "43200")
    long absoluteSeconds;

    public SessionPolicy policy() {
        return new SessionPolicy(Duration.ofSeconds(idleSeconds), Duration.ofSeconds(absoluteSeconds));
    }

    public int idleSecondsAsInt() {
        return (int) Math.min(Integer.MAX_VALUE, idleSeconds);
    }
}

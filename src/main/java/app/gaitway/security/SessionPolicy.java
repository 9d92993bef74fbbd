package app.gaitway.security;

import java.time.Duration;
import java.time.Instant;

/** When a signed-in session ends by itself: after an idle spell, and after a fixed lifetime. */
public record SessionPolicy(Duration idleLimit, Duration absoluteLimit) {

    public boolean isExpired(Instant signedInAt, Instant lastSeenAt, Instant now) {
        return Duration.between(lastSeenAt, now).compareTo(idleLimit) >= 0
                || Duration.between(signedInAt, now).compareTo(absoluteLimit) >= 0;
    }
}

package app.gaitway.sharing.links;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PatientLinkTest {

    private static final Instant EXPIRES = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void worksUntilItExpires() {
        PatientLink link = new PatientLink(1, 2, LinkSecret.generate(), EXPIRES);
        assertEquals(PatientLink.State.ACTIVE, link.state(EXPIRES.minusSeconds(1)));
        assertEquals(PatientLink.State.EXPIRED, link.state(EXPIRES));
        assertEquals(PatientLink.State.EXPIRED, link.state(EXPIRES.plusSeconds(86_400)));
    }

    @Test
    void aRevokedLinkStaysRevokedAndKeepsWhoRevokedItFirst() {
        PatientLink link = new PatientLink(1, 2, LinkSecret.generate(), EXPIRES);
        Instant at = EXPIRES.minusSeconds(3600);
        link.revoke(at, "Sam Lee");
        link.revoke(at.plusSeconds(60), "Someone else");
        assertEquals(PatientLink.State.REVOKED, link.state(at.plusSeconds(1)));
        assertEquals(at, link.getRevokedAt());
        assertEquals("Sam Lee", link.getRevokedByName());
    }

    @Test
    void storesTheHashNotTheSecret() {
        LinkSecret secret = LinkSecret.generate();
        PatientLink link = new PatientLink(1, 2, secret, EXPIRES);
        assertEquals(secret.hash(), link.getSecretHash());
        assertEquals(secret.hint(), link.getHint());
    }
}

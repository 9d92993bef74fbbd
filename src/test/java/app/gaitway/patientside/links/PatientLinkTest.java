package app.gaitway.patientside.links;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatientLinkTest {

    private static final Instant EXPIRES = Instant.parse("2026-06-01T10:00:00Z");
    private static final SealedSecrets SEALER = new SealedSecrets(SealedSecretsTest.randomKey());

    @Test
    void worksUntilItExpires() {
        PatientLink link = new PatientLink(1, 2, LinkSecret.generate(), EXPIRES, SEALER);
        assertEquals(PatientLink.State.ACTIVE, link.state(EXPIRES.minusSeconds(1)));
        assertEquals(PatientLink.State.EXPIRED, link.state(EXPIRES));
        assertEquals(PatientLink.State.EXPIRED, link.state(EXPIRES.plusSeconds(86_400)));
    }

    @Test
    void aRevokedLinkStaysRevokedAndKeepsWhoRevokedItFirst() {
        PatientLink link = new PatientLink(1, 2, LinkSecret.generate(), EXPIRES, SEALER);
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
        PatientLink link = new PatientLink(1, 2, secret, EXPIRES, SEALER);
        assertEquals(secret.hash(), link.getSecretHash());
        assertEquals(secret.hint(), link.getHint());
    }

    @Test
    void keepsTheSecretSealedSoStaffCanShowItAgain() {
        LinkSecret secret = LinkSecret.generate();
        PatientLink link = new PatientLink(1, 2, secret, EXPIRES, SEALER);
        assertTrue(link.keepsSecret());
        assertTrue(link.sealedUnder(SEALER.keyId()));
        assertEquals(Optional.of(new SealedSecrets.Opened.Secret(secret)), link.openSecret(SEALER));
        assertEquals(
                Optional.of(new SealedSecrets.Opened.OtherKey()),
                link.openSecret(new SealedSecrets(SealedSecretsTest.randomKey())),
                "another server's key");
    }

    @Test
    void revokingLeavesNothingToShow() {
        PatientLink link = new PatientLink(1, 2, LinkSecret.generate(), EXPIRES, SEALER);
        link.revoke(EXPIRES.minusSeconds(60), "Sam Lee");
        assertFalse(link.keepsSecret());
        assertEquals(Optional.empty(), link.openSecret(SEALER));
    }
}

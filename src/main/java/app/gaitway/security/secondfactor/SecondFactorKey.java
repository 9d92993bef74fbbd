package app.gaitway.security.secondfactor;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The key that seals authenticator keys, handed over once at start-up. It is derived from the link key
 * ({@code GAITWAY_LINK_KEY} or {@code link-secret.key}, kept outside the database) under a label of its own
 * ({@link #PURPOSE}), so it is backed up and restored with that key and nothing new needs configuring, while a
 * sealed link secret and a sealed authenticator key are never under the same key. The wiring is the root
 * package's (StartupTasks): the link key belongs to a floor above this one.
 */
@ApplicationScoped
public class SecondFactorKey {

    /** The label the key is derived under. */
    public static final String PURPOSE = "gaitway second factor seal v1";

    private volatile SecretSeal seal;

    public void use(byte[] key) {
        seal = new SecretSeal(key);
    }

    SecretSeal seal() {
        SecretSeal s = seal;
        if (s == null) {
            throw new IllegalStateException("The second factor key has not been prepared (start-up did not finish)");
        }
        return s;
    }
}

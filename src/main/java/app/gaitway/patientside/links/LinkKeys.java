package app.gaitway.patientside.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The link key of this server, prepared once at start-up.
 * <p>
 * A missing key never stops Gaitway: patients' links are found by their hash and keep opening whatever happens
 * to the key. Without a key, a new one is made; secrets sealed under the old one (a database restored without
 * its {@code link-secret.key}) then cannot be shown or printed again, the start-up log says how many and what to
 * do, and staff see "cannot show" for those links and can replace them. A key that is there but unusable (not
 * 32 bytes of base64) does stop Gaitway: it is a typing mistake to fix, and making a new key over it would lose
 * every kept secret.
 */
@ApplicationScoped
public class LinkKeys {

    private static final Logger LOG = Logger.getLogger(LinkKeys.class.getName());

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "gaitway.link.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "gaitway.data.dir", defaultValue = "./gaitway-data")
    String dataDir;

    @Inject
    LinkRepository links;

    private volatile SealedSecrets sealer;

    /** @return the reason Gaitway cannot start, if it cannot */
    @Transactional
    public Optional<String> prepare() {
        Path dir = Path.of(dataDir);
        LinkKey.Found found = LinkKey.find(configuredKey.orElse(null), dir);
        if (found instanceof LinkKey.Found.None) {
            found = LinkKey.create(dir);
        }
        if (found instanceof LinkKey.Found.Unusable unusable) {
            return Optional.of("Gaitway cannot start: " + unusable.problem() + ". Restore " + LinkKey.FILE_NAME
                    + " from the backup of this data directory or correct GAITWAY_LINK_KEY.");
        }
        links.forgetSecretsExpiredBy(clock.instant());
        SealedSecrets ready = new SealedSecrets(((LinkKey.Found.Key) found).bytes());
        long elsewhere = links.countSealedUnderOtherKeys(ready.keyId());
        if (elsewhere > 0) {
            LOG.warning(() -> elsewhere + " patient links were saved with a link key this server does not have. They"
                    + " still open for patients, but staff cannot show, print or email them again. Restore "
                    + LinkKey.FILE_NAME + " from the backup of the data directory (or set GAITWAY_LINK_KEY) and start"
                    + " again; links made meanwhile would then need replacing. Or replace those links.");
        }
        sealer = ready;
        return Optional.empty();
    }

    /** The sealer; empty only before start-up prepared it. */
    public Optional<SealedSecrets> sealer() {
        return Optional.ofNullable(sealer);
    }
}

package app.gaitway;

import app.gaitway.auditlog.ChainWatch;
import app.gaitway.clinics.InstallationService;
import app.gaitway.exercises.library.LibraryImport;
import app.gaitway.exercises.library.ShippedLibrary;
import app.gaitway.patientside.links.LinkKeys;
import app.gaitway.programs.templates.StarterTemplateImport;
import app.gaitway.programs.templates.StarterTemplates;
import app.gaitway.security.PasswordPolicy;
import app.gaitway.security.secondfactor.SecondFactorKey;
import app.gaitway.shared.audit.AuditAnchor;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.db.DatabaseSettings;
import app.gaitway.shared.db.GaitwayDataSource;
import app.gaitway.shared.db.Migrations;
import app.gaitway.shared.startup.StartupGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * At start-up: migrate the schema, make sure the audit key exists, bring the built-in exercise library and the
 * starter program templates up to the shipped versions, then create the first administrator from
 * GAITWAY_ADMIN_EMAIL / GAITWAY_ADMIN_PASSWORD when both are set and no user exists yet.
 */
@ApplicationScoped
public class StartupTasks {

    private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());

    @Inject
    InstallationService installation;

    @Inject
    AuditTrail audit;

    @Inject
    LinkKeys linkKeys;

    @Inject
    AuditAnchor auditAnchor;

    @Inject
    ChainWatch chainWatch;

    @Inject
    SecondFactorKey secondFactorKey;

    @Inject
    LibraryImport library;

    @Inject
    StarterTemplateImport starterTemplates;

    @Inject
    @ConfigProperty(name = "gaitway.admin.email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "gaitway.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "gaitway.admin.name", defaultValue = "Administrator")
    String adminName;

    @Inject
    @ConfigProperty(name = "gaitway.clinic.name", defaultValue = "My clinic")
    String clinicName;

    /**
     * Runs during the deployment. Any failure ends the process (see {@link StartupGuard}):
     * a half-started Gaitway would answer every page with an error.
     */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        String step = "the database schema migration";
        try {
            DatabaseSettings settings = GaitwayDataSource.currentSettings();
            LOG.info(() -> "Database: " + settings.describe());
            Migrations.migrate(GaitwayDataSource.create(settings));
            step = "preparing the audit key";
            audit.prepareKey().ifPresent(StartupGuard::refuse);
            step = "preparing the link key";
            linkKeys.prepare().ifPresent(StartupGuard::refuse);
            secondFactorKey.use(linkKeys.sealer().orElseThrow().derivedKey(SecondFactorKey.PURPOSE));
            step = "importing the exercise library";
            library.importIfNewer(ShippedLibrary.load());
            step = "importing the starter program templates";
            starterTemplates.importIfNewer(StarterTemplates.load());
            step = "creating the first administrator";
            bootstrapAdministrator();
            step = "starting the audit checkpoints and chain checks";
            auditAnchor.start();
            chainWatch.start();
        } catch (RuntimeException e) {
            StartupGuard.refuse(
                    "Gaitway cannot start: " + step + " failed (" + StartupGuard.summary(e) + ")."
                            + " The stack trace above says where; fix the cause and start Gaitway again.",
                    e);
        }
        StartupGuard.started();
        LOG.info("Gaitway started");
    }

    private void bootstrapAdministrator() {
        if (adminEmail.isEmpty() || adminPassword.isEmpty() || adminEmail.get().isBlank()) {
            return;
        }
        if (installation.isSetUp()) {
            LOG.info("GAITWAY_ADMIN_EMAIL is set but users exist already: ignored");
            return;
        }
        Optional<String> problem = PasswordPolicy.withShippedList().problemWith(adminPassword.get(), adminEmail.get());
        if (problem.isPresent()) {
            LOG.severe("GAITWAY_ADMIN_PASSWORD is not acceptable (" + problem.get()
                    + "); no administrator created. Use the setup page or a stronger password.");
            return;
        }
        try {
            installation.setUp(clinicName, adminName, adminEmail.get(), adminPassword.get(), "startup");
            LOG.info("First administrator created from configuration");
        } catch (InstallationService.SetupClosedException raced) {
            LOG.info("Setup was completed elsewhere first");
        }
    }
}

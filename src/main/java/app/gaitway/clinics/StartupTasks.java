package app.gaitway.clinics;

import app.gaitway.exercises.library.LibraryImport;
import app.gaitway.exercises.library.ShippedLibrary;
import app.gaitway.programs.templates.StarterTemplateImport;
import app.gaitway.programs.templates.StarterTemplates;
import app.gaitway.security.PasswordPolicy;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.db.DatabaseSettings;
import app.gaitway.shared.db.GaitwayDataSource;
import app.gaitway.shared.db.Migrations;
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

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        DatabaseSettings settings = GaitwayDataSource.currentSettings();
        LOG.info(() -> "Database: " + settings.describe());
        Migrations.migrate(GaitwayDataSource.create(settings));
        audit.prepareKey();
        library.importIfNewer(ShippedLibrary.load());
        starterTemplates.importIfNewer(StarterTemplates.load());
        bootstrapAdministrator();
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

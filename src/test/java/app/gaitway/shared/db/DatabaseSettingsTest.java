package app.gaitway.shared.db;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseSettingsTest {

    private static DatabaseSettings from(Map<String, String> config) {
        return DatabaseSettings.from(config::get);
    }

    private static String h2File(DatabaseSettings settings) {
        String rest = settings.url().substring("jdbc:h2:file:".length());
        int options = rest.indexOf(';');
        return options < 0 ? rest : rest.substring(0, options);
    }

    @Test
    void usesAnH2FileInTheWorkingDirectoryByDefault() {
        DatabaseSettings settings = from(Map.of());
        assertTrue(settings.isH2());
        assertFalse(settings.isPostgres());
        assertTrue(settings.url().startsWith("jdbc:h2:file:"), settings.url());
        Path file = Path.of(h2File(settings));
        assertTrue(file.isAbsolute(), file.toString());
        assertEquals(Path.of("gaitway-data", "gaitway").toAbsolutePath().normalize(), file);
    }

    @Test
    void h2WritesEveryCommitBeforeAnsweringByDefault() {
        assertTrue(
                from(Map.of()).url().endsWith(";WRITE_DELAY=0"), from(Map.of()).url());
    }

    @Test
    void aConfiguredH2UrlGetsDurableCommitsToo() {
        DatabaseSettings settings = from(Map.of("gaitway.db.url", "jdbc:h2:file:/srv/db/gaitway;AUTO_SERVER=TRUE"));
        assertEquals("jdbc:h2:file:/srv/db/gaitway;AUTO_SERVER=TRUE;WRITE_DELAY=0", settings.url());
    }

    @Test
    void anExplicitWriteDelayIsLeftAsGiven() {
        DatabaseSettings settings = from(Map.of("gaitway.db.url", "jdbc:h2:file:/srv/db/gaitway;write_delay=100"));
        assertEquals("jdbc:h2:file:/srv/db/gaitway;write_delay=100", settings.url());
    }

    @Test
    void postgresqlUrlsAreLeftAlone() {
        DatabaseSettings settings = from(Map.of("gaitway.db.url", "jdbc:postgresql://db:5432/gaitway"));
        assertEquals("jdbc:postgresql://db:5432/gaitway", settings.url());
    }

    @Test
    void putsTheH2FileInTheConfiguredDataDirectory() {
        DatabaseSettings settings = from(Map.of("gaitway.data.dir", "/srv/gaitway/data"));
        assertEquals(Path.of("/srv/gaitway/data/gaitway"), Path.of(h2File(settings)));
    }

    @Test
    void makesARelativeDataDirectoryAbsolute() {
        DatabaseSettings settings = from(Map.of("gaitway.data.dir", "some/../clinic-data"));
        Path file = Path.of(h2File(settings));
        assertTrue(file.isAbsolute(), file.toString());
        assertEquals(Path.of("clinic-data", "gaitway").toAbsolutePath().normalize(), file);
    }

    @Test
    void treatsABlankDatabaseUrlAsUnset() {
        Map<String, String> config = new HashMap<>();
        config.put("gaitway.db.url", "  ");
        config.put("gaitway.data.dir", "/srv/gaitway/data");
        assertTrue(from(config).isH2());
    }

    @Test
    void usesPostgresqlWithItsUserAndPasswordWhenAUrlIsConfigured() {
        DatabaseSettings settings = from(Map.of(
                "gaitway.db.url", "jdbc:postgresql://db.internal:5432/gaitway",
                "gaitway.db.user", "gaitway_app",
                "gaitway.db.password", "s3cret-value",
                "gaitway.data.dir", "/srv/gaitway/data"));
        assertTrue(settings.isPostgres());
        assertFalse(settings.isH2());
        assertEquals("jdbc:postgresql://db.internal:5432/gaitway", settings.url());
        assertEquals("gaitway_app", settings.user());
        assertEquals("s3cret-value", settings.password());
    }

    @Test
    void describeNeverShowsTheQueryString() {
        DatabaseSettings settings = from(Map.of(
                "gaitway.db.url", "jdbc:postgresql://db.internal:5432/gaitway?user=app&password=s3cret-value&ssl=true",
                "gaitway.db.password", "other-secret"));
        String description = settings.describe();
        assertEquals("jdbc:postgresql://db.internal:5432/gaitway", description);
        assertFalse(description.contains("s3cret-value"));
        assertFalse(description.contains("?"));
    }

    @Test
    void describeNeverShowsThePassword() {
        DatabaseSettings settings = from(Map.of(
                "gaitway.db.url", "jdbc:postgresql://db.internal:5432/gaitway",
                "gaitway.db.password", "s3cret-value"));
        assertFalse(settings.describe().contains("s3cret-value"));
    }
}

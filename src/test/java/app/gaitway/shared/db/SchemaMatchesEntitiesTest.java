package app.gaitway.shared.db;

import jakarta.persistence.Entity;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schema comes only from the Flyway migrations, and Hibernate only validates it in
 * this test: every entity's tables and columns must exist with compatible types after
 * the migrations ran on an empty database.
 */
class SchemaMatchesEntitiesTest {

    @Test
    void migrationsOnAnEmptyDatabaseProduceTheSchemaTheEntitiesExpect() throws Exception {
        String url = "jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");

        int applied = Migrations.migrate(dataSource);
        assertTrue(applied >= 1, "at least the first migration ran");
        assertEquals(0, Flyway.configure().dataSource(dataSource).load().info().pending().length);

        List<Class<?>> entities = entityClasses();
        assertFalse(entities.isEmpty());
        Configuration configuration = new Configuration()
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", "sa")
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .setProperty("jakarta.persistence.validation.mode", "none");
        entities.forEach(configuration::addAnnotatedClass);
        try (SessionFactory ignored = configuration.buildSessionFactory()) {
            // building it runs the validation; a missing table or column throws
        }
    }

    private static List<Class<?>> entityClasses() throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(p ->
                            p.toString().endsWith(".class") && !p.toString().contains("$"))
                    .map(p -> classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(SchemaMatchesEntitiesTest::load)
                    .filter(c -> c.isAnnotationPresent(Entity.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SchemaMatchesEntitiesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

package app.gaitway.patients;

import app.gaitway.shared.db.Migrations;
import jakarta.persistence.EntityManager;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The repository's queries on the migrated schema (H2 in memory, no server): the list's filters and order,
 * clinic scoping, and moving the last activity without making anyone's edit form stale.
 */
class PatientRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private SessionFactory sessions;
    private EntityManager em;
    private PatientRepository repository;
    private long clinic;
    private long otherClinic;

    @BeforeEach
    void migratedDatabase() throws Exception {
        String url = "jdbc:h2:mem:patients-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        Migrations.migrate(dataSource);
        try (Connection db = dataSource.getConnection();
                Statement st = db.createStatement()) {
            st.execute(
                    "INSERT INTO clinic (id, name, version, created_at, updated_at) VALUES"
                            + " (1, 'A', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP), (2, 'B', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
        clinic = 1;
        otherClinic = 2;
        sessions = new Configuration()
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", "sa")
                .setProperty("hibernate.jdbc.time_zone", "UTC")
                .setProperty("jakarta.persistence.validation.mode", "none")
                .addAnnotatedClass(Patient.class)
                .buildSessionFactory();
        em = sessions.createEntityManager();
        repository = new PatientRepository();
        repository.em = em;
    }

    @AfterEach
    void close() {
        em.close();
        sessions.close();
    }

    @Test
    void listsTheClinicsPatientsMostRecentActivityFirstWithoutArchivedOnesUnlessAsked() {
        long older = add(clinic, "Ana", "López", "1961-07-14", 0);
        long newer = add(clinic, "Zoë", "Núñez", "1950-03-01", 10);
        long archived = add(clinic, "Arch", "Ivist", "1950-03-01", 20);
        archive(archived);
        add(otherClinic, "Zoë", "Núñez", "1950-03-01", 30);

        assertEquals(List.of(newer, older), ids(PatientQuery.of("", false, 1)));
        assertEquals(2, repository.count(clinic, PatientQuery.of("", false, 1)));
        assertEquals(List.of(archived, newer, older), ids(PatientQuery.of("", true, 1)));
        assertEquals(List.of(newer), ids(PatientQuery.of("nunez ZO", false, 1)));
        assertEquals(List.of(newer), ids(PatientQuery.of("1.3.1950", false, 1)));
        assertEquals(List.of(archived, newer), ids(PatientQuery.of("1950-03-01", true, 1)));
        assertEquals(List.of(), ids(PatientQuery.of("01/03/1950", true, 1)));
        assertEquals(0, repository.count(clinic, PatientQuery.of("01/03/1950", true, 1)));
        assertTrue(repository.findInClinic(newer, clinic).isPresent());
        assertFalse(repository.findInClinic(newer, otherClinic).isPresent(), "another clinic's id is not there");
    }

    @Test
    void movingTheLastActivityLeavesVersionAndEditorAlone() {
        long id = add(clinic, "Ana", "López", "1961-07-14", 0);
        Patient before = find(id);
        int version = before.getVersion();
        Instant updated = before.getUpdatedAt();

        assertTrue(moved(id, clinic, T0.plus(1, ChronoUnit.HOURS)));
        Patient after = find(id);
        assertEquals(T0.plus(1, ChronoUnit.HOURS), after.getLastActivityAt());
        assertEquals(version, after.getVersion(), "an open edit form stays valid");
        assertEquals(updated, after.getUpdatedAt());

        assertFalse(moved(id, clinic, T0), "never moved back");
        assertEquals(T0.plus(1, ChronoUnit.HOURS), find(id).getLastActivityAt());
        assertFalse(moved(id, otherClinic, T0.plus(2, ChronoUnit.HOURS)), "not another clinic's patient");
        assertEquals(T0.plus(1, ChronoUnit.HOURS), find(id).getLastActivityAt());
    }

    private long add(long clinicId, String given, String family, String born, int minutesAfterT0) {
        em.getTransaction().begin();
        Patient p = Patient.register(
                clinicId,
                new PatientData(family, given, LocalDate.parse(born), null, null, null, "en", null, null, null, null),
                T0.plus(minutesAfterT0, ChronoUnit.MINUTES));
        repository.add(p);
        em.getTransaction().commit();
        return p.getId();
    }

    private void archive(long id) {
        em.getTransaction().begin();
        find(id).archive();
        em.getTransaction().commit();
    }

    private boolean moved(long id, long clinicId, Instant now) {
        em.getTransaction().begin();
        boolean moved = repository.moveLastActivity(id, clinicId, now);
        em.getTransaction().commit();
        em.clear();
        return moved;
    }

    private Patient find(long id) {
        return repository.findInClinic(id, clinic).orElseThrow();
    }

    private List<Long> ids(PatientQuery query) {
        return repository.page(clinic, query, 0, PatientQuery.PAGE_SIZE).stream()
                .map(PatientListEntry::id)
                .toList();
    }
}

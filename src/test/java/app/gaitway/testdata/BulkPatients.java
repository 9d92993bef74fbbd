package app.gaitway.testdata;

import app.gaitway.patients.SearchName;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Thousands of patients of one clinic written straight into the database for the performance tests, with the
 * search name the application would store. The names come from lists with accents, apostrophes and hyphens, in
 * every combination, so searches meet the names a clinic really has.
 */
public final class BulkPatients {

    private static final List<String> GIVEN = List.of(
            "Ana",
            "Zoë",
            "Seán",
            "Mary",
            "José",
            "Émilie",
            "Björn",
            "Chloé",
            "Mohammed",
            "Wei",
            "Olga",
            "Ines",
            "Lukas",
            "Sofia",
            "Noah",
            "Amélie",
            "Jürgen",
            "Aisha",
            "Marta",
            "Pål",
            "Kenji",
            "Fatima",
            "Liam",
            "Rosa",
            "Tomás",
            "Hannah",
            "Ivan",
            "Léa",
            "Oscar",
            "Yusuf");
    private static final List<String> FAMILY = List.of(
            "Núñez",
            "O'Brien",
            "Smith-Jones",
            "López",
            "Müller",
            "García",
            "Nguyen",
            "Kowalski",
            "Dubois",
            "Rossi",
            "Jansen",
            "Andersson",
            "Papadopoulos",
            "Yilmaz",
            "Novak",
            "Fernández",
            "Schäfer",
            "Martin",
            "Costa",
            "Ivanova",
            "Tanaka",
            "Haddad",
            "Murphy",
            "Silva",
            "Bianchi",
            "Horváth",
            "Lindqvist",
            "Okafor",
            "Rahman",
            "Weber",
            "Clarke",
            "Moreau",
            "Santos",
            "Kaya",
            "Berg",
            "Larsen",
            "Marković",
            "Popescu",
            "Kim",
            "Walker");

    /** One patient row; referral, ICD-10 code and side may be null. */
    public record Patient(
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            String sex,
            String referralReason,
            String icd10Code,
            String affectedSide,
            boolean archived,
            OffsetDateTime lastActivityAt,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    private BulkPatients() {}

    /** The given name of the i-th patient, from the list. */
    public static String givenName(int i) {
        return GIVEN.get(i % GIVEN.size());
    }

    /** The family name of the i-th patient: with {@link #givenName}, every combination before any repeats. */
    public static String familyName(int i) {
        return FAMILY.get((i / GIVEN.size() + i) % FAMILY.size());
    }

    /** Inserts {@code count} patients into the clinic, the i-th as {@code patient} makes it. */
    public static void insert(Connection db, long clinicId, int count, IntFunction<Patient> patient)
            throws SQLException {
        Batches.insert(db, """
                INSERT INTO patient (clinic_id, family_name, given_name, date_of_birth, sex, email, phone,
                    preferred_language, referral_reason, icd10_code, affected_side, notes, archived,
                    last_activity_at, search_name, version, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, NULL, NULL, 'en', ?, ?, ?, NULL, ?, ?, ?, 0, ?, NULL, ?, NULL)""", count, (insert, i) -> {
            Patient p = patient.apply(i);
            insert.setLong(1, clinicId);
            insert.setString(2, p.familyName());
            insert.setString(3, p.givenName());
            insert.setObject(4, p.dateOfBirth());
            insert.setString(5, p.sex());
            insert.setString(6, p.referralReason());
            insert.setString(7, p.icd10Code());
            insert.setString(8, p.affectedSide());
            insert.setBoolean(9, p.archived());
            insert.setObject(10, p.lastActivityAt());
            insert.setString(11, SearchName.of(p.givenName(), p.familyName()));
            insert.setObject(12, p.createdAt());
            insert.setObject(13, p.updatedAt());
        });
    }
}

package app.gaitway.auditlog;

import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditFilterTest {

    private static final Predicate<Long> CLINIC_USERS = Set.of(3L, 4L)::contains;

    @Test
    void emptyFormIsNoFilter() {
        AuditFilter.Parsed parsed = AuditFilter.parse(AuditFilterForm.EMPTY, CLINIC_USERS);

        assertTrue(parsed.valid());
        assertEquals(AuditFilter.NONE, parsed.filter());
        assertEquals("", parsed.filter().query());
        assertEquals("all entries", parsed.filter().describe());
    }

    @Test
    void blankFieldsCountAsNotFilled() {
        AuditFilter.Parsed parsed = AuditFilter.parse(form("", " ", "", "", "", "  ", ""), CLINIC_USERS);

        assertEquals(AuditFilter.NONE, parsed.filter());
    }

    @Test
    void readsEveryField() {
        AuditFilter filter = AuditFilter.parse(
                        form("3", "LOGIN", "FAILURE", "2026-03-01", "2026-03-31", " User ", "17"), CLINIC_USERS)
                .filter();

        assertEquals(
                new AuditFilter(
                        3L,
                        AuditAction.LOGIN,
                        AuditOutcome.FAILURE,
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 3, 31),
                        "user",
                        "17"),
                filter);
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), filter.fromInclusive());
        assertEquals(Instant.parse("2026-04-01T00:00:00Z"), filter.toExclusive(), "the whole last day is included");
    }

    @Test
    void refusesAUserOutsideTheClinicOrNotANumber() {
        assertEquals(
                Map.of("user", "audit.filter.user.invalid"),
                AuditFilter.parse(form("99", null, null, null, null, null, null), CLINIC_USERS)
                        .errors());
        assertEquals(
                Map.of("user", "audit.filter.user.invalid"),
                AuditFilter.parse(form("x", null, null, null, null, null, null), CLINIC_USERS)
                        .errors());
    }

    @Test
    void refusesUnknownActionAndOutcome() {
        AuditFilter.Parsed parsed =
                AuditFilter.parse(form(null, "DROP TABLE", "MAYBE", null, null, null, null), CLINIC_USERS);

        assertEquals(
                Map.of("action", "audit.filter.action.invalid", "outcome", "audit.filter.outcome.invalid"),
                parsed.errors());
        assertNull(parsed.filter());
    }

    @Test
    void refusesDatesThatAreNotDates() {
        AuditFilter.Parsed parsed =
                AuditFilter.parse(form(null, null, null, "31.03.2026", "2026-02-30", null, null), CLINIC_USERS);

        assertEquals(Map.of("from", "audit.filter.date.invalid", "to", "audit.filter.date.invalid"), parsed.errors());
        assertEquals(
                Map.of("from", "audit.filter.date.invalid"),
                AuditFilter.parse(form(null, null, null, "+12026-01-01", null, null, null), CLINIC_USERS)
                        .errors());
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        AuditFilter.Parsed parsed =
                AuditFilter.parse(form(null, null, null, "2026-03-02", "2026-03-01", null, null), CLINIC_USERS);

        assertEquals(Map.of("to", "audit.filter.to.beforeFrom"), parsed.errors());
        assertTrue(AuditFilter.parse(form(null, null, null, "2026-03-02", "2026-03-02", null, null), CLINIC_USERS)
                .valid());
    }

    @Test
    void refusesRecordTypeAndIdLongerThanTheColumns() {
        AuditFilter.Parsed parsed =
                AuditFilter.parse(form(null, null, null, null, null, "t".repeat(61), "1".repeat(65)), CLINIC_USERS);

        assertEquals(Map.of("recordType", "audit.filter.tooLong", "recordId", "audit.filter.tooLong"), parsed.errors());
    }

    @Test
    void queryKeepsTheFilterForLinksEncoded() {
        AuditFilter filter = AuditFilter.parse(
                        form("4", "LOGIN", null, "2026-03-01", null, null, "a&b=c d"), CLINIC_USERS)
                .filter();

        assertEquals("user=4&action=LOGIN&from=2026-03-01&recordId=a%26b%3Dc+d", filter.query());
        assertEquals("user=4; action=LOGIN; from=2026-03-01; recordId=a&b=c d", filter.describe());
    }

    @Test
    void aTypedEmailFindsTheClinicUserAndAnyOtherIsRefused() {
        AuditFilter.ClinicUserLookup lookup =
                typed -> typed.equals("ana@clinic.test") ? Optional.of(7L) : Optional.empty();
        assertEquals(
                7L,
                AuditFilter.parse(form("ana@clinic.test", null, null, null, null, null, null), lookup)
                        .filter()
                        .userId());
        assertEquals(
                Map.of("user", "audit.filter.user.invalid"),
                AuditFilter.parse(form("eve@other.test", null, null, null, null, null, null), lookup)
                        .errors());
    }

    private static AuditFilterForm form(
            String user, String action, String outcome, String from, String to, String recordType, String recordId) {
        return new AuditFilterForm(user, action, outcome, from, to, recordType, recordId);
    }

    @Test
    void controlCharactersAreRefusedBeforeAnyQuery() {
        AuditFilter.Parsed parsed = AuditFilter.parse(
                form("a\u0000", "", "", "", "", "user\u0000", "1\u0000"), (AuditFilter.ClinicUserLookup) typed -> {
                    throw new AssertionError("no lookup for " + typed);
                });
        assertEquals(
                Map.of(
                        "user",
                        "field.controlCharacter",
                        "recordType",
                        "field.controlCharacter",
                        "recordId",
                        "field.controlCharacter"),
                parsed.errors());
    }
}

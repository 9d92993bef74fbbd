package app.gaitway.security.accounts;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ClinicAddressTest {

    @Test
    void storesLinesStrippedWithPlainLineFeedsAndWithoutBlankLines() {
        assertEquals(
                "12 Quay Street\nHarbourtown HT1 2AB",
                ClinicAddress.normalize("  12 Quay Street \r\n\r\n Harbourtown HT1 2AB\r\n"));
    }

    @Test
    void aBlankAddressIsNoAddress() {
        assertNull(ClinicAddress.normalize(" \r\n  "));
        assertEquals(List.of(), ClinicAddress.lines(null));
    }

    @Test
    void printsOneLineEach() {
        assertEquals(List.of("12 Quay Street", "Harbourtown"), ClinicAddress.lines("12 Quay Street\nHarbourtown"));
    }

    @Test
    void refusesMoreLinesThanTheReportHeaderHolds() {
        assertEquals(Optional.empty(), ClinicAddress.problemWith("1\n2\n3\n4\n5"));
        assertEquals(Optional.of("clinic.address.tooManyLines"), ClinicAddress.problemWith("1\n2\n3\n4\n5\n6"));
    }

    @Test
    void refusesAnAddressLongerThanTheColumn() {
        assertEquals(Optional.of("field.tooLong"), ClinicAddress.problemWith("x".repeat(Clinic.ADDRESS_MAX + 1)));
        assertEquals(Optional.empty(), ClinicAddress.problemWith("x".repeat(Clinic.ADDRESS_MAX)));
    }
}

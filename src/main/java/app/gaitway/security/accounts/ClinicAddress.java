package app.gaitway.security.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a clinic's postal address as typed in a text area and printed under the clinic's name. It is
 * held to a few short lines because it sits in the report's header, which must leave a typical assessment on
 * two A4 pages.
 */
public final class ClinicAddress {

    static final int MAX_LINES = 5;

    private ClinicAddress() {}

    /** The address as stored: line feeds only, each line stripped, blank lines dropped; null when nothing is left. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String joined = String.join("\n", lines(typed));
        return joined.isEmpty() ? null : joined;
    }

    /** The lines as printed; none for a clinic without an address. */
    public static List<String> lines(String address) {
        if (address == null) {
            return List.of();
        }
        return Arrays.stream(address.split("\r\n|\r|\n"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    /** The message key of what is wrong with a typed address, or empty when it can be saved. */
    public static Optional<String> problemWith(String typed) {
        String normalized = normalize(typed);
        if (normalized == null) {
            return Optional.empty();
        }
        if (normalized.length() > Clinic.ADDRESS_MAX) {
            return Optional.of("field.tooLong");
        }
        if (lines(normalized).size() > MAX_LINES) {
            return Optional.of("clinic.address.tooManyLines");
        }
        return Optional.empty();
    }
}

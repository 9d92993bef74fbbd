package app.gaitway.security;

import app.gaitway.shared.text.TypedText;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Password rules after NIST SP 800-63B: long enough, long ones allowed, no composition
 * rules, and not one of the passwords attackers try first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> commonPasswords;

    public PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = Set.copyOf(commonPasswords);
    }

    /**
     * The policy with the list shipped in security/common-passwords.txt, read once: request-scoped
     * controllers ask for it on every request, and the policy is immutable.
     */
    public static PasswordPolicy withShippedList() {
        return Shipped.POLICY;
    }

    private static final class Shipped {
        static final PasswordPolicy POLICY = load();
    }

    private static PasswordPolicy load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the build");
            }
            Set<String> words = new HashSet<>();
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
            }
            return new PasswordPolicy(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the message key of the first rule the password breaks, or empty when it is acceptable
     */
    public Optional<String> problemWith(String password, String email) {
        // tabs stay allowed (password managers paste them); NUL and the other controls do not
        Optional<String> unstorable = TypedText.problem(password, TypedText.Lines.MANY);
        if (unstorable.isPresent()) {
            return unstorable;
        }
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower) || isOneRepeatedCharacter(lower)) {
            return Optional.of("password.common");
        }
        if (email != null && !email.isBlank()) {
            String normalizedEmail = email.strip().toLowerCase(Locale.ROOT);
            String localPart = normalizedEmail.contains("@")
                    ? normalizedEmail.substring(0, normalizedEmail.indexOf('@'))
                    : normalizedEmail;
            if (lower.equals(normalizedEmail) || (localPart.length() >= 4 && lower.equals(localPart))) {
                return Optional.of("password.sameAsEmail");
            }
        }
        return Optional.empty();
    }

    private static boolean isOneRepeatedCharacter(String value) {
        // code points, as the length rule counts them: a repeated emoji is two distinct chars
        return value.codePoints().distinct().count() == 1;
    }
}

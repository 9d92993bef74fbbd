package app.gaitway.patientside.mail;

/**
 * One email of a patient's private program link. {@code link} is the address to click; {@code typedLink} the same
 * link written to be typed by hand (as on the handout), shown only when it differs. The patient's first name and
 * the therapist's name are optional; the address, link, clinic name and clinic phone are required.
 * <p>
 * {@link #toString()} names no field: the record holds an email address and a secret link, which must never
 * reach a log.
 */
public record LinkMail(
        String to,
        String patientFirstName,
        String link,
        String typedLink,
        String clinicName,
        String clinicPhone,
        String therapistName) {

    public LinkMail {
        // The messages name the missing part, never a value.
        require(to, "to");
        require(link, "link");
        require(clinicName, "clinicName");
        require(clinicPhone, "clinicPhone");
    }

    @Override
    public String toString() {
        return "LinkMail[...]";
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A link mail needs " + name);
        }
    }
}

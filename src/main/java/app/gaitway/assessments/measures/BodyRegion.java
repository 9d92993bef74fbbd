package app.gaitway.assessments.measures;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the patient's problem is, as far as the measures care, read from the patient's ICD-10 code and, without one,
 * from the words of the referral; and the questionnaires suggested for it. The therapist's own choice
 * ({@link MeasureChoices}) always wins over the suggestion.
 *
 * <p>Suggestions: every lower-limb problem gets the LEFS and the PSFS; knee pain adds the Anterior Knee Pain Scale,
 * made for patellofemoral pain (Kujala et al. 1993); back pain gets the PSFS, which fits any problem, since no
 * back-pain disability questionnaire ships (see {@link OutcomeMeasure}).
 */
public enum BodyRegion {
    KNEE,
    BACK,
    LOWER_LIMB;

    /**
     * ICD-10 codes of the knee: M17 (knee osteoarthritis), M22 (patella), M23 (internal derangement), M76.5 (patellar
     * tendinitis), S83 (knee dislocation, sprain), and M25.x6 / M79.x6 (pain in a joint or limb, site 6 = lower leg,
     * which holds the knee).
     */
    private static final List<String> KNEE_CODES = List.of("M17", "M22", "M23", "M765", "S83", "S80", "S89");

    /** Of the back: M40–M54 (dorsopathies, M54 back pain), S33 (lumbar spine dislocation, sprain). */
    private static final List<String> BACK_CODES = List.of(
            "M40", "M41", "M42", "M43", "M44", "M45", "M46", "M47", "M48", "M49", "M50", "M51", "M53", "M54", "S33",
            "S32");

    public Set<OutcomeMeasure> suggested() {
        return switch (this) {
            case KNEE -> EnumSet.of(OutcomeMeasure.LEFS, OutcomeMeasure.PSFS, OutcomeMeasure.AKPS);
            case BACK -> EnumSet.of(OutcomeMeasure.PSFS);
            case LOWER_LIMB -> EnumSet.of(OutcomeMeasure.LEFS, OutcomeMeasure.PSFS);
        };
    }

    /** The region of a patient with this ICD-10 code and referral reason (either may be null). */
    public static BodyRegion of(String icd10Code, String referralReason) {
        if (icd10Code != null && !icd10Code.isBlank()) {
            String code = icd10Code.toUpperCase(Locale.ROOT).replace(".", "").strip();
            if (KNEE_CODES.stream().anyMatch(code::startsWith) || (code.matches("M(25|79)\\d6.*"))) {
                return KNEE;
            }
            if (BACK_CODES.stream().anyMatch(code::startsWith)) {
                return BACK;
            }
        }
        String words = referralReason == null ? "" : referralReason.toLowerCase(Locale.ROOT);
        if (words.matches("(?s).*\\b(knee|knees|patell\\w*|kneecap)\\b.*")) {
            return KNEE;
        }
        if (words.matches("(?s).*\\b(back|lumbar|spine|spinal|sciatica)\\b.*")) {
            return BACK;
        }
        return LOWER_LIMB;
    }
}

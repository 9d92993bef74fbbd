package app.gaitway.assessments.measures;

import app.gaitway.assessments.record.FieldSpec.Section;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The patient questionnaires an assessment can hold, each scored in the findings package (LefsScore, PsfsScore,
 * AkpsScore), where each one's source and terms are written. Not here, and why (README, "Outcome measures"): the
 * KOOS-PF, whose item wording and missing-item rule could not be checked against the authors' form when this was
 * written, and a back-pain disability questionnaire, since none could be established as free for use in software
 * (the Oswestry Disability Index is licensed through Mapi Research Trust, with fees for commercial use).
 */
public enum OutcomeMeasure {
    LEFS(Section.LEFS),
    PSFS(Section.PSFS),
    AKPS(Section.AKPS);

    public final Section section;

    OutcomeMeasure(Section section) {
        this.section = section;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OutcomeMeasure> ofCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
    }
}

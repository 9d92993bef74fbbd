package app.gaitway.programs.suggestions;

import app.gaitway.assessments.findings.Finding;
import app.gaitway.assessments.findings.Finding.Kind;
import app.gaitway.assessments.record.MuscleGroup;

import java.util.Locale;

/**
 * What a group of suggestions works on: balance (a fall risk), one muscle group (both sides in one list),
 * single-leg control, knee pain, or range of motion and short tissues. The order here is the order on the page: the hip abductors first, the weakness behind most
 * of the knee and back pain the app is for.
 */
public enum Focus {
    /** Balance and getting up, for a performance test past its fall-risk cut-off: first, because it is safety. */
    BALANCE,
    HIP_ABDUCTORS,
    SINGLE_LEG_CONTROL,
    HIP_EXTENSORS,
    KNEE_PAIN,
    KNEE_EXTENSORS,
    HIP_EXTERNAL_ROTATORS,
    HIP_FLEXORS,
    HIP_ADDUCTORS,
    MOBILITY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The group a row of the table belongs to: its muscle, or the muscle a movement sign points to. */
    static Focus of(SuggestionRule rule) {
        if (rule.kind() == Kind.ROM_BELOW_NORM
                || rule.kind() == Kind.LUNGE
                || rule.kind().section == Finding.Section.SPECIAL_TESTS) {
            return MOBILITY;
        }
        if (rule.kind().section == Finding.Section.PERFORMANCE) {
            return BALANCE;
        }
        if (rule.group() != null) {
            return of(rule.group());
        }
        if (rule.kind() == Kind.TRENDELENBURG) {
            return HIP_ABDUCTORS;
        }
        if (rule.sign() != null) {
            return switch (rule.sign()) {
                case PELVIC_DROP, HIP_SWING -> HIP_ABDUCTORS;
                default -> SINGLE_LEG_CONTROL;
            };
        }
        return SINGLE_LEG_CONTROL;
    }

    static Focus of(MuscleGroup group) {
        return switch (group) {
            case HIP_ABDUCTORS -> HIP_ABDUCTORS;
            case HIP_EXTENSORS -> HIP_EXTENSORS;
            case HIP_EXTERNAL_ROTATORS -> HIP_EXTERNAL_ROTATORS;
            case HIP_FLEXORS -> HIP_FLEXORS;
            case HIP_ADDUCTORS -> HIP_ADDUCTORS;
            case KNEE_EXTENSORS -> KNEE_EXTENSORS;
            default -> SINGLE_LEG_CONTROL;
        };
    }
}

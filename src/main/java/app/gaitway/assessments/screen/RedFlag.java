package app.gaitway.assessments.screen;

import java.util.Locale;

/**
 * A sign that the problem may not be musculoskeletal, or that exercise may not be safe, until a doctor has seen
 * the patient. The list follows the International Framework for Red Flags for Potential Serious Spinal
 * Pathologies (Finucane LM et al., JOSPT 2020;50(7):350–372: cauda equina, cancer history, unexplained weight
 * loss, night pain, fever, trauma), the Wells criteria for a deep vein thrombosis (Wells PS et al., Lancet
 * 1997;350:1795–1798: a swollen, painful calf) and the ACSM pre-participation screen (Riebe D et al., Med Sci
 * Sports Exerc 2015;47(11):2473–2479: chest pain or breathlessness on exertion).
 */
public enum RedFlag {
    /** Saddle numbness, new bladder or bowel trouble. */
    CAUDA_EQUINA,
    /** A history of cancer. */
    CANCER_HISTORY,
    /** Weight lost without trying. */
    WEIGHT_LOSS,
    /** Night pain that rest does not ease. */
    NIGHT_PAIN,
    /** Fever or feeling generally unwell. */
    FEVER,
    /** A recent fall or injury. */
    TRAUMA,
    /** A swollen, painful, warm calf. */
    DVT,
    /** Chest pain or breathlessness on exertion. */
    CHEST_PAIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Its tick box on the assessment form. */
    public String field() {
        return "screen.red." + code();
    }
}

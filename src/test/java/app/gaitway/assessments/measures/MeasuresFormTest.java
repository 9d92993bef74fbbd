package app.gaitway.assessments.measures;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MeasuresFormTest {

    /** "measure" sent without "=" (found by FormFuzzIT, a 500 before) is no choice, not an error. */
    @Test
    void aFieldWithoutAValueIsNoChoice() {
        MultivaluedMap<String, String> body = new MultivaluedHashMap<>();
        body.put("measure", Arrays.asList(null, "akps"));
        MeasuresForm form = MeasuresForm.from(body);
        assertEquals(EnumSet.of(OutcomeMeasure.AKPS), form.measures());
        assertEquals(0, form.problems().size());
    }
}

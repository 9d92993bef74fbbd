package app.gaitway.clinics;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StaffEditFormTest {

    @Test
    void readsTheVersionTheFormWasBuiltFrom() throws Exception {
        assertEquals(7, formWithVersion("7").versionSeen());
    }

    @Test
    void aMissingOrGarbledVersionNeverMatchesAStoredOne() throws Exception {
        assertEquals(StaffEditForm.UNKNOWN_VERSION, formWithVersion(null).versionSeen());
        assertEquals(StaffEditForm.UNKNOWN_VERSION, formWithVersion("seven").versionSeen());
        assertEquals(StaffEditForm.UNKNOWN_VERSION, formWithVersion("99999999999").versionSeen());
    }

    private static StaffEditForm formWithVersion(String version) throws Exception {
        StaffEditForm form = new StaffEditForm();
        Field field = StaffEditForm.class.getDeclaredField("version");
        field.setAccessible(true);
        field.set(form, version);
        return form;
    }
}

package app.gaitway.auditlog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import static app.gaitway.auditlog.CsvWriter.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvWriterTest {

    @Test
    void plainTextIsWrittenAsItIs() {
        assertEquals("LOGIN", cell("LOGIN"));
        assertEquals("Zoë Müller", cell("Zoë Müller"));
        assertEquals("10.0.0.1", cell("10.0.0.1"));
    }

    @Test
    void missingValueIsAnEmptyField() {
        assertEquals("", cell(null));
        assertEquals("", cell(""));
    }

    @Test
    void fieldWithCommaQuoteOrLineBreakIsQuotedWithQuotesDoubled() {
        assertEquals("\"Smith, Anna\"", cell("Smith, Anna"));
        assertEquals("\"say \"\"hi\"\"\"", cell("say \"hi\""));
        assertEquals("\"two\nlines\"", cell("two\nlines"));
        assertEquals("\"two\r\nlines\"", cell("two\r\nlines"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+1", "-1", "@SUM(A1)", "\tcmd", "=1+1"})
    void cellThatASpreadsheetWouldRunAsAFormulaStartsWithAQuote(String value) {
        String written = cell(value);
        String unquoted = written.startsWith("\"")
                ? written.substring(1, written.length() - 1).replace("\"\"", "\"")
                : written;
        assertEquals("'" + value, unquoted);
    }

    @Test
    void formulaThatAlsoNeedsQuotingGetsBoth() {
        assertEquals("\"'=1,2\"", cell("=1,2"));
        assertEquals("\"'\rx\"", cell("\rx"));
        assertEquals("\"'=\"\"x\"\"\"", cell("=\"x\""));
    }

    @Test
    void formulaCharactersAfterTheStartAreHarmless() {
        assertEquals("a=b", cell("a=b"));
        assertEquals("user-1", cell("user-1"));
        assertEquals("name@clinic.test", cell("name@clinic.test"));
    }

    @Test
    void rowsAreCommaSeparatedAndEndWithCrLf() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);

        csv.row(List.of("id", "user", "detail"));
        csv.row(Arrays.asList("7", null, "a, b"));

        assertEquals("id,user,detail\r\n7,,\"a, b\"\r\n", out.toString());
    }
}

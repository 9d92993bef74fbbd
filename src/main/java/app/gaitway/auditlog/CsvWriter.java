package app.gaitway.auditlog;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 describes it (comma-separated, CRLF line ends, a field with a
 * comma, quote or line break in double quotes, quotes doubled) and safe to open in a
 * spreadsheet: a cell starting with = + - @ tab or CR would be run there as a formula
 * (OWASP "CSV injection"), so it gets a leading single quote and is shown as text.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** One field as it appears in the file; null is an empty field. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}

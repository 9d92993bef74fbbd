package app.gaitway.auditlog;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 describes it (Commons CSV does the quoting), safe to open in a
 * spreadsheet: a cell starting with = + - @ tab or CR would be run there as a formula
 * (OWASP "CSV injection"), so it gets a leading single quote and is shown as text.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final CSVPrinter out;

    public CsvWriter(Writer out) throws IOException {
        this.out = new CSVPrinter(out, FORMAT);
    }

    public void row(List<String> cells) throws IOException {
        out.printRecord(cells.stream().map(CsvWriter::guarded).toList());
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** One field as it appears in the file; null is an empty field. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        StringBuilder written = new StringBuilder();
        try {
            FORMAT.print(guarded(value), written, true);
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return written.toString();
    }

    /** The value with a leading quote when a spreadsheet would read it as a formula; null stays null. */
    private static String guarded(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}

package app.gaitway.auditlog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The audit log as a CSV download, with the filter of the page. Not an MVC controller:
 * the answer is a file streamed as it is read, not a view.
 */
@Path("admin/audit/export.csv")
@RequestScoped
public class AuditExportController {

    /** Lets spreadsheet programs recognise UTF-8 (names with accents). */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    @Inject
    AuditLogService audit;

    @GET
    public Response export(@Context UriInfo uriInfo) {
        AuditFilter.Parsed parsed =
                AuditFilter.parse(AuditFilterForm.from(uriInfo.getQueryParameters()), audit::clinicUser);
        if (!parsed.valid()) {
            throw new BadRequestException();
        }
        AuditExport export = audit.startExport(parsed.filter());
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write(BYTE_ORDER_MARK);
            export.writeTo(new CsvWriter(writer));
            writer.flush();
        };
        String fileName = "gaitway-audit-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
        return Response.ok(body)
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}

package app.gaitway.patientside.web;

import app.gaitway.patientside.PatientPages;
import app.gaitway.patientside.handout.HandoutPdf;
import app.gaitway.patientside.handout.Paper;
import app.gaitway.patientside.handout.Sheet;
import app.gaitway.patientside.links.LinkSecret;
import app.gaitway.patientside.links.LinkService;
import app.gaitway.security.CurrentUser;
import app.gaitway.shared.RecordNotFoundException;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The program's handout as a PDF made on the server, through the patient's link (the patient's own download,
 * or the therapist's print right after creating the link): pictures as vectors, a QR code of the link and a
 * two-week log; or the one-page sheet for the fridge, a week of tick boxes. Every download is a print of
 * patient data in the audit trail. The server's time goes out in a {@code Server-Timing} header ({@code view}:
 * reading the program, {@code pdf}: making the document, {@code total}, and {@code cpu}: the processor time the
 * request's thread used, which a busy machine does not stretch as it does the others), so its speed can be
 * measured from outside.
 */
@Path("p/{secret: [0-9A-Za-z\\-]{20,80}}/{sheet: handout|fridge-sheet}.pdf")
@RequestScoped
public class PatientHandoutResource {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Inject
    LinkService links;

    @Inject
    PatientPages pages;

    @Inject
    HandoutPdf pdf;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser request;

    @GET
    public Response handout(
            @PathParam("secret") String typed,
            @PathParam("sheet") String sheetName,
            @QueryParam("paper") String paper) {
        long started = System.nanoTime();
        long cpuStarted = CPU.getCurrentThreadCpuTime();
        String address = request.clientAddress();
        var link = links.active(typed, address).orElseThrow(PatientHandoutResource::noActiveLink);
        LinkSecret secret = LinkSecret.parse(typed).orElseThrow(PatientHandoutResource::noActiveLink);
        Sheet sheet = "fridge-sheet".equals(sheetName) ? Sheet.FRIDGE : Sheet.HANDOUT;
        var view = pages.view(link, secret, true);
        long viewed = System.nanoTime();
        byte[] body = pdf.render(view, "letter".equals(paper) ? Paper.LETTER : Paper.A4, sheet);
        long rendered = System.nanoTime();
        audit.recordFor(
                request.isSignedIn() ? request.id() : null,
                link.getClinicId(),
                address,
                AuditAction.PRINT,
                LinkService.AUDIT_RECORD,
                link.getId(),
                AuditOutcome.SUCCESS,
                sheet.auditDetail);
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + sheet.fileName + "\"")
                .header(
                        "Server-Timing",
                        String.format(
                                Locale.ROOT,
                                "view;dur=%.1f, pdf;dur=%.1f, total;dur=%.1f, cpu;dur=%.1f",
                                millis(started, viewed),
                                millis(viewed, rendered),
                                millis(started, System.nanoTime()),
                                millis(cpuStarted, CPU.getCurrentThreadCpuTime())))
                .build();
    }

    /** Named by id only in the message: the secret never reaches an exception or a log. */
    private static RecordNotFoundException noActiveLink() {
        return new RecordNotFoundException(LinkService.AUDIT_RECORD, "(no active link with this secret)");
    }

    private static double millis(long from, long to) {
        return (to - from) / 1e6;
    }
}

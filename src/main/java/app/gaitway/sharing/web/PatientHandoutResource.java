package app.gaitway.sharing.web;

import app.gaitway.security.CurrentUser;
import app.gaitway.sharing.PatientPages;
import app.gaitway.sharing.handout.HandoutPdf;
import app.gaitway.sharing.handout.Paper;
import app.gaitway.sharing.links.LinkSecret;
import app.gaitway.sharing.links.LinkService;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * The program's handout as a PDF made on the server, through the patient's link (the patient's own download,
 * or the therapist's print right after creating the link): pictures as vectors, a QR code of the link and a
 * two-week log. Every download is a print of patient data in the audit trail.
 */
@Path("p/{secret: [0-9A-Za-z\\-]{20,80}}/handout.pdf")
@RequestScoped
public class PatientHandoutResource {

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
    public Response handout(@PathParam("secret") String typed, @QueryParam("paper") String paper) {
        String address = request.clientAddress();
        var link = links.active(typed, address).orElseThrow(NotFoundException::new);
        LinkSecret secret = LinkSecret.parse(typed).orElseThrow(NotFoundException::new);
        byte[] body = pdf.render(pages.view(link, secret, true), "letter".equals(paper) ? Paper.LETTER : Paper.A4);
        audit.recordFor(request.isSignedIn() ? request.id() : null, link.getClinicId(), address, AuditAction.PRINT,
                LinkService.AUDIT_RECORD, link.getId(), AuditOutcome.SUCCESS, "handout pdf");
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"home-exercises.pdf\"")
                .build();
    }
}

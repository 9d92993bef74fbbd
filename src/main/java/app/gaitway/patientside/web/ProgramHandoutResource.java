package app.gaitway.patientside.web;

import app.gaitway.patientside.PatientPages;
import app.gaitway.patientside.handout.HandoutPdf;
import app.gaitway.patientside.handout.Paper;
import app.gaitway.patientside.links.LinkService;
import app.gaitway.shared.audit.AuditOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * The therapist's reprint of a program's handout: the same PDF the patient downloads through the link, with the
 * same link and QR code, made from the link's kept secret (audited as a print once made). A
 * link that cannot be shown again sends the therapist to the page that says why.
 */
@Path("programs/{id: [0-9]{1,18}}/link/handout.pdf")
@RequestScoped
public class ProgramHandoutResource {

    @Inject
    LinkService links;

    @Inject
    PatientPages pages;

    @Inject
    HandoutPdf pdf;

    @GET
    public Response handout(@PathParam("id") long programId, @QueryParam("paper") String paper) {
        LinkService.Reveal reveal = links.reveal(programId, LinkService.Purpose.PRINT);
        if (!(reveal instanceof LinkService.Revealed revealed)) {
            return Response.seeOther(URI.create("/programs/" + programId
                            + (reveal instanceof LinkService.NoActiveLink ? "#patient-link" : "/link")))
                    .build();
        }
        byte[] body = pdf.render(
                pages.view(revealed.link(), revealed.secret(), true), "letter".equals(paper) ? Paper.LETTER : Paper.A4);
        links.done(revealed.link(), LinkService.Purpose.PRINT, AuditOutcome.SUCCESS);
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"home-exercises.pdf\"")
                .build();
    }
}

package app.gaitway.patientside.web;

import app.gaitway.patientside.links.LinkSecret;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * For a patient with only the paper: type the code printed under the QR code. A code that can be one is
 * sent on to its link page (which says whether it works); anything else shows the form again.
 */
@Path("p")
@RequestScoped
public class EnterCodeController {

    @GET
    public Response enter(@QueryParam("code") String code) {
        if (code != null) {
            String typed = code.strip();
            int at = typed.lastIndexOf("/p/");
            if (at >= 0) {
                typed = typed.substring(at + 3);
            }
            var secret = LinkSecret.parse(typed);
            if (secret.isPresent()) {
                return Response.seeOther(URI.create("/p/" + secret.get().grouped()))
                        .build();
            }
        }
        return Response.ok("patientside/enter-code.html").build();
    }
}

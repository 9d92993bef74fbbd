package app.gaitway.patientside.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** Keeps search engines away from patients' links (and from the rest, which needs a sign-in anyway). */
@Path("robots.txt")
public class RobotsResource {

    @GET
    @Produces("text/plain")
    public String robots() {
        return "User-agent: *\nDisallow: /p/\nDisallow: /\n";
    }
}

package app.gaitway.clinics;

import app.gaitway.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The first page after sign-in: what to do next, by role. */
@Controller
@Path("")
@RequestScoped
public class HomeController {

    @Inject
    Models models;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserRepository users;

    @GET
    public String home() {
        if (currentUser.isAdmin()) {
            models.put("staffCount", users.countInClinic(currentUser.clinicId()));
        }
        return "home/index.html";
    }
}

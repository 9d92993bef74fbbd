package app.gaitway.worklist;

import app.gaitway.security.CurrentUser;
import app.gaitway.shared.web.Messages;
import app.gaitway.shared.web.Models;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import java.time.ZoneId;

/**
 * The first page after sign-in: the work list (what needs doing, each row linked to where it is done), and for
 * administrators the clinic's next steps. A therapist sees their own list unless they ask for the whole clinic's
 * ({@code ?scope=clinic}); an administrator sees the clinic's unless they ask for their own ({@code ?scope=own}).
 */
@Path("")
@RequestScoped
public class HomeController {

    @Inject
    Models models;

    @Inject
    CurrentUser currentUser;

    @Inject
    WorkListService workList;

    @Inject
    Messages messages;

    @GET
    public String home(@QueryParam("scope") String scope) {
        if (currentUser.isAdmin()) {
            models.put("staffCount", workList.staffCount(currentUser.clinicId()));
        }
        boolean clinicWide = "clinic".equals(scope) || !"own".equals(scope) && currentUser.isAdmin();
        models.put("workList", WorkListWords.view(workList.load(clinicWide), messages, ZoneId.systemDefault()));
        return "home/index.html";
    }
}

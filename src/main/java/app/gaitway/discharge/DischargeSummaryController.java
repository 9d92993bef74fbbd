package app.gaitway.discharge;

import app.gaitway.clinics.Letterhead;
import app.gaitway.shared.web.Models;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A discharge summary, on screen and for print (the same page; a print stylesheet lays it out on A4). */
@Path("discharges/{id: [0-9]{1,18}}")
@RequestScoped
public class DischargeSummaryController {

    @Inject
    DischargeService discharges;

    @Inject
    Letterhead letterhead;

    @Inject
    Models models;

    @GET
    public String show(@PathParam("id") long id) {
        Discharge d = discharges.open(id);
        models.put("discharge", d);
        models.put("summary", d.summary());
        models.put("letterhead", letterhead.current());
        return "discharge/summary.html";
    }
}

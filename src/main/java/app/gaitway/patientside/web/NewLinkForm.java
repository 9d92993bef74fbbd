package app.gaitway.patientside.web;

import app.gaitway.patientside.links.LinkService;
import app.gaitway.shared.text.WholeNumbers;
import jakarta.ws.rs.core.MultivaluedMap;

/** "Create the patient's link", as sent: how many days it works (chosen from a list). */
public record NewLinkForm(String days) {

    public static NewLinkForm from(MultivaluedMap<String, String> body) {
        return new NewLinkForm(body.getFirst("days"));
    }

    /** The days chosen; unreadable is the default (the service keeps any number within its bounds). */
    public int validDays() {
        return WholeNumbers.parseInt(days).orElse(LinkService.DEFAULT_DAYS);
    }
}

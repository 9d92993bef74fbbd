package app.gaitway.patientside.web;

import app.gaitway.shared.text.WholeNumbers;
import app.gaitway.shared.web.FieldProblem;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.List;
import java.util.Optional;

/**
 * "Email the link", as typed: the patient's address, and the link the form was drawn for (a link replaced
 * meanwhile is not sent in its place). Whether the address is one a mail server takes is only known by sending.
 */
public record LinkEmailForm(String link, String to) {

    public LinkEmailForm {
        link = clean(link);
        to = clean(to);
    }

    public static LinkEmailForm from(MultivaluedMap<String, String> body) {
        return new LinkEmailForm(body.getFirst("link"), body.getFirst("to"));
    }

    public List<FieldProblem> problems() {
        return to.isEmpty() ? List.of(new FieldProblem("to", "mail.send.badAddress")) : List.of();
    }

    public Optional<Long> linkId() {
        return WholeNumbers.parseLong(link);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}

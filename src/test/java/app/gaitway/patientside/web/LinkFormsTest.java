package app.gaitway.patientside.web;

import app.gaitway.patientside.links.LinkService;
import app.gaitway.shared.web.FieldProblem;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinkFormsTest {

    private static MultivaluedMap<String, String> body(String... nameValues) {
        MultivaluedMap<String, String> body = new MultivaluedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            body.add(nameValues[i], nameValues[i + 1]);
        }
        return body;
    }

    @Test
    void aNewLinkWorksForTheDaysChosenOrTheDefault() {
        assertEquals(90, NewLinkForm.from(body("days", "90")).validDays());
        assertEquals(
                LinkService.DEFAULT_DAYS,
                NewLinkForm.from(body("days", "ninety")).validDays());
        assertEquals(LinkService.DEFAULT_DAYS, NewLinkForm.from(body()).validDays());
    }

    @Test
    void anEmailNeedsAnAddressAndKeepsItAsTyped() {
        LinkEmailForm form = LinkEmailForm.from(body("link", "12", "to", " ann@example.org "));
        assertEquals(List.of(), form.problems());
        assertEquals("ann@example.org", form.to());
        assertEquals(Optional.of(12L), form.linkId());
        assertEquals(
                List.of(new FieldProblem("to", "mail.send.badAddress")),
                LinkEmailForm.from(body("link", "12", "to", "  ")).problems());
    }

    @Test
    void anUnreadableLinkNamesNoLink() {
        assertEquals(
                Optional.empty(),
                LinkEmailForm.from(body("link", "12x", "to", "a@b.org")).linkId());
        assertEquals(Optional.empty(), LinkEmailForm.from(body("to", "a@b.org")).linkId());
    }
}

package app.gaitway.patientside.web;

import app.gaitway.patientside.links.LinkSecret;
import app.gaitway.patientside.links.LinkService;
import app.gaitway.patientside.links.PatientLink;
import app.gaitway.patientside.mail.LinkMailer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/**
 * A program's links for the program page, as {@code ${programLinks.of(id)}}: the program pages show them
 * without the programs code depending on the patient-side code. Also writes a link's whole address, as paper, mail
 * and screen show it (the configured base URL, then the path).
 */
@Named("programLinks")
@RequestScoped
public class ProgramLinks {

    @Inject
    LinkService links;

    @Inject
    LinkMailer mailer;

    @Inject
    @ConfigProperty(name = "gaitway.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    public List<LinkService.Status> of(long programId) {
        return links.ofProgram(programId);
    }

    public boolean hasActive(List<LinkService.Status> list) {
        return list.stream().anyMatch(s -> s.state() == PatientLink.State.ACTIVE);
    }

    public boolean isMailOn() {
        return mailer.isConfigured();
    }

    public Optional<LinkService.Status> active(long programId) {
        return of(programId).stream()
                .filter(s -> s.state() == PatientLink.State.ACTIVE)
                .findFirst();
    }

    public String address(LinkSecret secret) {
        return enterCodeAddress() + "/" + secret.grouped();
    }

    /** Where a patient types the code: the address of a link without its secret. */
    public String enterCodeAddress() {
        return (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + "/p";
    }
}

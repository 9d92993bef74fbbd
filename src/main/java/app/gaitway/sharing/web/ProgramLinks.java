package app.gaitway.sharing.web;

import app.gaitway.sharing.links.LinkService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * A program's links for the program page, as {@code ${programLinks.of(id)}}: the program pages show them
 * without the programs code depending on the sharing code.
 */
@Named("programLinks")
@RequestScoped
public class ProgramLinks {

    @Inject
    LinkService links;

    public List<LinkService.Status> of(long programId) {
        return links.ofProgram(programId);
    }

    public boolean hasActive(List<LinkService.Status> list) {
        return list.stream().anyMatch(s -> s.state() == app.gaitway.sharing.links.PatientLink.State.ACTIVE);
    }
}

package app.gaitway.clinics;

import app.gaitway.security.CurrentUser;
import app.gaitway.security.accounts.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The therapists of the signed-in user's clinic, for the pages that name who is responsible for something. */
@ApplicationScoped
public class Colleagues {

    public record Colleague(long id, String fullName) {}

    @Inject
    UserRepository users;

    @Inject
    CurrentUser currentUser;

    /** The clinic's active therapists, by name; the signed-in user is always among them. */
    @Transactional
    public List<Colleague> therapists() {
        List<Colleague> list = new ArrayList<>(users.activeTherapists(currentUser.clinicId()).stream()
                .map(u -> new Colleague(u.getId(), u.getFullName()))
                .toList());
        if (list.stream().noneMatch(c -> c.id() == currentUser.id())) {
            list.add(0, new Colleague(currentUser.id(), currentUser.getFullName()));
        }
        return list;
    }

    /** An active colleague of the same clinic, or empty for anyone else. */
    @Transactional
    public Optional<Colleague> find(long id) {
        return therapists().stream().filter(c -> c.id() == id).findFirst();
    }
}

package app.gaitway.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.Optional;

/**
 * A form kept across sign-in, as a page sees it ({@link HeldForms} holds them). A form opts in by carrying
 * {@code ${heldForm.ownerToken}} in the hidden field {@link HeldForms#OWNER_FIELD} (the fragment
 * {@code fragments/form :: owner}); its controller's GET asks {@link #take()} and, when something comes back,
 * shows the form as typed exactly as it shows a form that failed its checks. The layout then says so
 * ({@code heldForm.restored}).
 */
@Named("heldForm")
@RequestScoped
public class HeldForm {

    @Inject
    HeldForms forms;

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpServletRequest request;

    private boolean restored;

    /** The fields posted from this address before the session ended, once, to the user who typed them. */
    public Optional<MultivaluedMap<String, String>> take() {
        Optional<SignedInUser> user = currentUser.get();
        if (user.isEmpty() || !"GET".equals(request.getMethod())) {
            return Optional.empty();
        }
        String query = request.getQueryString();
        String target = path() + (query == null ? "" : "?" + query);
        Optional<MultivaluedMap<String, String>> taken = forms.take(
                        request.getSession(false), user.get().id(), target)
                .map(fields -> {
                    MultivaluedMap<String, String> posted = new MultivaluedHashMap<>();
                    fields.forEach(posted::addAll);
                    return posted;
                });
        restored = restored || taken.isPresent();
        return taken;
    }

    /** True once this page shows a form given back after sign-in: not saved, to be checked and saved. */
    public boolean isRestored() {
        return restored;
    }

    /** The sealed owner of a form drawn on this page for the signed-in user. */
    public String getOwnerToken() {
        return currentUser.get().map(u -> forms.ownerToken(u.id(), path())).orElse("");
    }

    private String path() {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}

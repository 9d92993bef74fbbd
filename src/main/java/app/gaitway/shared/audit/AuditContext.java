package app.gaitway.shared.audit;

import java.util.Optional;

/**
 * Who is acting in the current request, as the audit trail records it. The trail lives on
 * the ground floor and cannot know how people sign in; the security package provides this
 * (its {@code CurrentUser}), so the dependency points down, never back up.
 */
public interface AuditContext {

    /** The signed-in user and their clinic; empty for a request nobody is signed in to. */
    Optional<Party> signedIn();

    /** The client's address as the audit trail and throttling see it. */
    String clientAddress();

    record Party(long userId, long clinicId) {}
}

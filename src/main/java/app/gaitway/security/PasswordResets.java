package app.gaitway.security;

import app.gaitway.shared.mail.StaffMailer;
import app.gaitway.shared.web.Messages;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * "Forgot password" by email, on only when SMTP is set (GAITWAY_SMTP_HOST). Asking for a link answers the same,
 * in the same time, whether or not an account has the address: the request thread only counts the client address
 * ({@link ResetRules}) and hands the address to a background task, which looks the account up, issues the link and
 * mails it. Templates see it as {@code passwordResets} (the sign-in page shows the link when it is on). Nothing about an address, an account or a link is logged.
 */
@Named("passwordResets")
@ApplicationScoped
public class PasswordResets {

    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());

    /** Client addresses remembered for the per-address quota; beyond this the least recently seen are forgotten. */
    private static final int ADDRESSES_KEPT = 10_000;

    @Inject
    StaffMailer mailer;

    @Inject
    PasswordResetStore store;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "gaitway.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Resource
    ManagedExecutorService executor;

    private final RequestQuota perAddress =
            new RequestQuota(ResetRules.REQUESTS_PER_ADDRESS, ResetRules.WINDOW, ADDRESSES_KEPT);

    public boolean isOn() {
        return mailer.isConfigured();
    }

    /**
     * Asks for a link for the typed address, off the request thread.
     *
     * @return false when this client address asked too often this hour (nothing is looked up then)
     */
    public boolean request(String typedEmail, String clientAddress) {
        if (!perAddress.tryTake(clientAddress, clock.instant())) {
            return false;
        }
        try {
            executor.execute(() -> issueAndMail(typedEmail, clientAddress));
        } catch (RejectedExecutionException e) {
            LOG.warning("A password-reset request was dropped: the server's task queue is full");
        }
        return true;
    }

    boolean isUsable(String token) {
        return store.isUsable(token, clock.instant());
    }

    /** Sets the new password with the link; on success tells the account's owner by email (off the request thread). */
    PasswordResetStore.Completion complete(
            String token, String newPassword, PasswordPolicy policy, String clientAddress) {
        PasswordResetStore.Completion result =
                store.complete(token, newPassword, policy, clientAddress, clock.instant());
        if (result.done()) {
            String to = result.email();
            try {
                executor.execute(() -> mailer.send(
                        to, messages.get("mail.reset.done.subject"), messages.get("mail.reset.done.body", base())));
            } catch (RejectedExecutionException e) {
                LOG.warning("The password-changed notice was not sent: the server's task queue is full");
            }
        }
        return result;
    }

    private void issueAndMail(String typedEmail, String clientAddress) {
        try {
            store.issue(typedEmail, clientAddress, clock.instant()).ifPresent(issued -> {
                String link = base() + "/password-reset/new?token=" + issued.token();
                boolean sent = mailer.send(
                        issued.email(),
                        messages.get("mail.reset.subject"),
                        messages.get("mail.reset.body", link, ResetRules.LINK_LIFETIME.toMinutes(), base()));
                if (!sent) {
                    LOG.warning("A password-reset link was issued but its mail was not sent (see the mail warning)");
                }
            });
        } catch (RuntimeException e) {
            LOG.warning(() -> "A password-reset request failed: " + e.getClass().getSimpleName());
        }
    }

    private String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}

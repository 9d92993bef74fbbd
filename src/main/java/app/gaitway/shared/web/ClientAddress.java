package app.gaitway.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's address for the audit trail and login throttling. Behind a reverse proxy
 * every request comes from the proxy, which would make one client's failed logins lock
 * out the whole clinic: with GAITWAY_TRUST_PROXY=true the address the proxy appended to
 * X-Forwarded-For is used instead (the last entry: earlier ones are client-supplied).
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "gaitway.trust.proxy", defaultValue = "false")
    boolean trustProxy;

    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustProxy);
    }

    static String resolve(String remoteAddress, String forwardedFor, boolean trustProxy) {
        if (trustProxy && forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty() && last.length() <= 64) {
                return last;
            }
        }
        return remoteAddress;
    }
}

package app.gaitway.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.Map;

/**
 * One Gaitway server shared by all integration tests of a run ({@code @ExtendWith(SharedServer.class)},
 * then take a {@link GaitwayServer} parameter). It is set up from configuration with a first
 * clinic ("Clinic A") and its administrator {@link #OWNER_EMAIL}. It trusts X-Forwarded-For, so
 * each {@link WebClient} can present its own client address and login throttling in one test
 * never locks out another. Tests create their own users with unique emails and stay
 * independent of order.
 */
public class SharedServer implements BeforeAllCallback, ParameterResolver {

    public static final String OWNER_EMAIL = "owner@clinic-a.test";
    public static final String OWNER_PASSWORD = "owner passphrase for tests";
    public static final String CLINIC_NAME = "Clinic A";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedServer.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    public static GaitwayServer server(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        "server",
                        key -> new Resource(GaitwayServer.start(
                                "shared",
                                Map.of(
                                        "GAITWAY_ADMIN_EMAIL", OWNER_EMAIL,
                                        "GAITWAY_ADMIN_PASSWORD", OWNER_PASSWORD,
                                        "GAITWAY_ADMIN_NAME", "Olivia Owner",
                                        "GAITWAY_CLINIC_NAME", CLINIC_NAME,
                                        "GAITWAY_TRUST_PROXY", "true"))),
                        Resource.class)
                .server;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == GaitwayServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    private record Resource(GaitwayServer server) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            server.close();
        }
    }
}

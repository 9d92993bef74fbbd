package app.gaitway.shared.db;

import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The endpoints a container platform or load balancer polls; open to anyone, no sign-in. */
@ExtendWith(SharedServer.class)
class HealthIT {

    private static final Pattern OVERALL_UP = Pattern.compile("^\\{\\s*\"status\"\\s*:\\s*\"UP\"");
    private static final Pattern DATABASE_UP =
            Pattern.compile("\\{\\s*\"name\"\\s*:\\s*\"database\"\\s*,\\s*\"status\"\\s*:\\s*\"UP\"");

    @Test
    void livenessIsUp(GaitwayServer server) {
        WebClient.Page live = new WebClient(server).get("/health/live");
        assertEquals(200, live.status());
        assertTrue(live.header("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(OVERALL_UP.matcher(live.body()).find(), live.body());
    }

    @Test
    void readinessIncludesTheDatabaseCheck(GaitwayServer server) {
        WebClient.Page ready = new WebClient(server).get("/health/ready");
        assertEquals(200, ready.status());
        assertTrue(ready.header("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(OVERALL_UP.matcher(ready.body()).find(), ready.body());
        assertTrue(DATABASE_UP.matcher(ready.body()).find(), "no database check in " + ready.body());
    }
}

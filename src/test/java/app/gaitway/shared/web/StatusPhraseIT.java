package app.gaitway.shared.web;

import app.gaitway.patientside.web.LinkSite;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.RawHttp;
import app.gaitway.testing.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 429 says so in its status line: "429 Too Many Requests", read off the socket (client libraries drop the phrase).
 * Payara's HTTP layer wrote "429 CUSTOM".
 */
@ExtendWith(SharedServer.class)
class StatusPhraseIT {

    @Test
    void theErrorPageOf429HasItsReasonPhrase(GaitwayServer server) {
        assertEquals(
                "HTTP/1.1 429 Too Many Requests",
                RawHttp.statusLine(RawHttp.exchange(server, "GET", "/error/429", "")));
    }

    @Test
    void aThrottledGuesserIsToldTooManyRequests(GaitwayServer server) {
        String from = "X-Forwarded-For: 10.42.29." + (1 + (int) (Math.random() * 250)) + "\r\n";
        for (int guess = 0; guess < 40; guess++) {
            String line = RawHttp.statusLine(RawHttp.exchange(server, "GET", "/p/" + LinkSite.unknownSecret(), from));
            if (line.startsWith("HTTP/1.1 429")) {
                assertEquals("HTTP/1.1 429 Too Many Requests", line);
                return;
            }
            assertTrue(line.startsWith("HTTP/1.1 404"), line);
        }
        throw new AssertionError("40 wrong links from one address were never throttled");
    }

    @Test
    void otherStatusesKeepTheirPhrases(GaitwayServer server) {
        assertEquals("HTTP/1.1 404 Not Found", RawHttp.statusLine(RawHttp.exchange(server, "GET", "/error/404", "")));
        assertEquals(
                "HTTP/1.1 405 Method Not Allowed",
                RawHttp.statusLine(RawHttp.exchange(server, "DELETE", "/login", "")));
    }
}

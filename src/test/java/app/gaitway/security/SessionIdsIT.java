package app.gaitway.security;

import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session ids are unguessable: 1,000 ids of fresh sessions, taken from the Set-Cookie header of the sign-in page as a
 * browser gets them, are all different, all 32 base64url characters (192 bits), and look uniformly random: every
 * character position is spread over the 64 characters as chance spreads it (chi-square), every one of the 192 bits is
 * set in about half the ids (a clock, counter or host part would hold some bits still), and no two ids share a
 * prefix longer than chance gives. The entropy the sample shows is printed and must be at least 128 bits. Payara's
 * own ids (28 hex characters, a clock part first) fail every one of these checks.
 */
@ExtendWith(SharedServer.class)
class SessionIdsIT {

    private static final Logger LOG = Logger.getLogger(SessionIdsIT.class.getName());
    private static final int SAMPLE = 1_000;
    private static final Pattern COOKIE = Pattern.compile("^JSESSIONID=([^;]*)");
    private static final Pattern FORM = Pattern.compile("^[A-Za-z0-9_-]{32}$");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final int BITS = 192;
    /**
     * Chi-square with 63 degrees of freedom exceeds 139.6 with probability 1e-7 (scipy.stats.chi2.ppf(1 - 1e-7, 63)):
     * over 32 positions a sound generator fails this test about 3 times in a million runs.
     */
    private static final double CHI_SQUARE_LIMIT = 139.6;
    /** 1,000 fair coin flips land 90 or more away from 500 with probability about 1e-8 (5.7 standard deviations). */
    private static final int BIT_DEVIATION_LIMIT = 90;
    /**
     * Among 1,000 random ids (about 500,000 pairs), two sharing their first 7 characters has probability about
     * 500,000 / 64^7, or 1e-7; Payara's ids made within the same second share their first 4 hex characters.
     */
    private static final int LONGEST_SHARED_PREFIX = 6;

    @Test
    void freshSessionsGetDistinctUniformlyRandomIdsOf192Bits(GaitwayServer server) {
        List<String> ids = freshIds(server, SAMPLE);

        assertEquals(SAMPLE, new HashSet<>(ids).size(), "every id differs");
        for (String id : ids) {
            assertTrue(FORM.matcher(id).matches(), "32 base64url characters: " + id);
        }
        for (int position = 0; position < 32; position++) {
            double chiSquare = chiSquare(ids, position);
            assertTrue(
                    chiSquare < CHI_SQUARE_LIMIT,
                    "character " + position + " is spread as chance spreads it: chi-square " + chiSquare);
        }
        int[] ones = bitCounts(ids);
        for (int bit = 0; bit < BITS; bit++) {
            assertTrue(
                    Math.abs(ones[bit] - SAMPLE / 2) < BIT_DEVIATION_LIMIT,
                    "bit " + bit + " is set in " + ones[bit] + " of " + SAMPLE + " ids");
        }
        int shared = longestSharedPrefix(ids);
        assertTrue(shared <= LONGEST_SHARED_PREFIX, "no common prefix or clock part: " + shared + " characters shared");

        double perCharacter = entropyPerPosition(ids);
        double perBit = entropyPerBit(ones);
        LOG.info(() -> String.format(
                "Session id entropy over %d ids: %.1f bits by character position (Miller-Madow), %.1f bits by bit;"
                        + " longest shared prefix %d characters",
                SAMPLE, perCharacter, perBit, shared));
        assertTrue(perCharacter >= 128, "at least 128 bits: " + perCharacter);
        assertTrue(perBit >= 128, "at least 128 bits: " + perBit);
    }

    /** The new id given at sign-in (against session fixation) comes from the same generator. */
    @Test
    void theIdGivenAtSignInIsOfTheSameKind(GaitwayServer server) {
        WebClient browser = new WebClient(server);
        browser.get("/login");
        String before = browser.sessionCookie().orElseThrow();
        assertEquals(
                303,
                browser.login(SharedServer.OWNER_EMAIL, SharedServer.OWNER_PASSWORD)
                        .status());
        String after = browser.sessionCookie().orElseThrow();
        assertNotEquals(before, after, "a new id at sign-in");
        assertTrue(FORM.matcher(after).matches(), after);
        assertEquals(200, browser.get("/").status());
    }

    private static List<String> freshIds(GaitwayServer server, int count) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                // no cookie sent: each request starts a session of its own
                HttpResponse<Void> page = http.send(
                        HttpRequest.newBuilder(server.uri("/login"))
                                .header("X-Forwarded-For", "10.77." + (i / 250) + "." + (1 + i % 250))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                assertEquals(200, page.statusCode());
                String id = page.headers().allValues("Set-Cookie").stream()
                        .map(COOKIE::matcher)
                        .filter(Matcher::find)
                        .map(m -> m.group(1))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no session cookie: " + page.headers()));
                ids.add(id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static double chiSquare(List<String> ids, int position) {
        int[] counts = characterCounts(ids, position);
        double expected = ids.size() / 64.0;
        double sum = 0;
        for (int c : counts) {
            sum += (c - expected) * (c - expected) / expected;
        }
        return sum;
    }

    private static int[] characterCounts(List<String> ids, int position) {
        int[] counts = new int[64];
        for (String id : ids) {
            counts[ALPHABET.indexOf(id.charAt(position))]++;
        }
        return counts;
    }

    private static int[] bitCounts(List<String> ids) {
        int[] ones = new int[BITS];
        for (String id : ids) {
            byte[] bytes = Base64.getUrlDecoder().decode(id);
            for (int bit = 0; bit < BITS; bit++) {
                ones[bit] += (bytes[bit / 8] >> (7 - bit % 8)) & 1;
            }
        }
        return ones;
    }

    /**
     * Sum over the 32 positions of each position's Shannon entropy in the sample, with the Miller-Madow correction
     * for the bias of a finite sample ((observed symbols - 1) / (2 n ln 2)). It cannot see dependence between
     * positions; the bit and prefix checks above look for the usual kinds (a clock, a counter, a host part).
     */
    private static double entropyPerPosition(List<String> ids) {
        double total = 0;
        int n = ids.size();
        for (int position = 0; position < 32; position++) {
            int seen = 0;
            double h = 0;
            for (int c : characterCounts(ids, position)) {
                if (c > 0) {
                    seen++;
                    double p = (double) c / n;
                    h -= p * Math.log(p) / Math.log(2);
                }
            }
            total += h + (seen - 1) / (2.0 * n * Math.log(2));
        }
        return total;
    }

    private static double entropyPerBit(int[] ones) {
        double total = 0;
        for (int count : ones) {
            double p = (double) count / SAMPLE;
            if (p > 0 && p < 1) {
                total -= (p * Math.log(p) + (1 - p) * Math.log(1 - p)) / Math.log(2);
            }
        }
        return total;
    }

    private static int longestSharedPrefix(List<String> ids) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
        int longest = 0;
        for (int i = 1; i < sorted.size(); i++) {
            String a = sorted.get(i - 1);
            String b = sorted.get(i);
            int k = 0;
            while (k < Math.min(a.length(), b.length()) && a.charAt(k) == b.charAt(k)) {
                k++;
            }
            longest = Math.max(longest, k);
        }
        return longest;
    }
}

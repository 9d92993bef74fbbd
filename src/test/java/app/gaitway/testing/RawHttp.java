package app.gaitway.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 exchange over a socket of its own, read back byte for byte: for what client libraries hide (the
 * status line's reason phrase) or would not send (an unusual method or address).
 */
public final class RawHttp {

    private RawHttp() {}

    /** Sends "{method} {address}" with the given extra header lines (each ending in CRLF); the whole answer. */
    public static String exchange(GaitwayServer server, String method, String address, String headerLines) {
        try (Socket socket =
                new Socket("localhost", URI.create(server.baseUrl()).getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + address + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headerLines
                            + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first line of an answer. */
    public static String statusLine(String answer) {
        return answer.lines().findFirst().orElse("(no answer)");
    }

    /** The header part of an answer (up to the empty line). */
    public static String head(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        return end < 0 ? answer : answer.substring(0, end);
    }
}

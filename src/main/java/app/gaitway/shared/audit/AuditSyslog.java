package app.gaitway.shared.audit;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends each audit checkpoint to a syslog server (GAITWAY_AUDIT_SYSLOG=host:port) as one RFC 5424 message over UDP
 * (RFC 5426), so a copy lives on another machine that whoever can change the database cannot reach. UDP because a
 * syslog server that is down must never hold Gaitway up; a lost datagram costs one checkpoint's copy, the next
 * one follows with the next checkpoint.
 */
final class AuditSyslog {

    private static final Logger LOG = Logger.getLogger(AuditSyslog.class.getName());

    /** Facility 13 "log audit" (RFC 5424, 6.2.1) times 8, plus severity 5 "notice". */
    private static final int PRIORITY = 13 * 8 + 5;

    /** RFC 5426 (3.2): a receiver must take 480 bytes over IPv4; a checkpoint line is about 250. */
    private static final int MOST_BYTES = 480;

    private final InetSocketAddress target;
    private final String hostName;

    private AuditSyslog(InetSocketAddress target, String hostName) {
        this.target = target;
        this.hostName = hostName;
    }

    /** From the setting "host:port" (an IPv6 address in brackets); empty when unset, or when wrong (then logged). */
    static Optional<AuditSyslog> configured(String setting) {
        if (setting == null || setting.isBlank()) {
            return Optional.empty();
        }
        String value = setting.strip();
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            LOG.warning("GAITWAY_AUDIT_SYSLOG must be host:port (e.g. logs.clinic.example:514); checkpoints go to the"
                    + " data directory only");
            return Optional.empty();
        }
        String host = value.substring(0, colon).replace("[", "").replace("]", "");
        int port;
        try {
            port = Integer.parseInt(value.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            LOG.warning("GAITWAY_AUDIT_SYSLOG has no valid port (1-65535); checkpoints go to the data directory only");
            return Optional.empty();
        }
        return Optional.of(new AuditSyslog(InetSocketAddress.createUnresolved(host, port), localHostName()));
    }

    String describe() {
        return target.getHostString() + ":" + target.getPort();
    }

    /** RFC 5424: PRI VERSION TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA MSG. */
    String message(AuditCheckpoint checkpoint, Instant now) {
        String timestamp = DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.MILLIS));
        return "<" + PRIORITY + ">1 " + timestamp + " " + hostName + " gaitway "
                + ProcessHandle.current().pid() + " audit-checkpoint - " + checkpoint.line();
    }

    void send(AuditCheckpoint checkpoint, Instant now) {
        byte[] bytes = message(checkpoint, now).getBytes(StandardCharsets.US_ASCII);
        if (bytes.length > MOST_BYTES) {
            LOG.warning("An audit checkpoint message is longer than syslog over UDP takes for sure; not sent");
            return;
        }
        try (DatagramSocket socket = new DatagramSocket()) {
            InetAddress address = InetAddress.getByName(target.getHostString());
            socket.send(new DatagramPacket(bytes, bytes.length, address, target.getPort()));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The audit checkpoint could not be sent to syslog at " + describe(), e);
        }
    }

    private static String localHostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.isBlank() || !name.chars().allMatch(c -> c > 32 && c < 127) ? "-" : name;
        } catch (UnknownHostException e) {
            return "-";
        }
    }
}

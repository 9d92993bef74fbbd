package app.gaitway.shared.svg;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A QR code as a small vector picture: the patient's link on paper, an authenticator app's key on the screen
 * where a second factor is set up. Error correction M (a crease or a
 * smudge on a fridge sheet still scans), the standard quiet zone of four modules, and one path of dark
 * modules, one unit per module, so it prints sharp at any size. The same text always gives the same markup.
 */
public final class QrCode {

    /** White modules around the code that scanners need to find it (the standard asks for four). */
    static final int QUIET_ZONE = 4;

    private QrCode() {}

    /** The code as SVG markup: a white square and one black path, in a viewBox of modules plus quiet zone. */
    public static String svg(String text) {
        ByteMatrix matrix = matrix(text);
        int size = matrix.getWidth() + 2 * QUIET_ZONE;
        StringBuilder svg = new StringBuilder(4096)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(size)
                .append(' ')
                .append(size)
                .append("\" width=\"")
                .append(size)
                .append("\" height=\"")
                .append(size)
                .append("\" shape-rendering=\"crispEdges\" aria-hidden=\"true\">")
                .append("<rect width=\"")
                .append(size)
                .append("\" height=\"")
                .append(size)
                .append("\" fill=\"#fff\"/>")
                .append("<path fill=\"#000\" d=\"");
        appendDarkModules(matrix, svg);
        return svg.append("\"/></svg>").toString();
    }

    /** The same picture as a {@code data:} address, for an {@code <img>}. */
    public static String dataUri(String text) {
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg(text).getBytes(StandardCharsets.UTF_8));
    }

    /** The modules without the quiet zone: {@code 1} is dark. */
    static ByteMatrix matrix(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("A QR code needs a text");
        }
        try {
            return Encoder.encode(
                            text,
                            ErrorCorrectionLevel.M,
                            Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()))
                    .getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code: " + text.length() + " characters", e);
        }
    }

    /** Each horizontal run of dark modules as one rectangle: "M x y h run v 1 h -run z". */
    private static void appendDarkModules(ByteMatrix matrix, StringBuilder d) {
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (matrix.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y) == 1) {
                    x++;
                }
                int run = x - start;
                d.append('M')
                        .append(start + QUIET_ZONE)
                        .append(' ')
                        .append(y + QUIET_ZONE)
                        .append('h')
                        .append(run)
                        .append("v1h-")
                        .append(run)
                        .append('z');
            }
        }
    }
}

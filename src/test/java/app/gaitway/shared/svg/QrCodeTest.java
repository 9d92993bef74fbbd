package app.gaitway.shared.svg;

import com.google.zxing.qrcode.encoder.ByteMatrix;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QrCodeTest {

    private static final String LINK = "https://gaitway.example/p/7KM3-QX9T-2HWD";
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

    @Test
    void shortTextGivesTheSmallestCodeWithItsQuietZone() {
        ByteMatrix m = QrCode.matrix("HELLO");
        assertEquals(21, m.getWidth(), "version 1 is 21 modules across");
        assertTrue(QrCode.svg("HELLO").contains("viewBox=\"0 0 29 29\""), "21 modules plus 4 on each side");
    }

    @Test
    void aPatientLinkFitsAVersionThreeCodeAtLevelM() {
        // 40 bytes: version 3-M holds up to 42 in byte mode, so 29 modules plus the quiet zone.
        assertEquals(29, QrCode.matrix(LINK).getWidth());
        assertTrue(QrCode.svg(LINK).contains("viewBox=\"0 0 37 37\""));
    }

    @Test
    void theSameTextGivesTheSameSvgAndAnotherTextAnother() {
        assertEquals(QrCode.svg(LINK), QrCode.svg(LINK));
        assertTrue(!QrCode.svg(LINK).equals(QrCode.svg(LINK + "X")));
    }

    @Test
    void thePathCoversExactlyTheDarkModulesInsideTheQuietZone() {
        ByteMatrix m = QrCode.matrix(LINK);
        int dark = 0;
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                dark += m.get(x, y) == 1 ? 1 : 0;
            }
        }
        String svg = QrCode.svg(LINK);
        assertEquals(1, svg.split("<path", -1).length - 1, "one path");
        int covered = 0;
        Matcher run = RUN.matcher(svg);
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            assertTrue(x >= QrCode.QUIET_ZONE && y >= QrCode.QUIET_ZONE, "inside the quiet zone");
            assertTrue(x + length <= m.getWidth() + QrCode.QUIET_ZONE && y < m.getHeight() + QrCode.QUIET_ZONE);
            for (int i = 0; i < length; i++) {
                assertEquals(1, m.get(x - QrCode.QUIET_ZONE + i, y - QrCode.QUIET_ZONE));
            }
            covered += length;
        }
        assertEquals(dark, covered);
    }

    @Test
    void dataUriCarriesTheSameSvg() {
        String uri = QrCode.dataUri(LINK);
        assertTrue(uri.startsWith("data:image/svg+xml;base64,"));
        String svg =
                new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertEquals(QrCode.svg(LINK), svg);
    }

    @Test
    void refusesAnEmptyText() {
        assertThrows(IllegalArgumentException.class, () -> QrCode.svg(""));
    }
}

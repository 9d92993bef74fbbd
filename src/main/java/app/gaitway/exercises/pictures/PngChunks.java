package app.gaitway.exercises.pictures;

import java.util.zip.CRC32;

/**
 * Checks a PNG's chunk structure: every chunk complete with a correct checksum, from IHDR to
 * IEND. The JDK's reader checks no checksums, so without this a flipped bit in the image data
 * could pass as a picture, and a file cut short after its last image chunk would too.
 */
final class PngChunks {

    private PngChunks() {}

    /** Null if the chunks are sound, else what is wrong. Bytes after IEND are ignored: re-encoding drops them. */
    static String problem(byte[] png) {
        int at = 8;
        boolean first = true;
        while (true) {
            if (at + 12 > png.length) {
                return "ends before its IEND chunk";
            }
            long length = readInt(png, at) & 0xffffffffL;
            if (length > png.length - at - 12L) {
                return "a chunk runs past the end of the file";
            }
            String type = new String(png, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (first && !type.equals("IHDR")) {
                return "does not start with IHDR";
            }
            first = false;
            CRC32 crc = new CRC32();
            crc.update(png, at + 4, 4 + (int) length);
            int stored = readInt(png, at + 8 + (int) length);
            if ((int) crc.getValue() != stored) {
                return "bad checksum in a " + type.replaceAll("[^A-Za-z]", "?") + " chunk";
            }
            if (type.equals("IEND")) {
                return null;
            }
            at += 12 + (int) length;
        }
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
    }
}

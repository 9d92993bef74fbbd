package app.gaitway.exercises.pictures;

/**
 * What Gaitway needs from a JPEG's segments before decoding it: how many scans it has (each
 * scan of a progressive JPEG is another pass over the whole image, so thousands of tiny scans
 * cost minutes of CPU in a small file) and the EXIF orientation (phones store pictures sideways
 * and say so there; re-encoding drops the EXIF, so the turn is applied to the pixels).
 * Anything malformed here is left for the decoder to refuse.
 */
final class JpegSegments {

    private static final int SOS = 0xda;
    private static final int EOI = 0xd9;
    private static final int APP1 = 0xe1;

    /** Start-of-scan markers seen. */
    final int scans;
    /** EXIF orientation 1 to 8; 1 (as stored) when missing or unreadable. */
    final int orientation;

    private JpegSegments(int scans, int orientation) {
        this.scans = scans;
        this.orientation = orientation;
    }

    static JpegSegments read(byte[] jpeg) {
        int scans = 0;
        int orientation = 1;
        int at = 2; // after the start-of-image marker
        while (at + 1 < jpeg.length) {
            if ((jpeg[at] & 0xff) != 0xff) {
                break;
            }
            int marker = jpeg[at + 1] & 0xff;
            if (marker == 0xff) {
                at++; // fill byte
                continue;
            }
            if (marker == EOI) {
                break;
            }
            if (marker == 0x01 || marker >= 0xd0 && marker <= 0xd7) {
                at += 2; // markers without a length
                continue;
            }
            if (at + 4 > jpeg.length) {
                break;
            }
            int length = (jpeg[at + 2] & 0xff) << 8 | jpeg[at + 3] & 0xff;
            int payload = at + 4;
            int next = at + 2 + length;
            if (length < 2 || next > jpeg.length) {
                break;
            }
            if (marker == APP1 && orientation == 1) {
                orientation = exifOrientation(jpeg, payload, next);
            }
            if (marker == SOS) {
                scans++;
                next = endOfScanData(jpeg, next);
            }
            at = next;
        }
        return new JpegSegments(scans, orientation);
    }

    /** Entropy-coded data ends at the first marker that is neither a stuffed 0xff00 nor a restart. */
    private static int endOfScanData(byte[] jpeg, int at) {
        for (int i = at; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xff) {
                int m = jpeg[i + 1] & 0xff;
                if (m != 0x00 && m != 0xff && !(m >= 0xd0 && m <= 0xd7)) {
                    return i;
                }
            }
        }
        return jpeg.length;
    }

    /** Tag 0x0112 of the first image directory of an "Exif\0\0" APP1 segment, or 1. */
    private static int exifOrientation(byte[] b, int from, int to) {
        if (to - from < 14
                || b[from] != 'E'
                || b[from + 1] != 'x'
                || b[from + 2] != 'i'
                || b[from + 3] != 'f'
                || b[from + 4] != 0
                || b[from + 5] != 0) {
            return 1;
        }
        int tiff = from + 6;
        boolean little;
        if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            little = true;
        } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            little = false;
        } else {
            return 1;
        }
        if (read16(b, tiff + 2, little) != 42) {
            return 1;
        }
        long ifd = read32(b, tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > to) {
            return 1;
        }
        int dir = tiff + (int) ifd;
        int entries = read16(b, dir, little);
        for (int e = 0; e < entries; e++) {
            int entry = dir + 2 + 12 * e;
            if (entry + 12 > to) {
                return 1;
            }
            if (read16(b, entry, little) == 0x0112) {
                int type = read16(b, entry + 2, little);
                int value = read16(b, entry + 8, little);
                return type == 3 && value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int read16(byte[] b, int at, boolean little) {
        int x = b[at] & 0xff;
        int y = b[at + 1] & 0xff;
        return little ? y << 8 | x : x << 8 | y;
    }

    private static long read32(byte[] b, int at, boolean little) {
        long hi = read16(b, little ? at + 2 : at, little);
        long lo = read16(b, little ? at : at + 2, little);
        return hi << 16 | lo;
    }
}

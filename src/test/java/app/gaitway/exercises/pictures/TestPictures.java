package app.gaitway.exercises.pictures;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/** Pictures made in code, and the hand-built bytes (EXIF, PNG chunks, headers) the tests need. */
public final class TestPictures {

    private TestPictures() {}

    /** A picture with something in it: a gradient, a dark square top left, a red bar on the right. */
    public static BufferedImage drawing(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        for (int y = 0; y < height; y += 8) {
            g.setColor(new Color(40 + 180 * y / height, 120, 200 - 150 * y / height));
            g.fillRect(0, y, width, 8);
        }
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, width / 4, height / 4);
        g.setColor(Color.RED);
        g.fillRect(width * 7 / 8, 0, width / 8, height);
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    static byte[] jpeg(BufferedImage image) {
        return write(image, "jpeg");
    }

    static byte[] gif(BufferedImage image) {
        return write(image, "gif");
    }

    static byte[] bmp(BufferedImage image) {
        return write(image, "bmp");
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage read(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalStateException("not a picture ImageIO knows");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- JPEG ---

    /**
     * An APP1 EXIF segment, big-endian, with an image description holding {@code secret}, a GPS
     * directory whose latitude reference is "N", and the given orientation.
     */
    static byte[] exifSegment(String secret, int orientation) {
        byte[] text = (secret + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 3 * 12 + 4 + 2 + 12 + 4 + text.length);
        int ifd0 = 8;
        int gpsIfd = ifd0 + 2 + 3 * 12 + 4;
        int textAt = gpsIfd + 2 + 12 + 4;
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x010e).putShort((short) 2).putInt(text.length).putInt(textAt); // ImageDescription
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd); // GPS directory
        tiff.putInt(0);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0001)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        tiff.putInt(0);
        tiff.put(text);
        byte[] payload = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
        return segment(0xe1, payload);
    }

    /** A JPEG comment segment. */
    static byte[] commentSegment(String comment) {
        return segment(0xfe, comment.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] segment(int marker, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(4 + payload.length);
        b.put((byte) 0xff)
                .put((byte) marker)
                .putShort((short) (payload.length + 2))
                .put(payload);
        return b.array();
    }

    /** The JPEG with segments inserted right after its start-of-image marker. */
    static byte[] withSegments(byte[] jpeg, byte[]... segments) {
        byte[] result = Arrays.copyOf(jpeg, 2);
        for (byte[] s : segments) {
            result = concat(result, s);
        }
        return concat(result, Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /** A real (small) JPEG whose frame header is changed to claim this size. */
    static byte[] jpegClaiming(int width, int height) {
        byte[] jpeg = jpeg(drawing(16, 16, BufferedImage.TYPE_INT_RGB));
        for (int i = 2; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == 0xc0) {
                ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) height).putShort((short) width);
                return jpeg;
            }
        }
        throw new IllegalStateException("no baseline frame header");
    }

    // --- PNG ---

    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** A PNG chunk with its length and a correct checksum. */
    static byte[] chunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(b.array(), 4, 4 + data.length);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    static byte[] textChunk(String keyword, String text) {
        return chunk("tEXt", (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The PNG with chunks inserted right after its IHDR (signature 8 bytes, IHDR 25). */
    static byte[] withChunksAfterHeader(byte[] png, byte[]... chunks) {
        byte[] result = Arrays.copyOf(png, 8 + 25);
        for (byte[] c : chunks) {
            result = concat(result, c);
        }
        return concat(result, Arrays.copyOfRange(png, 8 + 25, png.length));
    }

    /** A PNG signature and a header claiming this size (8-bit RGBA), and nothing else: no pixel data. */
    static byte[] pngHeaderClaiming(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 6)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        return concat(PNG_SIGNATURE, chunk("IHDR", ihdr.array()));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}

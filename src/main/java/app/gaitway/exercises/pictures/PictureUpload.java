package app.gaitway.exercises.pictures;

import app.gaitway.exercises.pictures.RejectedPicture.Reason;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Turns a clinic's uploaded picture into one Gaitway is willing to store and serve.
 *
 * <p>The content decides, never the file name or the declared type: the first bytes must be
 * PNG or JPEG, the dimensions are read from the header and checked before anything is decoded
 * (a 100 KB file can claim a billion pixels), then the picture must decode without a warning.
 * What is kept is a fresh encoding of the pixels only, so EXIF (with GPS), comments, text
 * chunks, colour profiles and anything hidden after the image are gone. PNG stays PNG (it may
 * have transparency); JPEG stays JPEG, as RGB at quality 0.85. Pictures are scaled down so
 * the longer side is at most {@value #LONGEST_SIDE} px; smaller ones keep their size.
 *
 * <p>Nothing touches the disk: ImageIO's file cache is bypassed by reading and writing through
 * memory-cached streams.
 */
public final class PictureUpload {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    static final int MAX_SIDE = 10_000;
    static final long MAX_PIXELS = 40_000_000L;
    static final int LONGEST_SIDE = 1600;
    static final float JPEG_QUALITY = 0.85f;
    /** A progressive JPEG has about 10 scans; each scan is a pass over the whole picture. */
    static final int MAX_JPEG_SCANS = 100;

    private PictureUpload() {}

    public static CleanPicture clean(byte[] upload) throws RejectedPicture {
        if (upload == null || upload.length == 0) {
            throw new RejectedPicture(Reason.EMPTY, "empty upload");
        }
        if (upload.length > MAX_BYTES) {
            throw new RejectedPicture(Reason.TOO_LARGE, upload.length + " bytes, more than " + MAX_BYTES);
        }
        PictureFormat format = PictureFormat.sniff(upload);
        if (format == null) {
            throw new RejectedPicture(Reason.NOT_PNG_OR_JPEG, "content is neither PNG nor JPEG");
        }
        int orientation = 1;
        if (format == PictureFormat.JPEG) {
            JpegSegments segments = JpegSegments.read(upload);
            if (segments.scans > MAX_JPEG_SCANS) {
                throw new RejectedPicture(Reason.DAMAGED, "JPEG with " + segments.scans + " scans");
            }
            orientation = segments.orientation;
        }
        Decoded decoded = decode(upload, format);
        boolean keepAlpha =
                format == PictureFormat.PNG && decoded.image.getColorModel().hasAlpha();
        BufferedImage scaled = scaleDown(decoded.image, decoded.width, decoded.height, keepAlpha);
        BufferedImage picture = Orientation.apply(scaled, orientation);
        byte[] bytes = format == PictureFormat.PNG ? encodePng(picture) : encodeJpeg(picture);
        return new CleanPicture(bytes, format.mediaType, picture.getWidth(), picture.getHeight());
    }

    /** The pixels, perhaps subsampled, and the size the file says it has. */
    private record Decoded(BufferedImage image, int width, int height) {}

    /** Reads the size from the header, refuses what is too big, then decodes (subsampled if huge). */
    private static Decoded decode(byte[] upload, PictureFormat format) throws RejectedPicture {
        ImageReader reader = readerFor(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            // ignoring metadata: the reader skips text, profiles and EXIF instead of parsing them
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new RejectedPicture(Reason.DAMAGED, "size " + width + "x" + height);
            }
            if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                throw new RejectedPicture(Reason.TOO_MANY_PIXELS, "size " + width + "x" + height);
            }
            if (format == PictureFormat.PNG) {
                String problem = PngChunks.problem(upload);
                if (problem != null) {
                    throw new RejectedPicture(Reason.DAMAGED, "PNG " + problem);
                }
            }
            ImageReadParam param = reader.getDefaultReadParam();
            // a picture over twice the target size is read with every n-th pixel only: between one
            // and two times the target is left for a smooth scale-down, and a 40 MP picture takes
            // at most 3200 x 3200 pixels of memory instead of 40 million
            int step = Math.max(1, (Math.max(width, height) + 2 * LONGEST_SIDE - 1) / (2 * LONGEST_SIDE));
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            List<String> warnings = new ArrayList<>();
            // the JPEG decoder fills a cut-off picture with grey and only warns
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image = reader.read(0, param);
            if (!warnings.isEmpty()) {
                throw new RejectedPicture(Reason.DAMAGED, "decoder warning: " + warnings.get(0));
            }
            return new Decoded(image, width, height);
        } catch (IOException | RuntimeException e) {
            // decoders throw all sorts on malformed input (IIOException, IndexOutOfBounds, IllegalArgument...)
            throw new RejectedPicture(Reason.DAMAGED, "does not decode: " + e, e);
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader readerFor(PictureFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        return readers.next();
    }

    /**
     * A copy at most {@link #LONGEST_SIDE} px on its longer side, as RGB or ARGB (premultiplied
     * while scaling, so transparent edges do not go dark). Large reductions go in halving steps
     * with bilinear filtering, which averages every pixel, and end with one bicubic step; a
     * single bicubic jump from 3000 to 400 px would skip most pixels and shimmer.
     */
    static BufferedImage scaleDown(BufferedImage source, int width, int height, boolean keepAlpha) {
        // the size the file claims, not the subsampled one, so rounding keeps the true aspect ratio
        double scale = Math.min(1.0, LONGEST_SIDE / (double) Math.max(width, height));
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        int workingType = keepAlpha ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB;

        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        while (w / 2 >= targetWidth && h / 2 >= targetHeight) {
            w /= 2;
            h /= 2;
            current = draw(current, w, h, workingType, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (w != targetWidth || h != targetHeight || current == source) {
            current = draw(current, targetWidth, targetHeight, workingType, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        }
        // the encoders want straight (not premultiplied) alpha
        return keepAlpha
                ? draw(
                        current,
                        targetWidth,
                        targetHeight,
                        BufferedImage.TYPE_INT_ARGB,
                        RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR)
                : current;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D g = target.createGraphics();
        try {
            if (!target.getColorModel().hasAlpha()) {
                // a JPEG has no transparency: anything see-through lands on white, not black
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            } else {
                g.setComposite(AlphaComposite.Src);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encodePng(BufferedImage image) {
        ImageWriter writer = writerFor("png");
        return encode(image, writer, writer.getDefaultWriteParam());
    }

    private static byte[] encodeJpeg(BufferedImage image) {
        ImageWriter writer = writerFor("jpeg");
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        return encode(image, writer, param);
    }

    /** Writes the pixels with no metadata of ours: the encoders add only what the format needs. */
    private static byte[] encode(BufferedImage image, ImageWriter writer, ImageWriteParam param) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding in memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageWriter writerFor(String format) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IllegalStateException("no ImageIO writer for " + format);
        }
        return writers.next();
    }

    /** EXIF orientation applied to the pixels of an INT_RGB or INT_ARGB picture. */
    static final class Orientation {

        private Orientation() {}

        static BufferedImage apply(BufferedImage image, int orientation) {
            if (orientation < 2 || orientation > 8) {
                return image;
            }
            int w = image.getWidth();
            int h = image.getHeight();
            boolean turned = orientation >= 5;
            BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h, image.getType());
            int[] src = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
            int outWidth = out.getWidth();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int tx;
                    int ty;
                    switch (orientation) {
                        case 2 -> {
                            tx = w - 1 - x;
                            ty = y;
                        } // mirrored
                        case 3 -> {
                            tx = w - 1 - x;
                            ty = h - 1 - y;
                        } // upside down
                        case 4 -> {
                            tx = x;
                            ty = h - 1 - y;
                        } // mirrored upside down
                        case 5 -> {
                            tx = y;
                            ty = x;
                        } // mirrored, turned
                        case 6 -> {
                            tx = h - 1 - y;
                            ty = x;
                        } // needs a quarter turn clockwise
                        case 7 -> {
                            tx = h - 1 - y;
                            ty = w - 1 - x;
                        } // mirrored, turned the other way
                        default -> {
                            tx = y;
                            ty = w - 1 - x;
                        } // 8: a quarter turn anticlockwise
                    }
                    dst[ty * outWidth + tx] = src[y * w + x];
                }
            }
            return out;
        }
    }
}

package app.gaitway.exercises.pictures;

/** The two formats accepted, recognised by their first bytes and nothing else. */
enum PictureFormat {
    PNG("png", "image/png"),
    JPEG("jpeg", "image/jpeg");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** The name ImageIO knows the format by. */
    final String imageIoName;

    final String mediaType;

    PictureFormat(String imageIoName, String mediaType) {
        this.imageIoName = imageIoName;
        this.mediaType = mediaType;
    }

    /** The format these bytes start like, or null. */
    static PictureFormat sniff(byte[] data) {
        if (startsWith(data, PNG_SIGNATURE)) {
            return PNG;
        }
        // start of image, then the first segment's marker
        if (data.length >= 3 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8 && (data[2] & 0xff) == 0xff) {
            return JPEG;
        }
        return null;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

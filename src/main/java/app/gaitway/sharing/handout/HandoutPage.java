package app.gaitway.sharing.handout;

import app.gaitway.sharing.HandoutView;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What the handout template reads: the view as it is (its texts are only ever shown with {@code th:text}),
 * dates in the paper's style, and each picture either as the id of a place for a drawing (see
 * {@link GeneratedSvg}) or as a {@code data:} address for an uploaded photo.
 */
public record HandoutPage(HandoutView view, String versionDate, String reviewDate, List<Card> cards, String qr,
                   List<Integer> days, String css) {

    static final int LOG_DAYS = 14;
    private static final Set<String> PHOTO_TYPES = Set.of("image/png", "image/jpeg");

    /** One exercise with its pictures; {@code middle} is {@link Shown#NONE} for most. */
    public record Card(HandoutView.Item item, Shown start, Shown end, Shown middle) {

        public Card(HandoutView.Item item, Shown start, Shown end) {
            this(item, start, end, Shown.NONE);
        }

        public boolean hasPictures() {
            return start.shown() || end.shown();
        }
    }

    /** A picture as the page shows it: a place for a drawing, an image address, or nothing. */
    public record Shown(String svg, String src, String alt) {

        static final Shown NONE = new Shown(null, null, "");

        public boolean shown() {
            return svg != null || src != null;
        }
    }

    static HandoutPage of(HandoutView view, Paper paper, String css, GeneratedSvg drawings) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(paper.datePattern, Locale.ENGLISH);
        List<Card> cards = new ArrayList<>();
        for (HandoutView.Item item : view.items()) {
            cards.add(new Card(item, shown(item.start(), drawings), shown(item.end(), drawings),
                    shown(item.middle(), drawings)));
        }
        // The code holds exactly the link printed under it: the whole address, as a phone camera needs it to
        // open the page (the path alone showed as text).
        String qr = view.typedLink() == null || view.typedLink().isBlank() ? null : drawings.add(QrCode.svg(view.typedLink()));
        return new HandoutPage(view, format(view.versionDate(), dates), format(view.reviewDate(), dates), cards, qr,
                IntStream.rangeClosed(1, LOG_DAYS).boxed().toList(), css);
    }

    private static Shown shown(HandoutView.Picture picture, GeneratedSvg drawings) {
        if (picture == null) {
            return Shown.NONE;
        }
        String alt = picture.alt() == null ? "" : picture.alt();
        if (picture.isDrawing()) {
            return new Shown(drawings.add(picture.svg()), null, alt);
        }
        if (picture.bytes() != null && PHOTO_TYPES.contains(picture.mediaType())) {
            return new Shown(null, "data:" + picture.mediaType() + ";base64,"
                    + Base64.getEncoder().encodeToString(picture.bytes()), alt);
        }
        return Shown.NONE;
    }

    private static String format(LocalDate date, DateTimeFormatter dates) {
        return date == null ? null : dates.format(date);
    }
}

package app.gaitway.patientside.handout;

import app.gaitway.patientside.HandoutView;
import app.gaitway.shared.svg.QrCode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What the handout and fridge-sheet templates read: the view as it is (its texts are only ever shown with
 * {@code th:text}), dates in the paper's style, and each picture either as the id of a place for a drawing (see
 * {@link GeneratedSvg}) or as a {@code data:} address for an uploaded photo.
 */
public record HandoutPage(
        HandoutView view,
        String versionDate,
        String reviewDate,
        List<Card> cards,
        String qr,
        List<Integer> days,
        String css) {

    static final int LOG_DAYS = 14;
    private static final Set<String> PHOTO_TYPES = Set.of("image/png", "image/jpeg");

    /**
     * One exercise with its pictures in the order they are done, each in a slot of the same size: a third picture
     * (the middle of the movement) is one more slot, and still fits across the page.
     */
    public record Card(HandoutView.Item item, List<Slot> pictures) {

        public boolean hasPictures() {
            return !pictures.isEmpty();
        }

        /** The start position: the small picture of the fridge sheet. */
        public Slot first() {
            return pictures.isEmpty() ? null : pictures.get(0);
        }
    }

    /** A picture shown, and the key of the word under it ("Start"). */
    public record Slot(Shown picture, String label) {}

    /** A picture as the page shows it: a place for a drawing, an image address, or nothing. */
    public record Shown(String svg, String src, String alt) {

        static final Shown NONE = new Shown(null, null, "");

        public boolean shown() {
            return svg != null || src != null;
        }
    }

    static HandoutPage of(HandoutView view, Paper paper, Sheet sheet, String css, GeneratedSvg drawings) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(paper.datePattern, Locale.ENGLISH);
        List<Card> cards = new ArrayList<>();
        for (HandoutView.Item item : view.items()) {
            List<Slot> slots = new ArrayList<>();
            addIfShown(slots, item.start(), "handout.start", drawings);
            // The fridge sheet shows the start only: the other drawings are not made at all.
            if (sheet == Sheet.HANDOUT || slots.isEmpty()) {
                addIfShown(slots, item.middle(), "handout.middle", drawings);
                addIfShown(slots, item.end(), "handout.end", drawings);
            }
            cards.add(new Card(item, List.copyOf(slots)));
        }
        // The code holds exactly the link printed under it: the whole address, as a phone camera needs it to
        // open the page (the path alone showed as text).
        String qr = view.typedLink() == null || view.typedLink().isBlank()
                ? null
                : drawings.add(QrCode.svg(view.typedLink()));
        return new HandoutPage(
                view,
                format(view.versionDate(), dates),
                format(view.reviewDate(), dates),
                cards,
                qr,
                IntStream.rangeClosed(1, LOG_DAYS).boxed().toList(),
                css);
    }

    private static void addIfShown(List<Slot> slots, HandoutView.Picture picture, String label, GeneratedSvg drawings) {
        Shown shown = shown(picture, drawings);
        if (shown.shown()) {
            slots.add(new Slot(shown, label));
        }
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
            return new Shown(
                    null,
                    "data:" + picture.mediaType() + ";base64,"
                            + Base64.getEncoder().encodeToString(picture.bytes()),
                    alt);
        }
        return Shown.NONE;
    }

    private static String format(LocalDate date, DateTimeFormatter dates) {
        return date == null ? null : dates.format(date);
    }
}

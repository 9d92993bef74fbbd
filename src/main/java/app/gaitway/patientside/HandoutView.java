package app.gaitway.patientside;

import java.time.LocalDate;
import java.util.List;

/**
 * What a patient's program page and its printed handout show, worked out once: the clinic and its phone, the
 * patient's first name only, the program version, the link typed out for paper, and each exercise with its
 * pictures, dosage in words, steps and cues. Holds no other patient data.
 * <p>
 * {@code typedLink} is the whole address (the configured base URL and the path): what paper and the QR code
 * carry. {@code linkUrl} is only the path ({@code /p/7KQ2-…}), for the page's own links and forms.
 * <p>
 * {@code stopAndCall} lists when to stop and call the clinic; {@code emergency} lists the signs that cannot wait
 * for the clinic (heart, a clot in the leg, pressure on the nerves of the bladder and bowel): every page and paper
 * shows both, the emergency list set apart so it is not read as one more reason to phone the therapist.
 */
public record HandoutView(
        String clinicName,
        String clinicPhone,
        String patientFirstName,
        String title,
        String instructions,
        int versionNumber,
        LocalDate versionDate,
        LocalDate reviewDate,
        String therapistName,
        String typedLink,
        String linkUrl,
        List<Item> items,
        List<String> stopAndCall,
        List<String> emergency) {

    /**
     * One exercise: its texts and pictures (as SVG markup, or as an uploaded image's bytes); {@code middle} is
     * null unless the drawing has a half-way picture; {@code moving} is the moving picture for screens (url and
     * alt only), null for uploaded pictures.
     */
    public record Item(
            int number,
            String name,
            String summary,
            Picture start,
            Picture end,
            String amount,
            String often,
            List<String> extras,
            String note,
            List<String> steps,
            List<String> cues,
            String feel,
            List<String> mistakes,
            Integer holdSeconds,
            Picture middle,
            Picture moving) {

        /** An exercise without a middle picture and without a moving one. */
        public Item(
                int number,
                String name,
                String summary,
                Picture start,
                Picture end,
                String amount,
                String often,
                List<String> extras,
                String note,
                List<String> steps,
                List<String> cues,
                String feel,
                List<String> mistakes,
                Integer holdSeconds) {
            this(
                    number,
                    name,
                    summary,
                    start,
                    end,
                    amount,
                    often,
                    extras,
                    note,
                    steps,
                    cues,
                    feel,
                    mistakes,
                    holdSeconds,
                    null,
                    null);
        }
    }

    /**
     * A picture for pages and paper: {@code svg} holds the drawing the app made (vector, for the PDF and inline
     * use), or {@code bytes} an uploaded PNG/JPEG with its media type; {@code url} is where a browser fetches it
     * through the patient's link; {@code alt} describes it.
     */
    public record Picture(String url, String alt, String svg, byte[] bytes, String mediaType) {

        public boolean isDrawing() {
            return svg != null;
        }
    }
}

package app.gaitway.worklist;

import java.util.List;

/**
 * The work list as the home page shows it ({@code templates/home/index.html}), every text worked out by
 * {@link WorkListWords} so the template only places them.
 */
public record WorkListView(boolean clinicWide, boolean empty, List<Section> sections) {

    public WorkListView {
        sections = List.copyOf(sections);
    }

    /**
     * One list.
     *
     * @param id      unique on the page, for the heading
     * @param more    how many rows are not shown, with the words for them ("and 12 more"), or null when none
     */
    public record Section(String id, String heading, String hint, String none, List<Item> items, String more) {

        public Section {
            items = List.copyOf(items);
        }
    }

    /**
     * One row: the patient's name as the link to what to do, what it is about, and when.
     *
     * @param urgent whether it is highlighted (high pain; a link already expired); the words say it too
     */
    public record Item(
            String href, String patientName, String about, String detail, String therapist, boolean urgent) {}
}

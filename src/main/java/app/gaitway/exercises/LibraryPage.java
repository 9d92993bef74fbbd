package app.gaitway.exercises;

import java.util.List;

/** One page of library results. */
public record LibraryPage(List<ExerciseCard> cards, int page, int pages, int total, LibraryQuery query) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}

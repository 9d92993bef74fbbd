package app.gaitway.clinics;

import java.util.List;

/** One page of a clinic's staff list and where it sits among the pages (numbered from 1). */
public record StaffPage(List<StaffRow> rows, int page, int pages, long total) {

    public static final int SIZE = 25;

    /** The page to show for a requested number: out-of-range requests get the nearest page. */
    static int clamp(int requested, long total) {
        return Math.max(1, Math.min(requested, pageCount(total)));
    }

    static int pageCount(long total) {
        return (int) Math.max(1, (total + SIZE - 1) / SIZE);
    }

    static int offset(int page) {
        return (page - 1) * SIZE;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}

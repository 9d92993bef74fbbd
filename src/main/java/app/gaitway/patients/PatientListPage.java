package app.gaitway.patients;

import java.util.List;

/** One page of the patient list and where it sits among the pages (numbered from 1). */
public record PatientListPage(List<PatientRow> rows, int page, int pages, long total, PatientQuery query) {

    static int pageCount(long total) {
        return (int) Math.max(1, (total + PatientQuery.PAGE_SIZE - 1) / PatientQuery.PAGE_SIZE);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}

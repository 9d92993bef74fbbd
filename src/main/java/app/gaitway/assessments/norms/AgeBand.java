package app.gaitway.assessments.norms;

/** The ages a row of a published norm table covers, both included: "70–74". */
public record AgeBand(int from, int to) {

    public AgeBand {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("no age band " + from + "–" + to);
        }
    }

    public boolean contains(int age) {
        return age >= from && age <= to;
    }

    @Override
    public String toString() {
        return from + "\u2013" + to;
    }
}

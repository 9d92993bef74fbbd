package app.gaitway.patientside.adherence;

import java.time.LocalDate;

/**
 * Everything the report says about one exercise, or about the whole program.
 *
 * <p>The last 7 and last 30 days end yesterday: a day is judged once it is over, because until then the patient may
 * still do the session and may still correct or remove the day's entries. Today is reported apart ({@code today}), so
 * a session or a "too hard" logged this morning is not hidden until tomorrow.
 *
 * @param latestPain the pain of the latest day with any, up to today, or null
 */
public record Measures(
        WindowAdherence last7,
        WindowAdherence last30,
        WindowAdherence today,
        PainTrend painTrend,
        DatedPain latestPain) {

    static Measures of(Ledger ledger, LocalDate today) {
        LocalDate yesterday = today.minusDays(1);
        return new Measures(
                WindowAdherence.over(ledger, today.minusDays(Adherence.SHORT_WINDOW), yesterday),
                WindowAdherence.over(ledger, today.minusDays(Adherence.LONG_WINDOW), yesterday),
                WindowAdherence.over(ledger, today, today),
                PainTrend.of(ledger, today),
                latestPain(ledger, today));
    }

    private static DatedPain latestPain(Ledger ledger, LocalDate today) {
        for (LocalDate date : ledger.loggedDaysNewestFirst()) {
            Integer pain = date.isAfter(today) ? null : ledger.on(date).pain();
            if (pain != null) {
                return new DatedPain(date, pain);
            }
        }
        return null;
    }

    /**
     * Whether a therapist should look now: "too hard" or pain of 7 or more in the last 7 days or today, or pain
     * rising. Older reports stay visible in the 30-day figures but do not raise the flag again.
     */
    public boolean needsAttention() {
        return last7.tooHardReported()
                || last7.highPainReported()
                || today.tooHardReported()
                || today.highPainReported()
                || painTrend.direction() == PainTrend.Direction.RISING;
    }
}

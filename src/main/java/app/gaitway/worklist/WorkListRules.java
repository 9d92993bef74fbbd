package app.gaitway.worklist;

import app.gaitway.patientside.adherence.DatedPain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * When something goes on the therapist's work list: the dates and thresholds every list's query is given, in one
 * place so that the home page and the patient page judge alike.
 *
 * <ul>
 *   <li>A program is due for review on its latest version's review date, and stays due until a version with a
 *       later date is saved or the program ends.</li>
 *   <li>"How it felt" reports count over the last 7 days as the adherence report counts them (the 7 days before
 *       today) and today, so a report made this morning is on the list at once, as on the patient page.</li>
 *   <li>A patient is silent after 7 whole days without any entry on a running program they could log on: the
 *       days before today are over, today is not, so a patient who logs every evening is never listed in the
 *       morning; a program or link younger than those 7 days is not judged yet.</li>
 *   <li>A link is listed from 14 days before it expires, and for 14 days after, while nobody made the program
 *       a new one: an expired link means the patient can no longer open the program.</li>
 * </ul>
 *
 * <p>The queries ({@link WorkListRepository}) are given these cut-offs and apply the same comparisons in SQL, so a list
 * never loads rows to judge them one by one; the predicates here state each rule for the unit tests, and
 * {@code WorkListIT} checks the queries on both sides of every threshold.
 */
public final class WorkListRules {

    /** Rows shown per list; the rest are counted ("and 12 more"). */
    public static final int ROWS_SHOWN = 20;

    /** The window of "how it felt" reports, and the silence after which a patient is listed, in whole days. */
    public static final int DAYS_WATCHED = 7;

    /**
     * Pain at or above this is listed: 7–10 is severe on the 0–10 numeric rating scale (Serlin et al. 1995, Pain
     * 61:277–284, cut points 1–4 mild, 5–6 moderate, 7–10 severe), the same line the adherence report highlights.
     */
    public static final int HIGH_PAIN = DatedPain.HIGH;

    /** How long before (and after) its expiry a link is listed. */
    public static final int LINK_DAYS = 14;

    private final LocalDate today;
    private final Instant now;

    public WorkListRules(LocalDate today, Instant now) {
        this.today = today;
        this.now = now;
    }

    /** The first day whose reports count: 7 days before today (today counts too). */
    public LocalDate reportsFrom() {
        return today.minusDays(DAYS_WATCHED);
    }

    /**
     * The first day on which an entry means the patient is not silent: with no entry on this day or after, the 7
     * whole days before today passed without one.
     */
    public LocalDate silentUnlessLoggedFrom() {
        return today.minusDays(DAYS_WATCHED);
    }

    /** A program or link must be in the patient's hands from this day on for silence to count. */
    public LocalDate judgedIfAvailableBy() {
        return today.minusDays(DAYS_WATCHED);
    }

    /** The last day a review date may be for the program to be due. */
    public LocalDate reviewDueBy() {
        return today;
    }

    /** Links expiring before this are listed. */
    public Instant linksExpiringBefore() {
        return now.plus(Duration.ofDays(LINK_DAYS));
    }

    /** Links that expired before this are no longer listed. */
    public Instant linksExpiredAfter() {
        return now.minus(Duration.ofDays(LINK_DAYS));
    }

    public boolean isHighPain(Integer pain) {
        return pain != null && pain >= HIGH_PAIN;
    }

    public boolean isReviewDue(LocalDate reviewDate) {
        return reviewDate != null && !reviewDate.isAfter(reviewDueBy());
    }

    public boolean isReportCounted(LocalDate day) {
        return !day.isBefore(reportsFrom()) && !day.isAfter(today);
    }

    /**
     * Whether a patient is silent: no entry since {@link #silentUnlessLoggedFrom()}, on a program and link both in
     * their hands by {@link #judgedIfAvailableBy()}.
     *
     * @param lastLogged the day of the latest entry that still counts, or null with none
     * @param availableSince the later of the program's start and the day its link was made
     */
    public boolean isSilent(LocalDate lastLogged, LocalDate availableSince) {
        return (lastLogged == null || lastLogged.isBefore(silentUnlessLoggedFrom()))
                && !availableSince.isAfter(judgedIfAvailableBy());
    }

    /** Whether a link belongs on the list: it expires within 14 days, or expired less than 14 days ago. */
    public boolean isLinkListed(Instant expiresAt) {
        return expiresAt.isBefore(linksExpiringBefore()) && expiresAt.isAfter(linksExpiredAfter());
    }

    /** Whole days from today to the day (negative when past). */
    public long daysUntil(LocalDate day) {
        return day.toEpochDay() - today.toEpochDay();
    }

    public LocalDate today() {
        return today;
    }

    public Instant now() {
        return now;
    }
}

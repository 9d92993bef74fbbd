package app.gaitway.goals;

/**
 * One goal as pages show it, every text ready (escaped by the template like any other).
 *
 * @param title      the measure's name, or the functional goal in words
 * @param detail     "From 120 N to 150 N by 3 Apr 2027", "PSFS activity: climbing stairs", or null
 * @param statusCode the {@link GoalStatus} code, for styling and tests
 * @param latest     "152 N on 2 Mar 2027" (numeric), "Rated on 2 Mar 2027" (functional), or null
 * @param rateable   a functional goal still on the plan: the page offers its rating
 */
public record GoalLine(
        long id,
        int version,
        boolean numeric,
        String title,
        String detail,
        String note,
        String statusCode,
        String statusText,
        String tone,
        String latest,
        boolean rateable) {}

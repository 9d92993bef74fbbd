package app.gaitway.goals;

import app.gaitway.shared.web.DisplayDates;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Evaluated goals in the words of the pages (goals.properties). */
@ApplicationScoped
public class GoalWords {

    @Inject
    Messages messages;

    @Inject
    DisplayDates dates;

    public GoalLine line(GoalBoard.Evaluated e) {
        Goal g = e.goal();
        GoalMeasure m = e.measure();
        String title;
        String detail;
        String latest = null;
        String note = null;
        if (g.isNumeric()) {
            title = m == null ? g.getMeasureKey() : m.label().in(messages);
            detail = m == null
                    ? null
                    : messages.get(
                            "goal.numeric.detail",
                            m.withUnit(g.getBaseline()),
                            m.withUnit(g.getTarget()),
                            dates.date(g.getDueOn()),
                            dates.date(g.getBaselineOn()));
            note = g.getDescription() == null || g.getDescription().isEmpty() ? null : g.getDescription();
            if (m != null && e.latest().isPresent()) {
                latest = messages.get(
                        "goal.latest",
                        m.withUnit(e.latest().get().value()),
                        dates.date(e.latest().get().date()));
            }
        } else {
            title = g.getDescription();
            detail = g.getPsfsActivity() == null || g.getPsfsActivity().isEmpty()
                    ? (g.getDueOn() == null ? null : messages.get("goal.functional.due", dates.date(g.getDueOn())))
                    : messages.get(
                            g.getDueOn() == null ? "goal.functional.psfs" : "goal.functional.psfsDue",
                            g.getPsfsActivity(),
                            dates.date(g.getDueOn()));
            if (g.getRatedOn() != null) {
                latest = messages.get("goal.ratedOn", dates.date(g.getRatedOn()));
            }
        }
        return new GoalLine(
                g.getId() == null ? 0 : g.getId(),
                g.getVersion(),
                g.isNumeric(),
                title,
                detail,
                note,
                e.status().code(),
                status(e.status(), g.isNumeric()),
                e.status().tone(),
                latest,
                !g.isNumeric() && g.isActive());
    }

    public String status(GoalStatus status, boolean numeric) {
        if (status == GoalStatus.NOT_YET_MEASURED && !numeric) {
            return messages.get("goal.status.not_rated");
        }
        return messages.get("goal.status." + status.code());
    }
}

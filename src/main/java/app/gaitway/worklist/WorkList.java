package app.gaitway.worklist;

import app.gaitway.worklist.WorkListRepository.Draft;
import app.gaitway.worklist.WorkListRepository.Expiring;
import app.gaitway.worklist.WorkListRepository.Found;
import app.gaitway.worklist.WorkListRepository.Reported;
import app.gaitway.worklist.WorkListRepository.ReviewDue;
import app.gaitway.worklist.WorkListRepository.Silent;

/**
 * What needs the therapist now, as found: each list's first rows and its count, with the rules they were found by.
 *
 * @param clinicWide whether these are the whole clinic's lists, or the signed-in therapist's own
 */
public record WorkList(
        WorkListRules rules,
        boolean clinicWide,
        Found<Draft> drafts,
        Found<ReviewDue> reviews,
        Found<Reported> reported,
        Found<Silent> silent,
        Found<Expiring> links) {

    public boolean isEmpty() {
        return drafts.total() + reviews.total() + reported.total() + silent.total() + links.total() == 0;
    }
}

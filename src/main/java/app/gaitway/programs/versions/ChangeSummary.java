package app.gaitway.programs.versions;

import app.gaitway.programs.versions.Change.Kind;
import app.gaitway.shared.web.Messages;

import java.util.List;

/**
 * What changed from one version of a home program to the next, as typed changes and as one short line for the
 * history. The first version has no previous one: its changes are its exercises, all added.
 */
public record ChangeSummary(boolean firstVersion, List<Change> changes) {

    public ChangeSummary {
        changes = List.copyOf(changes);
    }

    /** Nothing changed, so there is nothing to save as a new version. A first version is never empty. */
    public boolean isEmpty() {
        return !firstVersion && changes.isEmpty();
    }

    public List<Change> changes(Kind kind) {
        return changes.stream().filter(change -> change.kind() == kind).toList();
    }

    /** One short line for the history: "Added Clamshell. Side plank: hold 20 → 30 s. Review date changed." */
    public String text(Messages messages) {
        return SummaryText.of(this, messages);
    }
}

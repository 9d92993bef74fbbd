package app.gaitway.shared.audit;

/** The outcome of checking the audit chain, worded for an administrator. */
public record AuditVerification(
        boolean intact,
        long entriesChecked,
        Long brokenAtEntryId,
        Long lastGoodEntryId,
        String explanation,
        Long missingEntries) {

    AuditVerification(
            boolean intact, long entriesChecked, Long brokenAtEntryId, Long lastGoodEntryId, String explanation) {
        this(intact, entriesChecked, brokenAtEntryId, lastGoodEntryId, explanation, null);
    }

    static AuditVerification intact(long checked) {
        return new AuditVerification(
                true, checked, null, null, "All " + checked + " entries verified: none was altered or removed.");
    }

    static AuditVerification intactAgainst(long checked, AuditCheckpoint checkpoint) {
        return new AuditVerification(
                true,
                checked,
                null,
                null,
                "All " + checked + " entries verified: none was altered or removed. The chain still holds the "
                        + checkpoint.entryCount() + " entries of its latest checkpoint (" + checkpoint.time()
                        + ", up to entry #" + checkpoint.lastEntryId() + ").");
    }

    /** The links hold and the head matches, but the chain no longer holds what its latest checkpoint recorded. */
    static AuditVerification checkpointBroken(
            long checked, AuditCheckpoint checkpoint, AuditCheckpoint.Comparison against) {
        String recorded = "the checkpoint of " + checkpoint.time() + " recorded " + checkpoint.entryCount()
                + " entries up to entry #" + checkpoint.lastEntryId();
        if (against.verdict() == AuditCheckpoint.Comparison.Verdict.ENTRIES_MISSING) {
            return new AuditVerification(
                    false,
                    checked,
                    null,
                    null,
                    against.missing() + " entries are missing: " + recorded + ", and only "
                            + (checkpoint.entryCount() - against.missing())
                            + " of them are still there. Entries were cut off the end of the chain and its head"
                            + " moved back to hide it.",
                    against.missing());
        }
        return new AuditVerification(
                false,
                checked,
                checkpoint.lastEntryId(),
                null,
                "Entry #" + checkpoint.lastEntryId() + " no longer has the HMAC its checkpoint recorded (" + recorded
                        + "): the end of the chain was removed and replaced after that checkpoint.",
                null);
    }

    static AuditVerification brokenAt(long entryId, long checkedBefore, Long entryBeforeGap) {
        String why = entryBeforeGap != null
                ? "Entry #" + entryId + " does not match the chain, and entries between #" + entryBeforeGap + " and #"
                        + entryId + " are missing: a row was removed, or this entry was altered."
                : "Entry #" + entryId
                        + " does not match the chain: this entry was altered, or the entry before it was removed.";
        return new AuditVerification(
                false,
                checkedBefore,
                entryId,
                entryBeforeGap,
                why + " The " + checkedBefore + " entries before it are intact.");
    }

    static AuditVerification tailMissing(long checked, long expected, Long lastPresentId) {
        String why = checked < expected && lastPresentId == null
                ? "All " + expected + " entries have been removed."
                : checked < expected
                        ? "The last " + (expected - checked) + " entries after #" + lastPresentId
                                + " have been removed."
                        : "The newest entry does not match the recorded end of the chain: the latest entries were altered or replaced.";
        return new AuditVerification(false, checked, null, lastPresentId, why);
    }

    /**
     * The same verdict for a chain restarted with a new audit key at {@code startEntryId}:
     * it says that the entries before it were not (and cannot be) checked.
     */
    public AuditVerification sinceRestart(long startEntryId, String when, long earlierEntries) {
        return new AuditVerification(
                intact,
                entriesChecked,
                brokenAtEntryId,
                lastGoodEntryId,
                explanation
                        + " The chain was restarted with a new audit key at entry #" + startEntryId + " (" + when + ");"
                        + " the check starts there: the " + earlierEntries
                        + " entries before it were written with a key"
                        + " that is missing and cannot be verified.",
                missingEntries);
    }
}

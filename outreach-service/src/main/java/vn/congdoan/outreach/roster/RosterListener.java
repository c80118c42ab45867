package vn.congdoan.outreach.roster;

import java.util.Map;

/**
 * Keeps something derived from rosters in step: told of every roster change once it is stored and
 * before it is marked published, so a crash in between tells it again ({@link RosterChanges#finishPending}).
 * Lets the roster package stay unaware of who reads rosters (the facts).
 */
public interface RosterListener {

    /** The rosters just written, by unit id. */
    void rostersChanged(Map<String, Roster> changed);
}

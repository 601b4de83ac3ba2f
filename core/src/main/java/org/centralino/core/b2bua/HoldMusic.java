package org.centralino.core.b2bua;

import java.util.List;
import org.centralino.core.call.Bridge;
import org.centralino.core.call.LegId;
import org.centralino.media.rtp.Side;

/**
 * Music on hold for one call (T6): a leg the other side holds hears music played by the PBX, of the holder's
 * extension's class, until it is resumed. The classes are those of the two extensions when the call was routed
 * (null: the default class). Lane-owned.
 */
final class HoldMusic {
    private final String callerClass;
    private final String calleeClass;

    HoldMusic(String callerClass, String calleeClass) {
        this.callerClass = callerClass;
        this.calleeClass = calleeClass;
    }

    /** Plays or stops the music of each side as the bridge's holds now say. */
    void update(Bridge bridge, LegId callerLeg, MediaAnchor media) {
        for (LegId holder : List.of(bridge.caller(), bridge.callee())) {
            Side heldSide = holder.equals(callerLeg) ? Side.B : Side.A;
            media.music(heldSide, bridge.holding().contains(holder), classOf(holder, callerLeg));
        }
    }

    /** The class of the extension behind {@code holder}: the caller's for its leg, the called extension's else. */
    String classOf(LegId holder, LegId callerLeg) {
        return holder.equals(callerLeg) ? callerClass : calleeClass;
    }
}

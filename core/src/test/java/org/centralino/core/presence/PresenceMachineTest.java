package org.centralino.core.presence;

import static org.assertj.core.api.Assertions.assertThat;

import org.centralino.core.call.LegId;
import org.centralino.core.call.LegSide;
import org.centralino.core.call.LegState;
import org.centralino.core.call.EndReason;
import org.junit.jupiter.api.Test;

class PresenceMachineTest {
    private static final LegId A = new LegId("c1-a");
    private static final LegId B = new LegId("c2-b1");

    private static PresenceFacts apply(PresenceInput... inputs) {
        PresenceFacts f = PresenceFacts.NONE;
        for (PresenceInput i : inputs) {
            f = PresenceMachine.next(f, i);
        }
        return f;
    }

    private static PresenceState stateAfter(PresenceInput... inputs) {
        return PresenceMachine.state(apply(inputs));
    }

    private static PresenceInput registered(boolean on) {
        return new PresenceInput.Registration(on);
    }

    private static PresenceInput dnd(boolean on) {
        return new PresenceInput.Dnd(on);
    }

    private static PresenceInput leg(LegId id, LegActivity a) {
        return new PresenceInput.LegActive(id, a);
    }

    @Test
    void anExtensionNothingIsKnownOfIsOfflineAndOneWithADeviceIsAvailable() {
        assertThat(stateAfter()).isEqualTo(PresenceState.OFFLINE);
        assertThat(stateAfter(registered(true))).isEqualTo(PresenceState.AVAILABLE);
        assertThat(stateAfter(registered(true), registered(false))).isEqualTo(PresenceState.OFFLINE);
    }

    @Test
    void dndShowsOnlyWhenRegisteredAndIdle() {
        assertThat(stateAfter(registered(true), dnd(true))).isEqualTo(PresenceState.DND);
        assertThat(stateAfter(dnd(true))).isEqualTo(PresenceState.OFFLINE);
        assertThat(stateAfter(registered(true), dnd(true), dnd(false))).isEqualTo(PresenceState.AVAILABLE);
        assertThat(stateAfter(registered(true), dnd(true), leg(A, LegActivity.BUSY))).isEqualTo(PresenceState.BUSY);
        assertThat(stateAfter(registered(true), dnd(true), leg(B, LegActivity.RINGING)))
            .isEqualTo(PresenceState.RINGING);
    }

    @Test
    void busyWinsOverRingingAndACallOutlivesALapsedRegistration() {
        assertThat(stateAfter(registered(true), leg(A, LegActivity.BUSY), leg(B, LegActivity.RINGING)))
            .isEqualTo(PresenceState.BUSY);
        assertThat(stateAfter(registered(true), leg(A, LegActivity.BUSY), registered(false)))
            .isEqualTo(PresenceState.BUSY);
        assertThat(stateAfter(registered(true), leg(B, LegActivity.RINGING), leg(B, LegActivity.BUSY)))
            .isEqualTo(PresenceState.BUSY);
    }

    @Test
    void severalCallsCountUntilTheLastOneIsOver() {
        PresenceFacts two = apply(registered(true), leg(A, LegActivity.BUSY), leg(B, LegActivity.BUSY));
        PresenceFacts one = PresenceMachine.next(two, new PresenceInput.LegGone(A));
        assertThat(PresenceMachine.state(one)).isEqualTo(PresenceState.BUSY);
        PresenceFacts none = PresenceMachine.next(one, new PresenceInput.LegGone(B));
        assertThat(PresenceMachine.state(none)).isEqualTo(PresenceState.AVAILABLE);
        assertThat(PresenceMachine.next(none, registered(false)).isEmpty()).isTrue();
    }

    @Test
    void aLegIsRingingOnlyOnTheCalleeSideBeforeTheAnswerAndNothingOnceItIsBeingHungUp() {
        assertThat(LegActivity.of(LegSide.CALLEE, new LegState.Calling())).isEqualTo(LegActivity.RINGING);
        assertThat(LegActivity.of(LegSide.CALLEE, new LegState.EarlyMedia())).isEqualTo(LegActivity.RINGING);
        assertThat(LegActivity.of(LegSide.CALLER, new LegState.Calling())).isEqualTo(LegActivity.BUSY);
        assertThat(LegActivity.of(LegSide.CALLEE, new LegState.Held())).isEqualTo(LegActivity.BUSY);
        assertThat(LegActivity.of(LegSide.CALLEE, new LegState.Ending(EndReason.CANCELLED, true))).isNull();
        assertThat(LegActivity.of(LegSide.CALLER, new LegState.Ended(EndReason.HANGUP_REMOTE, 0))).isNull();
        assertThat(LegActivity.of(LegSide.CALLER, new LegState.Idle())).isNull();
    }
}

package org.centralino.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.centralino.core.call.LegAction.AcceptAnswer;
import org.centralino.core.call.LegAction.HangUp;
import org.centralino.core.call.LegEvent.Answered;
import org.centralino.core.call.LegEvent.ByeReceived;
import org.centralino.core.call.LegEvent.ByeSent;
import org.centralino.core.call.LegEvent.CancelReceived;
import org.centralino.core.call.LegEvent.CancelSent;
import org.centralino.core.call.LegEvent.Closed;
import org.centralino.core.call.LegEvent.Hold;
import org.centralino.core.call.LegEvent.InviteReceived;
import org.centralino.core.call.LegEvent.InviteSent;
import org.centralino.core.call.LegEvent.Provisional;
import org.centralino.core.call.LegEvent.Rejected;
import org.centralino.core.call.LegEvent.Reoffer;
import org.centralino.core.call.LegEvent.Resume;
import org.centralino.core.call.LegEvent.Timeout;
import org.centralino.core.call.LegEvent.TransportFailure;
import org.centralino.core.call.LegState.Calling;
import org.centralino.core.call.LegState.EarlyMedia;
import org.centralino.core.call.LegState.Ended;
import org.centralino.core.call.LegState.Ending;
import org.centralino.core.call.LegState.Held;
import org.centralino.core.call.LegState.Idle;
import org.centralino.core.call.LegState.Ringing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LegMachineTest {
    private static final LegState ANSWERED = new LegState.Answered();
    private static final Ending CANCELLING = new Ending(EndReason.CANCELLED, false);
    private static final Ending BYE_OUT = new Ending(EndReason.HANGUP_LOCAL, true);

    /** state × event → next state and actions. */
    static Stream<Arguments> legal() {
        return Stream.of(
            arguments(new Idle(), new InviteSent(), new Calling(), List.of()),
            arguments(new Idle(), new InviteReceived(), new Calling(), List.of()),
            arguments(new Calling(), new Provisional(false), new Ringing(), List.of()),
            arguments(new Calling(), new Provisional(true), new EarlyMedia(), List.of()),
            arguments(new Ringing(), new Provisional(true), new EarlyMedia(), List.of()),
            arguments(new EarlyMedia(), new Provisional(false), new EarlyMedia(), List.of()),
            arguments(new Ringing(), new Answered(), ANSWERED, List.of()),
            arguments(new Calling(), new Rejected(486), new Ended(EndReason.REJECTED, 486), List.of()),
            arguments(new Ringing(), new CancelSent(), CANCELLING, List.of()),
            arguments(new Ringing(), new CancelReceived(), new Ended(EndReason.CANCELLED, 487), List.of()),
            arguments(new EarlyMedia(), new ByeReceived(), new Ended(EndReason.HANGUP_REMOTE, 0), List.of()),
            arguments(new Calling(), new Timeout(), new Ended(EndReason.TIMEOUT, 0), List.of()),
            arguments(new Ringing(), new TransportFailure(), new Ended(EndReason.TRANSPORT_FAILURE, 0), List.of()),
            arguments(ANSWERED, new Hold(), new Held(), List.of()),
            arguments(new Held(), new Hold(), new Held(), List.of()),
            arguments(new Held(), new Resume(), ANSWERED, List.of()),
            arguments(ANSWERED, new Reoffer(), ANSWERED, List.of()),
            arguments(ANSWERED, new Rejected(491), ANSWERED, List.of()), // glare on a re-INVITE
            arguments(ANSWERED, new Answered(), ANSWERED, List.of()), // 2xx retransmission
            arguments(ANSWERED, new ByeReceived(), new Ended(EndReason.HANGUP_REMOTE, 0), List.of()),
            arguments(new Held(), new ByeSent(), BYE_OUT, List.of()),
            arguments(ANSWERED, new Timeout(), new Ended(EndReason.TIMEOUT, 0), List.of()),
            arguments(CANCELLING, new Rejected(487), new Ended(EndReason.CANCELLED, 487), List.of()),
            arguments(CANCELLING, new Provisional(false), CANCELLING, List.of()),
            // §9.1, §13.2.2.4: a 2xx crossing our CANCEL
            arguments(CANCELLING, new Answered(), new Ending(EndReason.CANCELLED, true),
                List.of(new AcceptAnswer(), new HangUp())),
            arguments(new Ending(EndReason.CANCELLED, true), new Answered(), new Ending(EndReason.CANCELLED, true),
                List.of()),
            arguments(BYE_OUT, new Closed(), new Ended(EndReason.HANGUP_LOCAL, 0), List.of()),
            arguments(BYE_OUT, new ByeReceived(), new Ended(EndReason.HANGUP_LOCAL, 0), List.of()),
            arguments(BYE_OUT, new Timeout(), new Ended(EndReason.HANGUP_LOCAL, 0), List.of()));
    }

    static Stream<Arguments> illegal() {
        return Stream.of(
            arguments(new Idle(), new Answered()),
            arguments(new Idle(), new CancelSent()),
            arguments(new Calling(), new InviteSent()),
            arguments(new Ringing(), new ByeSent()),
            arguments(new Ringing(), new Hold()),
            arguments(new Calling(), new Closed()),
            arguments(ANSWERED, new CancelReceived()),
            arguments(ANSWERED, new CancelSent()),
            arguments(ANSWERED, new Closed()),
            arguments(BYE_OUT, new Hold()),
            arguments(CANCELLING, new CancelSent()),
            arguments(new Ended(EndReason.REJECTED, 486), new Answered()),
            arguments(new Ended(EndReason.HANGUP_REMOTE, 0), new ByeReceived()));
    }

    @ParameterizedTest(name = "{0} + {1} -> {2} {3}")
    @MethodSource("legal")
    void legalTransitions(LegState from, LegEvent event, LegState to, List<LegAction> actions) {
        LegTransition t = LegMachine.next(from, event);
        assertThat(t.ignored()).isNull();
        assertThat(t.state()).isEqualTo(to);
        assertThat(t.actions()).containsExactlyElementsOf(actions);
    }

    @ParameterizedTest(name = "{0} + {1} is ignored")
    @MethodSource("illegal")
    void illegalTransitionsChangeNothing(LegState from, LegEvent event) {
        LegTransition t = LegMachine.next(from, event);
        assertThat(t.ignored()).isNotBlank();
        assertThat(t.state()).isSameAs(from);
        assertThat(t.actions()).isEmpty();
    }
}

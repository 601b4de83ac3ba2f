package org.centralino.core.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.centralino.core.MutableClock;

/** Drives {@link CallMachine} through a table of inputs, checking each row's phase, commands and events. */
final class CallScript {
    static final CallId ID = new CallId("call-1");
    static final LegId A = new LegId("a");
    static final LegId B1 = new LegId("b1");
    static final LegId B2 = new LegId("b2");
    static final Duration RING = Duration.ofSeconds(30);
    static final Instant T0 = Instant.parse("2026-11-22T03:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    CallState state;
    CallTransition last;

    /** One row: an input, then the phase, the commands (actions but Publish) and the call events (but LegChanged). */
    record Row(CallInput input, Class<? extends CallPhase> phase, List<CallAction> commands,
        List<Class<? extends CallEvent>> events) {
    }

    @SafeVarargs
    static Row row(CallInput input, Class<? extends CallPhase> phase, List<CallAction> commands,
        Class<? extends CallEvent>... events) {
        return new Row(input, phase, commands, Arrays.asList(events));
    }

    static CallScript started() {
        CallScript s = new CallScript();
        s.last = CallMachine.start(ID, A, "201", "202", s.clock.instant());
        s.state = s.last.state();
        assertThat(s.events()).singleElement().isInstanceOf(CallEvent.Created.class);
        assertThat(s.leg(A)).isEqualTo(new LegState.Calling());
        return s;
    }

    /** Started and routed to {@code forks}, each ringing without early media. */
    static CallScript ringing(LegId... forks) {
        CallScript s = started();
        s.send(routed(forks));
        for (LegId f : forks) {
            s.send(new CallInput.ForkProgress(f, false));
        }
        return s;
    }

    static CallInput.Routed routed(LegId... forks) {
        return new CallInput.Routed(Arrays.stream(forks).map(f -> new CallInput.Fork(f, "contact-" + f)).toList(),
            RING);
    }

    CallTransition send(CallInput input) {
        last = CallMachine.next(state, input, clock.instant());
        state = last.state();
        return last;
    }

    void play(Row... rows) {
        for (Row r : rows) {
            CallState before = state;
            send(r.input());
            boolean moved = before.phase().getClass() != state.phase().getClass()
                || !before.legs().toList().equals(state.legs().toList());
            if (moved) { // a change of phase or of any leg's state: data such as the early-media source aside
                assertThat(published()).as("a transition publishes (DESIGN §2)").isNotEmpty();
            }
            assertThat(last.ignored()).as("%s ignored", r.input()).isNull();
            assertThat(state.phase()).as("phase after %s", r.input()).isInstanceOf(r.phase());
            assertThat(commands()).as("commands after %s", r.input()).containsExactlyElementsOf(r.commands());
            assertThat(events()).as("events after %s", r.input()).map(e -> (Object) e.getClass())
                .containsExactlyElementsOf(r.events());
        }
    }

    /** The ignored input leaves the state as it was and does nothing. */
    void ignores(CallInput input) {
        CallState before = state;
        send(input);
        assertThat(last.ignored()).as("%s should be ignored", input).isNotNull();
        assertThat(last.actions()).isEmpty();
        assertThat(state).isSameAs(before);
    }

    List<CallAction> commands() {
        return last.actions().stream().filter(a -> !(a instanceof CallAction.Publish)).toList();
    }

    List<CallEvent> events() {
        return published().stream().filter(e -> !(e instanceof CallEvent.LegChanged)).toList();
    }

    List<CallEvent> published() {
        return last.actions().stream().filter(a -> a instanceof CallAction.Publish)
            .map(a -> ((CallAction.Publish) a).event()).toList();
    }

    LegState leg(LegId id) {
        return state.leg(id).orElseThrow().state();
    }

    Outcome outcome() {
        return switch (state.phase()) {
            case CallPhase.Ending e -> e.outcome();
            case CallPhase.Ended e -> e.outcome();
            default -> throw new AssertionError("not ended: " + state.phase());
        };
    }
}

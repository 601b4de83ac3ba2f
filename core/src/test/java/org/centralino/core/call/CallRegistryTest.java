package org.centralino.core.call;

import org.centralino.core.cdr.HangupSide;
import org.centralino.core.cdr.Disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centralino.core.call.CallScript.A;
import static org.centralino.core.call.CallScript.B1;
import static org.centralino.core.call.CallScript.B2;
import static org.centralino.core.call.CallScript.ID;
import static org.centralino.core.call.CallScript.T0;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.centralino.core.MutableClock;
import org.centralino.core.call.CallInput.ByeReceived;
import org.centralino.core.call.CallInput.ForkAnswered;
import org.centralino.core.call.CallInput.ForkProgress;
import org.centralino.core.call.CallInput.ForkRejected;
import org.centralino.core.call.CallInput.LegClosed;
import org.centralino.core.event.EventBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The runtime around the machine: bus, commands, logging of ignored inputs, the registry and its counts. */
class CallRegistryTest {
    private final MutableClock clock = new MutableClock(T0);
    private final EventBus bus = new EventBus();
    private final CallRegistry registry = new CallRegistry(clock, bus);
    private final List<CallEvent> events = new ArrayList<>();
    private final List<CallAction> commands = new ArrayList<>();
    private final Logger callLog = (Logger) LoggerFactory.getLogger(Call.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    CallRegistryTest() {
        bus.subscribe(CallEvent.class, e -> {
            if (!(e instanceof CallEvent.LegChanged)) {
                events.add(e);
            }
        });
        logged.start();
        callLog.addAppender(logged);
    }

    @AfterEach
    void detach() {
        callLog.detachAppender(logged);
    }

    private Call open() {
        return registry.open(ID, A, "201", "202", (id, a) -> commands.add(a));
    }

    @Test
    void aCallPublishesEachStepAndLeavesTheRegistryWhenEveryLegHasEnded() {
        Call call = open();
        assertThat(registry.activeCalls()).isEqualTo(1);
        call.handle(CallScript.routed(B1, B2));
        call.handle(new ForkProgress(B1, false));
        clock.advance(Duration.ofSeconds(5));
        call.handle(new ForkAnswered(B1));
        assertThat(registry.activeLegs()).isEqualTo(3); // B2 is being cancelled
        call.handle(new ForkRejected(B2, 487));
        clock.advance(Duration.ofSeconds(60));
        call.handle(new ByeReceived(B1));
        assertThat(registry.activeCalls()).isEqualTo(1); // our BYE to A is not answered yet
        call.handle(new LegClosed(A));

        assertThat(events).extracting(e -> e.getClass().getSimpleName())
            .containsExactly("Created", "Ringing", "Answered", "Ended");
        assertThat(events.get(2).at()).isEqualTo(T0.plusSeconds(5));
        assertThat(events.get(3)).isEqualTo(new CallEvent.Ended(ID, A, B1,
            new Outcome(Disposition.ANSWERED, 200, EndCause.NORMAL_CLEARING, HangupSide.CALLEE), T0.plusSeconds(65)));
        assertThat(commands).noneMatch(CallAction.Publish.class::isInstance);
        assertThat(commands).contains(new CallAction.Answer(A, B1), new CallAction.Cancel(B2),
            new CallAction.HangUp(A));
        assertThat(registry.activeCalls()).isZero();
        assertThat(registry.activeLegs()).isZero();
        assertThat(call.isEnded()).isTrue();
    }

    @Test
    void snapshotListsTheActiveCallsWithTheirLegs() {
        Call call = open();
        call.handle(CallScript.routed(B1));
        call.handle(new ForkProgress(B1, true));
        assertThat(registry.snapshot()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(ID);
            assertThat(c.phase()).isEqualTo(new CallPhase.Ringing(true, B1));
            assertThat(c.legs()).containsExactly(new Leg(A, LegSide.CALLER, "201", new LegState.EarlyMedia()),
                new Leg(B1, LegSide.CALLEE, "contact-b1", new LegState.EarlyMedia()));
        });
        assertThat(registry.find(ID)).containsSame(call);
    }

    @Test
    void anIgnoredInputIsLoggedAndChangesNothing() {
        Call call = open();
        call.handle(new CallInput.RouteFailed(CallInput.RouteFailure.UNKNOWN_NUMBER));
        CallState ended = call.state();
        int published = events.size();
        call.handle(new ForkAnswered(B1));
        assertThat(call.state()).isSameAs(ended);
        assertThat(events).hasSize(published);
        assertThat(logged.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
            .contains("call-1", "ignored", "after the call ended");
        assertThat(registry.activeCalls()).isZero();
    }

    @Test
    void aCallIdIsOpenedOnce() {
        open();
        assertThatThrownBy(this::open).isInstanceOf(IllegalArgumentException.class);
        assertThat(registry.activeCalls()).isEqualTo(1);
    }
}

package org.centralino.core.call;

import java.time.Clock;
import java.util.function.Consumer;
import org.centralino.core.event.EventBus;
import org.centralino.sip.util.LogThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One live call: holds its {@link CallState}, runs {@link CallMachine} on each input, publishes the events and
 * hands the other actions to the B2BUA. Owned by the call's serial lane (DESIGN.md §2): {@link #handle} is
 * called only there. The state is an immutable value in a volatile field, so the API may read it from anywhere.
 */
public final class Call {
    private static final Logger LOG = LoggerFactory.getLogger(Call.class);
    private final Clock clock;
    private final EventBus bus;
    private final CallCommands commands;
    private final Consumer<Call> onEnded;
    private final LogThrottle ignoredLog;
    private volatile CallState state;

    Call(CallState initial, Clock clock, EventBus bus, CallCommands commands, Consumer<Call> onEnded,
        LogThrottle ignoredLog) {
        this.clock = clock;
        this.bus = bus;
        this.commands = commands;
        this.onEnded = onEnded;
        this.ignoredLog = ignoredLog;
        this.state = initial;
    }

    /** Runs the actions of {@link CallMachine#start} (the Created event). */
    void begin(CallTransition start) {
        run(start);
    }

    public CallId id() {
        return state.id();
    }

    public CallState state() {
        return state;
    }

    /** The media quality of the call's legs now (see {@link CallCommands#liveQuality()}); any thread. */
    public org.centralino.core.cdr.CallQuality liveQuality() {
        return commands.liveQuality();
    }

    public boolean isEnded() {
        return state.phase() instanceof CallPhase.Ended;
    }

    /**
     * Applies one input; an illegal one changes nothing and is logged (throttled: peers can send stray requests
     * at will). An exception from the commands propagates to the lane: the state has already moved on.
     */
    public void handle(CallInput input) {
        CallState before = state;
        CallTransition t = CallMachine.next(before, input, clock.instant());
        if (t.ignored() != null) {
            long held = ignoredLog.admit();
            if (held >= 0) {
                LOG.info("call {} in {}: ignored: {} ({} more held back)", before.id(), before.phase(), t.ignored(),
                    held);
            }
            return;
        }
        state = t.state();
        run(t);
    }

    private void run(CallTransition t) {
        for (CallAction a : t.actions()) {
            if (a instanceof CallAction.Publish p) {
                bus.publish(p.event());
            } else {
                commands.execute(state.id(), a);
            }
        }
        if (isEnded()) {
            onEnded.accept(this);
        }
    }
}

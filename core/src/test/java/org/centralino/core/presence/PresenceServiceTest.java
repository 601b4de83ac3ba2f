package org.centralino.core.presence;

import static org.assertj.core.api.Assertions.assertThat;

import org.centralino.core.call.Call;
import org.centralino.core.call.CallInput;
import org.centralino.core.directory.DirectoryEvent;
import org.centralino.core.event.Audience;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PresenceServiceTest {
    private final CallsOnABus pbx = new CallsOnABus();
    private final PresenceService presence = new PresenceService(pbx.parties);

    @BeforeEach
    void follow() {
        presence.subscribe(pbx.bus);
    }

    @Test
    void registeringAndUnregisteringChangesPresenceOnceEach() {
        pbx.register("1001", "sip:1001@10.0.0.1");
        pbx.register("1001", "sip:1001@10.0.0.2");
        pbx.unregister("1001", "sip:1001@10.0.0.1");
        pbx.unregister("1001", "sip:1001@10.0.0.2");

        assertThat(pbx.presence()).containsExactly("1001:available", "1001:offline");
        assertThat(presence.of("1001")).isEqualTo(PresenceState.OFFLINE);
    }

    @Test
    void aCallMakesTheCallerBusyAndEveryDeviceOfTheCalleeRingingUntilOneAnswers() {
        pbx.register("1001", "sip:1001@10.0.0.1");
        pbx.register("1002", "sip:1002@10.0.0.2");
        pbx.register("1002", "sip:1002@10.0.0.3");
        pbx.streamed.clear();

        Call call = pbx.dial("c1", "1001", "1002", "sip:1002@10.0.0.2", "sip:1002@10.0.0.3");
        assertThat(presence.of("1001")).isEqualTo(PresenceState.BUSY);
        assertThat(presence.of("1002")).isEqualTo(PresenceState.RINGING);
        pbx.answer(call, 2, 2);
        assertThat(presence.of("1002")).isEqualTo(PresenceState.BUSY);
        pbx.hangUp(call, 2);

        assertThat(pbx.presence()).containsExactly("1001:busy", "1002:ringing", "1002:busy", "1001:available",
            "1002:available");
        assertThat(pbx.streamed.stream().filter(e -> e instanceof PresenceChanged).map(e -> e.audience()))
            .contains(new Audience.ExtensionPresence("1001"), new Audience.ExtensionPresence("1002"));
    }

    @Test
    void anUnansweredCallLeavesTheCalleeAsItWas() {
        pbx.register("1001", "sip:1001@10.0.0.1");
        pbx.register("1002", "sip:1002@10.0.0.2");
        pbx.bus.publish(new DndChanged("1002", true));
        pbx.streamed.clear();

        Call call = pbx.dial("c1", "1001", "1002", "sip:1002@10.0.0.2");
        call.handle(new CallInput.CallerCancelled());
        call.handle(new CallInput.ForkRejected(CallsOnABus.leg("c1", "b1"), 487));

        assertThat(pbx.presence()).containsExactly("1001:busy", "1002:ringing", "1001:available", "1002:dnd");
    }

    @Test
    void anExtensionOnTwoCallsStaysBusyUntilBothEnd() {
        pbx.register("1001", "sip:1001@10.0.0.1");
        pbx.register("1002", "sip:1002@10.0.0.2");
        pbx.register("1003", "sip:1003@10.0.0.3");
        Call first = pbx.dial("c1", "1001", "1002", "sip:1002@10.0.0.2");
        pbx.answer(first, 1, 1);
        Call second = pbx.dial("c2", "1003", "1002", "sip:1002@10.0.0.2");
        assertThat(presence.of("1002")).isEqualTo(PresenceState.BUSY);
        pbx.answer(second, 1, 1);

        pbx.hangUp(first, 1);
        assertThat(presence.of("1002")).isEqualTo(PresenceState.BUSY);
        pbx.hangUp(second, 1);
        assertThat(presence.of("1002")).isEqualTo(PresenceState.AVAILABLE);
    }

    @Test
    void dndShowsWhenIdleAndBusyWinsOverIt() {
        pbx.register("1001", "sip:1001@10.0.0.1");
        pbx.register("1002", "sip:1002@10.0.0.2");
        pbx.bus.publish(new DndChanged("1001", true));
        pbx.bus.publish(new DndChanged("1001", true));
        assertThat(presence.of("1001")).isEqualTo(PresenceState.DND);

        Call call = pbx.dial("c1", "1001", "1002", "sip:1002@10.0.0.2");
        assertThat(presence.of("1001")).isEqualTo(PresenceState.BUSY);
        pbx.answer(call, 1, 1);
        pbx.hangUp(call, 1);

        assertThat(pbx.presence()).filteredOn(s -> s.startsWith("1001")).containsExactly("1001:available",
            "1001:dnd", "1001:busy", "1001:dnd");
    }

    @Test
    void aCallToAnApplicationMakesOnlyTheCallerBusy() {
        pbx.register("1001", "sip:1001@10.0.0.1");
        pbx.streamed.clear();
        Call call = pbx.dial("c1", "1001", "*97", "app:*97");
        pbx.answer(call, 1, 1);

        assertThat(pbx.presence()).containsExactly("1001:busy");
        assertThat(presence.snapshot()).containsOnlyKeys("1001");
    }

    @Test
    void aDeletedExtensionForgetsItsDnd() {
        pbx.register("1001", "sip:1001@10.0.0.1");
        pbx.bus.publish(new DndChanged("1001", true));
        pbx.locations.followDirectory(pbx.bus);

        pbx.bus.publish(new DirectoryEvent.ExtensionDeleted("1001"));

        assertThat(presence.of("1001")).isEqualTo(PresenceState.OFFLINE);
        assertThat(presence.snapshot()).isEmpty();
    }
}

package org.centralino.core.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.centralino.core.call.Call;
import org.centralino.core.call.CallInput;
import org.centralino.core.event.Audience;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallStreamTest {
    private final CallsOnABus pbx = new CallsOnABus();
    private final CallStream stream = new CallStream(pbx.parties, Map.of("1001", "Anna", "1002", "Bruno")::get);

    @BeforeEach
    void follow() {
        stream.subscribe(pbx.bus);
        pbx.register("1001", "sip:1001@10.0.0.1");
        pbx.register("1002", "sip:1002@10.0.0.2");
        pbx.register("1002", "sip:1002@10.0.0.3");
        pbx.streamed.clear();
    }

    private List<CallStreamEvent> events() {
        return pbx.streamed.stream().filter(e -> e instanceof CallStreamEvent).map(e -> (CallStreamEvent) e).toList();
    }

    private List<String> summary() {
        return events().stream().map(e -> e.type() + "@" + e.data().extension() + "/" + e.data().direction()).toList();
    }

    @Test
    void eachSideOfAnAnsweredCallGetsItsOwnEventsWithNumbersAndNames() {
        Call call = pbx.dial("c1", "1001", "1002", "sip:1002@10.0.0.2", "sip:1002@10.0.0.3");
        pbx.answer(call, 1, 2);
        call.handle(new CallInput.Hold(CallsOnABus.leg("c1", "b1")));
        call.handle(new CallInput.Resume(CallsOnABus.leg("c1", "b1")));
        pbx.hangUp(call, 1);

        assertThat(summary()).containsExactly("call.started@1001/out", "call.ringing@1002/in",
            "call.answered@1001/out", "call.answered@1002/in", "call.held@1002/in", "call.held@1001/out",
            "call.resumed@1002/in", "call.resumed@1001/out", "call.ended@1001/out", "call.ended@1002/in");
        CallStreamEvent.Data ended = events().getLast().data();
        assertThat(ended.call()).isEqualTo("c1");
        assertThat(ended.caller()).isEqualTo(new CallStreamEvent.Party("1001", "Anna"));
        assertThat(ended.callee()).isEqualTo(new CallStreamEvent.Party("1002", "Bruno"));
        assertThat(ended.outcome()).isEqualTo("answered");
        assertThat(events().getLast().audience()).isEqualTo(new Audience.ExtensionCalls("1002"));
        assertThat(stream.tracked()).isZero();
    }

    @Test
    void aCallToANumberNobodyRingsShowsTheDialledNumberToTheCallerOnly() {
        Call call = pbx.dial("c2", "1001", "1999");
        assertThat(call.isEnded()).isTrue();

        assertThat(summary()).containsExactly("call.started@1001/out", "call.ended@1001/out");
        assertThat(events().getLast().data().callee()).isEqualTo(new CallStreamEvent.Party("1999", null));
        assertThat(events().getLast().data().outcome()).isEqualTo("failed");
    }
}

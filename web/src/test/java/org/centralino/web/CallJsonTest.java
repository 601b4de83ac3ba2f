package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.centralino.core.call.Bridge;
import org.centralino.core.call.CallId;
import org.centralino.core.call.CallPhase;
import org.centralino.core.call.CallState;
import org.centralino.core.call.EndCause;
import org.centralino.core.call.EndReason;
import org.centralino.core.call.Leg;
import org.centralino.core.call.LegId;
import org.centralino.core.call.LegSide;
import org.centralino.core.call.LegState;
import org.centralino.core.call.Outcome;
import org.centralino.core.cdr.CallQuality;
import org.centralino.core.cdr.Disposition;
import org.centralino.core.cdr.HangupSide;
import org.centralino.core.cdr.LegMetrics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The mapping of the call model to JSON, for states a live registry rarely shows (an ended call has left it),
 * and the OpenAPI document's enums against the model's, so neither can drift alone.
 */
class CallJsonTest {
    static final LegId A = new LegId("a");
    static final LegId B = new LegId("b");
    static final Outcome BUSY = new Outcome(Disposition.BUSY, 486, EndCause.BUSY, HangupSide.CALLEE);

    static final List<LegState> EVERY_LEG_STATE = List.of(new LegState.Idle(), new LegState.Calling(),
        new LegState.Ringing(), new LegState.EarlyMedia(), new LegState.Answered(), new LegState.Held(),
        new LegState.Ending(EndReason.CANCELLED, false), new LegState.Ended(EndReason.REJECTED, 486));
    static final List<CallPhase> EVERY_PHASE = List.of(new CallPhase.Routing(), new CallPhase.Ringing(true, B),
        new CallPhase.Answered(new Bridge(A, B, Set.of(B))), new CallPhase.Ending(BUSY), new CallPhase.Ended(BUSY));

    static CallState call(CallPhase phase, LegState callerState) {
        return new CallState(new CallId("c"), "1001", "1002", new Leg(A, LegSide.CALLER, "1001", callerState),
            List.of(new Leg(B, LegSide.CALLEE, null, new LegState.Ended(EndReason.REJECTED, 486))), phase);
    }

    @Test
    void everyLegStateHasItsName() {
        assertThat(EVERY_LEG_STATE.stream().map(CallJson::stateName)).containsExactly("idle", "calling", "ringing",
            "early-media", "answered", "held", "ending", "ended");
        assertThat(Arrays.stream(LegSide.values()).map(CallJson::sideName)).containsExactly("caller", "callee");
    }

    @Test
    void everyPhaseHasItsNameAndOnlyItsOwnDetails() {
        assertThat(EVERY_PHASE.stream().map(CallJson::phaseName)).containsExactly("routing", "ringing", "answered",
            "ending", "ended");
        CallJson answered = CallJson.of(call(EVERY_PHASE.get(2), new LegState.Held()));
        assertThat(answered.bridge()).isEqualTo(new CallJson.BridgeJson("a", "b", true));
        assertThat(answered.outcome()).isNull();
        CallJson ended = CallJson.of(call(EVERY_PHASE.get(4), new LegState.Ended(EndReason.REJECTED, 486)));
        assertThat(ended.phase()).isEqualTo("ended");
        assertThat(ended.bridge()).isNull();
        assertThat(ended.outcome()).isEqualTo(new CallJson.OutcomeJson("BUSY", 486, "BUSY", "CALLEE"));
        assertThat(ended.legs()).containsExactly(new CallJson.LegJson("a", "caller", "1001", "ended", null),
            new CallJson.LegJson("b", "callee", null, "ended", null));
        for (int i : new int[] {0, 1}) {
            CallJson early = CallJson.of(call(EVERY_PHASE.get(i), new LegState.Calling()));
            assertThat(early.bridge()).isNull();
            assertThat(early.outcome()).isNull();
        }
    }

    @Test
    void theOpenApiDocumentListsExactlyTheValuesTheApiWrites() {
        JsonNode schemas = Api.JSON.readTree(OpenApiRoute.load()).get("components").get("schemas");
        assertThat(strings(schemas.at("/Call/properties/phase/enum")))
            .containsExactlyElementsOf(EVERY_PHASE.stream().map(CallJson::phaseName).toList());
        assertThat(strings(schemas.at("/CallLeg/properties/state/enum")))
            .containsExactlyElementsOf(EVERY_LEG_STATE.stream().map(CallJson::stateName).toList());
        assertThat(strings(schemas.at("/CallLeg/properties/side/enum"))).containsExactly("caller", "callee");
        assertThat(strings(schemas.at("/CallOutcome/properties/disposition/enum")))
            .containsExactlyElementsOf(names(Disposition.values()));
        assertThat(strings(schemas.at("/CallOutcome/properties/cause/enum")))
            .containsExactlyElementsOf(names(EndCause.values()));
        assertThat(strings(schemas.at("/CallOutcome/properties/hungUpBy/enum")))
            .containsExactlyElementsOf(names(HangupSide.values()));
        assertThat(strings(schemas.at("/Call/required"))).containsExactly("id", "from", "to", "phase", "legs",
            "bridge", "outcome", "transcoded");
        assertThat(strings(schemas.at("/LegQuality/required"))).containsExactlyElementsOf(
            Arrays.stream(LegQualityJson.class.getRecordComponents()).map(c -> c.getName()).toList());
        assertThat(strings(schemas.at("/CallRecord/required"))).containsExactlyElementsOf(
            Arrays.stream(CallRecordJson.class.getRecordComponents()).map(c -> c.getName()).toList());
        assertThat(strings(schemas.at("/CallLeg/required"))).containsExactlyElementsOf(
            Arrays.stream(CallJson.LegJson.class.getRecordComponents()).map(c -> c.getName()).toList());
    }

    @Test
    void eachLegShowsItsOwnQualityAndOnlyTheAnsweringCalleeHasOne() {
        LegMetrics caller = new LegMetrics("PCMU", 250, 0, 0.0, 0.5, null, 4.41, false);
        LegMetrics callee = new LegMetrics("G722", 100, 150, 60.0, 3.25, 12.5, 1.5, true);
        LegId b2 = new LegId("b2");
        CallState answered = new CallState(new CallId("c"), "1001", "1002",
            new Leg(A, LegSide.CALLER, "1001", new LegState.Answered()),
            List.of(new Leg(b2, LegSide.CALLEE, "x", new LegState.Ended(EndReason.CANCELLED, 487)),
                new Leg(B, LegSide.CALLEE, "y", new LegState.Answered())),
            new CallPhase.Answered(new Bridge(A, B, Set.of())));

        CallJson json = CallJson.of(answered, new CallQuality(caller, callee, true));
        assertThat(json.transcoded()).isTrue();
        assertThat(json.legs()).extracting(CallJson.LegJson::quality).containsExactly(
            new LegQualityJson("PCMU", 250, 0, 0.0, 0.5, null, 4.41, false), null,
            new LegQualityJson("G722", 100, 150, 60.0, 3.25, 12.5, 1.5, true));
        CallJson ringing = CallJson.of(call(EVERY_PHASE.get(1), new LegState.Calling()),
            new CallQuality(caller, callee, false));
        assertThat(ringing.legs()).extracting(CallJson.LegJson::quality)
            .containsExactly(LegQualityJson.of(caller), null);
    }

    private static List<String> strings(JsonNode array) {
        assertThat(array.isArray()).as(array.toString()).isTrue();
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.stringValue()));
        return out;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}

package org.centralino.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.core.call.CallScript.A;
import static org.centralino.core.call.CallScript.B1;
import static org.centralino.core.call.CallScript.ID;
import static org.centralino.core.call.CallScript.T0;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.centralino.core.MutableClock;
import org.centralino.core.cdr.CallQuality;
import org.centralino.core.cdr.CallRecord;
import org.centralino.core.cdr.Disposition;
import org.centralino.core.cdr.LegMetrics;
import org.centralino.core.event.EventBus;
import org.junit.jupiter.api.Test;

/**
 * The call record and the media quality (issue 4): the machine's Ended comes while the legs close, the B2BUA's
 * {@link CallQualityMeasured} once it has released the media; the record is written once, complete, either way.
 */
class CallRecorderTest {
    static final LegMetrics CLEAN = new LegMetrics("PCMU", 3000, 0, 0.0, 0.4, 0.3, 4.41, false);
    static final LegMetrics LOSSY = new LegMetrics("PCMU", 2700, 300, 10.0, 1.2, null, 2.9, true);

    private final MutableClock clock = new MutableClock(T0);
    private final EventBus bus = new EventBus();
    private final CallRegistry registry = new CallRegistry(clock, bus);
    private final List<CallRecord> written = new ArrayList<>();

    private CallRecorder recorder(boolean withQuality) {
        CallRecorder r = withQuality ? CallRecorder.withQuality(n -> "Name " + n, written::add)
            : new CallRecorder(n -> "Name " + n, written::add);
        r.subscribe(bus);
        return r;
    }

    /** An answered call that B1 hangs up: Ended is out, our BYE to A not yet answered. */
    private Call answeredThenHungUp() {
        Call call = registry.open(ID, A, "201", "202", (id, a) -> { });
        call.handle(CallScript.routed(B1));
        call.handle(new CallInput.ForkAnswered(B1));
        clock.advance(Duration.ofSeconds(60));
        call.handle(new CallInput.ByeReceived(B1));
        return call;
    }

    @Test
    void theRecordWaitsForTheQualityThatFollowsEndedAndCarriesBothLegs() {
        CallRecorder recorder = recorder(true);
        Call call = answeredThenHungUp();
        assertThat(written).as("Ended is out but the media are not released yet").isEmpty();
        assertThat(recorder.waiting()).isOne();
        call.handle(new CallInput.LegClosed(A));
        bus.publish(new CallQualityMeasured(ID, new CallQuality(CLEAN, LOSSY, true)));

        assertThat(written).hasSize(1);
        CallRecord r = written.getFirst();
        assertThat(r.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(r.billableSeconds()).isEqualTo(60);
        assertThat(r.quality()).isEqualTo(new CallQuality(CLEAN, LOSSY, true));
        assertThat(recorder.waiting()).isZero();
    }

    @Test
    void qualityArrivingBeforeEndedIsMergedAsWell() {
        CallRecorder recorder = recorder(true);
        Call call = registry.open(ID, A, "201", "202", (id, a) -> { });
        call.handle(CallScript.routed(B1));
        call.handle(new CallInput.ForkAnswered(B1));
        bus.publish(new CallQualityMeasured(ID, new CallQuality(CLEAN, CLEAN, false)));
        assertThat(written).isEmpty();
        call.handle(new CallInput.ByeReceived(B1));

        assertThat(written).singleElement().extracting(CallRecord::quality)
            .isEqualTo(new CallQuality(CLEAN, CLEAN, false));
        assertThat(recorder.waiting()).isZero();
    }

    @Test
    void aCallWithoutMediaIsRecordedWhenItsEmptyQualityComes() {
        recorder(true);
        Call call = registry.open(ID, A, "201", "999", (id, a) -> { });
        call.handle(new CallInput.RouteFailed(CallInput.RouteFailure.UNKNOWN_NUMBER));
        bus.publish(new CallQualityMeasured(ID, CallQuality.NONE));

        assertThat(written).singleElement().satisfies(r -> {
            assertThat(r.disposition()).isEqualTo(Disposition.FAILED);
            assertThat(r.hangupCause().sipStatus()).isEqualTo(404);
            assertThat(r.quality()).isEqualTo(CallQuality.NONE);
        });
    }

    @Test
    void aCancelledCallKeepsTheCallersLegAndDropsTheEarlyMediaOfTheCallee() {
        recorder(true);
        Call call = registry.open(ID, A, "201", "202", (id, a) -> { });
        call.handle(CallScript.routed(B1));
        call.handle(new CallInput.ForkProgress(B1, true));
        call.handle(new CallInput.CallerCancelled());
        bus.publish(new CallQualityMeasured(ID, new CallQuality(CLEAN, LOSSY, false)));

        assertThat(written).singleElement().satisfies(r -> {
            assertThat(r.disposition()).isEqualTo(Disposition.CANCELLED);
            assertThat(r.quality()).isEqualTo(new CallQuality(CLEAN, null, false));
        });
    }

    @Test
    void withoutQualityTheRecordIsWrittenAtEndedAndLaterQualityIsIgnored() {
        CallRecorder recorder = recorder(false);
        answeredThenHungUp();
        assertThat(written).singleElement().extracting(CallRecord::quality).isEqualTo(CallQuality.NONE);
        bus.publish(new CallQualityMeasured(ID, new CallQuality(CLEAN, CLEAN, false)));
        assertThat(written).hasSize(1);
        assertThat(recorder.waiting()).isZero();
    }

    @Test
    void qualityOfACallNeverSeenWritesNothing() {
        CallRecorder recorder = recorder(true);
        bus.publish(new CallQualityMeasured(new CallId("other"), new CallQuality(CLEAN, null, false)));
        assertThat(written).isEmpty();
        assertThat(recorder.waiting()).isZero();
    }
}

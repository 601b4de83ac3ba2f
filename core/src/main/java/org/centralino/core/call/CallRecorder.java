package org.centralino.core.call;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.centralino.core.cdr.CallQuality;
import org.centralino.core.cdr.CallRecord;
import org.centralino.core.cdr.Disposition;
import org.centralino.core.cdr.HangupCause;
import org.centralino.core.event.EventBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one call record per call (issue 3, "Call records") from the events every call publishes: Created
 * (who, whom, start), Answered (when), Ended (how), and hands it to {@code sink}, which must not block: the
 * events come on the call's lane (the server gives a {@link org.centralino.core.cdr.CallRecordWriter}).
 *
 * <p>Made with {@link #withQuality}, the recorder also keeps the media quality (issue 4): the machine publishes
 * Ended from inside its transition, the B2BUA its {@link CallQualityMeasured} right after that transition, so a
 * record ended is held until its quality arrives (in either order), then written once. The B2BUA
 * publishes that event for every call, with {@link CallQuality#NONE} when there were no media, so no record
 * waits for ever; {@link #waiting()} counts those held, for leak checks.
 */
public final class CallRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(CallRecorder.class);

    private final Function<String, String> nameOf;
    private final Consumer<CallRecord> sink;
    private final boolean awaitQuality;
    private final Map<CallId, Open> open = new ConcurrentHashMap<>();
    /** Ended calls whose quality has not arrived yet (only with {@link #awaitQuality}). */
    private final Map<CallId, CallRecord> ended = new ConcurrentHashMap<>();
    /** Quality that arrived before the call's Ended (not seen from the B2BUA, but the order is not promised). */
    private final Map<CallId, CallQuality> early = new ConcurrentHashMap<>();

    private record Open(CallEvent.Created created, String callerName, Instant answeredAt) {
        Open answered(Instant at) {
            return new Open(created, callerName, at);
        }
    }

    /**
     * @param nameOf the display name of an extension number, or null (the caller's name at the time of the call)
     */
    public CallRecorder(Function<String, String> nameOf, Consumer<CallRecord> sink) {
        this(nameOf, sink, false);
    }

    private CallRecorder(Function<String, String> nameOf, Consumer<CallRecord> sink, boolean awaitQuality) {
        this.nameOf = Objects.requireNonNull(nameOf, "nameOf");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.awaitQuality = awaitQuality;
    }

    /**
     * A recorder whose records carry the media quality: each is written when both its call's Ended and its
     * {@link CallQualityMeasured} have come. Only for calls run by a B2BUA, which publishes the latter.
     */
    public static CallRecorder withQuality(Function<String, String> nameOf, Consumer<CallRecord> sink) {
        return new CallRecorder(nameOf, sink, true);
    }

    public void subscribe(EventBus bus) {
        bus.subscribe(CallEvent.Created.class, e -> open.put(e.call(), new Open(e, nameOf.apply(e.from()), null)));
        bus.subscribe(CallEvent.Answered.class, e -> open.computeIfPresent(e.call(), (id, o) -> o.answered(e.at())));
        bus.subscribe(CallEvent.Ended.class, this::ended);
        if (awaitQuality) {
            bus.subscribe(CallQualityMeasured.class, this::measured);
        }
    }

    /** Records of ended calls still waiting for their quality. */
    public int waiting() {
        return ended.size();
    }

    private void ended(CallEvent.Ended e) {
        Open o = open.remove(e.call());
        if (o == null) {
            LOG.warn("call {} ended without having been seen to start: no record", e.call());
            return;
        }
        CallRecord record = recordOf(o, e);
        if (!awaitQuality) {
            sink.accept(record);
            return;
        }
        CallQuality q = early.remove(e.call());
        if (q != null) {
            sink.accept(merged(record, q));
        } else {
            ended.put(e.call(), record);
        }
    }

    private void measured(CallQualityMeasured m) {
        CallRecord record = ended.remove(m.call());
        if (record != null) {
            sink.accept(merged(record, m.quality()));
        } else if (open.containsKey(m.call())) {
            early.put(m.call(), m.quality());
        } else {
            LOG.debug("quality of call {} that is not being recorded: ignored", m.call());
        }
    }

    /** The record with its quality; a callee leg is kept only for an answered call (early media is not the call). */
    static CallRecord merged(CallRecord record, CallQuality q) {
        boolean answered = record.answeredAt() != null;
        return record.withQuality(answered || q.callee() == null ? q
            : new CallQuality(q.caller(), null, q.transcoded()));
    }

    static CallRecord recordOf(Open o, CallEvent.Ended e) {
        Outcome out = e.outcome();
        boolean answered = out.disposition() == Disposition.ANSWERED;
        CallEvent.Created c = o.created();
        return new CallRecord(c.call().value(), c.from(), o.callerName(), c.to(), answered ? c.to() : null, c.at(),
            answered ? o.answeredAt() : null, e.at(), out.disposition(), causeOf(out), out.hungUpBy());
    }

    /** The SIP status and Q.850 cause (RFC 3326) a report expects for each way a call ends. */
    static HangupCause causeOf(Outcome out) {
        return switch (out.cause()) {
            case NORMAL_CLEARING -> HangupCause.normalClearing();
            case CALLER_CANCELLED -> HangupCause.cancelled();
            case RING_TIMEOUT -> HangupCause.noAnswer();
            case BUSY -> HangupCause.busy();
            case NO_COMMON_CODEC -> new HangupCause(488, "Not Acceptable Here", "BEARERCAPABILITY_NOTAVAIL");
            case UNREACHABLE -> new HangupCause(480, "Temporarily Unavailable", "NO_USER_RESPONSE");
            case UNKNOWN_NUMBER -> HangupCause.notFound();
            case NOT_REGISTERED -> new HangupCause(480, "Temporarily Unavailable", "SUBSCRIBER_ABSENT");
            case LEG_VANISHED -> new HangupCause(408, "Request Timeout", "RECOVERY_ON_TIMER_EXPIRE");
            case MEDIA_TIMEOUT -> new HangupCause(408, "RTP Timeout", "MEDIA_TIMEOUT");
        };
    }
}

package org.centralino.web;

import java.time.Instant;
import java.util.Map;
import org.centralino.core.event.StreamEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text frames of {@code /api/v1/events}: {@code {"seq","epoch","type","at","data"}} for an event, the same
 * without {@code at} for the stream's own messages ({@code stream.hello}, {@code stream.reset}), and
 * {@code {"type":"pong"}}.
 */
final class StreamMessages implements EventJournal.Encoder {
    static final String PONG = "{\"type\":\"pong\"}";
    static final String HELLO = "stream.hello";
    static final String RESET = "stream.reset";

    private final JsonMapper mapper;

    StreamMessages(JsonMapper mapper) {
        this.mapper = mapper;
    }

    record EventMessage(long seq, String epoch, String type, String at, Object data) {
    }

    record ControlMessage(long seq, String epoch, String type, Object data) {
    }

    @Override
    public String encode(long seq, Instant at, String epoch, StreamEvent event) {
        return mapper.writeValueAsString(new EventMessage(seq, epoch, event.type(), at.toString(), event.data()));
    }

    /** The first message of a stream opened without {@code since}: the cursor to resume from later. */
    String hello(long seq, String epoch) {
        return mapper.writeValueAsString(new ControlMessage(seq, epoch, HELLO, Map.of()));
    }

    /** The first message when the client's cursor cannot be resumed: it must reload its state. */
    String reset(long seq, String epoch, String reason) {
        return mapper.writeValueAsString(new ControlMessage(seq, epoch, RESET, Map.of("reason", reason)));
    }
}

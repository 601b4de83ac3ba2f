package org.centralino.core.presence;

import java.util.Objects;
import org.centralino.core.event.Audience;
import org.centralino.core.event.StreamEvent;

/**
 * A call as one extension sees it, for the event stream: {@code call.started} (it dials out),
 * {@code call.ringing} (it is rung), {@code call.answered}, {@code call.held}, {@code call.resumed},
 * {@code call.ended}. One event per extension involved, each for those who may see that extension's calls, so a
 * user who may see only one side of a call learns nothing of the other's; the receptionist gets one per side
 * and can tell them apart by {@code extension} and join them by {@code call}.
 *
 * @param kind the part after {@code call.}
 */
public record CallStreamEvent(String kind, Data data) implements StreamEvent {
    public CallStreamEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(data, "data");
    }

    @Override
    public String type() {
        return "call." + kind;
    }

    @Override
    public Audience audience() {
        return new Audience.ExtensionCalls(data.extension());
    }

    /** One end of the call: a number and its name (null when unknown). */
    public record Party(String number, String name) {
    }

    /**
     * The wire form.
     *
     * @param call      the PBX's call id, the same in the events of both sides
     * @param extension whose side of the call this event is
     * @param direction {@code out} when {@code extension} is the caller, {@code in} when it is called
     * @param callee    the extension being rung or answering; the dialled number before any is known
     * @param outcome   for {@code call.ended}: {@code answered}, {@code no_answer}, {@code busy}, {@code failed},
     *                  {@code cancelled}; otherwise null
     */
    public record Data(String call, String extension, String direction, Party caller, Party callee, String outcome) {
        public Data {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(extension, "extension");
            Objects.requireNonNull(direction, "direction");
        }
    }
}

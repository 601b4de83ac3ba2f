package org.centralino.sip.message;

import java.util.function.Consumer;

/** Placeholder with the agreed API; the parser branch brings the implementation. */
public final class SipStreamFramer {
    public sealed interface Frame permits Message, Ping, Pong, Broken {
    }

    public record Message(byte[] bytes) implements Frame {
    }

    public record Ping() implements Frame {
    }

    public record Pong() implements Frame {
    }

    public record Broken(String reason) implements Frame {
    }

    public SipStreamFramer(int maxMessageBytes) {
    }

    public void feed(byte[] buf, int off, int len, Consumer<Frame> sink) {
        throw new UnsupportedOperationException("parser branch");
    }
}

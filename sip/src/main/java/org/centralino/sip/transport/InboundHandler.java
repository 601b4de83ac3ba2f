package org.centralino.sip.transport;

/**
 * Receives raw bytes from a transport: one datagram, or one message framed out of a stream. Called on the
 * transport's reader thread; implementations hand off quickly. The bytes are only valid during the call.
 */
@FunctionalInterface
public interface InboundHandler {
    void onBytes(byte[] data, int offset, int length, Peer source);
}

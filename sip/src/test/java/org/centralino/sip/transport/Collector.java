package org.centralino.sip.transport;

import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.nio.charset.StandardCharsets;

/** An inbound handler that copies every message it is given into a queue the test reads with a timeout. */
final class Collector implements InboundHandler {
    /** How long a test waits for something that should arrive. */
    static final long WAIT_MILLIS = 5_000;

    record Received(String text, Peer source) {
    }

    private final BlockingQueue<Received> queue = new LinkedBlockingQueue<>();

    @Override
    public void onBytes(byte[] data, int offset, int length, Peer source) {
        byte[] copy = Arrays.copyOfRange(data, offset, offset + length);
        queue.add(new Received(new String(copy, StandardCharsets.UTF_8), source));
    }

    /** The next message; fails the test when none comes within {@link #WAIT_MILLIS}. */
    Received next() throws InterruptedException {
        Received r = queue.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        if (r == null) {
            throw new AssertionError("no message within " + WAIT_MILLIS + " ms");
        }
        return r;
    }

    /** Waits {@code millis} and returns what came meanwhile (null when nothing did). */
    Received within(long millis) throws InterruptedException {
        return queue.poll(millis, TimeUnit.MILLISECONDS);
    }
}

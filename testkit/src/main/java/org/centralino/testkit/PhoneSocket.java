package org.centralino.testkit;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.centralino.sip.message.SipMessage;
import org.centralino.sip.message.SipParseException;
import org.centralino.sip.message.SipParser;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.transaction.RequestFactory;

/**
 * The wire under a {@link TestPhone}: its UDP socket, the reader thread that parses what arrives into the
 * {@link SipInbox}, and the little a transaction layer owes that the phone does by itself: spotting
 * retransmissions, repeating the answer to a retransmitted request (RFC 3261 §17.2.1), ACKing final errors to
 * our INVITEs (§17.1.1.3), and telling the phone's calls about their responses and requests.
 */
final class PhoneSocket implements AutoCloseable {
    private static final int READ_TIMEOUT_MILLIS = 200;
    private static final int MAX_DATAGRAM = 65_535;

    private final String name;
    private final InetSocketAddress pbx;
    private final DatagramSocket socket;
    private final SipInbox inbox = new SipInbox();
    private final Thread reader;
    /** Keys of requests and responses already received: a second arrival is a retransmission. */
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    /** The last answer we sent to each request (by method and branch), to repeat on a retransmission. */
    private final Map<String, SipResponse> answers = new ConcurrentHashMap<>();
    /** INVITEs we sent, by branch: the ACK of a final error is built from them. */
    private final Map<String, SipRequest> invites = new ConcurrentHashMap<>();
    private final Map<String, PhoneCall> calls = new ConcurrentHashMap<>();
    private final AtomicInteger unreadable = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile boolean vanished;
    private volatile boolean ackFailures = true;

    PhoneSocket(String name, InetSocketAddress pbx) throws IOException {
        this.name = name;
        this.pbx = pbx;
        this.socket = new DatagramSocket(new InetSocketAddress(pbx.getAddress(), 0));
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        this.reader = Thread.ofVirtual().name("test-phone-" + name + "-" + socket.getLocalPort())
            .start(this::readLoop);
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    SipInbox inbox() {
        return inbox;
    }

    void vanish() {
        vanished = true;
    }

    boolean isVanished() {
        return vanished;
    }

    void ackFailures(boolean on) {
        ackFailures = on;
    }

    int unreadable() {
        return unreadable.get();
    }

    int dropped() {
        return dropped.get();
    }

    /** Responses and requests on this call's Call-ID are shown to it first. */
    void track(PhoneCall call) {
        calls.put(call.callId(), call);
    }

    /** Sends a message as the test asked; an INVITE is remembered for the ACK of an error response. */
    void send(SipMessage m) {
        if (m instanceof SipRequest r && r.isMethod("INVITE")) {
            invites.put(r.topVia().branch(), r);
        }
        sendAutomatically(m);
    }

    /** Sends a message (dropped, and counted, once the phone has vanished). */
    void sendAutomatically(SipMessage m) {
        if (vanished) {
            dropped.incrementAndGet();
            return;
        }
        byte[] bytes = m.encode();
        try {
            socket.send(new DatagramPacket(bytes, bytes.length, pbx));
        } catch (IOException e) {
            throw new AssertionError("phone " + name + " could not send " + m + ": " + e, e);
        }
    }

    /** Sends {@code response} to {@code request} and keeps it to answer the request's retransmissions. */
    void answer(SipRequest request, SipResponse response) {
        answers.put(requestKey(request), response);
        sendAutomatically(response);
    }

    /** Sends the last answer to {@code request} again. */
    void resendAnswer(SipRequest request) {
        SipResponse last = answers.get(requestKey(request));
        if (last == null) {
            throw new IllegalStateException("no answer was sent to " + request);
        }
        sendAutomatically(last);
    }

    private void readLoop() {
        byte[] buf = new byte[MAX_DATAGRAM];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        while (Datagrams.receive(socket, p)) { // ends with close()
            InetSocketAddress from = (InetSocketAddress) p.getSocketAddress();
            try {
                switch (SipParser.parse(buf, 0, p.getLength())) {
                    case SipRequest r -> onRequest(r, from);
                    case SipResponse r -> onResponse(r, from);
                }
            } catch (SipParseException e) {
                unreadable.incrementAndGet();
            }
        }
    }

    private void onRequest(SipRequest r, InetSocketAddress from) {
        String key = requestKey(r);
        boolean again = !seen.add("Q " + key);
        if (again) {
            Optional.ofNullable(answers.get(key)).ifPresent(this::sendAutomatically);
        } else {
            Optional.ofNullable(calls.get(r.callId())).ifPresent(c -> c.onRequest(r));
        }
        inbox.add(new Received(r, from, again, Instant.now()));
    }

    private void onResponse(SipResponse r, InetSocketAddress from) {
        boolean again = !seen.add("R " + r.topVia().branch() + " " + r.cseq() + " " + r.status() + " "
            + r.to().tag());
        Optional.ofNullable(calls.get(r.callId())).ifPresent(c -> c.onResponse(r, again));
        if (ackFailures && r.status() >= 300 && r.cseq().method().equals("INVITE")) {
            SipRequest invite = invites.get(r.topVia().branch());
            if (invite != null) {
                sendAutomatically(RequestFactory.ackForNonSuccess(invite, r));
            }
        }
        inbox.add(new Received(r, from, again, Instant.now()));
    }

    private static String requestKey(SipRequest r) {
        return r.method() + " " + r.topVia().branch();
    }

    /** Closes the socket and waits (at most a second) for the reader to end. */
    @Override
    public void close() {
        socket.close();
        try {
            reader.join(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

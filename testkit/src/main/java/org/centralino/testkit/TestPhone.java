package org.centralino.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.centralino.sip.auth.DigestClient;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.NameAddr;
import org.centralino.sip.message.SipMessage;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.message.SipUri;
import org.centralino.sip.sdp.Direction;
import org.centralino.sip.transaction.RequestFactory;

/**
 * A scriptable SIP phone for tests: one UDP socket on loopback towards one PBX, built on the project's own
 * message classes and {@link DigestClient}. The test says what to send and when; the phone only does what a
 * test would otherwise have to repeat in every line, and no more:
 * <ul>
 *   <li>a final error to one of its INVITEs is acknowledged (RFC 3261 §17.1.1.3), unless
 *       {@link #ackFailures(boolean) turned off} (the wire is {@link PhoneSocket});
 *   <li>a retransmitted request is answered again with the answer the test gave it (§17.2.1), and is not
 *       handed to the awaits a second time; a retransmitted 2xx to an INVITE gets our ACK again (§13.2.2.4);
 *   <li>{@link #call} answers a 407 challenge with the phone's credentials once.
 * </ul>
 * Everything received is logged ({@link #received()}), retransmissions included and flagged. Every wait has
 * an explicit timeout and fails with an {@link AssertionError} that lists what did arrive.
 *
 * <p>{@link #vanish()} simulates a phone that dropped off the network: from then on it sends nothing at all,
 * automatic or asked for, but still logs what reaches it. Media: {@link #rtp()}.
 */
public final class TestPhone implements AutoCloseable {
    /** A default for waits in tests: long enough for a loaded CI machine, short enough to fail fast. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_EXPIRES = 300;
    static final String USER_AGENT = "Centralino TestPhone";

    private final String user;
    private final InetSocketAddress pbx;
    private final PhoneSocket socket;
    private final SipInbox inbox;
    private final DigestClient digest;
    private final RtpPeer rtp;
    private final String registerCallId = newCallId();
    private final String registerTag = newTag();
    private final AtomicLong registerSeq = new AtomicLong();
    private final AtomicLong sdpVersion = new AtomicLong();

    /** A phone on loopback for extension {@code user} of the PBX listening on {@code pbx}. */
    public TestPhone(String user, String password, InetSocketAddress pbx) throws IOException {
        this.user = user;
        this.pbx = pbx;
        this.digest = new DigestClient(user, password, new SecureRandom());
        this.socket = new PhoneSocket(user, pbx);
        this.inbox = socket.inbox();
        this.rtp = new RtpPeer(pbx.getAddress());
    }

    /** A phone for a PBX on 127.0.0.1 at {@code sipPort}. */
    public static TestPhone start(String user, String password, int sipPort) throws IOException {
        return new TestPhone(user, password, new InetSocketAddress(InetAddress.getLoopbackAddress(), sipPort));
    }

    public String user() {
        return user;
    }

    /** Where this phone's SIP socket is. */
    public InetSocketAddress address() {
        return socket.address();
    }

    public InetSocketAddress pbx() {
        return pbx;
    }

    public RtpPeer rtp() {
        return rtp;
    }

    /** Our Contact: where the PBX sends requests to this phone. */
    public String contact() {
        return "<sip:" + user + "@" + host(address()) + ">";
    }

    /** Our address-of-record, as From of REGISTER and INVITE. */
    NameAddr identity() {
        return NameAddr.of(null, SipUri.sip(user, pbx.getAddress().getHostAddress(), pbx.getPort()));
    }

    DigestClient digest() {
        return digest;
    }

    /** An SDP offer or answer for this phone's RTP socket, sendrecv; each call gives a higher o= version. */
    public String sdp() {
        return sdp(Direction.SENDRECV);
    }

    public String sdp(Direction direction) {
        return PhoneSdp.audio(user, sdpVersion.incrementAndGet(), rtp.address(), direction);
    }

    // ---- options

    /** From now on this phone sends nothing at all (as if unplugged); it still logs what it receives. */
    public void vanish() {
        socket.vanish();
    }

    public boolean isVanished() {
        return socket.isVanished();
    }

    /** Whether final errors to our INVITEs are ACKed (default true, as the transaction layer must). */
    public void ackFailures(boolean on) {
        socket.ackFailures(on);
    }

    // ---- registration (RFC 3261 §10.2)

    /** REGISTER for {@value #DEFAULT_EXPIRES} s, answering a 401 with our credentials; the final response. */
    public SipResponse register(Duration timeout) {
        return register(DEFAULT_EXPIRES, timeout);
    }

    public SipResponse register(int expires, Duration timeout) {
        SipResponse r = sendRegister(expires, null).awaitFinal(timeout);
        if (r.status() == 401) {
            SipUri registrar = SipUri.sip(null, pbx.getAddress().getHostAddress(), pbx.getPort());
            String credentials = digest.authorize(r.headers().all(HeaderNames.WWW_AUTHENTICATE), "REGISTER",
                registrar.toString());
            r = sendRegister(expires, credentials).awaitFinal(timeout);
        }
        return r;
    }

    /** REGISTER with Expires 0 for our Contact: the PBX forgets this device. */
    public SipResponse unregister(Duration timeout) {
        return register(0, timeout);
    }

    private SentRequest sendRegister(int expires, String credentials) {
        SipUri registrar = SipUri.sip(null, pbx.getAddress().getHostAddress(), pbx.getPort());
        SipRequest.Builder b = SipRequest.builder("REGISTER", registrar)
            .header(HeaderNames.VIA, via())
            .header(HeaderNames.MAX_FORWARDS, "70")
            .header(HeaderNames.FROM, identity().withTag(registerTag).toString())
            .header(HeaderNames.TO, identity().toString())
            .header(HeaderNames.CALL_ID, registerCallId)
            .header(HeaderNames.CSEQ, registerSeq.incrementAndGet() + " REGISTER")
            .header(HeaderNames.CONTACT, contact())
            .header(HeaderNames.EXPIRES, Integer.toString(expires))
            .header(HeaderNames.USER_AGENT, USER_AGENT);
        if (credentials != null) {
            b.header(HeaderNames.AUTHORIZATION, credentials);
        }
        SipRequest r = b.build();
        send(r);
        return new SentRequest(this, r);
    }

    // ---- calls

    /**
     * Calls {@code number} with the SDP offer {@code sdp}: INVITE, and when the PBX challenges it (407), the
     * INVITE again with credentials. Returns once the INVITE that counts is sent; a final answer to the first
     * INVITE that is not a challenge (403, 404, ...) is what the handle's {@code awaitFinal} returns first.
     */
    public OutgoingCall call(String number, String sdp, Duration timeout) {
        OutgoingCall call = OutgoingCall.start(this, number, sdp);
        SipResponse first = call.awaitFinal(timeout);
        if (first.status() == 407 || first.status() == 401) {
            call.authenticate(first);
        } else {
            call.keepUnread(first);
        }
        return call;
    }

    /** An INVITE without credentials (the PBX should answer 407), left for the test to follow. */
    public OutgoingCall callWithoutCredentials(String number, String sdp) {
        return OutgoingCall.start(this, number, sdp);
    }

    /** The next INVITE that creates a dialog (no To tag) sent to this phone. */
    public IncomingCall awaitInvite(Duration timeout) {
        SipRequest invite = awaitRequest(r -> r.isMethod("INVITE") && r.to().tag() == null, "an INVITE", timeout);
        IncomingCall call = new IncomingCall(this, invite);
        track(call);
        return call;
    }

    void track(PhoneCall call) {
        socket.track(call);
    }

    // ---- what arrived

    /** Takes the next request that matches (first arrivals only); fails listing what came instead. */
    public SipRequest awaitRequest(Predicate<SipRequest> match, String what, Duration timeout) {
        return (SipRequest) take(r -> r.message() instanceof SipRequest q && match.test(q), what, timeout)
            .message();
    }

    /** Takes the next response that matches (first arrivals only). */
    public SipResponse awaitResponse(Predicate<SipResponse> match, String what, Duration timeout) {
        return (SipResponse) take(r -> r.message() instanceof SipResponse s && match.test(s), what, timeout)
            .message();
    }

    private Received take(Predicate<Received> match, String what, Duration timeout) {
        try {
            return inbox.take(match, timeout).orElseThrow(() -> notReceived(what, timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
    }

    /** The first logged message (retransmissions too) that matches, without taking it; waits up to timeout. */
    public Received awaitLogged(Predicate<Received> match, String what, Duration timeout) {
        try {
            return inbox.find(match, timeout).orElseThrow(() -> notReceived(what, timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
    }

    /** True when a message that matches arrives (or arrived) within {@code timeout}; for "nothing came" checks. */
    public boolean logged(Predicate<Received> match, Duration timeout) {
        try {
            return inbox.find(match, timeout).isPresent();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private AssertionError notReceived(String what, Duration timeout) {
        StringBuilder sb = new StringBuilder("phone ").append(user).append(": no ").append(what).append(" within ")
            .append(timeout.toMillis()).append(" ms; received:");
        inbox.log().forEach(r -> sb.append("\n  ").append(r.summary()));
        return new AssertionError(sb.toString());
    }

    /** Everything received so far, in order, retransmissions included. */
    public List<Received> received() {
        return inbox.log();
    }

    /** Received and not yet taken by an await. */
    public List<Received> unread() {
        return inbox.pending();
    }

    /** Datagrams that did not parse as SIP. */
    public int unreadable() {
        return socket.unreadable();
    }

    /** Messages not sent because the phone had vanished. */
    public int dropped() {
        return socket.dropped();
    }

    // ---- sending

    /** Sends a message to the PBX as it is (dropped when the phone has vanished). */
    public void send(SipMessage m) {
        socket.send(m);
    }

    /** Sends without remembering anything: for repeats (an ACK again). */
    void sendAutomatically(SipMessage m) {
        socket.sendAutomatically(m);
    }

    /** Sends {@code response} to {@code request} and keeps it to answer the request's retransmissions. */
    void answer(SipRequest request, SipResponse response) {
        socket.answer(request, response);
    }

    /** Sends the last answer to {@code request} again. */
    void resendAnswer(SipRequest request) {
        socket.resendAnswer(request);
    }

    /** A top Via for a new request from this phone: a fresh branch, rport (RFC 3581). */
    String via() {
        return "SIP/2.0/UDP " + host(address()) + ";branch=" + RequestFactory.newBranch() + ";rport";
    }

    // ---- helpers

    static String newTag() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    static String newCallId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return HexFormat.of().toHexDigits(r.nextLong()) + HexFormat.of().toHexDigits(r.nextLong()) + "@testphone";
    }

    private static String host(InetSocketAddress a) {
        String ip = a.getAddress().getHostAddress();
        return (ip.indexOf(':') >= 0 ? "[" + ip + "]" : ip) + ":" + a.getPort();
    }

    static String reasonPhrase(int status) {
        return switch (status) {
            case 100 -> "Trying";
            case 180 -> "Ringing";
            case 183 -> "Session Progress";
            case 200 -> "OK";
            case 480 -> "Temporarily Unavailable";
            case 481 -> "Call/Transaction Does Not Exist";
            case 486 -> "Busy Here";
            case 487 -> "Request Terminated";
            case 488 -> "Not Acceptable Here";
            case 491 -> "Request Pending";
            case 500 -> "Server Internal Error";
            case 603 -> "Decline";
            default -> status < 300 ? "OK" : "Error";
        };
    }

    /** Stops the media and closes the SIP socket. */
    @Override
    public void close() {
        rtp.close();
        socket.close();
    }

    @Override
    public String toString() {
        return "TestPhone " + user + " at " + host(address());
    }
}

package org.centralino.sip.transaction;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.centralino.sip.message.NameAddr;
import org.centralino.sip.message.SipMessage;
import org.centralino.sip.message.SipParseException;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.message.Via;
import org.centralino.sip.transport.MessageListener;
import org.centralino.sip.transport.Peer;
import org.centralino.sip.transport.TransportLayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transaction layer (RFC 3261 §17): matches requests and responses to transactions (§17.1.3, §17.2.3),
 * creates server transactions for new requests, handles CANCEL (§9.2) and hands everything else to the
 * transaction user. Each message is processed on the lane of its Call-ID.
 */
public final class TransactionLayer implements MessageListener {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionLayer.class);
    /**
     * Tasks a lane may have waiting before new requests are shed. At tens of microseconds a task this is well
     * under the 500 ms after which a UDP client retransmits (T1).
     */
    public static final int MAX_LANE_BACKLOG = 2_000;
    /**
     * Memory one held server transaction costs, about (the last response as wire bytes, key, timer); new
     * requests are shed when the held ones would take most of the heap.
     */
    static final long BYTES_PER_SERVER_TRANSACTION = 1_200;

    private final TransportLayer transport;
    private final Lanes lanes;
    private final TimerService timerService;
    private final SipTimers timers;
    private final TransactionUser user;
    private final ConcurrentMap<String, ServerTransaction> servers = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ClientTransaction> clients = new ConcurrentHashMap<>();
    private final String serverHeader;
    private final OverloadShedder overload = new OverloadShedder();
    private final long maxServerTransactions = Runtime.getRuntime().maxMemory() / BYTES_PER_SERVER_TRANSACTION;
    private final long tagSalt = new java.security.SecureRandom().nextLong();

    public TransactionLayer(TransportLayer transport, Lanes lanes, TimerService timerService, SipTimers timers,
                            TransactionUser user, String serverHeader) {
        this.transport = transport;
        this.lanes = lanes;
        this.timerService = timerService;
        this.timers = timers;
        this.user = user;
        this.serverHeader = serverHeader;
    }

    @Override
    public void onRequest(SipRequest request, Peer source) {
        String callId = request.callId();
        if (isNewWork(request)) {
            if (lanes.backlog(callId) > MAX_LANE_BACKLOG) {
                overload.shed(request, source, "lane backlog over " + MAX_LANE_BACKLOG);
                return;
            }
            if (servers.size() >= maxServerTransactions) {
                overload.shed(request, source, servers.size() + " server transactions held");
                return;
            }
        }
        lanes.execute(callId, () -> handleRequest(request, source));
    }

    /**
     * A request that would start work rather than finish it. Under overload those are dropped before they
     * queue, so the work already accepted is still answered within the client's retransmit interval; a queue
     * that grew without bound would answer everything too late (congestion collapse). Retransmissions of
     * accepted requests, and ACK or CANCEL for an INVITE we hold, still go through.
     */
    private boolean isNewWork(SipRequest request) {
        try {
            String match = matchPrefix(request);
            if (request.isMethod("ACK") || request.isMethod("CANCEL")) {
                return !servers.containsKey(match + "INVITE");
            }
            return !servers.containsKey(match + request.method());
        } catch (SipParseException e) {
            return true;
        }
    }

    /** Requests dropped because their lane was overloaded, since start. */
    public long shedCount() {
        return overload.count();
    }

    @Override
    public void onResponse(SipResponse response, Peer source) {
        String callId = response.callId();
        if (lanes.backlog(callId) > MAX_LANE_BACKLOG && !matchesClientTransaction(response)) {
            overload.shed(response, source, "stray response while the lane is overloaded");
            return;
        }
        lanes.execute(callId, () -> handleResponse(response, source));
    }

    private boolean matchesClientTransaction(SipResponse response) {
        try {
            return clients.containsKey(clientKey(response.topVia().branch(), response.cseq().method()));
        } catch (SipParseException e) {
            return false;
        }
    }

    private void handleRequest(SipRequest request, Peer source) {
        String match;
        try {
            match = matchPrefix(request);
        } catch (SipParseException e) {
            unmatchable(request, source, e);
            return;
        }
        String method = request.method();
        switch (method) {
            case "ACK" -> {
                ServerTransaction invite = servers.get(match + "INVITE");
                if (invite != null) {
                    invite.onAck(request);
                } else {
                    user.onAck(request, source);
                }
            }
            case "CANCEL" -> handleCancel(request, source, match);
            default -> {
                String key = match + method;
                ServerTransaction existing = servers.get(key);
                if (existing != null) {
                    existing.onRetransmit();
                    return;
                }
                ServerTransaction tx = new ServerTransaction(this, key, request, source);
                servers.put(key, tx);
                if (tx.request().isMethod("INVITE")) {
                    // §17.2.1: a 100 Trying at once stops the client's INVITE retransmissions
                    tx.respond(response(request, 100, "Trying").build());
                }
                deliver(tx);
            }
        }
    }

    /**
     * Hands a new request to the TU. A TU that throws before answering would leave the transaction in Trying
     * or Proceeding for ever, absorbing every retransmission without a word: answer 500 (RFC 3261 §21.5.1)
     * so the client hears something and the transaction ends by its timers.
     */
    private void deliver(ServerTransaction tx) {
        try {
            user.onRequest(tx);
        } catch (RuntimeException e) {
            LOG.error("transaction user failed on {} from {}", tx.request(), tx.peer(), e);
            if (tx.awaitingFinal()) {
                tx.respond(response(tx.request(), 500, "Server Internal Error").build());
            }
        }
    }

    /**
     * A request we cannot match to a transaction (§17.2.3 needs the From tag of a request without the magic
     * cookie) is answered 400 statelessly, as §8.2 would any request with an unreadable mandatory header; an
     * ACK is never answered.
     */
    private void unmatchable(SipRequest request, Peer source, SipParseException e) {
        LOG.info("{} from {} cannot be matched to a transaction: {}", request.method(), source, e.getMessage());
        if (request.isMethod("ACK")) {
            return;
        }
        SipResponse bad;
        try {
            bad = response(request, 400, "Bad Request - unreadable From").build();
        } catch (SipParseException unreadableTo) {
            LOG.info("no 400 possible for {} from {}: {}", request.method(), source, unreadableTo.getMessage());
            return;
        }
        sendStateless(bad, source);
    }

    private void handleCancel(SipRequest cancel, Peer source, String match) {
        String key = match + "CANCEL";
        ServerTransaction existing = servers.get(key);
        if (existing != null) {
            existing.onRetransmit();
            return;
        }
        ServerTransaction invite = servers.get(match + "INVITE");
        if (invite == null) {
            // §9.2: no matching transaction → 481, statelessly (§8.2.7): a flood of stray CANCELs holds nothing
            sendStateless(response(cancel, 481, "Call/Transaction Does Not Exist").build(), source);
            return;
        }
        ServerTransaction cancelTx = new ServerTransaction(this, key, cancel, source);
        servers.put(key, cancelTx);
        // §9.2: "as long as the CANCEL matched an existing transaction, the UAS answers the CANCEL request
        // itself with a 200 (OK)"; once the INVITE has its final response the CANCEL has no other effect
        cancelTx.respond(response(cancel, 200, "OK").build());
        if (invite.awaitingFinal()) {
            user.onCancel(invite, cancel);
        }
    }

    private void handleResponse(SipResponse response, Peer source) {
        String key;
        try {
            key = clientKey(response.topVia().branch(), response.cseq().method());
        } catch (SipParseException e) {
            LOG.info("response from {} dropped: {}", source, e.getMessage());
            return;
        }
        ClientTransaction tx = clients.get(key);
        if (tx != null) {
            tx.onResponse(response);
        } else {
            user.onStrayResponse(response, source);
        }
    }

    /**
     * Sends a request in a new client transaction. The request must carry its top Via with a fresh branch
     * ({@link RequestFactory#newBranch()}). Runs on the request's lane.
     */
    public ClientTransaction sendRequest(SipRequest request, Peer destination, ClientTransactionListener listener) {
        String key = clientKey(request.topVia().branch(), request.method());
        ClientTransaction tx = new ClientTransaction(this, key, request, destination, listener);
        clients.put(key, tx);
        if (lanes.inLane(request.callId())) {
            tx.start();
        } else {
            lanes.execute(request.callId(), tx::start);
        }
        return tx;
    }

    /**
     * A response pre-filled per RFC 3261 §8.2.6: Via, From, To, Call-ID and CSeq copied, a To tag added to
     * anything but a 100 when the request had none, and our Server header. The tag is derived from the
     * request's branch, so a retransmitted request answered statelessly gets the same tag (§8.2.7).
     */
    public SipResponse.Builder response(SipRequest request, int status, String reason) {
        SipResponse.Builder b = SipResponse.to(request, status, reason);
        if (status > 100) {
            b.toTag(toTag(request));
        }
        if (serverHeader != null) {
            b.header("Server", serverHeader);
        }
        return b;
    }

    private String toTag(SipRequest request) {
        String branch = request.topVia().branch();
        long h = tagSalt ^ (branch != null ? branch.hashCode() : 0) * 0x9E3779B97F4A7C15L
            ^ (long) request.callId().hashCode() << 32;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return Long.toHexString(h);
    }

    /**
     * RFC 3261 §17.2.3: branch (with the magic cookie) + sent-by + method, ACK matching INVITE. For RFC 2543
     * clients without the cookie, the §17.2.3 fallback: Call-ID, From tag, CSeq number, top Via, method.
     */
    static String serverKey(SipRequest r, String method) {
        return matchPrefix(r) + method;
    }

    /** The part of {@link #serverKey} that does not depend on the method; throws when From is unreadable. */
    private static String matchPrefix(SipRequest r) {
        Via via = r.topVia();
        String branch = via.branch();
        if (branch != null && branch.startsWith(Via.MAGIC_COOKIE)) {
            return branch + '|' + via.host() + ':' + via.port() + '|';
        }
        NameAddr from = r.from();
        return "2543|" + r.callId() + '|' + from.tag() + '|' + r.cseq().seq() + '|' + via + '|';
    }

    /** RFC 3261 §17.1.3: the top Via branch and the CSeq method. */
    static String clientKey(String branch, String method) {
        return branch + '|' + ("ACK".equals(method) ? "INVITE" : method);
    }

    void transportSend(SipMessage message, Transaction tx) throws IOException {
        switch (message) {
            case SipRequest r -> transport.send(r, tx.peer);
            // the destination was fixed from the request's Via when the transaction began: a compact response
            // is sent as its bytes, never parsed again
            case SipResponse r -> {
                ServerTransaction st = (ServerTransaction) tx;
                transport.sendResponseBytes(r.encode(), st.responseDestination(), st.reconnectDestination());
            }
        }
    }

    void sendStateless(SipResponse response, Peer source) {
        try {
            transport.send(response, source);
        } catch (IOException | RuntimeException e) {
            LOG.info("stateless response to {} failed: {}", source, e.toString());
        }
    }

    void remove(Transaction tx) {
        switch (tx) {
            case ServerTransaction s -> servers.remove(s.key, s);
            case ClientTransaction c -> clients.remove(c.key, c);
        }
    }

    Lanes lanes() {
        return lanes;
    }

    TimerService timerService() {
        return timerService;
    }

    SipTimers timers() {
        return timers;
    }

    TransactionUser user() {
        return user;
    }

    /** Live server and client transactions (for metrics and leak checks in tests). */
    public int serverTransactionCount() {
        return servers.size();
    }

    public int clientTransactionCount() {
        return clients.size();
    }
}

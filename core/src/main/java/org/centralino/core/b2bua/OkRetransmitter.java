package org.centralino.core.b2bua;

import java.time.Duration;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.transaction.ServerTransaction;
import org.centralino.sip.transaction.TimerService;

/**
 * Retransmits our 2xx to an INVITE until its ACK comes (RFC 3261 §13.3.1.4: T1, doubling up to T2, over UDP
 * only), and reports when none came within 64*T1: the session should then end. This is the TU's job since RFC
 * 6026: the transaction passes the 2xx on once and absorbs the INVITE's retransmissions.
 */
final class OkRetransmitter {
    private final ServerTransaction tx;
    private final SipResponse ok;
    private final long cseq;
    private final CallSession session;
    private final Runnable onNoAck;
    private final Duration t2;
    private TimerService.Timeout retransmit;
    private TimerService.Timeout giveUp;

    OkRetransmitter(ServerTransaction tx, SipResponse ok, CallSession session, SipLink sip, Runnable onNoAck) {
        this.tx = tx;
        this.ok = ok;
        this.cseq = ok.cseq().seq();
        this.session = session;
        this.onNoAck = onNoAck;
        this.t2 = sip.timers().t2();
        if (!tx.peer().protocol().reliable()) {
            schedule(sip.timers().t1());
        }
        giveUp = session.schedule(sip.timers().timeout(), () -> {
            stop();
            onNoAck.run();
        });
    }

    /** The CSeq number of the INVITE this 2xx answers: an ACK with it stops the retransmissions. */
    long cseq() {
        return cseq;
    }

    private void schedule(Duration interval) {
        retransmit = session.schedule(interval, () -> {
            tx.respond(ok);
            Duration doubled = interval.multipliedBy(2);
            schedule(doubled.compareTo(t2) > 0 ? t2 : doubled);
        });
    }

    void stop() {
        if (retransmit != null) {
            retransmit.cancel();
            retransmit = null;
        }
        if (giveUp != null) {
            giveUp.cancel();
            giveUp = null;
        }
    }
}

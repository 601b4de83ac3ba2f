package org.centralino.core.b2bua;

import org.centralino.media.rtp.Side;
import org.centralino.sip.sdp.Negotiation;
import org.centralino.sip.sdp.SessionDescription;

/**
 * What the caller's INVITE offered, as the call's media decisions need it.
 *
 * @param offer   the caller's offer cut to what we carry: what a callee's answer is matched against
 * @param agreed  the negotiation that cut it
 * @param stream  the index of the one audio stream the call carries
 * @param delayed the caller sent no offer; {@code offer} is ours and the caller answers in its ACK
 */
record CallerOffer(SessionDescription offer, Negotiation.Agreed agreed, int stream, boolean delayed) {

    /** The caller's answer (or, for a delayed offer, our offer) built from a callee's SDP. */
    SessionDescription answerFrom(MediaAnchor media, SipLeg caller, SessionDescription callee) {
        return media.answered(caller, Side.A, offer, Side.B, callee, stream);
    }

    /** The PBX answers the caller itself (an application): see {@link MediaAnchor#answerLocally}. */
    SessionDescription answerHere(MediaAnchor media, SipLeg caller) {
        return delayed ? media.offerLocally(caller, Side.A, offer, stream)
            : media.answerLocally(caller, Side.A, offer, agreed, stream);
    }
}

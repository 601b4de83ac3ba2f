package org.centralino.sip.sdp;

import java.util.List;

/** The outcome of {@link CodecNegotiation#negotiate}: what we accept of an offer, or why we accept nothing. */
public sealed interface Negotiation {
    /** At least one stream accepted; one decision per m= line of the offer, in order. */
    record Agreed(List<StreamDecision> streams) implements Negotiation {
        public Agreed {
            streams = List.copyOf(streams);
        }

        /** The accepted streams only. */
        public List<StreamDecision.Accept> accepted() {
            return streams.stream().filter(StreamDecision.Accept.class::isInstance)
                .map(StreamDecision.Accept.class::cast).toList();
        }
    }

    /**
     * Nothing in the offer is usable: answer 488 Not Acceptable Here with this Warning (RFC 3261 §13.3.1.1,
     * RFC 3264 §6). The detail lists what was offered, for the log.
     */
    record NotAcceptable(SdpWarning warning, String detail) implements Negotiation {
    }
}

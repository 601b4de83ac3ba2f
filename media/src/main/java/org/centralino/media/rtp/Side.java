package org.centralino.media.rtp;

/** One of the two legs a {@link RelaySession} bridges. Which party is A and which is B is up to the caller. */
public enum Side {
    A,
    B;

    /** The leg that packets received on this one are sent out of. */
    public Side other() {
        return this == A ? B : A;
    }
}

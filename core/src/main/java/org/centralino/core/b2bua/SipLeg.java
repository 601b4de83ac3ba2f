package org.centralino.core.b2bua;

import org.centralino.core.call.LegId;
import org.centralino.sip.dialog.Dialog;
import org.centralino.sip.transport.Peer;

/** What the caller's leg and a fork share: an id in the call, the device's flow, and the dialog once made. */
sealed interface SipLeg extends AutoCloseable permits InboundLeg, OutboundLeg {
    LegId id();

    /**
     * Where the device is reached: the flow its INVITE or REGISTER came from. In-dialog requests go there
     * rather than to its Contact, which behind NAT is an address nobody can reach (DESIGN.md T9).
     */
    Peer peer();

    /** The dialog, or null before the first 1xx/2xx with a To tag. */
    Dialog dialog();

    /** Stops this leg's timers. */
    @Override
    void close();
}

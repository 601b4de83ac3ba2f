package org.centralino.sip.dialog;

import java.util.List;
import org.centralino.sip.message.NameAddr;
import org.centralino.sip.message.SipUri;

/** A change to the dialog's data that a transition asks for. */
public sealed interface DialogEffect {

    /** The remote target becomes {@code target} (RFC 3261 §12.2.1.2 target refresh). */
    record RefreshTarget(SipUri target) implements DialogEffect {
    }

    /** The route set becomes {@code routes}, in sending order (RFC 3261 §13.2.2.4 recomputation on 2xx). */
    record ReplaceRouteSet(List<NameAddr> routes) implements DialogEffect {
        public ReplaceRouteSet {
            routes = List.copyOf(routes);
        }
    }
}

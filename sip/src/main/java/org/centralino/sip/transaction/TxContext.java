package org.centralino.sip.transaction;

/** What a transition function needs besides state and event: the timer values and transport reliability. */
public record TxContext(SipTimers timers, boolean reliable) {
}

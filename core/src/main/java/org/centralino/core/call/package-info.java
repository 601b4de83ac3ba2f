/**
 * The call model (issue 3, DESIGN.md §2 "State machines"): pure state machines for one call, its legs and its
 * bridge, with no SIP types: outcomes are SIP status codes as ints ({@link org.centralino.core.call.CallStatus})
 * and causes ({@link org.centralino.core.call.EndCause}).
 *
 * <ul>
 *   <li>{@link org.centralino.core.call.LegMachine}: one leg, {@code next(LegState, LegEvent) -> LegTransition}.
 *   <li>{@link org.centralino.core.call.CallMachine}: leg A plus N parallel forks,
 *       {@code next(CallState, CallInput, Instant) -> CallTransition} (new state, {@link
 *       org.centralino.core.call.CallAction}s in order, or why the input was ignored).
 *   <li>{@link org.centralino.core.call.Call}: the runtime of one call, owned by the call's serial lane; it
 *       publishes {@link org.centralino.core.call.CallEvent}s on the bus and hands every other action to
 *       {@link org.centralino.core.call.CallCommands}, which the B2BUA implements.
 *   <li>{@link org.centralino.core.call.CallRegistry}: the active calls, their snapshot and counts.
 * </ul>
 *
 * <p>The contract with the B2BUA that drives a call:
 * <ul>
 *   <li>INVITE from A (authenticated) → {@code registry.open}; the dialling plan answers with
 *       {@code Routed} (a leg id per registered contact, the extension's ring timeout) or {@code RouteFailed}.
 *   <li>Fork 1xx → {@code ForkProgress} (early media = with SDP); 2xx → {@code ForkAnswered}; 300-699 →
 *       {@code ForkRejected} (a cancelled fork's 487 too); CANCEL from A → {@code CallerCancelled}; BYE →
 *       {@code ByeReceived}; the answer to our BYE → {@code LegClosed}; timer B/H, 408/481 within the dialog,
 *       transport errors → {@code LegVanished};
 *       re-INVITE/UPDATE → {@code Reoffer} (relayed), and once the other leg accepted it {@code Hold} or
 *       {@code Resume} when the SDP direction changed the hold.
 *   <li>The B2BUA guarantees that every leg it was told to end is eventually closed: a cancelled fork that never
 *       sends its final response, or a BYE never answered, must still produce {@code LegVanished} (RFC 3261 §9.1:
 *       64*T1 after the CANCEL), otherwise the call stays {@code Ending} and the leak counts show it.
 * </ul>
 */
package org.centralino.core.call;

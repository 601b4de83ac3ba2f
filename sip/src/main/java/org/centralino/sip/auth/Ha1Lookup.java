package org.centralino.sip.auth;

import java.util.Map;

/**
 * Where the verifier finds a user's stored secrets. The clear password is never available: only
 * HA1 = H(username ":" realm ":" password) per algorithm the user may authenticate with (RFC 7616 §3.4.2).
 * Called on the hot path of every authenticated request: answer from memory.
 */
@FunctionalInterface
public interface Ha1Lookup {
    /**
     * The lower-case hex HA1 per algorithm enabled for {@code username}; an empty map when the user is unknown
     * or disabled. For the directory: {@code u -> store.find(u).filter(Extension::enabled).map(Extension::ha1)
     * .orElse(Map.of())}.
     */
    Map<DigestAlgorithm, String> ha1ByAlgorithm(String username);
}

package org.centralino.core.forwarding;

/**
 * A target as a client sent it, before the rules have checked it: {@code type} is the wire name
 * ({@code extension}, {@code number}, {@code mobile}, {@code voicemail}), {@code number} may be absent (null).
 */
public record TargetInput(String type, String number) {
}

package org.centralino.core.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.centralino.media.tone.Tone;

/**
 * The caller's side of a call, as an application drives it (issue 4, "API for features"): every method blocks
 * the application's virtual thread until done, and throws {@link HangupException} once the caller has hung up.
 * Keys the caller presses, however the phone sends them (RFC 4733 events, SIP INFO, tones in the audio), are
 * kept in order until {@link #readDigits} takes them, so a key pressed during a prompt is not lost.
 */
public interface Channel {
    /** The caller's number (its extension). */
    String caller();

    /** The number dialled to reach this application. */
    String dialled();

    /** The language prompts are played in ({@code it}, {@code en}). */
    String language();

    /** The national tone plan callers hear (dial tone, ringback, busy, congestion), chosen per system. */
    org.centralino.media.tone.TonePlan tones();

    /** The PBX's clock, in its time zone (the speaking clock reads it; tests fix it). */
    java.time.Clock clock();

    /** Sends 180 Ringing before answering (optional). */
    void ringing();

    /** Answers the call (200 OK with our SDP); media flow from then on. Idempotent. */
    void answer();

    /** Ends the call (BYE). Idempotent; the application should return afterwards. */
    void hangup();

    /** Plays prompts from the prompt library, in order, in the channel's language. */
    void play(List<String> prompts);

    default void play(String... prompts) {
        play(List.of(prompts));
    }

    /**
     * Plays prompts but stops as soon as the caller presses a key (the key stays for {@link #readDigits}):
     * the usual way to offer a menu. Returns true if a key cut the prompts short.
     */
    boolean playInterruptible(List<String> prompts);

    /** Plays a WAV file (PCM 8 or 16 kHz, or G.711). */
    void playFile(Path wav);

    /** Plays a tone (dial tone, ringback, busy, a beep) for {@code duration}. */
    void playTone(Tone tone, Duration duration);

    /** Speaks a number (0 to 999,999,999), in words of the channel's language. */
    void say(long number);

    /** Speaks each digit of {@code digits} (0-9, *, #). */
    void sayDigits(String digits);

    /** Speaks a date ("today", or weekday, day and month). */
    void sayDate(LocalDate date);

    /** Speaks a time of day. */
    void sayTime(LocalTime time);

    /**
     * Reads keys: up to {@code max}, until {@code terminator} (not included; 0 for none) or until no key came for
     * {@code timeout}. Returns what was pressed, possibly empty.
     */
    String readDigits(int max, Duration timeout, char terminator);

    /**
     * Records what the caller says into {@code file} until the caller presses #, stays silent for {@code silence},
     * reaches {@code max}, or hangs up (then what was said is kept and this returns normally).
     */
    Recording record(Path file, Duration max, Duration silence);

    /** The caller hears itself until it presses # or {@code max} passes (the echo test). */
    void echo(Duration max);

    /**
     * Joins conference room {@code room} until the caller presses # (or hangs up, then this throws): the caller
     * hears every other member and is heard by them; * mutes and unmutes the caller. Someone alone in the room
     * hears that first.
     */
    void conference(String room);

    /** Plays music on hold of class {@code mohClass} (null: the default) until {@link #unhold()}. */
    void hold(String mohClass);

    /** Stops the music of {@link #hold}. */
    void unhold();
}

package org.centralino.media.mix;

import java.util.LinkedHashSet;
import java.util.List;
import org.centralino.media.audio.AudioSink;
import org.centralino.media.audio.AudioSource;
import org.centralino.media.audio.Pcm;

/**
 * One participant of a {@link Mixer}: where its voice comes from (an {@link AudioSource}, for example the
 * decoded and jitter-buffered audio of an RTP leg) and where the mix it hears goes (an {@link AudioSink}, for
 * example the leg's encoder). Either may be null: a party without a source only listens (a recorder, a
 * supervisor's silent monitor), one without a sink only speaks (music, an announcement).
 *
 * <p>The modes are set from any thread and take effect on the next tick:
 * <ul>
 *   <li><b>muted</b>: nobody hears the party; it hears everyone. Set by the party itself or a moderator.</li>
 *   <li><b>listen-only</b>: the same effect as muted, but a separate flag because features set them
 *       independently: a conference may admit a party as listen-only (a "listen" barge, a webinar attendee)
 *       while the party mutes and unmutes itself by DTMF; unmuting must not let a listen-only party speak,
 *       and a moderator lifting listen-only must not unmute a party that muted itself.</li>
 *   <li><b>whisper</b> to a target T: only T hears the party (a supervisor coaching an agent: the customer
 *       does not hear); the party still hears everyone. If T leaves the mixer nobody hears the party, so a
 *       whisper never leaks to the others.</li>
 *   <li><b>hears only</b> a set of parties: the party's mix is the sum of those parties alone (never itself,
 *       and still subject to their mute, listen-only and whisper). Costs O(set size) for this party.</li>
 * </ul>
 */
public final class MixerParty {
    private static final MixerParty[] EVERYONE = null;

    private final Mixer mixer;
    private final String label;
    private final AudioSource source;
    private final AudioSink sink;
    private volatile boolean muted;
    private volatile boolean listenOnly;
    private volatile MixerParty whisperTarget;
    private volatile MixerParty[] hearsOnly = EVERYONE;

    // Mixing thread only: this tick's state, reset every tick.
    final short[] input = new short[Pcm.FRAME];
    final short[] output = new short[Pcm.FRAME];
    /** Member of the mixer (set on the mixing thread when the add/remove is applied). */
    boolean attached;
    /** This tick: the snapshot of {@link #hearOnly}, null for everyone. */
    MixerParty[] hearing;
    /** This tick: the input is non-silent and the party may be heard by someone. */
    boolean speaks;
    /** This tick: the party speaks to this target only (null: to everyone). */
    MixerParty whisperingTo;
    /** This tick: head of the list of parties whispering to this one, linked through {@link #nextWhisperer}. */
    MixerParty firstWhisperer;
    MixerParty nextWhisperer;

    MixerParty(Mixer mixer, String label, AudioSource source, AudioSink sink) {
        this.mixer = mixer;
        this.label = label;
        this.source = source;
        this.sink = sink;
    }

    public String label() {
        return label;
    }

    AudioSource source() {
        return source;
    }

    AudioSink sink() {
        return sink;
    }

    /** Muted: nobody hears this party; it hears everyone. */
    public void mute(boolean value) {
        muted = value;
    }

    public boolean isMuted() {
        return muted;
    }

    /** Listen-only: nobody hears this party; independent of {@link #mute(boolean)} (see the class comment). */
    public void listenOnly(boolean value) {
        listenOnly = value;
    }

    public boolean isListenOnly() {
        return listenOnly;
    }

    /** From now on only {@code target} hears this party; null returns to speaking to everyone. */
    public void whisperTo(MixerParty target) {
        if (target == this) {
            throw new IllegalArgumentException("party " + label + " cannot whisper to itself");
        }
        whisperTarget = target;
    }

    /** The party this one whispers to, or null when it speaks to everyone. */
    public MixerParty whisperTarget() {
        return whisperTarget;
    }

    /** From now on this party hears only {@code parties} (itself excluded even if listed). */
    public void hearOnly(MixerParty... parties) {
        hearsOnly = new LinkedHashSet<>(List.of(parties)).toArray(MixerParty[]::new);
    }

    /** Lifts {@link #hearOnly}: this party hears everyone again. */
    public void hearEveryone() {
        hearsOnly = EVERYONE;
    }

    /** True when this party is, as of this tick, a member of {@code m}. */
    boolean memberOf(Mixer m) {
        return mixer == m && attached;
    }

    boolean silenced() {
        return muted || listenOnly;
    }

    MixerParty[] hearsOnlySnapshot() {
        return hearsOnly;
    }

    MixerParty whisperTargetSnapshot() {
        return whisperTarget;
    }

    @Override
    public String toString() {
        return "MixerParty[" + label + "]";
    }
}

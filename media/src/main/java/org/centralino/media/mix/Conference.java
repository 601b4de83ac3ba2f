package org.centralino.media.mix;

import org.centralino.media.audio.FrameQueue;

/**
 * A conference room: one {@link Mixer} ticked by the conferences' media clock, whose members are calls ticked by
 * their own media threads. Each member is linked to the mixer by two small frame queues (its voice in, its mix
 * out), so neither clock waits for the other; the queues hold {@value #QUEUE_FRAMES} frames, which bounds the
 * delay they add (and absorbs the phase between the two clocks).
 */
public final class Conference {
    /** Frames between a member and the mixer, each way: 80 ms at most. */
    static final int QUEUE_FRAMES = 4;

    private final String name;
    private final Mixer mixer;

    Conference(String name) {
        this.name = name;
        this.mixer = new Mixer("conference-" + name);
    }

    public String name() {
        return name;
    }

    Mixer mixer() {
        return mixer;
    }

    /** Members now (including those joining at the next tick). */
    public int size() {
        return mixer.size();
    }

    /** A new member: feed its voice to {@link Member#voice()} and play it {@link Member#mix()}. */
    Member join(String label) {
        FrameQueue voice = new FrameQueue(QUEUE_FRAMES);
        FrameQueue mix = new FrameQueue(QUEUE_FRAMES);
        return new Member(this, mixer.add(label, voice, mix), voice, mix);
    }

    /**
     * One member of a conference.
     *
     * @param party its place in the mixer (mute, listen-only, whisper)
     * @param voice where its call puts what its phone says (an AudioSink on the call's media thread)
     * @param mix   what its phone must hear (an AudioSource for the call's media thread)
     */
    public record Member(Conference conference, MixerParty party, FrameQueue voice, FrameQueue mix) {
    }
}

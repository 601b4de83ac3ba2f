package org.centralino.media.mix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.centralino.media.audio.AudioSink;
import org.centralino.media.audio.AudioSource;
import org.centralino.media.audio.Pcm;
import org.centralino.media.clock.MediaClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * N-party mixing on the internal format ({@link Pcm}): the base of conferences, barge, listen and whisper
 * (issue 4, "Mixer"). On each tick of the {@link MediaClock} every party's source supplies one frame and every
 * party's sink receives the sum of the parties it may hear, never itself (see {@link MixerParty} for mute,
 * listen-only, whisper and hears-only).
 *
 * <p>The cost is O(N) per tick, not O(N²): the frames of the parties everyone may hear are summed once into an
 * int accumulator, and each listener's mix is that sum minus its own contribution plus what is whispered to
 * it. Parties whose frame is silent (all zero, no source, or an ended source) are not summed, and the many
 * listeners who neither speak nor are whispered to share the one saturated sum. The accumulator holds
 * {@value #MAX_PARTIES} full-scale frames without overflow; the result is saturated to 16 bits by a hard clip
 * ({@link Pcm#clip}), never wrapped: two or more parties shouting at once distort, none is inverted. A hard
 * clip rather than a limiter keeps the mix exact whenever it fits, which it does for normal speech levels
 * (around -20 dBFS) with the few simultaneous talkers a conference has; a limiter with attack and release state can come
 * later if measurements ask for it.
 *
 * <p>Parties are added and removed from any thread; the change takes effect at the start of the next tick.
 * {@link #mix()} runs on one thread at a time (the clock's) and allocates nothing. A source or sink that throws
 * counts as silence for that tick and is logged (at the 1st, 2nd, 4th, 8th... failure), so one broken leg does
 * not silence a conference.
 */
public final class Mixer implements MediaClock.Tick {
    /** Most parties in one mixer: keeps the int accumulator (2^31 / 2^15 = 65 536 full-scale frames) exact. */
    public static final int MAX_PARTIES = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(Mixer.class);

    private record Change(MixerParty party, boolean add) {
    }

    private final String name;
    private final Queue<Change> changes = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final List<MixerParty> parties = new ArrayList<>();
    private final int[] sum = new int[Pcm.FRAME];
    private final int[] work = new int[Pcm.FRAME];
    private final short[] publicMix = new short[Pcm.FRAME];
    private volatile long failures;

    /** @param name used in logs, e.g. the conference's number */
    public Mixer(String name) {
        this.name = name;
    }

    /**
     * Adds a party that takes its voice from {@code source} and gives what it hears to {@code sink} (either may
     * be null); it joins the mix on the next tick.
     *
     * @throws IllegalStateException if the mixer already holds {@value #MAX_PARTIES} parties
     */
    public MixerParty add(String label, AudioSource source, AudioSink sink) {
        if (size.incrementAndGet() > MAX_PARTIES) {
            size.decrementAndGet();
            throw new IllegalStateException("mixer " + name + " is full: it mixes at most " + MAX_PARTIES
                + " parties");
        }
        MixerParty party = new MixerParty(this, label, source, sink);
        changes.add(new Change(party, true));
        return party;
    }

    /** Removes {@code party} before the next tick; its sink gets nothing more after that tick. */
    public void remove(MixerParty party) {
        changes.add(new Change(party, false));
    }

    /** Parties added and not removed (including those joining on the next tick). */
    public int size() {
        return size.get();
    }

    /** Sources and sinks that threw since the mixer was created. */
    public long failures() {
        return failures;
    }

    @Override
    public void tick(long tickNumber) {
        mix();
    }

    /** One tick: reads every party's frame and gives every party its mix. */
    public void mix() {
        applyChanges();
        int publicSpeakers = readInputs();
        if (publicSpeakers == 0) {
            Arrays.fill(sum, 0);
        }
        boolean publicMixReady = false;
        for (int p = 0; p < parties.size(); p++) {
            MixerParty listener = parties.get(p);
            if (listener.sink() == null) {
                continue;
            }
            if (listener.hearing != null) {
                mixSelected(listener);
            } else if (listener.firstWhisperer == null && !speaksPublicly(listener)) {
                if (!publicMixReady) {
                    saturate(sum, publicMix);
                    publicMixReady = true;
                }
                System.arraycopy(publicMix, 0, listener.output, 0, Pcm.FRAME);
            } else {
                mixForSpeaker(listener);
            }
            deliver(listener);
        }
    }

    private void applyChanges() {
        Change change;
        while ((change = changes.poll()) != null) {
            MixerParty party = change.party();
            if (change.add()) {
                party.attached = true;
                parties.add(party);
            } else if (parties.remove(party)) {
                party.attached = false;
                size.decrementAndGet();
            }
        }
    }

    /** Reads every frame, links whisperers to their targets and sums the public speakers; returns their count. */
    private int readInputs() {
        for (int p = 0; p < parties.size(); p++) {
            parties.get(p).firstWhisperer = null;
        }
        int publicSpeakers = 0;
        for (int p = 0; p < parties.size(); p++) {
            MixerParty party = parties.get(p);
            party.hearing = party.hearsOnlySnapshot();
            party.whisperingTo = null;
            party.speaks = readInput(party);
            if (!party.speaks) {
                continue;
            }
            MixerParty target = party.whisperTargetSnapshot();
            if (target != null) {
                party.whisperingTo = target;
                if (target.memberOf(this)) {
                    party.nextWhisperer = target.firstWhisperer;
                    target.firstWhisperer = party;
                } else {
                    party.speaks = false; // whispering to a party that left: heard by nobody, never by all
                }
            } else if (publicSpeakers++ == 0) {
                copy(party.input, sum);
            } else {
                add(party.input, sum);
            }
        }
        return publicSpeakers;
    }

    /** Pulls the party's frame; true if it is non-silent and may be heard by someone. */
    private boolean readInput(MixerParty party) {
        AudioSource source = party.source();
        if (source == null) {
            return false;
        }
        boolean live;
        try {
            live = source.read(party.input);
        } catch (RuntimeException e) {
            onFailure(party, "source", e);
            return false;
        }
        return live && !party.silenced() && !isSilent(party.input);
    }

    private static boolean isSilent(short[] frame) {
        for (short s : frame) {
            if (s != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean speaksPublicly(MixerParty party) {
        return party.speaks && party.whisperingTo == null;
    }

    /** The public sum without the listener's own voice, plus whatever is whispered to it. */
    private void mixForSpeaker(MixerParty listener) {
        if (listener.firstWhisperer == null) {
            short[] own = listener.input;
            short[] out = listener.output;
            for (int i = 0; i < Pcm.FRAME; i++) {
                out[i] = Pcm.clip(sum[i] - own[i]);
            }
            return;
        }
        copyInt(sum, work);
        if (speaksPublicly(listener)) {
            subtract(listener.input, work);
        }
        for (MixerParty w = listener.firstWhisperer; w != null; w = w.nextWhisperer) {
            add(w.input, work);
        }
        saturate(work, listener.output);
    }

    /** The sum of the parties the listener chose to hear, each still subject to its own modes. */
    private void mixSelected(MixerParty listener) {
        Arrays.fill(work, 0);
        for (MixerParty p : listener.hearing) {
            boolean audible = p != listener && p.memberOf(this) && p.speaks
                && (p.whisperingTo == null || p.whisperingTo == listener);
            if (audible) {
                add(p.input, work);
            }
        }
        saturate(work, listener.output);
    }

    private void deliver(MixerParty listener) {
        try {
            listener.sink().write(listener.output);
        } catch (RuntimeException e) {
            onFailure(listener, "sink", e);
        }
    }

    private void onFailure(MixerParty party, String what, RuntimeException e) {
        long n = ++failures;
        if (Long.bitCount(n) == 1) {
            LOG.error("mixer {}: the {} of {} failed ({} failures so far); it is skipped for this tick",
                name, what, party, n, e);
        }
    }

    private static void copy(short[] from, int[] to) {
        for (int i = 0; i < Pcm.FRAME; i++) {
            to[i] = from[i];
        }
    }

    private static void copyInt(int[] from, int[] to) {
        System.arraycopy(from, 0, to, 0, Pcm.FRAME);
    }

    private static void add(short[] from, int[] to) {
        for (int i = 0; i < Pcm.FRAME; i++) {
            to[i] += from[i];
        }
    }

    private static void subtract(short[] from, int[] to) {
        for (int i = 0; i < Pcm.FRAME; i++) {
            to[i] -= from[i];
        }
    }

    private static void saturate(int[] from, short[] to) {
        for (int i = 0; i < Pcm.FRAME; i++) {
            to[i] = Pcm.clip(from[i]);
        }
    }

    @Override
    public String toString() {
        return "Mixer[" + name + ", " + size() + " parties]";
    }
}

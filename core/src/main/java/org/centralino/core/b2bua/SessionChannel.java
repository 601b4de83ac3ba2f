package org.centralino.core.b2bua;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.centralino.core.app.AppServices;
import org.centralino.core.app.ApplicationEvent;
import org.centralino.core.app.Channel;
import org.centralino.core.app.HangupException;
import org.centralino.core.app.Recording;
import org.centralino.media.audio.AudioSource;
import org.centralino.media.dtmf.DtmfEvent;
import org.centralino.media.mix.Conference;
import org.centralino.media.rtp.Side;
import org.centralino.media.tone.Tone;

/**
 * The {@link Channel} of an application's call: blocking methods for the application's virtual thread, built on
 * the call's lane (signalling) and its relay session (the caller's leg terminated by the PBX). Everything that
 * happens to the call reaches the application through one queue: a key, the end of something played, the end
 * of the call.
 */
final class SessionChannel implements Channel {
    /** How often a wait that also watches something else looks again: one media frame. */
    private static final long POLL_MILLIS = org.centralino.media.audio.Pcm.FRAME_MS;
    /** Longer than any ring timeout (600 s at most): the ringback ends when the hand-over does. */
    private static final Duration MAX_RINGBACK = Duration.ofMinutes(11);
    private final ChannelInbox inbox = new ChannelInbox();
    private final CallSession session;
    private final AppServices services;
    private final String application;
    private final String caller;
    private final String dialled;
    private final ChannelMedia media;
    private volatile boolean ended;
    private volatile boolean hungUp;
    private AppLeg leg;

    SessionChannel(CallSession session, AppServices services, String application, String caller, String dialled) {
        this.session = session;
        this.services = services;
        this.application = application;
        this.caller = caller;
        this.dialled = dialled;
        this.media = new ChannelMedia(services, this::language);
    }

    void leg(AppLeg appLeg) {
        this.leg = appLeg;
    }

    // ---- news from the call (any thread) ----

    /** A key from the caller, however it came. */
    void onKey(DtmfEvent event) {
        inbox.key(event);
    }

    /** How a hand-over ended: 200 connected, else the SIP status why not. */
    void onBridgeResult(int status) {
        inbox.bridgeResult(status);
    }

    /** The call ended: every blocking call of the application returns with {@link HangupException}. */
    void callEnded() {
        ended = true;
        inbox.ended();
    }

    // ---- Channel ----

    @Override
    public String caller() {
        return caller;
    }

    @Override
    public String dialled() {
        return dialled;
    }

    @Override
    public String language() {
        return services.language();
    }

    @Override
    public org.centralino.media.tone.TonePlan tones() {
        return services.tones();
    }

    @Override
    public java.time.Clock clock() {
        return services.clock();
    }

    @Override
    public void ringing() {
        onLane(() -> {
            leg.ringing();
            return true;
        });
    }

    @Override
    public void answer() {
        if (!onLane(leg::answer)) {
            throw new HangupException("call " + session.id() + " ended before the application answered");
        }
    }

    @Override
    public void hangup() {
        if (hungUp) {
            return;
        }
        hungUp = true;
        if (!ended) {
            session.lane(leg::finished);
        }
    }

    @Override
    public void play(List<String> prompts) {
        playSource(media.prompts(prompts), false);
    }

    @Override
    public boolean playInterruptible(List<String> prompts) {
        if (inbox.hasKeys()) {
            return true;
        }
        return playSource(media.prompts(prompts), true);
    }

    @Override
    public void playFile(Path wav) {
        playSource(media.file(wav), false);
    }

    @Override
    public void playTone(Tone tone, Duration duration) {
        playSource(media.tone(tone, duration), false);
    }

    @Override
    public void say(long number) {
        play(media.speech().number(number));
    }

    @Override
    public void sayDigits(String digits) {
        play(media.speech().digits(digits));
    }

    @Override
    public void sayDate(LocalDate date) {
        play(media.speech().date(date, LocalDate.now(services.clock())));
    }

    @Override
    public void sayTime(LocalTime time) {
        play(media.speech().time(time));
    }

    @Override
    public String readDigits(int max, Duration timeout, char terminator) {
        StringBuilder digits = new StringBuilder();
        while (digits.length() < max) {
            Character key = nextKey(timeout);
            if (key == null || key == terminator) {
                break;
            }
            digits.append(key);
        }
        services.events().publish(new ApplicationEvent.DigitsRead(session.id().value(), application,
            digits.toString(), services.clock().instant()));
        return digits.toString();
    }

    @Override
    public Recording record(Path file, Duration max, Duration silence) {
        requireAnswered();
        ChannelRecorder recorder = new ChannelRecorder(file, max, silence);
        session.relay().listen(Side.A, recorder.queue());
        try {
            Recording.End end = null;
            while (end == null) {
                Object item = inbox.poll(POLL_MILLIS);
                end = item instanceof ChannelInbox.Key k && k.event().key() == '#' ? Recording.End.KEY
                    : item == ChannelInbox.Ended.CALL ? Recording.End.HANGUP : recorder.drain();
                if (item instanceof ChannelInbox.Key k && k.event().key() != '#') {
                    inbox.keep(k);
                }
            }
            session.relay().listen(Side.A, null);
            return recorder.finish(end);
        } catch (HangupException e) {
            recorder.abort();
            throw e;
        } catch (IOException e) {
            recorder.abort();
            throw new UncheckedIOException("recording to " + file + " failed", e);
        }
    }

    @Override
    public void echo(Duration max) {
        requireAnswered();
        session.relay().echo(Side.A, true);
        try {
            long deadline = System.nanoTime() + max.toNanos();
            while (true) {
                Character key = nextKey(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
                if (key == null || key == '#') {
                    return;
                }
            }
        } finally {
            session.relay().echo(Side.A, false);
        }
    }

    @Override
    public boolean bridge(String number) {
        requireUp();
        session.relay().play(Side.A, media.tone(services.tones().ringback(), MAX_RINGBACK), () -> { });
        onLane(() -> leg.redirect(number));
        while (true) {
            Object item = inbox.take();
            if (item instanceof ChannelInbox.BridgeResult r) {
                if (r.status() != 200) {
                    session.relay().play(Side.A, null, null);
                }
                return r.status() == 200;
            }
            if (item instanceof ChannelInbox.Key k) {
                inbox.keep(k);
            }
        }
    }

    @Override
    public void conference(String room) {
        requireAnswered();
        Conference.Member member = services.rooms().join(room, caller);
        try {
            if (services.rooms().size(room) == 1) {
                play("only_participant");
            }
            session.relay().listen(Side.A, member.voice());
            session.relay().play(Side.A, member.mix(), () -> { });
            boolean muted = false;
            Character key;
            while ((key = nextKey(java.time.Duration.ofDays(1))) == null || key != '#') {
                if (key != null && key == '*') {
                    muted = !muted;
                    member.party().mute(muted);
                }
            }
        } finally {
            services.rooms().leave(member);
            session.relay().listen(Side.A, null);
            session.relay().play(Side.A, null, null);
        }
    }

    @Override
    public void hold(String mohClass) {
        requireAnswered();
        session.relay().play(Side.A, media.music(mohClass), () -> { });
    }

    @Override
    public void unhold() {
        session.relay().play(Side.A, null, null);
    }

    // ---- internals ----

    /** Plays until the source ends (true) or, if interruptible, a key is pressed (false... see javadoc). */
    private boolean playSource(AudioSource source, boolean interruptible) {
        requireAnswered();
        Object token = new Object();
        session.relay().play(Side.A, source, inbox.doneOf(token));
        boolean interrupted = false;
        while (true) {
            Object item = inbox.take();
            if (item instanceof ChannelInbox.Done d && d.token() == token) {
                return interrupted;
            }
            if (item instanceof ChannelInbox.Key k) {
                inbox.keep(k);
                if (interruptible && !interrupted) {
                    interrupted = true;
                    session.relay().play(Side.A, null, null); // stops the prompt: its Done follows
                }
            }
        }
    }

    /** The next key (one pressed earlier first), waiting at most {@code timeout}; null on timeout. */
    private Character nextKey(Duration timeout) {
        if (!inbox.hasKeys()) {
            requireUp();
        }
        return inbox.nextKey(timeout);
    }

    /**
     * Media need the PBX to terminate the caller's leg, which it does when the application answers: an
     * application that plays, records or echoes before answering answers first (no early media yet).
     */
    private void requireAnswered() {
        requireUp();
        if (leg.answerSdp() == null) {
            answer();
        }
    }

    private void requireUp() {
        if (ended || hungUp) {
            throw new HangupException("the call has ended");
        }
    }

    /** Runs {@code task} on the call's lane and waits for its result; false if the call ends first. */
    private boolean onLane(Supplier<Boolean> task) {
        requireUp();
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        session.lane(() -> {
            try {
                done.complete(!session.isClosed() && task.get());
            } catch (RuntimeException e) {
                done.completeExceptionally(e); // the application learns it at once, not when the call ends
            }
        });
        while (true) {
            try {
                return done.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                requireUp();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("call " + session.id() + ": lane task failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HangupException("application thread interrupted");
            }
        }
    }
}

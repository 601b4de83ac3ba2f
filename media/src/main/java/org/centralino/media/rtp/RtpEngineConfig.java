package org.centralino.media.rtp;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of an {@link RtpEngine}. Start from {@link #defaults(InetAddress)} and change what differs.
 *
 * @param bindAddress the local address the RTP/RTCP sockets bind to
 * @param ports the port range pairs are taken from (default 10000-20000)
 * @param loopThreads media threads (default: one per available core, at least 1)
 * @param rtpTimeout a leg not on hold that receives no RTP this long is reported (default 60 s; zero: never)
 * @param timeoutCheckInterval how often the loops look for silent legs (default 1 s); also the longest a loop
 *     sleeps when no packet arrives
 * @param relatchAfterPackets consecutive packets from one new source that move a latched address (default 5,
 *     100 ms of 20 ms audio: a NAT rebinding costs that much audio, a lone spoofed packet changes nothing)
 * @param oneWayAudioAfter a leg not on hold that receives no RTP this long while the other leg does is flagged
 *     for one-way audio (default 5 s: longer than any pause a phone without silence suppression makes, short
 *     enough that the flag is set while the caller still says "hello?"; zero: never). Phones that suppress
 *     silence (VAD, RFC 3551 §4.1, comfort noise) may be flagged while their user listens: raise it for them.
 *     Checked every {@code timeoutCheckInterval}.
 */
public record RtpEngineConfig(
    InetAddress bindAddress,
    PortRange ports,
    int loopThreads,
    Duration rtpTimeout,
    Duration timeoutCheckInterval,
    int relatchAfterPackets,
    Duration oneWayAudioAfter) {

    public static final Duration DEFAULT_RTP_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_TIMEOUT_CHECK_INTERVAL = Duration.ofSeconds(1);
    public static final int DEFAULT_RELATCH_AFTER_PACKETS = 5;
    public static final Duration DEFAULT_ONE_WAY_AUDIO_AFTER = Duration.ofSeconds(5);

    public RtpEngineConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(ports, "ports");
        if (loopThreads < 1) {
            throw new IllegalArgumentException("loopThreads must be at least 1, got " + loopThreads);
        }
        if (rtpTimeout.isNegative()) {
            throw new IllegalArgumentException("rtpTimeout must not be negative, got " + rtpTimeout);
        }
        if (timeoutCheckInterval.toMillis() < 1) {
            throw new IllegalArgumentException("timeoutCheckInterval must be at least 1 ms, got " + timeoutCheckInterval);
        }
        if (relatchAfterPackets < 1) {
            throw new IllegalArgumentException("relatchAfterPackets must be at least 1, got " + relatchAfterPackets);
        }
        if (oneWayAudioAfter.isNegative()) {
            throw new IllegalArgumentException("oneWayAudioAfter must not be negative, got " + oneWayAudioAfter);
        }
    }

    public static RtpEngineConfig defaults(InetAddress bindAddress) {
        return new RtpEngineConfig(bindAddress, PortRange.DEFAULT, Math.max(1, Runtime.getRuntime().availableProcessors()),
            DEFAULT_RTP_TIMEOUT, DEFAULT_TIMEOUT_CHECK_INTERVAL, DEFAULT_RELATCH_AFTER_PACKETS,
            DEFAULT_ONE_WAY_AUDIO_AFTER);
    }

    public RtpEngineConfig withPorts(PortRange range) {
        return new RtpEngineConfig(bindAddress, range, loopThreads, rtpTimeout, timeoutCheckInterval, relatchAfterPackets,
            oneWayAudioAfter);
    }

    public RtpEngineConfig withLoopThreads(int threads) {
        return new RtpEngineConfig(bindAddress, ports, threads, rtpTimeout, timeoutCheckInterval, relatchAfterPackets,
            oneWayAudioAfter);
    }

    public RtpEngineConfig withRtpTimeout(Duration timeout) {
        return new RtpEngineConfig(bindAddress, ports, loopThreads, timeout, timeoutCheckInterval, relatchAfterPackets,
            oneWayAudioAfter);
    }

    public RtpEngineConfig withTimeoutCheckInterval(Duration interval) {
        return new RtpEngineConfig(bindAddress, ports, loopThreads, rtpTimeout, interval, relatchAfterPackets,
            oneWayAudioAfter);
    }

    public RtpEngineConfig withRelatchAfterPackets(int packets) {
        return new RtpEngineConfig(bindAddress, ports, loopThreads, rtpTimeout, timeoutCheckInterval, packets,
            oneWayAudioAfter);
    }

    public RtpEngineConfig withOneWayAudioAfter(Duration threshold) {
        return new RtpEngineConfig(bindAddress, ports, loopThreads, rtpTimeout, timeoutCheckInterval,
            relatchAfterPackets, threshold);
    }
}

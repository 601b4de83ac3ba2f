package org.centralino.media.codec;

/**
 * How an Opus encoder is set up for one peer, derived from the fmtp the peer sent (RFC 7587 §6.1: the
 * parameters describe what the receiver wants to receive) and our defaults. {@code stereo} and
 * {@code sprop-stereo} play no part: we always send mono, which every Opus receiver decodes (RFC 7587 §6.1
 * makes stereo a preference, not a requirement).
 *
 * @param bitrate         target bits per second (6000-510000)
 * @param complexity      0-10, CPU against quality
 * @param inbandFec       carry a low-bitrate copy of each frame in the next one (RFC 7587 §3.3)
 * @param lossPercent     the packet loss the encoder plans for; FEC is only spent when this is above 0
 * @param dtx             stop coding silence (RFC 7587 §3.4)
 * @param constantBitrate CBR instead of VBR
 * @param maxBandwidth    an {@code OPUS_BANDWIDTH_*} value: the widest audio band worth sending
 */
record OpusEncoderSettings(int bitrate, int complexity, boolean inbandFec, int lossPercent, boolean dtx,
                           boolean constantBitrate, int maxBandwidth) {
    /**
     * 32 kbit/s: the top of RFC 7587 §3.1.1's range for fullband speech (28-40 kbit/s); above what wideband
     * speech needs (16-20 kbit/s), leaving room for FEC.
     */
    static final int DEFAULT_BITRATE = 32_000;
    /** libopus 1.3's own default complexity (9), stated so a library upgrade does not change our CPU cost. */
    static final int DEFAULT_COMPLEXITY = 9;
    /**
     * The loss we plan for when the peer can use FEC: 10 %, a lossy Wi-Fi or mobile link. With 0 libopus
     * sends no FEC at all. A fixed guess until RTCP receiver reports feed the measured loss back.
     */
    static final int DEFAULT_LOSS_PERCENT = 10;
    /** RFC 7587 §6.1: maxaveragebitrate ranges over 6000-510000. */
    static final int MIN_BITRATE = 6_000;
    static final int MAX_BITRATE = 510_000;

    /** Our defaults, narrowed by what the peer's fmtp says it can receive. */
    static OpusEncoderSettings forPeer(CodecParams peer) {
        CodecParams p = peer == null ? CodecParams.NONE : peer;
        int bitrate = Math.clamp(Math.min(DEFAULT_BITRATE, p.integer("maxaveragebitrate", DEFAULT_BITRATE)),
            MIN_BITRATE, MAX_BITRATE);
        boolean fec = p.flag("useinbandfec", false);
        return new OpusEncoderSettings(bitrate, DEFAULT_COMPLEXITY, fec, fec ? DEFAULT_LOSS_PERCENT : 0,
            p.flag("usedtx", false), p.flag("cbr", false), bandwidthFor(p.integer("maxplaybackrate", 48_000)));
    }

    /**
     * The Opus band for a receiver's maxplaybackrate (RFC 7587 §6.1; bands of RFC 6716 §2: narrowband 8 kHz
     * sampling, mediumband 12, wideband 16, super-wideband 24, fullband 48).
     */
    static int bandwidthFor(int maxPlaybackRate) {
        if (maxPlaybackRate <= 8_000) {
            return OpusBindings.BANDWIDTH_NARROWBAND;
        }
        if (maxPlaybackRate <= 12_000) {
            return OpusBindings.BANDWIDTH_MEDIUMBAND;
        }
        if (maxPlaybackRate <= 16_000) {
            return OpusBindings.BANDWIDTH_WIDEBAND;
        }
        return maxPlaybackRate <= 24_000 ? OpusBindings.BANDWIDTH_SUPERWIDEBAND : OpusBindings.BANDWIDTH_FULLBAND;
    }
}

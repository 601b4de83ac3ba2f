package org.centralino.media.prompt;

/**
 * The "fmt " chunk of a RIFF/WAVE file (Microsoft Multimedia Programming Interface and Data Specifications 1.0,
 * "WAVE Form"; format tags from RFC 2361 appendix A: 1 PCM, 6 A-law, 7 µ-law, 0xFFFE extensible).
 */
record WavFormat(int tag, int channels, int rate, int byteRate, int blockAlign, int bits) {
    static final int PCM = 1;
    static final int ALAW = 6;
    static final int ULAW = 7;
    static final int EXTENSIBLE = 0xFFFE;

    /** Why this format cannot be played, or null when it can (PCM 16-bit 8/16 kHz, G.711 8 kHz, mono). */
    String problem() {
        if (channels != 1) {
            return channels + " channels (only mono is played: convert with sox file.wav -c 1 out.wav)";
        }
        if (blockAlign != channels * bits / 8 || byteRate != rate * blockAlign) {
            return "inconsistent header (block align " + blockAlign + ", byte rate " + byteRate + " for "
                + bits + "-bit at " + rate + " Hz)";
        }
        return switch (tag) {
            case PCM -> bits != 16 ? bits + "-bit PCM (only 16-bit)"
                : rate != 8000 && rate != 16000 ? "PCM at " + rate + " Hz (only 8000 or 16000)" : null;
            case ALAW, ULAW -> bits != 8 ? "G.711 with " + bits + " bits per sample (must be 8)"
                : rate != 8000 ? "G.711 at " + rate + " Hz (must be 8000)" : null;
            default -> "format tag " + tag + " (only PCM 1, A-law 6, µ-law 7)";
        };
    }
}

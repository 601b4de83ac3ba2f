package org.centralino.media.rtcp;

/**
 * The sender-information section of an SR (RFC 3550 §6.4.1).
 *
 * @param ntpTimestamp wallclock time of the report, 64-bit NTP (see {@link NtpTime})
 * @param rtpTimestamp the same instant in the units of the sender's RTP timestamps
 * @param packetCount RTP data packets sent since the start (mod 2^32)
 * @param octetCount payload octets sent since the start (mod 2^32)
 */
public record SenderInfo(long ntpTimestamp, long rtpTimestamp, long packetCount, long octetCount) {
}

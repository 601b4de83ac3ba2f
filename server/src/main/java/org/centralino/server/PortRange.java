package org.centralino.server;

/** An inclusive range of UDP ports, such as the RTP range "10000-20000". */
public record PortRange(int first, int last) {
    public PortRange {
        if (first < 1 || last > 65535 || first > last) {
            throw new IllegalArgumentException("port range must be A-B with 1 <= A <= B <= 65535, got " + first + "-"
                + last);
        }
    }

    /** Parses "A-B"; the message says what is wrong. */
    public static PortRange parse(String s) {
        String[] parts = s.trim().split("-", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("port range must look like 10000-20000, got '" + s + "'");
        }
        try {
            return new PortRange(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port range must be two numbers like 10000-20000, got '" + s + "'");
        }
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}

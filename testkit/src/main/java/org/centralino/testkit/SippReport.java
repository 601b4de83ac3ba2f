package org.centralino.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a finished SIPp run reported: its final screen, the screens it dumped, its message trace. */
final class SippReport {
    private static final Pattern SUCCESS = Pattern.compile("Successful call\\s+\\|\\s+\\d+\\s+\\|\\s+(\\d+)");
    private static final Pattern FAILED = Pattern.compile("Failed call\\s+\\|\\s+\\d+\\s+\\|\\s+(\\d+)");
    private static final String RTD = "(?:[BE]-RTD\\d+\\s+)?";
    /** Client-mode rows ("  INVITE ---------->  1  0") and server-mode rows ("  ----------> INVITE  1  0"). */
    private static final Pattern CLIENT_ROW = Pattern.compile(
        "(?m)^\\s+(\\S+) (---------->|<----------)\\s+" + RTD + "(\\d+)\\s+(\\d+)");
    private static final Pattern SERVER_ROW = Pattern.compile(
        "(?m)^\\s+(---------->|<----------) (\\S+)\\s+" + RTD + "(\\d+)\\s+(\\d+)");
    private static final Pattern RTP_SENT = Pattern.compile("(\\d+) Total RTP pckts sent\\s+[\\d.]+ kB/s RTP OUT");
    private static final Pattern RTP_ECHOED = Pattern.compile("(\\d+) Total echo RTP pckts 1st stream");

    private SippReport() {
    }

    static Sipp.Result read(int exitCode, String output, Path workDir, long pid) throws IOException {
        String screens = filesEndingWith(workDir, "_" + pid + "_screen.log");
        String trace = trace(workDir, pid);
        return new Sipp.Result(exitCode, last(SUCCESS, output), last(FAILED, output), output,
            rows(finalScreen(output)), max(RTP_SENT, screens), max(RTP_ECHOED, screens), trace);
    }

    /** What SIPp's -trace_msg wrote so far for the process. */
    static String trace(Path workDir, long pid) throws IOException {
        return filesEndingWith(workDir, "_" + pid + "_messages.log");
    }

    /** The rows of the last scenario screen: what was sent and received, how often. */
    static List<Sipp.Row> rows(String screen) {
        List<Sipp.Row> rows = new ArrayList<>();
        for (String line : screen.split("\n")) {
            Matcher c = CLIENT_ROW.matcher(line);
            Matcher s = SERVER_ROW.matcher(line);
            if (c.find()) {
                rows.add(new Sipp.Row(c.group(1), c.group(2).startsWith("-"), Long.parseLong(c.group(3)),
                    Long.parseLong(c.group(4))));
            } else if (s.find()) {
                rows.add(new Sipp.Row(s.group(2), s.group(1).startsWith("<"), Long.parseLong(s.group(3)),
                    Long.parseLong(s.group(4))));
            }
        }
        return List.copyOf(rows);
    }

    private static String finalScreen(String output) {
        int start = output.lastIndexOf("Scenario Screen");
        if (start < 0) {
            return "";
        }
        int end = output.indexOf("Statistics Screen", start);
        return end < 0 ? output.substring(start) : output.substring(start, end);
    }

    private static String filesEndingWith(Path dir, String suffix) throws IOException {
        StringBuilder all = new StringBuilder();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + suffix)) {
            for (Path f : files) {
                all.append(Files.readString(f, StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    private static long last(Pattern p, String text) {
        Matcher m = p.matcher(text);
        long v = -1;
        while (m.find()) {
            v = Long.parseLong(m.group(1));
        }
        return v;
    }

    private static long max(Pattern p, String text) {
        Matcher m = p.matcher(text);
        long v = -1;
        while (m.find()) {
            v = Math.max(v, Long.parseLong(m.group(1)));
        }
        return v;
    }
}

package org.centralino.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client of baresip's ctrl_tcp module: JSON messages framed as netstrings ({@code <length>:<json>,}) over
 * TCP. Commands are menu commands ({@code {"command":"dial","params":"sip:...","token":"3"}}), answered by
 * {@code {"response":true,"ok":true,"data":"...","token":"3"}}; every user-agent event comes as
 * {@code {"event":true,"type":"CALL_ESTABLISHED",...}}. Only the few fields tests need are read, with patterns:
 * testkit has no JSON library.
 */
final class BaresipControl implements AutoCloseable {
    private static final Pattern TYPE = Pattern.compile("\"type\":\"([A-Z_]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]*)\"");
    private static final Pattern OK = Pattern.compile("\"ok\":(true|false)");
    private static final Pattern PARAM = Pattern.compile("\"param\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern DATA = Pattern.compile("\"data\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final int MAX_MESSAGE = 1 << 20;

    private final Socket socket;
    private final OutputStream out;
    private final List<String> events = new ArrayList<>();
    private final List<String> params = new ArrayList<>();
    private final Map<String, String> responses = new HashMap<>();
    private final Thread reader;
    private int nextToken;

    private BaresipControl(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.reader = Thread.ofVirtual().name("baresip-ctrl").start(this::readAll);
    }

    /** Connects to ctrl_tcp on 127.0.0.1:{@code port}, retrying while baresip starts. */
    static BaresipControl connect(int port, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return new BaresipControl(new Socket(InetAddress.getLoopbackAddress(), port));
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("baresip's ctrl_tcp did not accept on port " + port, e);
                }
                Thread.sleep(50);
            }
        }
    }

    /** The answer to a command. */
    record Response(boolean ok, String data) {
    }

    /** Sends a menu command and waits for its response. */
    Response command(String command, String params, Duration timeout) throws IOException, InterruptedException {
        String token;
        synchronized (this) {
            token = Integer.toString(++nextToken);
        }
        String json = "{\"command\":\"" + escape(command) + "\",\"params\":\"" + escape(params) + "\",\"token\":\""
            + token + "\"}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        synchronized (out) {
            out.write((body.length + ":").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.write(',');
            out.flush();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (!responses.containsKey(token)) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new IOException("baresip did not answer command " + command + " " + params);
                }
                wait(left);
            }
            String r = responses.remove(token);
            return new Response(find(OK, r).equals("true"), unescape(find(DATA, r)));
        }
    }

    /** Waits until an event of this type has come (since the start); false when the time is up first. */
    synchronized boolean awaitEvent(String type, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!events.contains(type)) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /**
     * The "param" of each event of this type so far, in order (e.g. the key of CALL_DTMF_START; "" when the
     * event has none).
     */
    synchronized List<String> params(String type) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).equals(type)) {
                out.add(params.get(i));
            }
        }
        return out;
    }

    /** How many events of this type have come. */
    synchronized long count(String type) {
        return events.stream().filter(type::equals).count();
    }

    /** The types of the events so far, in order. */
    synchronized List<String> events() {
        return List.copyOf(events);
    }

    private void readAll() {
        try (InputStream in = socket.getInputStream()) {
            while (true) {
                String message = readNetstring(in);
                if (message == null) {
                    return;
                }
                synchronized (this) {
                    if (message.contains("\"response\":true")) {
                        responses.put(find(TOKEN, message), message);
                    } else if (message.contains("\"event\":true")) {
                        events.add(find(TYPE, message));
                        params.add(unescape(find(PARAM, message)));
                    }
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // baresip went away; what came so far stays available
        }
    }

    private static String readNetstring(InputStream in) throws IOException {
        int length = 0;
        int c;
        while ((c = in.read()) != ':') {
            if (c < 0) {
                return null;
            }
            if (c < '0' || c > '9' || length > MAX_MESSAGE) {
                throw new IOException("not a netstring from baresip's ctrl_tcp");
            }
            length = length * 10 + (c - '0');
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length || in.read() != ',') {
            return null;
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Undoes JSON string escapes (a backslash before n, t, r, b, f, u and four hex digits, or any other). */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, Math.min(i + 5, s.length())), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

package org.centralino.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads SIPp scenarios from the classpath (resources under {@code /sipp/}) and writes them where SIPp can read
 * them. SIPp 3.6 has no include mechanism, so the call scenarios share their common parts (REGISTER with digest
 * auth, the challenged INVITE, the ACKs, ...) as fragments: a line that holds only
 * {@code <!-- include fragments/x.xml -->} is replaced by that resource, recursively; {@code name=value} pairs
 * after the name ({@code <!-- include fragments/x.xml txn=invite -->}) are values for that fragment. Before that,
 * {@code ${name}} is replaced by the value given for it (e.g. {@code ${talk_ms}} in a pause, or
 * {@code ${media}} in an include's name): what must be fixed when SIPp loads the scenario, where a -key is
 * not read (attributes, the choice of actions).
 */
final class SippScenarios {
    private static final Pattern INCLUDE =
        Pattern.compile("(?m)^[ \\t]*<!-- include (\\S+)((?: [a-z_]+=\\S+)*) -->[ \\t]*$");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([a-z_]+)}");
    private static final int MAX_DEPTH = 8;

    private SippScenarios() {
    }

    /** Writes the expanded scenario {@code name} into {@code dir} under the same file name; returns its path. */
    static Path materialize(String name, Map<String, String> values, Path dir) throws IOException {
        Path target = dir.resolve(Path.of(name).getFileName().toString());
        Files.writeString(target, expand(name, values), StandardCharsets.ISO_8859_1);
        return target;
    }

    /** The text of scenario {@code name}, its variables filled in and its include lines expanded. */
    static String expand(String name, Map<String, String> values) throws IOException {
        return expand(name, values, new ArrayDeque<>());
    }

    private static String expand(String name, Map<String, String> values, Deque<String> stack)
        throws IOException {
        if (stack.contains(name) || stack.size() > MAX_DEPTH) {
            throw new IOException("SIPp scenario includes loop or nest too deep: " + stack + " -> " + name);
        }
        stack.push(name);
        String text = fill(name, read(name), values);
        Matcher m = INCLUDE.matcher(text);
        StringBuilder out = new StringBuilder(text.length() * 2);
        while (m.find()) {
            String fragment = expand(m.group(1), withParameters(values, m.group(2)), stack).stripTrailing();
            m.appendReplacement(out, Matcher.quoteReplacement(fragment));
        }
        m.appendTail(out);
        stack.pop();
        return out.toString();
    }

    /** The values, plus the include line's own {@code name=value} pairs for that fragment. */
    private static Map<String, String> withParameters(Map<String, String> values, String parameters) {
        if (parameters.isBlank()) {
            return values;
        }
        Map<String, String> all = new HashMap<>(values);
        for (String pair : parameters.strip().split(" ")) {
            int eq = pair.indexOf('=');
            all.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return all;
    }

    private static String fill(String name, String text, Map<String, String> values) throws IOException {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IOException("SIPp scenario " + name + " needs a value for ${" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String read(String name) throws IOException {
        try (InputStream in = SippScenarios.class.getResourceAsStream("/sipp/" + name)) {
            if (in == null) {
                throw new IOException("no SIPp scenario or fragment named " + name + " under resources/sipp");
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}

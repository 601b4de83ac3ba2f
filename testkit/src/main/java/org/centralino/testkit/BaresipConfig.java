package org.centralino.testkit;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The config file of a headless baresip 1.0 for tests (see {@link Baresip} for why each line is there). */
final class BaresipConfig {
    private static final Pattern USER = Pattern.compile("sips?:([^@;>]+)@");

    private BaresipConfig() {
    }

    static final java.util.List<String> DEFAULT_CODECS = java.util.List.of("g711");

    static String text(Path dir, int sipPort, int controlPort, int toneHz, java.util.List<String> codecs) {
        StringBuilder modules = new StringBuilder();
        codecs.forEach(c -> modules.append("module\t").append(c).append(".so\n"));
        return modules + String.join("\n",
            "poll_method\tepoll",
            "sip_listen\t127.0.0.1:" + sipPort,
            "net_interface\t127.0.0.1",
            "call_local_timeout\t120",
            // ausine in 1.0 refuses anything but 48 kHz stereo; baresip resamples to the codec's 8 kHz mono
            "audio_source\tausine," + toneHz,
            "ausrc_srate\t48000",
            "ausrc_channels\t2",
            // no sound card: ALSA's null device plays; sndfile records what is received and sent
            "audio_player\talsa,null",
            "audio_alert\talsa,null",
            "snd_path\t" + dir,
            "ctrl_tcp_listen\t127.0.0.1:" + controlPort,
            "module_path\t/usr/lib/baresip/modules",
            "module\tausine.so",
            "module\talsa.so",
            "module\tsndfile.so",
            "module_tmp\tuuid.so",
            "module_tmp\taccount.so",
            "module_app\tmenu.so",
            "module_app\tctrl_tcp.so",
            "") + "\n";
    }

    /** The user part of the account's address of record. */
    static String user(String account) {
        Matcher m = USER.matcher(account);
        return m.find() ? m.group(1) : "baresip";
    }
}

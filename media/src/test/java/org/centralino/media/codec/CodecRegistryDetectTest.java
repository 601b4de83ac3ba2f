package org.centralino.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.lang.foreign.Arena;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Optional codecs are offered exactly when their native library loads, and the log says why not. */
class CodecRegistryDetectTest {
    private final Logger log = (Logger) LoggerFactory.getLogger(CodecRegistry.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        log.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        log.detachAppender(logged);
    }

    @Test
    void withBothLibrariesInstalledOpusAndG729AreOfferedBestFirst() {
        CodecRegistry registry = CodecRegistry.detect(LibraryLoader.system());
        assertThat(registry.codecs()).extracting(AudioCodec::encoding).containsExactly("opus", "G722", "PCMU", "PCMA", "G729");
        assertThat(registry.find("G729", 8000)).isPresent();
        assertThat(messages()).anyMatch(m -> m.contains("opus/48000") && m.contains("G729/8000"));
    }

    @Test
    void withoutBcg729G729IsNotOfferedAndTheLogSaysWhy() {
        LibraryLoader noBcg729 = soname -> soname.equals("libbcg729.so.0")
            ? NativeLibrary.load("libbcg729-not-installed.so.0", Arena.global())
            : LibraryLoader.system().load(soname);
        CodecRegistry registry = CodecRegistry.detect(noBcg729);
        assertThat(registry.find("G729", 8000)).isEmpty();
        assertThat(registry.find("opus", 48000)).isPresent();
        assertThat(registry.codecs()).extracting(AudioCodec::encoding).doesNotContain("G729");
        assertThat(messages()).anyMatch(m -> m.startsWith("G.729 not offered")
            && m.contains("libbcg729-not-installed.so.0"));
    }

    @Test
    void withNeitherLibraryOnlyThePureJavaCodecsAreOffered() {
        CodecRegistry registry = CodecRegistry.detect(soname -> new NativeLibrary.Missing(soname, "not installed"));
        assertThat(registry.codecs()).extracting(AudioCodec::encoding).containsExactly("G722", "PCMU", "PCMA");
        assertThat(messages()).contains("Opus not offered: not installed", "G.729 not offered: not installed");
    }

    @Test
    void aLibraryWithoutARequiredFunctionIsMissingAndTheReasonNamesTheFunction() {
        // libopus loaded where bcg729 is expected: it loads, but has none of bcg729's functions
        LibraryLoader wrong = soname -> LibraryLoader.system().load("libopus.so.0");
        CodecRegistry registry = CodecRegistry.detect(wrong);
        assertThat(registry.find("G729", 8000)).isEmpty();
        assertThat(registry.find("opus", 48000)).isPresent();
        assertThat(messages()).contains("G.729 not offered: libopus.so.0 has no symbol initBcg729EncoderChannel");
    }

    @Test
    void loadingALibraryThatIsNotThereReportsMissingInsteadOfThrowing() {
        NativeLibrary library = NativeLibrary.load("libcentralino-absent.so.1", Arena.ofAuto());
        assertThat(library).isInstanceOf(NativeLibrary.Missing.class);
        assertThat(((NativeLibrary.Missing) library).reason()).contains("libcentralino-absent.so.1");
        assertThat(NativeLibrary.load("libopus.so.0", Arena.ofAuto()).requiring(List.of("opus_encode")))
            .isInstanceOf(NativeLibrary.Available.class);
    }

    private List<String> messages() {
        return logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}

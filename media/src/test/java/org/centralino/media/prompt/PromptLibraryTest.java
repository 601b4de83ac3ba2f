package org.centralino.media.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Built-in prompts, an administrator's recordings winning over them, English fallback, cache and errors. */
class PromptLibraryTest {
    @TempDir
    Path data;

    private Path record(String language, String name, short[] samples) throws IOException {
        Path file = data.resolve(language).resolve(name + ".wav");
        Files.createDirectories(file.getParent());
        return Files.write(file, WavBytes.wav(1, 1, 16_000, 16, WavBytes.pcm(samples)));
    }

    @Test
    void builtInPromptsDifferByLanguage() {
        PromptLibrary library = new PromptLibrary(null);
        Clip italian = library.clip("it", "goodbye");
        Clip english = library.clip("en", "goodbye");
        assertThat(italian.length()).isPositive();
        assertThat(english.length()).isPositive();
        assertThat(italian.samples()).isNotEqualTo(english.samples());
    }

    @Test
    void anAdministratorsRecordingWinsOverTheBuiltInPrompt() throws IOException {
        short[] mine = org.centralino.media.audio.Signals.sine(3200, 500, 8000, 16_000);
        record("it", "goodbye", mine);
        PromptLibrary library = new PromptLibrary(data);
        assertThat(library.clip("it", "goodbye").samples()).isEqualTo(mine);
        assertThat(library.clip("en", "goodbye").samples()).isNotEqualTo(mine);
    }

    @Test
    void aPromptMissingInItalianIsTakenFromEnglish() throws IOException {
        PromptLibrary library = new PromptLibrary(data);
        assertThat(library.hasBuiltIn("it", "o_clock")).isFalse();
        assertThat(library.clip("it", "o_clock").samples()).isEqualTo(library.clip("en", "o_clock").samples());
        short[] custom = org.centralino.media.audio.Signals.sine(1600, 300, 8000, 16_000);
        record("en", "custom_welcome", custom);
        assertThat(library.clip("it", "custom_welcome").samples()).isEqualTo(custom);
    }

    @Test
    void aMissingPromptNamesLanguageAndName() {
        PromptLibrary library = new PromptLibrary(data);
        assertThatThrownBy(() -> library.clip("it", "no_such_prompt")).isInstanceOf(PromptNotFoundException.class)
            .hasMessageContaining("'no_such_prompt'").hasMessageContaining("'it'");
        assertThatThrownBy(() -> library.clip("it", "../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> library.clip("IT!", "goodbye")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clipsAreCachedUntilForgotten() throws IOException {
        short[] first = org.centralino.media.audio.Signals.sine(1600, 500, 8000, 16_000);
        short[] second = org.centralino.media.audio.Signals.sine(1600, 900, 8000, 16_000);
        record("it", "welcome", first);
        PromptLibrary library = new PromptLibrary(data);
        Clip cached = library.clip("it", "welcome");
        record("it", "welcome", second);
        assertThat(library.clip("it", "welcome")).isSameAs(cached);
        library.forget("it", "welcome");
        assertThat(library.clip("it", "welcome").samples()).isEqualTo(second);
    }

    @Test
    void aBrokenRecordingIsReportedWithItsFile() throws IOException {
        Path file = data.resolve("it").resolve("goodbye.wav");
        Files.createDirectories(file.getParent());
        Files.write(file, "not audio".getBytes());
        PromptLibrary library = new PromptLibrary(data);
        assertThatThrownBy(() -> library.clip("it", "goodbye")).isInstanceOf(UncheckedIOException.class)
            .hasMessageContaining("'goodbye'").hasRootCauseMessage(file + ": not a RIFF/WAVE file");
    }

    @Test
    void aSentenceResolvesInOrder() {
        PromptLibrary library = new PromptLibrary(null);
        List<Clip> clips = library.clips("it", Speech.of("it").number(21));
        assertThat(clips).extracting(Clip::name).containsExactly(PromptLibrary.BUILT_IN + "it/twenty_elided.wav",
            PromptLibrary.BUILT_IN + "it/one.wav");
    }
}

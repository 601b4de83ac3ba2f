package org.centralino.core.b2bua;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.centralino.core.app.AppServices;
import org.centralino.media.audio.AudioSource;
import org.centralino.media.prompt.AudioFileException;
import org.centralino.media.prompt.PromptPlayer;
import org.centralino.media.prompt.Speech;
import org.centralino.media.prompt.WavReader;
import org.centralino.media.tone.Tone;
import org.centralino.media.tone.TonePlayer;

/** The audio sources an application's channel plays: prompts, files, tones, music on hold. */
final class ChannelMedia {
    private final AppServices services;
    private final Supplier<String> language;

    ChannelMedia(AppServices services, Supplier<String> language) {
        this.services = services;
        this.language = language;
    }

    Speech speech() {
        return Speech.of(language.get());
    }

    /** Prompts by name, in the channel's language (English where a prompt has no translation). */
    AudioSource prompts(List<String> names) {
        return new PromptPlayer(services.prompts().clips(language.get(), names));
    }

    /** A WAV file; one that cannot be read is the application's error, reported with the file and why. */
    AudioSource file(Path wav) {
        try {
            return new PromptPlayer(List.of(WavReader.read(wav)));
        } catch (AudioFileException e) {
            throw new IllegalArgumentException("cannot play " + wav + ": " + e.getMessage(), e);
        }
    }

    AudioSource music(String mohClass) {
        return services.music().listener(mohClass); // null: the default class
    }

    /** A tone with its cadence for {@code duration}, then the end. */
    AudioSource tone(Tone tone, Duration duration) {
        return new TonePlayer(tone, duration);
    }
}

package org.centralino.core.app;

import java.nio.file.Path;
import java.time.Clock;
import org.centralino.core.event.EventBus;
import org.centralino.media.mix.Conferences;
import org.centralino.media.moh.MohLibrary;
import org.centralino.media.prompt.PromptLibrary;
import org.centralino.media.tone.TonePlan;

/**
 * What applications use beside their channel, wired by the server.
 *
 * @param prompts    the prompt library (built-in Italian and English prompts, an administrator's overrides)
 * @param music      music-on-hold classes
 * @param rooms      the conference rooms
 * @param tones      the national tone plan for tones played to callers
 * @param events     the event bus applications publish on
 * @param clock      the time (the speaking clock, timestamps); injected so tests can fix it
 * @param language   the language prompts are played in when nothing chooses another ({@code it} or {@code en})
 * @param recordings where applications write recordings
 */
public record AppServices(PromptLibrary prompts, MohLibrary music, Conferences rooms, TonePlan tones, EventBus events, Clock clock,
                          String language, Path recordings) {
}

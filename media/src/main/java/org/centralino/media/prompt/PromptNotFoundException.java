package org.centralino.media.prompt;

/** A prompt that exists neither in the requested language nor in the English fallback, on disk or built in. */
public final class PromptNotFoundException extends RuntimeException {
    public PromptNotFoundException(String language, String name) {
        super("no prompt '" + name + "' for language '" + language + "' (nor in the fallback '"
            + PromptLibrary.FALLBACK_LANGUAGE + "'), built in or in the override directory");
    }
}

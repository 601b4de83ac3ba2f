package org.centralino.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.centralino.media.moh.MohClass;
import org.centralino.media.moh.MohLibrary;
import org.centralino.media.prompt.Clip;

/**
 * One music-on-hold class as the API shows it: its name, whether it is the built-in piece (the {@code default}
 * class before any file was uploaded to it), and the files it plays in order.
 */
record MohJson(String name, boolean builtIn, List<File> files) {

    /**
     * One file of a class.
     *
     * @param sizeBytes      the file's size on disk
     * @param durationMillis how long it plays
     */
    record File(String name, long sizeBytes, long durationMillis) {
    }

    /**
     * The class as it plays now. Each clip of a class loaded from files is named by its file's path
     * (MohLibrary reads them with WavReader.read); a clip whose name is not a readable file is the built-in piece,
     * or a file removed a moment ago, and is not listed.
     */
    static MohJson of(MohClass moh) {
        List<File> files = new ArrayList<>();
        for (Clip clip : moh.clips()) {
            File f = file(clip);
            if (f != null) {
                files.add(f);
            }
        }
        return new MohJson(moh.name(), files.isEmpty() && MohLibrary.DEFAULT.equals(moh.name()), List.copyOf(files));
    }

    /** The file behind {@code clip}, or null when there is none. */
    static File file(Clip clip) {
        try {
            Path path = Path.of(clip.name());
            if (!Files.isRegularFile(path)) {
                return null;
            }
            return new File(path.getFileName().toString(), Files.size(path), clip.millis());
        } catch (InvalidPathException | IOException e) {
            return null; // not a file (the built-in piece) or gone since the class was loaded: nothing to list
        }
    }
}

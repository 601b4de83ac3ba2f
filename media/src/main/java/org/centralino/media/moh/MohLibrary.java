package org.centralino.media.moh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.centralino.media.prompt.AudioFileException;
import org.centralino.media.prompt.Clip;
import org.centralino.media.prompt.WavReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The music-on-hold classes: the built-in {@value #DEFAULT} piece ({@link DefaultMohPiece}) and one class per
 * directory under {@code <data>/moh/<class>/}, whose audio files play in name order (a {@code default}
 * directory with files replaces the built-in piece). An unknown class plays {@value #DEFAULT}, with a log line,
 * rather than silence. Uploads are written safely (DESIGN.md §2 Persistence): temporary name in the same
 * directory, decoded to prove they are playable, fsync, atomic rename, fsync of the directory.
 */
public final class MohLibrary {
    /** The class every call falls back to. */
    public static final String DEFAULT = "default";

    private static final Logger LOG = LoggerFactory.getLogger(MohLibrary.class);
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern FILE_NAME =
        Pattern.compile("[A-Za-z0-9][A-Za-z0-9_. -]{0,127}\\.(wav|ulaw|alaw|sln|sln16)", Pattern.CASE_INSENSITIVE);

    private final Path root;
    private MohClass builtIn; // rendered on first use (about a second of CPU), guarded by this
    private final Map<String, MohClass> classes = new ConcurrentHashMap<>();

    /** @param root the {@code <data>/moh} directory (created if missing), or null for the built-in class only */
    public MohLibrary(Path root) throws IOException {
        this.root = root;
        if (root != null) {
            Files.createDirectories(root);
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
                for (Path dir : dirs) {
                    String name = dir.getFileName().toString();
                    if (CLASS_NAME.matcher(name).matches()) {
                        load(name);
                    }
                }
            }
        }
    }

    /** The class called {@code name}; {@value #DEFAULT} (logged) when there is none. */
    public MohClass classFor(String name) {
        MohClass found = name == null ? null : classes.get(name);
        if (found != null) {
            return found;
        }
        if (name != null && !DEFAULT.equals(name)) {
            LOG.info("music-on-hold class '{}' does not exist; playing '{}'", name, DEFAULT);
        }
        MohClass onDisk = classes.get(DEFAULT);
        return onDisk != null ? onDisk : builtIn();
    }

    private synchronized MohClass builtIn() {
        if (builtIn == null) {
            builtIn = new MohClass(DEFAULT, List.of(new Clip("built-in default", DefaultMohPiece.render())));
        }
        return builtIn;
    }

    /** A new listener: plays {@code className} (or the default) from its start, looped. */
    public MohPlayer listener(String className) {
        return new MohPlayer(classFor(className));
    }

    /** The classes that can be chosen, sorted; always includes {@value #DEFAULT}. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>(classes.keySet());
        names.add(DEFAULT);
        return names;
    }

    /**
     * Stores an uploaded file in a class (creating the class), replacing a file of the same name, and reloads the
     * class. A file that does not decode is refused and leaves nothing behind.
     */
    public void addFile(String className, String fileName, InputStream data) throws IOException {
        Path dir = classDir(className);
        checkFileName(fileName);
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".upload-", ".tmp"); // dot first: never listed as a track
        try {
            long size;
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                size = out.transferFrom(java.nio.channels.Channels.newChannel(data), 0, WavReader.MAX_FILE_BYTES + 1);
                out.force(true);
            }
            if (size > WavReader.MAX_FILE_BYTES) {
                throw new AudioFileException(fileName, "upload larger than " + WavReader.MAX_FILE_BYTES + " bytes");
            }
            WavReader.decode(fileName, Files.readAllBytes(tmp));
            Files.move(tmp, dir.resolve(fileName), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
        load(className);
    }

    /** Deletes a file from a class and reloads it (a class left without files disappears). */
    public void removeFile(String className, String fileName) throws IOException {
        Path dir = classDir(className);
        checkFileName(fileName);
        try {
            Files.delete(dir.resolve(fileName));
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(dir.resolve(fileName).toString(), null,
                "music-on-hold class '" + className + "' has no file '" + fileName + "'");
        }
        syncDirectory(dir);
        load(className);
    }

    private void load(String className) throws IOException {
        Path dir = root.resolve(className);
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                f -> Files.isRegularFile(f) && FILE_NAME.matcher(f.getFileName().toString()).matches())) {
                entries.forEach(files::add);
            }
        }
        files.sort(null);
        List<Clip> clips = new ArrayList<>();
        for (Path file : files) {
            try {
                clips.add(WavReader.read(file));
            } catch (AudioFileException e) {
                LOG.warn("music-on-hold class '{}': skipping a file that cannot be played: {}", className,
                    e.getMessage());
            }
        }
        if (clips.isEmpty()) {
            classes.remove(className);
        } else {
            classes.put(className, new MohClass(className, clips));
        }
    }

    private Path classDir(String className) {
        if (root == null) {
            throw new IllegalStateException("no music-on-hold directory configured: files cannot be stored");
        }
        if (className == null || !CLASS_NAME.matcher(className).matches()) {
            throw new IllegalArgumentException("music-on-hold class name '" + className
                + "' must be letters, digits, '-' or '_' (at most 64)");
        }
        return root.resolve(className);
    }

    private static void checkFileName(String fileName) {
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("music-on-hold file name '" + fileName
                + "' must be a plain name ending in .wav, .ulaw, .alaw, .sln or .sln16");
        }
    }

    /** Makes the rename durable: on Linux a directory's entries reach the disk only with an fsync of it. */
    private static void syncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}

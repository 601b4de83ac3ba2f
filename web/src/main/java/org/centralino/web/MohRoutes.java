package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Optional;
import java.util.regex.Pattern;
import org.centralino.core.app.MohClassName;
import org.centralino.media.moh.MohClass;
import org.centralino.media.moh.MohLibrary;
import org.centralino.media.prompt.AudioFileException;
import org.centralino.media.prompt.WavReader;

/**
 * {@code /api/v1/moh}: the music-on-hold classes and their files, a thin HTTP layer over {@link MohLibrary}
 * (which stores an upload safely and proves it decodes before keeping it). Uploads are WAV only (RIFF/WAVE,
 * mono, PCM 16-bit at 8 or 16 kHz or G.711 at 8 kHz): a raw .ulaw or .sln file has no header, so any bytes
 * would "decode" and play as noise. Every refusal is a 4xx that says what is wrong. When the server was built
 * without a library the routes exist and answer 503.
 */
final class MohRoutes {
    static final String BASE = "/api/v1/moh";
    static final String LIST = "moh";
    /** Largest upload: the media library's own limit on an audio file (64 MiB, about 35 min of 16 kHz PCM). */
    static final long MAX_UPLOAD_BYTES = WavReader.MAX_FILE_BYTES;
    static final int FILE_NAME_MAX = 64;
    static final String FILE_NAME_RULE = "must be 5 to " + FILE_NAME_MAX + " characters of letters, digits, '_', "
        + "'-' or '.', starting with a letter or digit and ending in .wav";
    private static final Pattern FILE_NAME =
        Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0," + (FILE_NAME_MAX - 5) + "}\\.wav", Pattern.CASE_INSENSITIVE);
    /** "RIFF", a 4-byte size, "WAVE" (RIFF: Microsoft Multimedia Programming Interface 1.0, "WAVE Form"). */
    private static final int RIFF_HEADER = 12;
    private static final String WAV_FORMATS = "mono PCM 16-bit at 8000 or 16000 Hz, or G.711 µ-law/A-law at 8000 Hz";

    private final MohLibrary library;

    /** @param library null when music on hold is not wired in */
    MohRoutes(MohLibrary library) {
        this.library = library;
    }

    void register(RoutesConfig routes) {
        routes.get(BASE, this::list, Access.SYSTEM);
        routes.put(BASE + "/{class}/files/{name}", this::upload, Access.SYSTEM);
        routes.delete(BASE + "/{class}/files/{name}", this::delete, Access.SYSTEM);
    }

    /** Paged in order of class name. */
    private void list(Context ctx) {
        PageRequest page = Paging.request(ctx, LIST, Set.of(), MohClassName::isValid);
        MohLibrary lib = library();
        List<MohJson> out = new ArrayList<>();
        for (String name : new TreeSet<>(lib.names())) {
            MohClass moh = lib.classFor(name);
            if (moh.name().equals(name)) { // else removed since names() was read: it plays the default now
                out.add(MohJson.of(moh));
            }
        }
        ctx.json(Paging.page(out, MohJson::name, Comparator.naturalOrder(), page, LIST, m -> m));
    }

    private void upload(Context ctx) throws IOException {
        MohLibrary lib = library();
        String className = className(ctx);
        String fileName = fileName(ctx);
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_UPLOAD_BYTES) {
            throw tooLarge();
        }
        Optional<MohJson.File> before = find(lib, className, fileName);
        checkIfMatch(ctx, className, fileName, before);
        boolean existed = before.isPresent();
        try (InputStream body = wav(new UploadLimit(RequestBody.stream(ctx), MAX_UPLOAD_BYTES))) {
            lib.addFile(className, fileName, body);
        } catch (IllegalStateException e) {
            throw noDirectory(e);
        } catch (UploadLimit.TooLarge e) {
            throw tooLarge();
        } catch (AudioFileException e) {
            throw new ApiException(422, "unplayable_wav", "the WAV file cannot be played: " + e.getMessage()
                + "; accepted: " + WAV_FORMATS);
        }
        MohJson.File stored = find(lib, className, fileName).orElseThrow(() -> new IllegalStateException(
            "music-on-hold class '" + className + "' does not play '" + fileName + "' right after its upload"));
        ctx.status(existed ? 200 : 201).header("Location", BASE + "/" + className + "/files/" + fileName);
        Preconditions.jsonWithContentEtag(ctx, stored);
    }

    private void delete(Context ctx) throws IOException {
        MohLibrary lib = library();
        String className = className(ctx);
        String fileName = fileName(ctx);
        checkIfMatch(ctx, className, fileName, find(lib, className, fileName));
        try {
            lib.removeFile(className, fileName);
        } catch (IllegalStateException e) {
            throw noDirectory(e);
        } catch (NoSuchFileException e) {
            throw new ApiException(404, "moh_file_not_found", "music-on-hold class '" + className
                + "' has no file '" + fileName + "'");
        }
        ctx.status(204);
    }

    /** A file has no version: its ETag is the digest of its JSON (what PUT answered), so If-Match compares that. */
    private static void checkIfMatch(Context ctx, String className, String fileName, Optional<MohJson.File> now) {
        Preconditions.checkContent(ctx, "music-on-hold file '" + fileName + "' of class '" + className + "'",
            now.map(f -> Preconditions.contentTag(ctx, f)).orElse(null));
    }

    /** The file of that name the class plays now, if any. */
    private static Optional<MohJson.File> find(MohLibrary lib, String className, String fileName) {
        if (!lib.names().contains(className)) {
            return Optional.empty();
        }
        return MohJson.of(lib.classFor(className)).files().stream().filter(f -> f.name().equals(fileName))
            .findFirst();
    }

    /** Refuses, with 415, a body that does not start with a RIFF/WAVE header; the header is put back. */
    private static InputStream wav(InputStream in) throws IOException {
        PushbackInputStream body = new PushbackInputStream(in, RIFF_HEADER);
        byte[] head = body.readNBytes(RIFF_HEADER);
        if (head.length == 0) {
            throw new ApiException(400, "invalid_body", "the request body is empty; send the WAV file");
        }
        String riff = new String(head, 0, Math.min(4, head.length), StandardCharsets.ISO_8859_1);
        String wave = head.length < RIFF_HEADER ? "" : new String(head, 8, 4, StandardCharsets.ISO_8859_1);
        if (!riff.equals("RIFF") || !wave.equals("WAVE")) {
            throw new ApiException(415, "not_wav", "the body is not a WAV file (no RIFF/WAVE header); send a WAV: "
                + WAV_FORMATS);
        }
        body.unread(head);
        return body;
    }

    private static String className(Context ctx) {
        String name = ctx.pathParam("class");
        if (!MohClassName.isValid(name)) {
            throw new ApiException(400, "invalid_class_name", "music-on-hold class name '" + JsonBody.shorten(name)
                + "' " + MohClassName.RULE);
        }
        return name;
    }

    private static String fileName(Context ctx) {
        String name = ctx.pathParam("name");
        if (!FILE_NAME.matcher(name).matches()) {
            throw new ApiException(400, "invalid_file_name", "file name '" + JsonBody.shorten(name) + "' "
                + FILE_NAME_RULE);
        }
        return name;
    }

    /** The library was built without a directory (MohLibrary refuses to store): a server setup, not the request. */
    private static ApiException noDirectory(IllegalStateException e) {
        return new ApiException(503, "unavailable", "music-on-hold files cannot be stored on this server: "
            + e.getMessage());
    }

    private static ApiException tooLarge() {
        return new ApiException(413, "file_too_large", "the file is larger than the limit of " + MAX_UPLOAD_BYTES
            + " bytes (" + (MAX_UPLOAD_BYTES >> 20) + " MiB)");
    }

    private MohLibrary library() {
        if (library == null) {
            throw new ApiException(503, "unavailable", "music on hold is not enabled on this server");
        }
        return library;
    }
}

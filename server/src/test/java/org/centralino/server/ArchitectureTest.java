package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.classfile.constantpool.Utf8Entry;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the direction of dependencies of DESIGN.md §2: a layer may use the layers above it, never those below.
 * Reads the compiled classes of each module with the JDK's class-file API and looks at every name in their
 * constant pools (class references, field and method descriptors, generic signatures, annotations), so a
 * reference through a field type or a method parameter counts as much as a call.
 */
class ArchitectureTest {
    /**
     * Each checked module and the layers its classes must never name. feature is not a module yet; it is
     * listed so nothing can start depending on it the wrong way. media knows nothing of SIP (DESIGN.md §2), so
     * it names no module of ours. web reaches storage only through core's interfaces, so it may not name store
     * although store is above it in the list.
     */
    private static final Map<String, Set<String>> FORBIDDEN = Map.of(
        "sip", Set.of("media", "core", "feature", "store", "web", "server"),
        "media", Set.of("sip", "core", "feature", "store", "web", "server"),
        "core", Set.of("feature", "store", "web", "server"),
        "store", Set.of("web", "server"),
        "web", Set.of("store", "server"));

    /** An internal class name (or package path) of ours, as it appears in a descriptor or a class entry. */
    private static final Pattern OUR_NAME = Pattern.compile("org/centralino/([a-z0-9_]+)/[A-Za-z0-9_$/]*");

    /** One compiled class: its binary name and the names of ours it refers to. */
    record CompiledClass(String name, Set<String> references) {
    }

    static Stream<String> checkedModules() {
        return FORBIDDEN.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0} names no layer below it")
    @MethodSource("checkedModules")
    void layerNamesNoLayerBelowIt(String module) {
        List<String> violations = new ArrayList<>();
        for (CompiledClass c : classesOf(module)) {
            for (String ref : c.references()) {
                if (FORBIDDEN.get(module).contains(layerOf(ref))) {
                    violations.add(c.name() + " -> " + ref);
                }
            }
        }
        assertThat(violations)
            .as("%s may not depend on %s (DESIGN.md §2)", module, FORBIDDEN.get(module))
            .isEmpty();
    }

    @ParameterizedTest(name = "{0} keeps its classes in org.centralino.{0}")
    @MethodSource("checkedModules")
    void moduleKeepsItsClassesInItsOwnPackage(String module) {
        List<CompiledClass> classes = classesOf(module);

        assertThat(classes).as("compiled classes of %s", module).isNotEmpty();
        assertThat(classes).extracting(CompiledClass::name)
            .allMatch(name -> name.startsWith("org.centralino." + module + "."));
    }

    /** Guards the checker itself: if it saw no references at all, every layer rule would pass vacuously. */
    @Test
    void checkerSeesTheReferencesThatAreAllowed() {
        assertThat(layersNamedBy("core")).contains("sip");
        assertThat(layersNamedBy("store")).contains("core");
        assertThat(layersNamedBy("web")).contains("core");
        assertThat(layersNamedBy("server")).contains("sip", "core", "store", "web");
    }

    private static Set<String> layersNamedBy(String module) {
        Set<String> layers = new TreeSet<>();
        for (CompiledClass c : classesOf(module)) {
            c.references().forEach(ref -> layers.add(layerOf(ref)));
        }
        return layers;
    }

    /** "org.centralino.store.Database" → "store". */
    private static String layerOf(String name) {
        String rest = name.substring("org.centralino.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    // ---- reading class files ----

    private static List<CompiledClass> classesOf(String module) {
        Path dir = compiledClassesDirectory(module);
        if (dir != null) {
            return read(dir);
        }
        URL url = onClassPath(module);
        try {
            if ("file".equals(url.getProtocol())) {
                // .../classes/org/centralino/<module>/ → .../classes
                return read(Path.of(url.toURI()).getParent().getParent().getParent());
            }
            String s = url.toString();
            try (FileSystem fs = FileSystems.newFileSystem(new URI(s.substring(0, s.indexOf("!/"))), Map.of())) {
                return read(fs.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("odd class path URL " + url, e);
        }
    }

    /**
     * {@code <module>/target/classes} of this checkout. Maven runs the tests in {@code server/}, an IDE may run
     * them from the root; either way the module directories are found next to or under the working directory.
     */
    private static Path compiledClassesDirectory(String module) {
        for (Path base : List.of(Path.of(".."), Path.of("."))) {
            Path dir = base.resolve(module).resolve("target").resolve("classes");
            if (Files.isDirectory(dir.resolve("org").resolve("centralino").resolve(module))) {
                return dir.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    /**
     * Where the module's package is on the test class path (a directory or a jar), when not in this checkout;
     * this test's own directory, which holds org.centralino.server too, is not the server module.
     */
    private static URL onClassPath(String module) {
        String ownRoot = ArchitectureTest.class.getProtectionDomain().getCodeSource().getLocation().toString();
        try {
            var urls = ArchitectureTest.class.getClassLoader().getResources("org/centralino/" + module + "/");
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if (!url.toString().startsWith(ownRoot) && Set.of("file", "jar").contains(url.getProtocol())) {
                    return url;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no compiled classes of module " + module
            + " found: build it first (./mvnw -pl server -am test-compile)");
    }

    private static List<CompiledClass> read(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                .filter(p -> !p.getFileName().toString().equals("module-info.class"))
                .map(ArchitectureTest::parse)
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classes under " + root, e);
        }
    }

    private static CompiledClass parse(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var model = ClassFile.of().parse(bytes);
        Set<String> refs = new TreeSet<>();
        // Every class entry, descriptor and signature is a UTF-8 entry of the constant pool.
        for (PoolEntry entry : model.constantPool()) {
            if (entry instanceof Utf8Entry utf8) {
                Matcher m = OUR_NAME.matcher(utf8.stringValue());
                while (m.find()) {
                    refs.add(m.group().replace('/', '.'));
                }
            }
        }
        return new CompiledClass(model.thisClass().asInternalName().replace('/', '.'), refs);
    }
}

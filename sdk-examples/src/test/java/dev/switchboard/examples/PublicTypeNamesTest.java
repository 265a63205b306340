package dev.switchboard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No public type's simple name repeats across the packages of the published modules (sdk-models, sdk-core,
 * sdk-testkit), generated {@code Immutable*} types included: a user importing from two packages never needs a fully
 * qualified name.
 */
class PublicTypeNamesTest {

    private static final List<String> MODULES = List.of("sdk-models", "sdk-core", "sdk-testkit");

    @Test
    void noPublicSimpleNameRepeatsAcrossPackages() throws Exception {
        List<String> classNames = new ArrayList<>();
        int modules = 0;
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : cp.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (MODULES.stream().noneMatch(m -> entry.contains(m)) || !Files.exists(path)) {
                continue;
            }
            modules++;
            classNames.addAll(Files.isDirectory(path) ? fromDirectory(path) : fromJar(path));
        }
        assertThat(modules).as("the three published modules on the test classpath").isEqualTo(3);

        Map<String, List<String>> byName = new TreeMap<>();
        for (String name : classNames) {
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            if (Modifier.isPublic(type.getModifiers()) && type.getEnclosingClass() == null) {
                byName.computeIfAbsent(type.getSimpleName(), k -> new ArrayList<>()).add(type.getPackageName());
            }
        }
        assertThat(byName).as("public types").hasSizeGreaterThan(300);
        Map<String, List<String>> repeated = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(repeated).as("public simple names declared in more than one package").isEmpty();
    }

    private static List<String> fromDirectory(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(p -> root.relativize(p).toString().replace(File.separatorChar, '/'))
                    .filter(PublicTypeNamesTest::topLevelClassFile).map(PublicTypeNamesTest::className).toList();
        }
    }

    private static List<String> fromJar(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                if (topLevelClassFile(name)) {
                    names.add(className(name));
                }
            }
        }
        return names;
    }

    private static boolean topLevelClassFile(String path) {
        return path.startsWith("dev/switchboard/") && path.endsWith(".class") && !path.contains("$")
                && !path.endsWith("package-info.class") && !path.endsWith("module-info.class");
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}

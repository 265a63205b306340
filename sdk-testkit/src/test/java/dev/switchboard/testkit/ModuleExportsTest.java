package dev.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.models.SwitchboardJson;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every package of the three published modules is exported by its {@code module-info.java}: a package added
 * without an {@code exports} line would be invisible to applications on the module path, so it fails here. Reads
 * the compiled module descriptor and the packages that actually hold classes (tests run on the classpath, so the
 * classes directory or jar of each module is found through a class it contains).
 */
class ModuleExportsTest {

  @ParameterizedTest
  @ValueSource(strings = {"dev.switchboard.models", "dev.switchboard.core", "dev.switchboard.testkit"})
  void everyPackageWithClassesIsExportedToEveryone(String moduleName) throws Exception {
    Path location = locationOf(moduleName);
    ModuleDescriptor descriptor;
    try (InputStream in = open(location, "module-info.class")) {
      descriptor = ModuleDescriptor.read(in);
    }
    Set<String> unqualifiedExports =
        descriptor.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toCollection(TreeSet::new));

    Set<String> packages = packagesWithClasses(location);

    assertThat(descriptor.name()).isEqualTo(moduleName);
    assertThat(packages).as("packages holding classes in %s", location).isNotEmpty();
    assertThat(unqualifiedExports)
        .as("exports of %s (add an 'exports' line to its module-info.java for every new package)", moduleName)
        .containsExactlyElementsOf(packages);
  }

  private static Path locationOf(String moduleName) throws URISyntaxException {
    Class<?> anchor =
        switch (moduleName) {
          case "dev.switchboard.models" -> SwitchboardJson.class;
          case "dev.switchboard.core" -> ClientOptions.class;
          case "dev.switchboard.testkit" -> Sandbox.class;
          default -> throw new IllegalArgumentException(moduleName);
        };
    return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static InputStream open(Path location, String entry) throws IOException {
    if (Files.isDirectory(location)) {
      return Files.newInputStream(location.resolve(entry));
    }
    JarFile jar = new JarFile(location.toFile());
    JarEntry e = jar.getJarEntry(entry);
    assertThat(e).as("%s in %s", entry, location).isNotNull();
    byte[] bytes;
    try (jar; InputStream in = jar.getInputStream(e)) {
      bytes = in.readAllBytes();
    }
    return new java.io.ByteArrayInputStream(bytes);
  }

  private static Set<String> packagesWithClasses(Path location) throws IOException {
    Set<String> packages = new TreeSet<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files
            .filter(f -> f.toString().endsWith(".class"))
            .map(location::relativize)
            .filter(f -> f.getParent() != null && !f.startsWith("META-INF"))
            .forEach(f -> packages.add(f.getParent().toString().replace(f.getFileSystem().getSeparator(), ".")));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
          String name = en.nextElement().getName();
          int slash = name.lastIndexOf('/');
          if (name.endsWith(".class") && slash > 0 && !name.startsWith("META-INF/")) {
            packages.add(name.substring(0, slash).replace('/', '.'));
          }
        }
      }
    }
    return packages;
  }
}

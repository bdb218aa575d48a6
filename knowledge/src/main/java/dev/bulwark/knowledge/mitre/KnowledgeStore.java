package dev.bulwark.knowledge.mitre;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The knowledge directory: one JSON file per source ({@code capec.json}, {@code
 * enterprise-attack.json}, …). A file is written beside its target and moved into place, so an
 * import that fails half-way leaves the previous one intact.
 */
public final class KnowledgeStore {
  private static final String SUFFIX = ".json";

  private final Path directory;

  public KnowledgeStore(Path directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /** {@code $BULWARK_HOME/kb}, else {@code ~/.bulwark/kb}. */
  public static Path defaultDirectory() {
    return defaultDirectory(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  static Path defaultDirectory(Map<String, String> environment, Path home) {
    String bulwarkHome = environment.get("BULWARK_HOME");
    if (bulwarkHome != null && !bulwarkHome.isBlank()) {
      return Path.of(bulwarkHome).resolve("kb");
    }
    return home.resolve(".bulwark").resolve("kb");
  }

  public Path directory() {
    return directory;
  }

  /** Where an import of this source is stored. */
  public Path file(String sourceName) {
    return directory.resolve(sourceName + SUFFIX);
  }

  /** Stores an import, replacing the previous import of the same source. */
  public Path save(KbImport imported) {
    Path target = file(imported.source().name());
    String json = KbJson.write(imported);
    try {
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
      try {
        Files.writeString(temporary, json, StandardCharsets.UTF_8);
        try {
          Files.move(
              temporary,
              target,
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new KbException(target + ": cannot write: " + e.getMessage(), e);
    }
    return target;
  }

  /** Every stored import, by source name; none when the directory does not exist yet. */
  public List<KbImport> imports() {
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
      stream.forEach(files::add);
    } catch (IOException e) {
      throw new KbException(directory + ": cannot list: " + e.getMessage(), e);
    }
    files.sort(null);
    List<KbImport> imports = new ArrayList<>();
    for (Path file : files) {
      try {
        imports.add(KbJson.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new KbException(file + ": cannot read: " + e.getMessage(), e);
      }
    }
    return imports;
  }

  public KnowledgeBase load() {
    return KnowledgeBase.of(imports());
  }
}

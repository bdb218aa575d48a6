package dev.bulwark.lifecycle.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The model files of one revision written under a temporary folder, laid out as in the repository,
 * so that a model and what it imports load as they were. Closing deletes the folder.
 *
 * @param root the temporary folder standing for the repository's top folder
 * @param revision the revision as the user named it (for labels)
 * @param commit the abbreviated commit id it resolved to
 * @param files the paths written, relative to the repository's top, sorted
 */
public record Checkout(Path root, String revision, String commit, List<String> files)
    implements AutoCloseable {
  public Checkout {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(commit, "commit");
    files = List.copyOf(files);
  }

  /** Where a file of the repository (path relative to its top, '/'-separated) was written. */
  public Path file(String pathInRepository) {
    return root.resolve(pathInRepository).normalize();
  }

  /** A name for a file of this revision in messages: {@code main:shop/bulwark.yaml}. */
  public String label(String pathInRepository) {
    return revision + ":" + pathInRepository;
  }

  /**
   * The text with the temporary folder replaced by the revision, so that messages name {@code
   * main:shop/bulwark.yaml} rather than a temporary path.
   */
  public String relabel(String text) {
    String prefix = root.toString() + root.getFileSystem().getSeparator();
    return text.replace(prefix, revision + ":").replace(root.toString(), revision + ":");
  }

  @Override
  public void close() {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary checkout " + root, e);
    }
  }
}

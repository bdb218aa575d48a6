package dev.bulwark.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes output files whole or not at all: to a temporary file beside the target, then moved. */
final class Outputs {
  private Outputs() {}

  static void writeAtomically(Path target, String content) throws IOException {
    writeAtomically(target, writer -> writer.write(content));
  }

  /** Writes what {@code content} streams into the writer, whole or not at all. */
  static void writeAtomically(Path target, Content content) throws IOException {
    writeBytesAtomically(
        target,
        stream -> {
          Writer writer =
              new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
          content.writeTo(writer);
          writer.flush();
        });
  }

  /** Writes what {@code content} streams into the output stream, whole or not at all. */
  static void writeBytesAtomically(Path target, BinaryContent content) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
    try {
      readableLikeAnyFile(temporary, target);
      try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temporary))) {
        content.writeTo(stream);
      }
      try {
        Files.move(
            temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * A temporary file is private to its owner; the output it becomes should have the permissions of
   * the file it replaces, or those of a file the user creates (read for all, write for owner).
   */
  private static void readableLikeAnyFile(Path temporary, Path target) throws IOException {
    if (!temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temporary, permissions);
  }

  /** Binary output produced straight into a stream. */
  @FunctionalInterface
  interface BinaryContent {
    void writeTo(OutputStream stream) throws IOException;
  }

  /** Output produced straight into a writer. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer writer) throws IOException;
  }
}

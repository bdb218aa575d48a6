package dev.bulwark.lifecycle.stale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real git repository in a temporary folder, written with JGit: files are committed at times the
 * test chooses (author and committer alike), so results never depend on the clock.
 */
final class TestRepository implements AutoCloseable {
  final Path root;
  private final Git git;

  private TestRepository(Path root, Git git) {
    this.root = root;
    this.git = git;
  }

  static TestRepository init(Path folder) throws GitAPIException {
    return new TestRepository(folder, Git.init().setDirectory(folder.toFile()).call());
  }

  /** Writes a file (creating folders) without committing it. */
  TestRepository write(String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return this;
  }

  /** Removes a file without committing. */
  TestRepository delete(String path) throws IOException {
    Files.delete(root.resolve(path));
    return this;
  }

  /** Commits every change in the working tree at {@code when} in {@code zone}. */
  RevCommit commit(String message, String author, String when, String zone) throws GitAPIException {
    ZoneId id = ZoneId.of(zone);
    PersonIdent ident =
        new PersonIdent(
            author,
            author.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org",
            LocalDateTime.parse(when).atZone(id).toInstant(),
            id);
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    return git.commit()
        .setMessage(message)
        .setAuthor(ident)
        .setCommitter(ident)
        .setSign(false)
        .setNoVerify(true)
        .call();
  }

  /** Commits at noon UTC on {@code day}. */
  RevCommit commit(String message, String day) throws GitAPIException {
    return commit(message, "Ada Lovelace", day + "T12:00:00", "UTC");
  }

  Git git() {
    return git;
  }

  @Override
  public void close() {
    git.close();
  }
}

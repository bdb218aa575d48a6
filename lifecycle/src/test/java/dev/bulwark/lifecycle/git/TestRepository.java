package dev.bulwark.lifecycle.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real git repository in a temporary folder, written and committed with JGit. */
final class TestRepository implements AutoCloseable {
  private static final PersonIdent TESTER =
      new PersonIdent(
          "Tester", "tester@example.org", Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);

  final Path top;
  final Git git;

  private TestRepository(Path top, Git git) {
    this.top = top;
    this.git = git;
  }

  static TestRepository create(Path folder) throws GitAPIException {
    Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call();
    return new TestRepository(folder.toAbsolutePath().normalize(), git);
  }

  TestRepository write(String path, String text) throws IOException {
    Path file = top.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return this;
  }

  RevCommit commit(String message) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    return git.commit()
        .setMessage(message)
        .setAuthor(TESTER)
        .setCommitter(TESTER)
        .setSign(false)
        .call();
  }

  @Override
  public void close() {
    git.close();
  }
}

package dev.bulwark.lifecycle.stale;

import dev.bulwark.lifecycle.stale.StaleResult.Cause;
import dev.bulwark.lifecycle.stale.StaleResult.Change;
import dev.bulwark.lifecycle.stale.StaleResult.Checked;
import dev.bulwark.lifecycle.stale.StaleResult.Failure;
import dev.bulwark.model.Model;
import dev.bulwark.model.Position;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Whether a model is stale: whether the source paths it describes ({@code sources}) changed in the
 * git history after its last review ({@code reviewed}). The history is read with JGit from the
 * repository holding the model file; no {@code git} program is needed, and uncommitted changes do
 * not count. See docs/staleness.md.
 */
public final class Staleness {
  private Staleness() {}

  /**
   * Judges a model and its imported sub-models, each against its own review date (a sub-model
   * without one uses its importer's).
   *
   * @param modelFile the root model file, as the user named it (shown in positions)
   * @param model the root model as loaded (its own {@code sources} and {@code reviewed} are used;
   *     sub-models are read again from their files)
   * @param projectRoot sources must stay inside it, as imports must
   */
  public static StaleResult check(Path modelFile, Model model, Path projectRoot) {
    Path root = projectRoot.toAbsolutePath().normalize();
    List<Subject> subjects =
        Subject.of(modelFile, model, root).stream()
            .filter(s -> !s.model().sources().isEmpty())
            .toList();
    List<Checked> checked =
        subjects.stream()
            .map(s ->
                new Checked(
                    s.name(),
                    s.model().sources(),
                    s.reviewed(),
                    s.inherited(),
                    s.model().positions().of("sources")))
            .toList();
    List<Failure> failures = new ArrayList<>();
    for (Subject subject : subjects) {
      if (subject.reviewed().isEmpty()) {
        failures.add(
            new Failure(
                Cause.MODEL,
                subject.model().positions().of("sources"),
                subject.name() + " names sources but no 'reviewed' date, so staleness is unknown",
                "review the model against its sources, then add 'reviewed: YYYY-MM-DD'"));
      }
    }
    if (subjects.isEmpty()) {
      return StaleResult.of(checked, List.of(), failures);
    }
    Position modelPosition = Position.startOf(modelFile.toString());
    Path folder;
    try {
      folder = modelFile.toAbsolutePath().getParent().toRealPath();
    } catch (IOException e) {
      return unreadable(checked, failures, modelPosition, "cannot read the model's folder: " + e);
    }
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toFile());
    if (builder.getGitDir() == null) {
      return unreadable(
          checked,
          failures,
          modelPosition,
          "the model is not in a git repository (looked in " + folder + " and above)");
    }
    try (Repository repository = builder.setMustExist(true).build()) {
      if (repository.isBare()) {
        return unreadable(
            checked, failures, modelPosition, "the repository has no working tree: " + folder);
      }
      return judge(repository, subjects, checked, root, modelPosition, failures);
    } catch (RepositoryNotFoundException e) {
      return unreadable(checked, failures, modelPosition, "no git repository: " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      // JGit reports a broken or unreadable repository with IOExceptions and a few unchecked
      // ones (a corrupt pack, a bad ref); none may escape as a crash.
      return unreadable(
          checked, failures, modelPosition, "cannot read the git history: " + e.getMessage());
    }
  }

  private static StaleResult judge(
      Repository repository,
      List<Subject> subjects,
      List<Checked> checked,
      Path projectRoot,
      Position modelPosition,
      List<Failure> failures)
      throws IOException {
    Path workTree = repository.getWorkTree().toPath().toRealPath();
    Path realRoot = projectRoot.toRealPath();
    List<List<SourcePattern>> patterns = new ArrayList<>();
    Set<String> modelPaths = new HashSet<>();
    for (Subject subject : subjects) {
      Path folder = subject.file().getParent().toRealPath();
      List<SourcePattern> resolved = new ArrayList<>();
      List<String> sources = subject.model().sources();
      for (int i = 0; i < sources.size(); i++) {
        Position at = subject.model().positions().of("sources[" + i + "]");
        SourcePattern.resolve(sources.get(i), at, folder, realRoot, workTree, failures)
            .ifPresent(resolved::add);
      }
      patterns.add(resolved);
      Path real = subject.file().toRealPath();
      if (real.startsWith(workTree)) {
        modelPaths.add(workTree.relativize(real).toString().replace('\\', '/'));
      }
    }
    ObjectId head = repository.resolve(Constants.HEAD);
    if (head == null) {
      return unreadable(
          checked, failures, modelPosition, "the repository has no commit yet: no history");
    }
    untracked(repository, head, patterns, failures);
    if (!failures.isEmpty()) {
      return StaleResult.of(checked, List.of(), failures);
    }
    LocalDate earliest =
        subjects.stream().map(s -> s.reviewed().orElseThrow()).min(LocalDate::compareTo).get();
    List<History.Commit> commits;
    try {
      commits =
          History.after(
              repository,
              head,
              earliest,
              patterns.stream()
                  .flatMap(List::stream)
                  .map(SourcePattern::prefix)
                  .distinct()
                  .toList(),
              path ->
                  !modelPaths.contains(path)
                      && patterns.stream()
                          .anyMatch(list -> list.stream().anyMatch(p -> p.matches(path))));
    } catch (History.ShallowException e) {
      return unreadable(
          checked,
          failures,
          modelPosition,
          "the clone is shallow: the parents of commit "
              + e.commit.substring(0, 7)
              + " are missing, so what it changed is unknown",
          "fetch the whole history (actions/checkout: fetch-depth: 0; GitLab: GIT_DEPTH: 0)");
    }
    List<Change> changes = new ArrayList<>();
    for (int s = 0; s < subjects.size(); s++) {
      Subject subject = subjects.get(s);
      List<SourcePattern> own = patterns.get(s);
      LocalDate reviewed = subject.reviewed().orElseThrow();
      for (History.Commit commit : commits) {
        if (!commit.day().isAfter(reviewed)) {
          continue;
        }
        for (String path : commit.paths()) {
          first(own, path)
              .ifPresent(source ->
                  changes.add(
                      new Change(
                          subject.name(),
                          source.written(),
                          source.position(),
                          path,
                          commit.id(),
                          commit.date(),
                          commit.author(),
                          commit.subject())));
        }
      }
    }
    return StaleResult.of(checked, changes, failures);
  }

  private static Optional<SourcePattern> first(List<SourcePattern> patterns, String path) {
    return patterns.stream().filter(p -> p.matches(path)).findFirst();
  }

  /**
   * Adds a failure for each source that names no file tracked at HEAD: a misspelt path would
   * otherwise keep the model fresh for ever.
   */
  private static void untracked(
      Repository repository,
      ObjectId head,
      List<List<SourcePattern>> patterns,
      List<Failure> failures)
      throws IOException {
    List<SourcePattern> unmatched = new ArrayList<>();
    patterns.forEach(unmatched::addAll);
    try (RevWalk walk = new RevWalk(repository);
        TreeWalk tree = new TreeWalk(repository)) {
      tree.setRecursive(true);
      tree.addTree(walk.parseCommit(head).getTree());
      while (!unmatched.isEmpty() && tree.next()) {
        String path = tree.getPathString();
        unmatched.removeIf(p -> p.matches(path));
      }
    }
    for (SourcePattern p : unmatched) {
      failures.add(
          new Failure(
              Cause.MODEL,
              p.position(),
              "source '" + p.written() + "' names no file tracked at HEAD",
              "fix the path (it is relative to the model's folder), or remove it"));
    }
  }

  private static StaleResult unreadable(
      List<Checked> checked, List<Failure> failures, Position at, String message) {
    return unreadable(
        checked,
        failures,
        at,
        message,
        "run it in a git checkout of the project, with its history");
  }

  private static StaleResult unreadable(
      List<Checked> checked, List<Failure> failures, Position at, String message, String hint) {
    List<Failure> all = new ArrayList<>(failures);
    all.add(new Failure(Cause.REPOSITORY, at, message, hint));
    return StaleResult.of(checked, List.of(), all);
  }
}

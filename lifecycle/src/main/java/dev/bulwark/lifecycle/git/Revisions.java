package dev.bulwark.lifecycle.git;

import dev.bulwark.model.Position;
import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.model.problem.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * A git repository opened to read models as they were at a revision, with JGit (no {@code git}
 * binary). Files of a revision are written to a temporary {@link Checkout} and loaded with {@link
 * ModelLoader}, so imports resolve, and are checked, exactly as in a working tree.
 *
 * <p>Only what a model can name is written: YAML and JSON files under the project root, regular
 * files only (no symbolic links, no submodules), within {@link Limits}; a path that could leave the
 * temporary folder ({@code ..}, {@code .git}, absolute) is never written.
 */
public final class Revisions implements AutoCloseable {
  /**
   * How much of a revision may be written to a checkout.
   *
   * @param maxFiles most files
   * @param maxBytes most bytes in all
   */
  public record Limits(int maxFiles, long maxBytes) {
    public static final Limits DEFAULTS = new Limits(20_000, 512L * 1024 * 1024);

    public Limits {
      if (maxFiles < 1 || maxBytes < 1) {
        throw new IllegalArgumentException("limits must be positive");
      }
    }
  }

  private final Repository repository;

  private Revisions(Repository repository) {
    this.repository = repository;
  }

  /**
   * The repository holding {@code start} (a file or a folder), looked for in it and the folders
   * above.
   */
  public static Revisions open(Path start) {
    Path absolute = start.toAbsolutePath().normalize();
    Path folder = Files.isDirectory(absolute) ? absolute : absolute.getParent();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toFile());
    if (builder.getGitDir() == null) {
      throw new GitException(
          "not in a git repository: no .git in " + folder + " or any folder above it");
    }
    try {
      return new Revisions(builder.setMustExist(true).build());
    } catch (IOException | IllegalArgumentException e) {
      throw new GitException(
          "cannot open the git repository " + builder.getGitDir() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads the model at {@code model} as it was at {@code revision}, with its imports from the same
   * revision: the call the CI gate makes for its base revision. Problems name {@code
   * REV:path/in/repository}.
   *
   * @param repository a folder inside the repository's working tree
   * @param model the model: an absolute path in the working tree, or a path relative to {@code
   *     repository}
   * @param options limits; a project root, if given, is a folder of the working tree
   * @throws AbsentPathException when the revision exists but has no file at {@code model}: the
   *     model is newer than the revision (or was removed before it)
   * @throws GitException when the repository or the revision cannot be read
   */
  public static LoadResult load(Path repository, String revision, Path model, LoadOptions options) {
    Path file = repository.resolve(model);
    try (Revisions revisions = open(repository)) {
      return revisions.load(revision, revisions.pathInRepository(file), options);
    }
  }

  /** Loads a model of the repository as it was at {@code revision} (see {@link #load}). */
  public LoadResult load(String revision, String modelInRepository, LoadOptions options) {
    String root = projectRoot(modelInRepository, options);
    try (Checkout checkout = checkout(revision, root, modelInRepository, Limits.DEFAULTS)) {
      Path file = checkout.file(modelInRepository);
      LoadResult loaded = ModelLoader.load(file, options.withProjectRoot(checkout.file(root)));
      return relabel(loaded, checkout);
    }
  }

  /** The working tree's top folder. */
  public Path workTree() {
    if (repository.isBare()) {
      throw new GitException(
          "the repository " + repository.getDirectory() + " has no working tree");
    }
    return repository.getWorkTree().toPath().toAbsolutePath().normalize();
  }

  /** A file of the working tree as a path in the repository: {@code shop/bulwark.yaml}. */
  public String pathInRepository(Path file) {
    Path top = realOrSelf(workTree());
    Path absolute = realOrSelf(file.toAbsolutePath().normalize());
    if (!absolute.startsWith(top)) {
      throw new GitException(file + " is not inside the repository's working tree " + top);
    }
    return top.relativize(absolute).toString().replace('\\', '/');
  }

  /**
   * The project root a model is loaded against, as a folder of the repository ("" for its top): the
   * options' root if given, else the top (where the loader would find {@code .git}).
   */
  public String projectRoot(String modelInRepository, LoadOptions options) {
    if (options.projectRoot().isEmpty()) {
      return "";
    }
    String root = pathInRepository(options.projectRoot().get());
    if (!root.isEmpty() && !modelInRepository.startsWith(root + "/")) {
      throw new GitException(
          "the model " + modelInRepository + " is not inside the project root " + root);
    }
    return root;
  }

  /** The commit a revision names: a branch, tag, id, or an expression such as {@code HEAD~2}. */
  public RevCommit resolve(String revision) {
    ObjectId id;
    try {
      id = repository.resolve(revision + "^{commit}");
    } catch (AmbiguousObjectException e) {
      throw new GitException("the revision '" + revision + "' is ambiguous: give more digits");
    } catch (RevisionSyntaxException | IncorrectObjectTypeException e) {
      throw new GitException("'" + revision + "' is not a revision that names a commit");
    } catch (IOException e) {
      throw new GitException("cannot read the repository: " + e.getMessage(), e);
    }
    if (id == null) {
      throw new GitException(
          "unknown revision '"
              + revision
              + "' (expected a branch, tag or commit id of "
              + repository.getDirectory()
              + ")");
    }
    try (RevWalk walk = new RevWalk(repository)) {
      return walk.parseCommit(id);
    } catch (IOException e) {
      throw new GitException("cannot read the commit " + revision + ": " + e.getMessage(), e);
    }
  }

  /**
   * The revision a range compares from: its {@code before}, or the merge base for {@code A...B}.
   */
  public String base(RevisionRange range) {
    if (!range.mergeBase()) {
      return range.before();
    }
    RevCommit a = resolve(range.before());
    RevCommit b = resolve(range.after().orElseThrow());
    try (RevWalk walk = new RevWalk(repository)) {
      walk.setRevFilter(RevFilter.MERGE_BASE);
      walk.markStart(walk.parseCommit(a));
      walk.markStart(walk.parseCommit(b));
      RevCommit base = walk.next();
      if (base == null) {
        throw new GitException(
            range.before() + " and " + range.after().get() + " have no common ancestor");
      }
      return base.name();
    } catch (IOException e) {
      throw new GitException("cannot find the merge base: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the YAML and JSON files under {@code folder} (a folder of the repository, "" for all) at
   * {@code revision}, and {@code required} whatever its name, to a temporary folder.
   *
   * @throws AbsentPathException when the revision exists but {@code required} is missing at it
   * @throws GitException when the revision is unknown, or the files exceed the limits
   */
  public Checkout checkout(String revision, String folder, String required, Limits limits) {
    RevCommit commit = resolve(revision);
    String shortId = commit.abbreviate(7).name();
    try {
      if (TreeWalk.forPath(repository, required, commit.getTree()) == null) {
        throw new AbsentPathException(required, revision, shortId);
      }
    } catch (IOException e) {
      throw new GitException("cannot read revision " + revision + ": " + e.getMessage(), e);
    }
    Path root;
    try {
      root = Files.createTempDirectory("bulwark-git-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder", e);
    }
    List<String> written = new ArrayList<>();
    Checkout checkout = new Checkout(root, revision, shortId, written);
    try {
      write(commit, folder, required, limits, root, written);
      return new Checkout(root, revision, shortId, written.stream().sorted().toList());
    } catch (RuntimeException e) {
      checkout.close();
      throw e;
    }
  }

  private void write(
      RevCommit commit,
      String folder,
      String required,
      Limits limits,
      Path root,
      List<String> written) {
    long bytes = 0;
    try (TreeWalk walk = new TreeWalk(repository)) {
      walk.addTree(commit.getTree());
      walk.setRecursive(true);
      if (!folder.isEmpty()) {
        walk.setFilter(PathFilter.create(folder));
      }
      while (walk.next()) {
        FileMode mode = walk.getFileMode(0);
        String path = walk.getPathString();
        boolean regular = mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
        if (!regular || !(path.equals(required) || isModelLike(path))) {
          continue;
        }
        Optional<Path> safe = SafePaths.inside(root, path);
        if (safe.isEmpty()) {
          if (path.equals(required)) {
            throw new GitException("the model's path is not safe to write: '" + path + "'");
          }
          continue; // a name git would refuse to check out; no model can import it here
        }
        Path target = safe.get();
        ObjectLoader blob = repository.open(walk.getObjectId(0), Constants.OBJ_BLOB);
        bytes += blob.getSize();
        if (written.size() >= limits.maxFiles() || bytes > limits.maxBytes()) {
          throw new GitException(
              "revision "
                  + commit.abbreviate(7).name()
                  + " holds more YAML and JSON files under '"
                  + (folder.isEmpty() ? "/" : folder)
                  + "' than can be read ("
                  + limits.maxFiles()
                  + " files, "
                  + limits.maxBytes()
                  + " bytes); set --project-root to the folder that holds the models");
        }
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
          blob.copyTo(out);
        }
        written.add(path);
      }
    } catch (MissingObjectException e) {
      throw new GitException("the repository is missing an object: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new GitException("cannot write revision files: " + e.getMessage(), e);
    }
  }

  private static boolean isModelLike(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  /** The result with every position, message and file name of the checkout naming the revision. */
  public static LoadResult relabel(LoadResult loaded, Checkout checkout) {
    List<Problem> problems =
        loaded.problems().stream()
            .map(p ->
                new Problem(
                    p.type(),
                    new Position(
                        checkout.relabel(p.position().file()),
                        p.position().line(),
                        p.position().column()),
                    checkout.relabel(p.message()),
                    checkout.relabel(p.hint())))
            .toList();
    return new LoadResult(
        loaded.model(), problems, loaded.files().stream().map(checkout::relabel).toList());
  }

  private static Path realOrSelf(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }

  @Override
  public void close() {
    repository.close();
  }
}

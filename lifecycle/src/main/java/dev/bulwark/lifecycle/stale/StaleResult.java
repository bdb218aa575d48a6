package dev.bulwark.lifecycle.stale;

import dev.bulwark.model.Position;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Staleness#check} found: plain data, so that {@code bulwark check-stale}, the gate and
 * tests read the same thing.
 *
 * @param verdict the one-word answer; {@link Verdict#exitCode()} is the command's exit code
 * @param models each model file that names sources (the root model, then its imported sub-models
 *     depth first), with the review date it was judged against
 * @param changes one entry per path and commit that touched a described source after its model's
 *     review, newest first within a model
 * @param failures why the history could not be judged, when it could not
 */
public record StaleResult(
    Verdict verdict, List<Checked> models, List<Change> changes, List<Failure> failures) {

  public StaleResult {
    Objects.requireNonNull(verdict, "verdict");
    models = List.copyOf(models);
    changes = List.copyOf(changes);
    failures = List.copyOf(failures);
  }

  /** The verdict that follows from what was found: failures first, then changes. */
  static StaleResult of(List<Checked> models, List<Change> changes, List<Failure> failures) {
    Verdict verdict;
    if (failures.stream().anyMatch(f -> f.cause() == Cause.REPOSITORY)) {
      verdict = Verdict.UNREADABLE;
    } else if (!failures.isEmpty()) {
      verdict = Verdict.INVALID;
    } else if (models.isEmpty()) {
      verdict = Verdict.NO_SOURCES;
    } else {
      verdict = changes.isEmpty() ? Verdict.FRESH : Verdict.STALE;
    }
    return new StaleResult(verdict, models, failures.isEmpty() ? changes : List.of(), failures);
  }

  /** Whether a described source changed after the review. */
  public boolean stale() {
    return verdict == Verdict.STALE;
  }

  /** The one-word answer. */
  public enum Verdict {
    /** Nothing the model describes changed since its review. */
    FRESH(0),
    /** A described source changed after the review. */
    STALE(1),
    /** No model names any source: there is nothing to judge. */
    NO_SOURCES(0),
    /** A model names sources but no review date, or a source path is wrong. */
    INVALID(2),
    /** The history cannot be read: no repository, no commit, a shallow clone, a broken object. */
    UNREADABLE(4);

    private final int exitCode;

    Verdict(int exitCode) {
      this.exitCode = exitCode;
    }

    /** The exit code of {@code bulwark check-stale} for this verdict. */
    public int exitCode() {
      return exitCode;
    }
  }

  /**
   * One model file and what it was judged by.
   *
   * @param model the file as shown in positions (as the user named the root)
   * @param reviewed the review date used: the model's own, else the importing model's
   * @param inherited whether {@code reviewed} came from the importing model
   * @param position where {@code sources} is written
   */
  public record Checked(
      String model,
      List<String> sources,
      Optional<LocalDate> reviewed,
      boolean inherited,
      Position position) {
    public Checked {
      Objects.requireNonNull(model, "model");
      sources = List.copyOf(sources);
      Objects.requireNonNull(reviewed, "reviewed");
      Objects.requireNonNull(position, "position");
    }
  }

  /**
   * A path that a commit after the review changed, under one of the model's sources.
   *
   * @param model the model file whose source it is
   * @param source the {@code sources} entry as written
   * @param position where that entry is written: the place to fix (review, then update {@code
   *     reviewed})
   * @param path the changed path, relative to the repository's root, with {@code /}
   * @param commit the full commit id
   * @param date the committer's date with the committer's offset
   * @param author the author's name
   * @param subject the first line of the commit message
   */
  public record Change(
      String model,
      String source,
      Position position,
      String path,
      String commit,
      OffsetDateTime date,
      String author,
      String subject) {
    public Change {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(position, "position");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(commit, "commit");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(author, "author");
      Objects.requireNonNull(subject, "subject");
    }

    /** The first 7 hex digits of the commit, as git shows it. */
    public String shortCommit() {
      return commit.substring(0, Math.min(7, commit.length()));
    }

    /** A stable identity across runs, for alerts that follow a change: model, path, commit. */
    public String key() {
      return "stale:" + model + ":" + path + "@" + shortCommit();
    }

    /** {@code services/api/Main.java changed in a1b2c3d (2026-03-04, Ada: Add refunds)}. */
    public String message() {
      return path
          + " changed in "
          + shortCommit()
          + " ("
          + date.toLocalDate()
          + ", "
          + author
          + ": "
          + subject
          + ") after the review";
    }
  }

  /** What kept the history from being judged. */
  public enum Cause {
    /** The model is wrong: sources without a review date, a path outside the repository. */
    MODEL,
    /** The repository is missing or cannot be read. */
    REPOSITORY
  }

  /**
   * Why the history could not be judged.
   *
   * @param position where to fix it: a model's {@code sources} entry, or the model file
   * @param hint what to do about it
   */
  public record Failure(Cause cause, Position position, String message, String hint) {
    public Failure {
      Objects.requireNonNull(cause, "cause");
      Objects.requireNonNull(position, "position");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(hint, "hint");
    }

    @Override
    public String toString() {
      return position + ": " + message + (hint.isEmpty() ? "" : " (" + hint + ")");
    }
  }
}

package dev.bulwark.lifecycle.stale;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.CommitTimeRevFilter;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The commits reachable from HEAD after a date, each with the paths it changed compared with its
 * first parent. Read with JGit from the repository's files; no {@code git} program is run.
 */
final class History {
  /**
   * Commit times are set by the committer's clock; a commit may carry an earlier time than its
   * parent. The walk goes on this far past the earliest review date before it stops.
   */
  private static final long SKEW_DAYS = 2;

  private History() {}

  /**
   * A commit with the paths it changed.
   *
   * @param date the committer's date with the committer's offset
   * @param day the committer's calendar day, in the committer's time zone
   */
  record Commit(
      String id,
      OffsetDateTime date,
      LocalDate day,
      String author,
      String subject,
      List<String> paths) {}

  /** A commit after the cutoff whose parents a shallow clone left out. */
  static final class ShallowException extends Exception {
    final String commit;

    ShallowException(String commit) {
      super(null, null, false, false);
      this.commit = commit;
    }
  }

  /**
   * The non-merge commits reachable from {@code head} committed after {@code after} (a calendar
   * day, in each committer's own time zone), newest first, with their changed paths that {@code
   * relevant} accepts. Merge commits are left out: the commits they bring in are listed themselves.
   */
  static List<Commit> after(
      Repository repository,
      ObjectId head,
      LocalDate after,
      List<String> prefixes,
      Predicate<String> relevant)
      throws IOException, ShallowException {
    // Only folders under a source's literal prefix are compared: the rest of the tree is skipped.
    TreeFilter paths =
        prefixes.contains("")
            ? TreeFilter.ANY_DIFF
            : AndTreeFilter.create(
                PathFilterGroup.createFromStrings(prefixes), TreeFilter.ANY_DIFF);
    Set<ObjectId> shallow = repository.getObjectDatabase().getShallowCommits();
    Instant cutoff =
        after.atStartOfDay(ZoneOffset.UTC).toInstant().minus(SKEW_DAYS, ChronoUnit.DAYS);
    List<Commit> commits = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repository)) {
      walk.markStart(walk.parseCommit(head));
      walk.setRevFilter(CommitTimeRevFilter.after(cutoff));
      for (RevCommit commit : walk) {
        PersonIdent committer = commit.getCommitterIdent();
        OffsetDateTime date =
            OffsetDateTime.ofInstant(committer.getWhenAsInstant(), committer.getZoneOffset());
        if (!date.toLocalDate().isAfter(after) || commit.getParentCount() > 1) {
          continue;
        }
        if (shallow.contains(commit)) {
          throw new ShallowException(commit.getId().name());
        }
        List<String> changed = changedPaths(repository, walk, commit, paths, relevant);
        if (!changed.isEmpty()) {
          commits.add(
              new Commit(
                  commit.getId().name(),
                  date,
                  date.toLocalDate(),
                  commit.getAuthorIdent().getName(),
                  commit.getShortMessage(),
                  changed));
        }
      }
    }
    // The walk's order follows commit times but not strictly; the list's order is part of the
    // output, so it is fixed here: newest first, then by id.
    commits.sort(
        Comparator.comparing((Commit c) -> c.date().toInstant())
            .reversed()
            .thenComparing(Commit::id));
    return commits;
  }

  private static List<String> changedPaths(
      Repository repository,
      RevWalk walk,
      RevCommit commit,
      TreeFilter filter,
      Predicate<String> relevant)
      throws IOException {
    List<String> paths = new ArrayList<>();
    try (TreeWalk tree = new TreeWalk(repository)) {
      tree.setRecursive(true);
      if (commit.getParentCount() == 0) {
        tree.addTree(new EmptyTreeIterator());
      } else {
        tree.addTree(walk.parseCommit(commit.getParent(0)).getTree());
      }
      tree.addTree(commit.getTree());
      tree.setFilter(filter);
      while (tree.next()) {
        String path = tree.getPathString();
        if (relevant.test(path)) {
          paths.add(path);
        }
      }
    }
    return paths;
  }
}

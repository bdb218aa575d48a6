package dev.bulwark.analysis.cel;

import dev.bulwark.analysis.Rule;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads rule packs written for other tools, such as the Microsoft Threat Modeling Tool's templates.
 * The analysis module does not know those formats; a caller that does (the CLI, through the interop
 * module) passes a reader to {@link RuleLayers#resolve}. A foreign pack is a layer like a YAML one:
 * it adds rules, and a pack with any problem is left out whole.
 */
@FunctionalInterface
public interface ForeignPacks {
  /** Reads no foreign format: every pack is a YAML pack. */
  ForeignPacks NONE = file -> Optional.empty();

  /** The pack's rules and problems, or empty when the file is not in a foreign format. */
  Optional<Pack> read(Path file);

  /** A foreign pack read: its rules with where each is written, and its problems. */
  record Pack(List<Entry> rules, List<PackProblem> problems) {
    public Pack {
      rules = List.copyOf(rules);
      problems = List.copyOf(problems);
    }
  }

  /** A rule and the place in the pack file where it is defined (line and column from 1). */
  record Entry(Rule rule, int line, int column) {
    public Entry {
      Objects.requireNonNull(rule, "rule");
    }
  }
}

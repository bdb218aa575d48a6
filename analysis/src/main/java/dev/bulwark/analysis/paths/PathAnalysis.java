package dev.bulwark.analysis.paths;

import java.util.List;
import java.util.Objects;

/**
 * The attack paths of a model: its crown jewels and, for each profile, where it begins and its
 * easiest paths to each crown jewel.
 */
public record PathAnalysis(
    String model, PathOptions options, List<CrownJewel> jewels, List<ProfilePaths> profiles) {

  public PathAnalysis {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(options, "options");
    jewels = List.copyOf(jewels);
    profiles = List.copyOf(profiles);
  }

  /** Every path, by profile, then crown jewel, then rank. */
  public List<AttackPath> paths() {
    return profiles.stream()
        .flatMap(p -> p.targets().stream())
        .flatMap(t -> t.paths().stream())
        .toList();
  }

  /**
   * One profile's results.
   *
   * @param startsAt ids of the nodes it starts at, in id order
   * @param reaches ids of the other nodes it reaches directly, in id order
   * @param targets one entry per crown jewel, in rank order
   */
  public record ProfilePaths(
      AttackerProfile profile,
      List<String> startsAt,
      List<String> reaches,
      List<JewelPaths> targets) {
    public ProfilePaths {
      Objects.requireNonNull(profile, "profile");
      startsAt = List.copyOf(startsAt);
      reaches = List.copyOf(reaches);
      targets = List.copyOf(targets);
    }
  }

  /**
   * A profile's easiest paths to one crown jewel.
   *
   * @param paths easiest first; empty when the jewel cannot be reached
   * @param complete false when the work limit cut the search short: the paths found are the
   *     easiest, but there may be fewer than k of them
   * @param work nodes settled by the search, a measure of effort that does not depend on the
   *     machine
   */
  public record JewelPaths(CrownJewel jewel, List<AttackPath> paths, boolean complete, long work) {
    public JewelPaths {
      Objects.requireNonNull(jewel, "jewel");
      paths = List.copyOf(paths);
    }
  }
}

package dev.bulwark.analysis.paths;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the easiest attack paths of a model: for each attacker profile and each crown jewel, the k
 * paths of least total difficulty from where the profile begins to a component holding the jewel.
 * Pure and deterministic: the same model, threats, profiles and options give the same paths.
 */
public final class AttackPaths {
  /** At most this many profiles in one run: the built-in five and a full profiles file. */
  public static final int MAX_PROFILES = 5 + ProfileParser.MAX_PROFILES;

  private AttackPaths() {}

  /**
   * The crown jewels of the model and every profile's easiest paths to each.
   *
   * @param openThreats the worst severity of the open threats on each element, by element id; open
   *     threats of severity elevated and above on a step make it easier
   * @throws IllegalArgumentException for more than {@link #MAX_PROFILES} profiles or a repeated id
   */
  public static PathAnalysis analyse(
      SystemView view,
      Map<String, Severity> openThreats,
      List<AttackerProfile> profiles,
      PathOptions options) {
    if (profiles.size() > MAX_PROFILES) {
      throw new IllegalArgumentException(
          "at most " + MAX_PROFILES + " profiles in one run, not " + profiles.size());
    }
    Set<String> ids = new HashSet<>();
    for (AttackerProfile profile : profiles) {
      if (!ids.add(profile.id())) {
        throw new IllegalArgumentException("profile " + profile.id() + " is given twice");
      }
    }
    Map<String, Severity> threats = Map.copyOf(openThreats);
    List<CrownJewel> jewels = CrownJewels.rank(view, options.jewels());
    List<PathAnalysis.ProfilePaths> results = new ArrayList<>();
    // sorting and indexing the flows is most of a graph's making and the same for every profile
    SharedGraph shared = new SharedGraph(view, options.againstFlows());
    for (AttackerProfile profile : profiles) {
      AttackGraph graph = new AttackGraph(shared, threats, profile);
      List<PathAnalysis.JewelPaths> targets = new ArrayList<>();
      for (CrownJewel jewel : jewels) {
        targets.add(graph.paths(jewel, options.k(), options.workLimit()));
      }
      results.add(
          new PathAnalysis.ProfilePaths(profile, graph.startIds(), graph.reachIds(), targets));
    }
    return new PathAnalysis(view.model().id(), options, jewels, results);
  }

  /** Every path of {@link #analyse}, by profile, then crown jewel, then rank. */
  public static List<AttackPath> find(
      SystemView view,
      Map<String, Severity> openThreats,
      List<AttackerProfile> profiles,
      PathOptions options) {
    return analyse(view, openThreats, profiles, options).paths();
  }
}

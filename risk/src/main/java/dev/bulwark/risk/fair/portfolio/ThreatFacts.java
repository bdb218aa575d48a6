package dev.bulwark.risk.fair.portfolio;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Classification;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Goal;
import dev.bulwark.model.Wire;
import dev.bulwark.risk.AssessedThreat;
import dev.bulwark.risk.ContextScorer;
import dev.bulwark.risk.Impact;
import dev.bulwark.risk.Likelihood;
import dev.bulwark.risk.fair.portfolio.DerivedTables.Sensitivity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the derived estimates read from one threat of the assessment.
 *
 * @param beforeControls the likelihood before the model's controls were credited: exposure,
 *     reachability and authentication
 * @param controls how many controls the scoring credited against it
 * @param data every data asset it touches: the data at stake, what its flows carry, what its
 *     components process and store
 * @param zone the zone of its first element (a flow's target), or empty
 */
record ThreatFacts(
    AssessedThreat threat,
    Likelihood beforeControls,
    int controls,
    Impact impact,
    Sensitivity sensitivity,
    List<String> data,
    String zone) {

  /** Reads the facts of a threat; {@code scorer} scores the same view. */
  static ThreatFacts of(AssessedThreat threat, SystemView view, ContextScorer scorer) {
    int controls = threat.score().reducedBy().size();
    Likelihood before = threat.score().likelihood();
    if (controls > 0) {
      // The credit is taken off after clamping, so only a score without it gives the level back.
      before = scorer.score(threat.elements(), List.of(), List.of(), List.of()).likelihood();
    }
    Set<String> data = new LinkedHashSet<>(threat.data());
    data.addAll(view.dataOf(threat.elements()));
    List<String> touched = List.copyOf(data);
    return new ThreatFacts(
        threat,
        before,
        controls,
        threat.score().impact(),
        sensitivity(threat, view, touched),
        touched,
        zone(threat.elements().getFirst(), view));
  }

  /**
   * Secondary loss follows a breach of confidentiality (or privacy) of sensitive data; threats to
   * integrity or availability alone bring none.
   */
  private static Sensitivity sensitivity(AssessedThreat threat, SystemView view, List<String> ids) {
    boolean disclosure =
        threat.goals().isEmpty()
            || threat.goals().contains(Wire.name(Goal.CONFIDENTIALITY))
            || threat.goals().contains(Wire.name(Goal.PRIVACY));
    return disclosure ? sensitivity(view.data(ids), view) : Sensitivity.NONE;
  }

  /** The sensitivity of the most sensitive of these data assets. */
  static Sensitivity sensitivity(List<DataAsset> data, SystemView view) {
    boolean compliance = !view.business().compliance().isEmpty();
    Sensitivity worst = Sensitivity.NONE;
    for (DataAsset asset : data) {
      Sensitivity s;
      if (asset.classification() == Classification.RESTRICTED || asset.personal() && compliance) {
        s = Sensitivity.REGULATED;
      } else if (asset.personal() || asset.classification() == Classification.CONFIDENTIAL) {
        s = Sensitivity.SENSITIVE;
      } else {
        s = Sensitivity.NONE;
      }
      if (s.compareTo(worst) > 0) {
        worst = s;
      }
    }
    return worst;
  }

  /** The zone an element sits in: a node's zone, a flow's target's zone, a zone itself. */
  static String zone(String element, SystemView view) {
    Optional<Node> node = view.node(element);
    if (node.isPresent()) {
      return node.get().zoneId().orElse("");
    }
    Optional<Interaction> flow = view.interaction(element);
    if (flow.isPresent()) {
      return flow.get().target().zoneId().orElse("");
    }
    return view.zone(element).isPresent() ? element : "";
  }
}

package dev.bulwark.report.attack;

import dev.bulwark.analysis.adtree.TreeGenerator;
import dev.bulwark.analysis.paths.AttackPath;
import dev.bulwark.analysis.paths.Step;
import dev.bulwark.model.MitigationStatus;
import dev.bulwark.model.Model;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.risk.AssessedThreat;
import dev.bulwark.risk.Assessment;
import dev.bulwark.risk.Likelihood;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a generated attack-defence tree is made of: the assessment's threats as attack leaves, with
 * a success probability from their likelihood, and the model's mitigations as defences.
 */
public final class TreeInputs {
  /** Leaf probabilities derived from a threat's likelihood (see docs/attack-trees.md). */
  public static final Map<Likelihood, Double> PROBABILITY =
      Map.of(
          Likelihood.UNLIKELY, 0.05,
          Likelihood.POSSIBLE, 0.2,
          Likelihood.LIKELY, 0.5,
          Likelihood.VERY_LIKELY, 0.8);

  /**
   * The probability that a mitigation in place stops an attack, derived from its status: one that
   * has been verified to work more likely does.
   */
  public static final Map<MitigationStatus, Double> DEFENCE_PROBABILITY =
      Map.of(MitigationStatus.IMPLEMENTED, 0.7, MitigationStatus.VERIFIED, 0.9);

  private TreeInputs() {}

  /** Every threat but the false positives, in assessment order. */
  public static List<TreeGenerator.Threat> threats(Assessment assessment) {
    return threats(assessment, t -> true);
  }

  /**
   * The threats of {@link #threats(Assessment)} on the steps of these paths: on an element a step
   * enters or on the flow it takes, the only ones {@link TreeGenerator#fromPaths} attaches. The
   * tree is the same as from every threat, without indexing tens of thousands of them.
   */
  public static List<TreeGenerator.Threat> threats(Assessment assessment, List<AttackPath> paths) {
    Set<String> steps = new HashSet<>();
    for (AttackPath path : paths) {
      for (Step step : path.steps()) {
        steps.add(step.to());
        step.flow().ifPresent(steps::add);
      }
    }
    return threats(assessment, t -> t.elements().stream().anyMatch(steps::contains));
  }

  private static List<TreeGenerator.Threat> threats(
      Assessment assessment, Predicate<AssessedThreat> keep) {
    return assessment.threats().stream()
        .filter(t -> t.status() != TriageStatus.FALSE_POSITIVE)
        .filter(keep)
        .map(TreeInputs::threat)
        .toList();
  }

  private static TreeGenerator.Threat threat(AssessedThreat t) {
    return new TreeGenerator.Threat(
        t.fingerprint(),
        t.title(),
        t.elements(),
        Optional.of(PROBABILITY.get(t.score().likelihood())));
  }

  /**
   * The model's mitigations that were not rejected; in place once implemented or verified, with a
   * derived probability of stopping the attack ({@link #DEFENCE_PROBABILITY}).
   */
  public static List<TreeGenerator.Defence> defences(Model model) {
    return model.mitigations().stream()
        .filter(m -> m.status() != MitigationStatus.REJECTED)
        .map(m -> {
          Optional<Double> stops = Optional.ofNullable(DEFENCE_PROBABILITY.get(m.status()));
          return new TreeGenerator.Defence(
              m.id(), m.title(), m.mitigates(), stops.isPresent(), stops);
        })
        .toList();
  }
}

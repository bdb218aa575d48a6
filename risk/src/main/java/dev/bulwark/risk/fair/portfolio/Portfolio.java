package dev.bulwark.risk.fair.portfolio;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Model;
import dev.bulwark.model.Position;
import dev.bulwark.risk.Assessment;
import dev.bulwark.risk.Notice;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A model's risk in money, ready to simulate: its loss scenarios resolved against the assessment
 * (model scenarios first, in file order, then derived ones by id), and its mitigations with
 * effects.
 *
 * @param revenue the annual revenue derived loss magnitudes are scaled by
 * @param revenueAssumed whether {@code revenue} is {@link DerivedTables#REFERENCE_REVENUE} because
 *     the model gives none
 * @param closed model scenarios all of whose threats were decided away: not simulated
 * @param mitigations every mitigation with effects, in file order
 * @param grouping how open threats outside the model's scenarios were grouped into derived ones
 * @param uncovered threats carrying risk that no scenario covers (derived scenarios turned off)
 * @param notices links to threats that no longer exist, threats counted in two scenarios, inputs
 *     that could not be read
 */
public record Portfolio(
    String modelId,
    String currency,
    long revenue,
    boolean revenueAssumed,
    PortfolioOptions options,
    List<PortfolioScenario> scenarios,
    List<Closed> closed,
    List<MitigationEffects> mitigations,
    Grouping grouping,
    int uncovered,
    List<Notice> notices) {

  /** How threats outside the model's scenarios are grouped, from finest to coarsest. */
  public enum Grouping {
    /** One scenario per rule (or hand-written threat) and zone of the threat's first element. */
    RULE_AND_ZONE,
    /** One per rule, when rule and zone would give too many. */
    RULE,
    /** One per combination of the ratings the tables read, when rules would give too many. */
    RATINGS
  }

  /** A model scenario that is not simulated because every threat it covers was decided away. */
  public record Closed(String id, String title, Position position, List<String> threats) {
    public Closed {
      threats = List.copyOf(threats);
    }
  }

  public Portfolio {
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(options, "options");
    scenarios = List.copyOf(scenarios);
    closed = List.copyOf(closed);
    mitigations = List.copyOf(mitigations);
    Objects.requireNonNull(grouping, "grouping");
    notices = List.copyOf(notices);
  }

  /** Resolves the model's scenarios, and derives the missing ones, against its assessment. */
  public static Portfolio of(
      Model model, SystemView view, Assessment assessment, PortfolioOptions options) {
    return new Resolver(model, view, assessment, options).resolve();
  }

  /** The ids of the mitigations in place (implemented or verified): the baseline. */
  public Set<String> baseline() {
    Set<String> ids = new LinkedHashSet<>();
    mitigations.stream().filter(MitigationEffects::inPlace).forEach(m -> ids.add(m.id()));
    return ids;
  }

  /** The mitigation with effects with this id. */
  public Optional<MitigationEffects> mitigation(String id) {
    return mitigations.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** Whether there is anything to simulate. */
  public boolean isEmpty() {
    return scenarios.isEmpty();
  }
}

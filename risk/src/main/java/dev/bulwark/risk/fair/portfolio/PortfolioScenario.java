package dev.bulwark.risk.fair.portfolio;

import dev.bulwark.model.Position;
import dev.bulwark.risk.fair.Scenario;
import java.util.List;
import java.util.Objects;

/**
 * A loss scenario of the model, resolved against the assessment and ready to simulate.
 *
 * @param id the model's id, or {@code derived:…} for one derived from uncovered threats
 * @param threats fingerprints of the threats it covers that still carry risk (open, in progress,
 *     accepted, or mitigated only by mitigations whose effects are modelled), riskiest first
 * @param accepted those of {@code threats} whose risk was accepted
 * @param closed covered threats decided away (mitigated, false positive, transferred): not counted
 * @param data the data assets its threats touch (for a model scenario, the ones it names first)
 * @param inputs every input, given or derived, in taxonomy order
 * @param scenario the FAIR scenario of {@code inputs}, keyed by the id, without reductions
 * @param mitigations ids of the model's mitigations with effects that name one of its threats
 * @param note what a reader should know about how it was formed, or empty
 */
public record PortfolioScenario(
    String id,
    String title,
    Origin origin,
    Position position,
    List<String> threats,
    List<String> accepted,
    List<String> closed,
    List<String> data,
    List<Input> inputs,
    Scenario scenario,
    List<String> mitigations,
    String note) {
  /** Where a scenario comes from. */
  public enum Origin {
    /** Written in the model; inputs it leaves out are derived. */
    MODEL,
    /** Derived for open threats no model scenario covers. */
    DERIVED
  }

  public PortfolioScenario {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(position, "position");
    threats = List.copyOf(threats);
    accepted = List.copyOf(accepted);
    closed = List.copyOf(closed);
    data = List.copyOf(data);
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(scenario, "scenario");
    mitigations = List.copyOf(mitigations);
    Objects.requireNonNull(note, "note");
  }

  /** Whether any input was derived rather than given. */
  public boolean anyDerived() {
    return inputs.stream().anyMatch(Input::derived);
  }

  /** Whether every input was derived. */
  public boolean allDerived() {
    return inputs.stream().allMatch(Input::derived);
  }
}

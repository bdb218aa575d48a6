package dev.bulwark.analysis.rules.hygiene;

import dev.bulwark.analysis.Rule;
import java.util.List;

/**
 * Rules BW-MODEL-NNN, the model's own completeness: unnecessary and missing parts. One line per
 * rule.
 */
public final class HygieneRules {
  private HygieneRules() {}

  public static final List<Rule> ALL =
      List.of(
          new UnusedDataAsset(),
          new IsolatedComponent(),
          new UnnecessaryDataTransfer(),
          new FlowWithoutData(),
          new IncompleteCustomComponent());
}

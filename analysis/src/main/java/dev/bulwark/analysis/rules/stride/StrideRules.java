package dev.bulwark.analysis.rules.stride;

import dev.bulwark.analysis.Rule;
import java.util.List;

/** Rules BW-STRIDE-NNN, the STRIDE-per-interaction baseline. One line per rule. */
public final class StrideRules {
  private StrideRules() {}

  public static final List<Rule> ALL =
      List.of(
          new SpoofingAcrossBoundary(),
          new TamperingAcrossBoundary(),
          new RepudiationAcrossBoundary(),
          new DisclosureAcrossBoundary(),
          new DenialOfServiceAcrossBoundary(),
          new ElevationAcrossBoundary());
}

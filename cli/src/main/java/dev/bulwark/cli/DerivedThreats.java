package dev.bulwark.cli;

import dev.bulwark.interop.DerivedThreat;
import dev.bulwark.interop.Guess;
import dev.bulwark.model.Stride;
import dev.bulwark.model.Wire;
import dev.bulwark.risk.AssessedThreat;
import dev.bulwark.risk.Assessment;
import java.util.List;

/**
 * An assessment's threats in the neutral form exporters take (interop cannot see the risk module).
 */
final class DerivedThreats {
  private DerivedThreats() {}

  static List<DerivedThreat> of(Assessment assessment) {
    return assessment.threats().stream().map(DerivedThreats::of).toList();
  }

  private static DerivedThreat of(AssessedThreat threat) {
    List<Stride> stride =
        threat.stride().stream().flatMap(name -> Guess.exact(Stride.class, name).stream()).toList();
    return new DerivedThreat(
        threat.fingerprint(),
        threat.rule(),
        threat.title(),
        threat.message(),
        threat.elements(),
        stride,
        threat.score().severity(),
        Wire.name(threat.score().likelihood()),
        Wire.name(threat.score().impact()),
        threat.status(),
        threat.countermeasures(),
        threat.mitigations(),
        threat.cwe());
  }
}

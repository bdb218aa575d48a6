package dev.bulwark.analysis.rules.hygiene;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Classification;
import dev.bulwark.model.Component;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Wire;
import java.util.HashSet;
import java.util.Set;

/**
 * A data asset that is not public yet no flow carries and no component processes or stores. Either
 * the data is no longer needed, or the model does not show where it lives and moves, and every rule
 * that looks at data misses it. Unused public data hides nothing at risk and is not reported.
 */
public final class UnusedDataAsset implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-MODEL-001")
          .title("Data asset that nothing carries, processes or stores")
          .stride(INFORMATION_DISCLOSURE)
          .goals(CONFIDENTIALITY)
          .rationale(
              "The model declares data worth protecting but never says where it is. If the data"
                  + " still exists, its stores and transfers go unanalysed, so exposure of it"
                  + " stays invisible; if it does not, the declaration is clutter that misleads"
                  + " readers.")
          .mitigations("model-place-every-data-asset")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    Set<String> used = new HashSet<>();
    for (Interaction i : system.interactions()) {
      used.addAll(i.flow().data());
    }
    for (Component c : system.components()) {
      used.addAll(c.processes());
      used.addAll(c.stores());
    }
    for (DataAsset asset : system.data()) {
      if (used.contains(asset.id()) || asset.classification() == Classification.PUBLIC) {
        continue;
      }
      findings
          .on(asset.id())
          .fact("data asset " + asset.id() + " is " + Wire.name(asset.classification()))
          .fact("no flow carries " + asset.id() + " and no component processes or stores it")
          .report(
              "The model never says where "
                  + asset.id()
                  + " is kept or sent, so no threat to it"
                  + " can be found.");
    }
  }
}

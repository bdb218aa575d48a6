package dev.bulwark.analysis.rules.privacy;

import static dev.bulwark.model.Goal.PRIVACY;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Linddun;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Component;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataAsset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Linking: one component stores two or more personal data assets that reach it through flows with
 * two or more different counterparts, so records gathered for separate purposes sit side by side.
 */
public final class LinkedPersonalData implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-PRIV-001")
          .title("Personal data from several sources combined in one store")
          .linddun(Linddun.LINKING)
          .goals(PRIVACY)
          .rationale(
              "Records about the same people that arrive from different places end up in one"
                  + " store, where a shared key or a simple join ties them into a fuller profile"
                  + " than any source gave. Each source may be harmless alone; the combination is"
                  + " what people did not agree to.")
          .mitigations("separate-personal-datasets", "pseudonymise-personal-data")
          .reducedBy(Control.DATA_MASKING)
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Component store : system.components()) {
      List<DataAsset> personal = Personal.stored(system, store);
      if (personal.size() < 2) {
        continue;
      }
      Set<String> sources = new TreeSet<>();
      Stream.concat(system.into(store.id()).stream(), system.from(store.id()).stream())
          .filter(i -> i.data().stream().anyMatch(personal::contains))
          .map(i -> counterpart(i, store.id()))
          .forEach(sources::add);
      if (sources.size() < 2) {
        continue;
      }
      findings
          .on(store.id())
          .fact(store.id() + " stores personal data assets " + Personal.ids(personal))
          .fact("they reach it through flows with " + String.join(", ", sources))
          .data(personal.stream().map(DataAsset::id).toList())
          .report(
              store.id()
                  + " gathers personal data from "
                  + sources.size()
                  + " sources in one place, where it can be linked into profiles.");
    }
  }

  private static String counterpart(Interaction i, String self) {
    return i.source().id().equals(self) ? i.target().id() : i.source().id();
  }
}

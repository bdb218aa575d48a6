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
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.DataAsset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A flow carries non-public data to a component that neither processes nor stores it, and no other
 * flow of that component carries it either (in or out: flows carry data in both directions, and a
 * consumer pulling from a queue is a flow into the queue). The component has no use for it.
 */
public final class UnnecessaryDataTransfer implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-MODEL-003")
          .title("Data sent to a component that has no use for it")
          .stride(INFORMATION_DISCLOSURE)
          .goals(CONFIDENTIALITY)
          .cwe("CWE-212")
          .rationale(
              "Every copy of data in transit or in memory is one more place it can leak from."
                  + " Here the receiver, by the model's own account, does nothing with the data:"
                  + " it does not process, store or pass it on. Either the transfer can go, or"
                  + " the model understates what the receiver does.")
          .mitigations("minimise-transferred-data")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    Map<String, Map<String, Integer>> carried = carriedPerNode(system);
    for (Interaction i : system.interactions()) {
      if (i.target().component().isEmpty() || i.target().is(ComponentKind.EXTERNAL_SERVICE)) {
        continue; // what a person or an outside party does with data is not modelled
      }
      Component target = i.target().component().get();
      List<DataAsset> unused =
          i.data().stream()
              .filter(d -> d.classification() != Classification.PUBLIC)
              .filter(d -> !target.processes().contains(d.id()))
              .filter(d -> !target.stores().contains(d.id()))
              .filter(d -> carried.get(target.id()).get(d.id()) < 2) // only this flow has it
              .toList();
      if (unused.isEmpty()) {
        continue;
      }
      String ids = String.join(", ", unused.stream().map(DataAsset::id).toList());
      findings
          .on(i.id())
          .fact(i.describe() + " carries " + ids)
          .fact(target.id() + " neither processes nor stores " + ids)
          .fact("no other flow of " + target.id() + " carries " + ids)
          .data(unused.stream().map(DataAsset::id).toList())
          .report(
              String.format(
                  "Flow %s moves %s to or from %s, which by the model has no use for it.",
                  i.id(), ids, target.id()));
    }
  }

  /** For each node, how many of its flows (in or out) carry each data asset. */
  private static Map<String, Map<String, Integer>> carriedPerNode(SystemView system) {
    Map<String, Map<String, Integer>> carried = new HashMap<>();
    for (Interaction i : system.interactions()) {
      for (String data : i.flow().data()) {
        carried.computeIfAbsent(i.source().id(), k -> new HashMap<>()).merge(data, 1, Integer::sum);
        carried.computeIfAbsent(i.target().id(), k -> new HashMap<>()).merge(data, 1, Integer::sum);
      }
    }
    return carried;
  }
}

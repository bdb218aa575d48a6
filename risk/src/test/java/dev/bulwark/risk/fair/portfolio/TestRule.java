package dev.bulwark.risk.fair.portfolio;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import dev.bulwark.model.Goal;
import dev.bulwark.model.Stride;
import java.util.List;

/** A rule for tests: reports each of its elements, reduced by the given controls. */
record TestRule(RuleMeta meta, List<String> elements) implements Rule {
  static TestRule on(String id, List<Control> reducedBy, String... elements) {
    return new TestRule(
        RuleMeta.builder(id)
            .title("Test rule " + id)
            .stride(Stride.INFORMATION_DISCLOSURE)
            .goals(Goal.CONFIDENTIALITY)
            .cwe("CWE-200")
            .rationale("For tests.")
            .mitigations("input-validation")
            .reducedBy(reducedBy.toArray(Control[]::new))
            .build(),
        List.of(elements));
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (String element : elements) {
      findings
          .on(element)
          .fact("test rule fired")
          .cause(element)
          .report(meta.id() + " on " + element);
    }
  }
}

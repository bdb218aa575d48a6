package dev.bulwark.risk;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import dev.bulwark.model.Goal;
import dev.bulwark.model.Stride;
import java.util.ArrayList;
import java.util.List;

/** A rule for tests that reports fixed places, each with its root cause. */
final class StubRule implements Rule {
  private record Place(String cause, List<String> elements) {}

  private final RuleMeta meta;
  private final List<Place> places;

  private StubRule(RuleMeta meta, List<Place> places) {
    this.meta = meta;
    this.places = List.copyOf(places);
  }

  static StubRule of(String id, Goal... goals) {
    return new StubRule(meta(id, goals).build(), List.of());
  }

  static StubRule reducedBy(String id, List<Control> controls, Goal... goals) {
    return new StubRule(
        meta(id, goals).reducedBy(controls.toArray(Control[]::new)).build(), List.of());
  }

  private static RuleMeta.Builder meta(String id, Goal... goals) {
    return RuleMeta.builder(id)
        .title("Stub " + id)
        .stride(Stride.TAMPERING)
        .goals(goals.length == 0 ? new Goal[] {Goal.CONFIDENTIALITY} : goals)
        .cwe("CWE-20")
        .rationale("For tests.")
        .mitigations("input-validation");
  }

  /** This rule, also reporting on these elements (primary first) with this root cause. */
  StubRule on(String cause, String... elements) {
    List<Place> more = new ArrayList<>(places);
    more.add(new Place(cause, List.of(elements)));
    return new StubRule(meta, more);
  }

  @Override
  public RuleMeta meta() {
    return meta;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Place place : places) {
      findings
          .on(place.elements().toArray(String[]::new))
          .fact("stub fired")
          .cause(place.cause())
          .report(meta.id() + " on " + String.join("+", place.elements()));
    }
  }
}

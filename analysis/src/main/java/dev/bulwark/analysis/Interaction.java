package dev.bulwark.analysis;

import dev.bulwark.model.Authentication;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Wire;
import dev.bulwark.model.Zone;
import java.util.List;

/**
 * A flow seen with both its ends: source → flow → target, the zones it leaves (innermost first) and
 * the zones it enters (outermost first), and the data it carries.
 */
public record Interaction(
    Flow flow,
    Node source,
    Node target,
    List<Zone> left,
    List<Zone> entered,
    List<DataAsset> data) {
  public Interaction {
    left = List.copyOf(left);
    entered = List.copyOf(entered);
    data = List.copyOf(data);
  }

  public String id() {
    return flow.id();
  }

  /** Whether the flow leaves or enters a trust zone. */
  public boolean crossesBoundary() {
    return !left.isEmpty() || !entered.isEmpty();
  }

  /** Target trust minus source trust: positive when the flow goes into more trusted ground. */
  public int trustGap() {
    return target.trust() - source.trust();
  }

  /** Whether it crosses a boundary into a zone trusted more than the source's. */
  public boolean entersMoreTrusted() {
    return crossesBoundary() && trustGap() > 0;
  }

  public boolean encrypted() {
    return flow.protocol().encrypted();
  }

  public boolean authenticated() {
    return flow.authentication() != Authentication.NONE;
  }

  /** A control declared on the flow or on the component receiving it. */
  public boolean has(Control control) {
    return flow.controls().contains(control) || target.has(control);
  }

  /** Whether any data carried is sensitive (see {@link SystemView#isSensitive}). */
  public boolean carriesSensitive() {
    return data.stream().anyMatch(SystemView::isSensitive);
  }

  /** A short description for facts: {@code flow checkout (customer → web, https)}. */
  public String describe() {
    return "flow "
        + flow.id()
        + " ("
        + source.id()
        + " → "
        + target.id()
        + ", "
        + Wire.name(flow.protocol())
        + ")";
  }
}

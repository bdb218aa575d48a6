package dev.bulwark.interop.tmt;

import dev.bulwark.model.Element;
import dev.bulwark.model.Model;
import java.util.List;
import java.util.Optional;

/** Helpers for tests on imported models. */
final class TmtModels {
  private TmtModels() {}

  /** The model without its threats and triage, so that only rules find threats. */
  static Model withoutThreats(Model m) {
    return new Model(
        m.formatVersion(),
        m.id(),
        m.title(),
        m.description(),
        m.owner(),
        m.business(),
        m.imports(),
        m.zones(),
        m.actors(),
        m.components(),
        m.data(),
        m.flows(),
        List.of(),
        m.mitigations(),
        List.of(),
        m.rules(),
        m.suppressions(),
        List.of(),
        List.of(),
        Optional.empty(),
        m.positions());
  }

  /** The tool's guid of an imported element, from its {@code tmt.guid} tag. */
  static String guid(Model model, String id) {
    Element element = model.elements().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    List<String> tags =
        switch (element) {
          case dev.bulwark.model.Zone z -> z.tags();
          case dev.bulwark.model.Actor a -> a.tags();
          case dev.bulwark.model.Component c -> c.tags();
          case dev.bulwark.model.Flow f -> f.tags();
          default -> List.of();
        };
    return TmtTags.value(tags, TmtTags.GUID).orElseThrow();
  }
}

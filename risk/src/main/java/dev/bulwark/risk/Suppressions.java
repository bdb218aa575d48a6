package dev.bulwark.risk;

import dev.bulwark.analysis.Finding;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.RuleSet;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Suppression;
import dev.bulwark.model.Zone;
import dev.bulwark.model.problem.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The model's suppressions: a rule turned off for one element, for everything inside a zone, or
 * everywhere. A finding lies in a zone when its primary element does (for a flow: its target).
 * Suppressions that name no rule in force, or turn nothing off, are reported.
 */
final class Suppressions {
  private final List<Suppression> suppressions;
  private final SystemView system;
  private final Set<Suppression> used = new HashSet<>();

  Suppressions(List<Suppression> suppressions, SystemView system) {
    this.suppressions = suppressions;
    this.system = system;
  }

  Optional<Suppression> match(Finding finding) {
    for (Suppression s : suppressions) {
      if (s.rule().equals(finding.rule().id()) && applies(s, finding)) {
        used.add(s);
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private boolean applies(Suppression s, Finding finding) {
    if (s.on().isEmpty()) {
      return true;
    }
    String on = s.on().get();
    if (finding.elements().contains(on)) {
      return true;
    }
    if (system.zone(on).isEmpty()) {
      return false;
    }
    String primary = finding.elements().getFirst();
    Optional<Node> node =
        system.node(primary).or(() -> system.interaction(primary).map(Interaction::target));
    return node.flatMap(Node::zoneId)
        .map(zone -> system.zoneChain(zone).stream().map(Zone::id).anyMatch(on::equals))
        .orElse(false);
  }

  List<Notice> notices(RuleSet rules) {
    List<Notice> notices = new ArrayList<>();
    for (Suppression s : suppressions) {
      if (rules.find(s.rule()).isEmpty()) {
        notices.add(
            new Notice(
                Level.WARNING,
                "unknown-rule",
                s.positions().of("rule"),
                "suppression names rule '" + s.rule() + "', which is not in force"));
      } else if (!used.contains(s)) {
        notices.add(
            new Notice(
                Level.WARNING,
                "stale-suppression",
                s.position(),
                "suppression of "
                    + s.rule()
                    + s.on().map(o -> " on '" + o + "'").orElse("")
                    + " turns off no finding"));
      }
    }
    return notices;
  }
}

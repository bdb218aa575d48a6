package dev.bulwark.lifecycle.gate;

import dev.bulwark.model.Component;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.Model;
import dev.bulwark.model.Suppression;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.TriageStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code missing-owners}: someone must answer for each of the chosen things: the model, its
 * components, its mitigations, its acceptances, every triage decision, its suppressions. A blank
 * name counts as none.
 */
public record MissingOwners(Set<OwnerField> of) implements Check {
  public static final String ID = "missing-owners";

  public MissingOwners {
    if (of.isEmpty()) {
      throw new IllegalArgumentException("missing-owners needs at least one field to check");
    }
    of = Set.copyOf(EnumSet.copyOf(of));
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Someone answers for each of: "
        + EnumSet.copyOf(of).stream().map(OwnerField::wireName).collect(Collectors.joining(", "))
        + ".";
  }

  @Override
  public CheckResult run(GateInput input) {
    Model model = input.model();
    List<GateFinding> findings = new ArrayList<>();
    if (of.contains(OwnerField.MODEL) && missing(model.owner())) {
      findings.add(
          new GateFinding(
              model.positions().self(),
              "model '" + model.id() + "' names no owner",
              "owner:model"));
    }
    if (of.contains(OwnerField.COMPONENTS)) {
      for (Component c : model.components()) {
        if (missing(c.owner())) {
          findings.add(
              new GateFinding(
                  c.positions().self(),
                  "component '" + c.id() + "' names no owner",
                  "owner:component:" + c.id()));
        }
      }
    }
    if (of.contains(OwnerField.MITIGATIONS)) {
      for (Mitigation m : model.mitigations()) {
        if (missing(m.owner())) {
          findings.add(
              new GateFinding(
                  m.positions().self(),
                  "mitigation '" + m.id() + "' names no owner",
                  "owner:mitigation:" + m.id()));
        }
      }
    }
    boolean allTriage = of.contains(OwnerField.TRIAGE);
    if (allTriage || of.contains(OwnerField.ACCEPTANCES)) {
      for (TriageEntry e : model.triage()) {
        boolean counted = allTriage || e.status() == TriageStatus.ACCEPTED;
        if (counted && missing(e.by())) {
          String what = e.status() == TriageStatus.ACCEPTED ? "the acceptance" : "the decision";
          findings.add(
              new GateFinding(
                  e.position(),
                  what + " of '" + e.threat() + "' does not say who decided (by)",
                  "owner:triage:" + e.threat()));
        }
      }
    }
    if (of.contains(OwnerField.SUPPRESSIONS)) {
      for (Suppression s : model.suppressions()) {
        if (missing(s.by())) {
          String where = s.on().map(on -> " on '" + on + "'").orElse("");
          findings.add(
              new GateFinding(
                  s.position(),
                  "the suppression of " + s.rule() + where + " does not say who decided (by)",
                  "owner:suppression:" + s.rule() + "@" + s.on().orElse("*")));
        }
      }
    }
    return findings.isEmpty()
        ? CheckResult.passed(this, "every checked item names its owner")
        : CheckResult.failed(
            this, Counting.of(findings.size(), "item names", "items name") + " no owner", findings);
  }

  private static boolean missing(Optional<String> name) {
    return name.map(String::isBlank).orElse(true);
  }
}

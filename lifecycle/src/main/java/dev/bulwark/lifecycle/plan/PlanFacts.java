package dev.bulwark.lifecycle.plan;

import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Actor;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.Business;
import dev.bulwark.model.Component;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Model;
import dev.bulwark.model.Position;
import dev.bulwark.model.Rating;
import dev.bulwark.model.Wire;
import dev.bulwark.risk.AssessedThreat;
import dev.bulwark.risk.Assessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a model and its assessment say about each factor, as observations naming the element and the
 * place in the model. Only facts that can raise a tier are observed: internal components or public
 * data are not.
 */
public final class PlanFacts {
  private PlanFacts() {}

  public static List<Observation> of(Model model, SystemView view, Assessment assessment) {
    List<Observation> out = new ArrayList<>();
    business(model, out);
    exposure(model, view, out);
    data(model, out);
    openThreats(assessment, out);
    return out;
  }

  private static void business(Model model, List<Observation> out) {
    Business business = model.businessOrDefault();
    Position at =
        model.business().map(b -> b.positions().of("criticality")).orElse(model.positions().self());
    String criticality = Wire.name(business.criticality());
    String text =
        model.business().isPresent()
            ? "business criticality is " + criticality
            : "business criticality is not stated; " + criticality + " is assumed";
    out.add(new Observation(Factor.CRITICALITY, criticality, new Fact(model.id(), text, at)));
    for (int i = 0; i < business.compliance().size(); i++) {
      String regime = business.compliance().get(i);
      out.add(
          new Observation(
              Factor.COMPLIANCE,
              regime,
              new Fact(
                  model.id(),
                  "the system must comply with " + regime,
                  business.positions().of("compliance[" + i + "]"))));
    }
  }

  private static void exposure(Model model, SystemView view, List<Observation> out) {
    for (Component c : model.components()) {
      if (c.exposure() != Exposure.INTERNAL) {
        String text =
            c.exposure() == Exposure.INTERNET
                ? "component '" + c.id() + "' is internet-facing"
                : "component '" + c.id() + "' is reachable by partners";
        out.add(
            new Observation(
                Factor.EXPOSURE,
                Wire.name(c.exposure()),
                new Fact(c.id(), text, c.positions().of("exposure"))));
      }
    }
    // An actor outside counts when it starts a flow into the system; a modelled attacker does not
    // make the system exposed, and calls out to a partner's API do not expose it either.
    Set<String> starters = model.flows().stream().map(Flow::from).collect(Collectors.toSet());
    for (Actor a : model.actors()) {
      if (a.kind() == ActorKind.ATTACKER || !starters.contains(a.id())) {
        continue;
      }
      Node node = view.node(a.id()).orElseThrow();
      if (node.exposure() == Exposure.INTERNAL) {
        continue;
      }
      String where =
          node.zone().map(z -> "zone '" + z.id() + "', trust " + z.trust()).orElse("no zone");
      String text =
          "actor '"
              + a.id()
              + "' reaches the system from "
              + (node.exposure() == Exposure.INTERNET ? "the internet" : "a partner network")
              + " ("
              + where
              + ")";
      out.add(
          new Observation(
              Factor.EXPOSURE,
              Wire.name(node.exposure()),
              new Fact(a.id(), text, a.positions().self())));
    }
  }

  private static void data(Model model, List<Observation> out) {
    for (DataAsset d : model.data()) {
      String classification = Wire.name(d.classification());
      out.add(
          new Observation(
              Factor.CLASSIFICATION,
              classification,
              new Fact(
                  d.id(),
                  "data '" + d.id() + "' is " + classification,
                  d.positions().of("classification"))));
      if (d.personal()) {
        out.add(
            new Observation(
                Factor.PERSONAL_DATA,
                "personal",
                new Fact(
                    d.id(),
                    "data '" + d.id() + "' is personal data",
                    d.positions().of("personal"))));
      }
      Rating highest = d.confidentiality();
      highest = d.integrity().compareTo(highest) > 0 ? d.integrity() : highest;
      highest = d.availability().compareTo(highest) > 0 ? d.availability() : highest;
      List<String> which = new ArrayList<>();
      if (d.confidentiality() == highest) {
        which.add("confidentiality");
      }
      if (d.integrity() == highest) {
        which.add("integrity");
      }
      if (d.availability() == highest) {
        which.add("availability");
      }
      out.add(
          new Observation(
              Factor.RATINGS,
              Wire.name(highest),
              new Fact(
                  d.id(),
                  "data '"
                      + d.id()
                      + "' has "
                      + Wire.name(highest)
                      + " "
                      + String.join(", ", which),
                  d.positions().of(which.getFirst()))));
    }
  }

  private static void openThreats(Assessment assessment, List<Observation> out) {
    for (AssessedThreat t : assessment.threats()) {
      if (!t.isOpen()) {
        continue;
      }
      String severity = Wire.name(t.score().severity());
      out.add(
          new Observation(
              Factor.OPEN_THREATS,
              severity,
              new Fact(
                  t.fingerprint(),
                  Wire.name(t.status()).replace('-', ' ')
                      + " threat '"
                      + t.title()
                      + "' ("
                      + t.fingerprint()
                      + ") is "
                      + severity,
                  t.position())));
    }
  }
}

package dev.bulwark.analysis.paths;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.model.Authentication;
import dev.bulwark.model.Control;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Wire;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The difficulty of each kind of step for one profile: a base cost, the authentication to pass, the
 * trust entered, the controls in place, less the open threats on the flow and the node reached;
 * never below a floor. With {@code explain}, every amount is written down as a reason, and the
 * reasons add up to the cost.
 */
final class StepCosts {
  private final Map<String, Severity> openThreats;
  private final AttackerProfile profile;
  private final Set<String> credentialed;
  private final Map<String, List<Interaction>> into;

  /**
   * @param credentialed ids of the nodes whose flows accept what the attacker holds
   * @param into the flows into each node, for direct steps
   */
  StepCosts(
      Map<String, Severity> openThreats,
      AttackerProfile profile,
      Set<String> credentialed,
      Map<String, List<Interaction>> into) {
    this.openThreats = openThreats;
    this.profile = profile;
    this.credentialed = credentialed;
    this.into = into;
  }

  /** A cost in tenths and, when asked for, the reasons that add up to it. */
  record Cost(int tenths, List<String> reasons) {
    Cost {
      reasons = List.copyOf(reasons);
    }
  }

  /** Along a flow: the attacker holds its source and takes its target over through it. */
  Cost forward(Interaction flow, boolean explain) {
    Tally tally = new Tally(explain);
    Node target = flow.target();
    tally.add(Weights.STEP, () -> "a step to " + target.id());
    authentication(tally, flow);
    if (flow.entersMoreTrusted()) {
      tally.add(Weights.trust(flow.trustGap()), () -> trust(flow.source(), target));
    }
    // the controls on the flow or its target, in enum order (an EnumSet iterates so)
    EnumSet<Control> present = EnumSet.noneOf(Control.class);
    present.addAll(flow.flow().controls());
    present.addAll(target.controls());
    List<Control> counted = new ArrayList<>();
    for (Control control : present) {
      boolean mfaTwice =
          control == Control.MFA && flow.flow().authentication() == Authentication.TWO_FACTOR;
      if (Weights.control(control) > 0 && !mfaTwice) {
        counted.add(control);
      }
    }
    controls(
        tally,
        counted,
        c -> flow.flow().controls().contains(c) ? "flow " + flow.id() : target.id());
    threat(tally, flow.id(), "flow " + flow.id());
    threat(tally, target.id(), target.id());
    return tally.floor();
  }

  /**
   * Against a flow: the attacker holds its target and reaches its source through what the target
   * sends back (responses, messages consumed). Answers are not authenticated, so no authentication
   * is paid; the flow's own controls filter requests, so only the source's controls count.
   */
  Cost against(Interaction flow, boolean explain) {
    Tally tally = new Tally(explain);
    Node target = flow.source();
    tally.add(Weights.STEP, () -> "a step to " + target.id());
    tally.add(
        Weights.AGAINST_FLOW,
        () -> "against flow " + flow.id() + ": through what " + flow.target().id() + " sends back");
    if (flow.crossesBoundary() && flow.trustGap() < 0) {
      tally.add(Weights.trust(-flow.trustGap()), () -> trust(flow.target(), target));
    }
    controls(tally, nodeControls(target, false), c -> target.id());
    threat(tally, flow.id(), "flow " + flow.id());
    threat(tally, target.id(), target.id());
    return tally.floor();
  }

  /**
   * Straight from the profile's origin to a node it reaches, with no flow of the model between: the
   * attacker must pass the weakest authentication of the flows into the node (see {@link #doors};
   * none when no flow leads there), enter its trust, and get past its own controls.
   */
  Cost direct(Node target, boolean explain) {
    Tally tally = new Tally(explain);
    tally.add(Weights.STEP, () -> "a step to " + target.id());
    Optional<Interaction> weakest =
        doors(target).stream()
            .min(Comparator.comparingInt(this::authenticationCost).thenComparing(Interaction::id));
    if (weakest.isEmpty()) {
      tally.add(
          0, () -> "authentication: none (no network flow into " + target.id() + " is modelled)");
    } else {
      Interaction door = weakest.get();
      tally.add(
          authenticationCost(door),
          () ->
              "authentication: "
                  + authenticationWords(door)
                  + ", the weakest of the flows into "
                  + target.id()
                  + " ("
                  + door.id()
                  + ")");
    }
    int gap = target.trust() - profile.originTrust();
    if (gap > 0) {
      tally.add(
          Weights.trust(gap),
          () ->
              "trust: "
                  + profile.originTrust()
                  + " ("
                  + profile.origin()
                  + ") → "
                  + target.trust()
                  + " ("
                  + target.zoneId().orElse("no zone")
                  + ")");
    }
    boolean twoFactor =
        weakest.map(d -> d.flow().authentication() == Authentication.TWO_FACTOR).orElse(false);
    controls(tally, nodeControls(target, twoFactor), c -> target.id());
    threat(tally, target.id(), target.id());
    return tally.floor();
  }

  /**
   * The flows a request from outside could pass for: those that cross a network (not in-process,
   * IPC, local files), and among them those from another zone if there are any.
   */
  private List<Interaction> doors(Node target) {
    List<Interaction> network =
        into.getOrDefault(target.id(), List.of()).stream()
            .filter(i -> i.flow().protocol().network())
            .toList();
    List<Interaction> crossing = network.stream().filter(Interaction::crossesBoundary).toList();
    return crossing.isEmpty() ? network : crossing;
  }

  private void authentication(Tally tally, Interaction flow) {
    tally.add(authenticationCost(flow), () -> "authentication: " + authenticationWords(flow));
  }

  private int authenticationCost(Interaction flow) {
    if (credentialed.contains(flow.source().id())) {
      return 0;
    }
    return profile.skill().scale(Weights.authentication(flow.flow().authentication()));
  }

  private String authenticationWords(Interaction flow) {
    String name = Wire.name(flow.flow().authentication());
    if (flow.flow().authentication() != Authentication.NONE
        && credentialed.contains(flow.source().id())) {
      return name + ", held: the attacker has the credentials " + flow.source().id() + " uses";
    }
    return name + skillNote();
  }

  private void controls(Tally tally, List<Control> controls, ControlPlace place) {
    int raw = 0;
    for (Control control : controls) {
      int weight = Math.min(Weights.control(control), Weights.CONTROLS_CAP - raw);
      if (weight <= 0) {
        tally.add(
            0,
            () -> "control: " + Wire.name(control) + " not counted (controls count at most 3.0)");
        continue;
      }
      raw += weight;
      int scaled = profile.skill().scale(weight);
      tally.add(
          scaled,
          () -> "control: " + Wire.name(control) + " on " + place.of(control) + skillNote());
    }
  }

  /** The node's controls that count, in enum order; MFA not again where two-factor was paid. */
  private static List<Control> nodeControls(Node node, boolean twoFactorPaid) {
    return node.controls().stream()
        .distinct()
        .filter(c -> Weights.control(c) > 0)
        .filter(c -> !(twoFactorPaid && c == Control.MFA))
        .sorted()
        .toList();
  }

  private void threat(Tally tally, String elementId, String where) {
    Severity severity = openThreats.get(elementId);
    if (severity != null && Weights.openThreat(severity) > 0) {
      tally.add(
          -Weights.openThreat(severity),
          () -> "open " + Wire.name(severity) + " threat on " + where);
    }
  }

  private String skillNote() {
    return profile.skill() == Skill.INTERMEDIATE
        ? ""
        : " (" + Wire.name(profile.skill()) + ": " + profile.skill().percent() + "%)";
  }

  private static String trust(Node from, Node to) {
    return "trust: "
        + from.trust()
        + " ("
        + from.zoneId().orElse("no zone")
        + ") → "
        + to.trust()
        + " ("
        + to.zoneId().orElse("no zone")
        + ")";
  }

  /** Where a counted control is declared, for its reason. */
  @FunctionalInterface
  private interface ControlPlace {
    String of(Control control);
  }

  /** Adds amounts up, and their reasons only when they will be shown. */
  private static final class Tally {
    private final boolean explain;
    private final List<String> reasons = new ArrayList<>();
    private int total;

    Tally(boolean explain) {
      this.explain = explain;
    }

    void add(int tenths, Supplier<String> why) {
      total += tenths;
      if (explain) {
        reasons.add(Difficulty.signed(tenths) + " " + why.get());
      }
    }

    Cost floor() {
      if (total < Weights.FLOOR) {
        int raise = Weights.FLOOR - total;
        add(raise, () -> "floor: a step costs at least " + new Difficulty(Weights.FLOOR));
      }
      return new Cost(total, reasons);
    }
  }
}

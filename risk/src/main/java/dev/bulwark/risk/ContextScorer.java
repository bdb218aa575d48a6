package dev.bulwark.risk;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Authentication;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.Criticality;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Goal;
import dev.bulwark.model.Rating;
import dev.bulwark.model.Wire;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Scores a threat from the model around it rather than from constants: likelihood from exposure,
 * unauthenticated boundary crossings, strong authentication and the controls in place; impact from
 * the ratings of the data at stake for the goals harmed and from the business criticality. Every
 * step that moves a level is written down as a reason. The rules are documented in
 * docs/analysis.md.
 */
public final class ContextScorer {
  private static final int BIG_TRUST_GAP = 40;
  private static final int MAX_CONTROL_CREDIT = 2;

  private final SystemView system;
  private final RiskMatrix matrix;

  public ContextScorer(SystemView system, RiskMatrix matrix) {
    this.system = system;
    this.matrix = matrix;
  }

  /**
   * Scores a threat on these elements (primary first), harming these goals, with this data at
   * stake; {@code reducers} are the controls that would make it less likely.
   */
  public Score score(
      List<String> elements, List<Goal> goals, List<String> dataIds, List<Control> reducers) {
    List<Node> nodes = new ArrayList<>();
    List<Interaction> crossings = new ArrayList<>();
    involved(elements, nodes, crossings);

    List<String> whyLikely = new ArrayList<>();
    int likelihood = exposure(nodes, crossings, whyLikely);
    // Any unauthenticated crossing over a large gap counts, not only the first one listed; the
    // widest gap (then the flow id) is named so that the reason does not depend on list order.
    Optional<Interaction> open =
        crossings.stream()
            .filter(
                i -> i.entersMoreTrusted() && !i.authenticated() && i.trustGap() >= BIG_TRUST_GAP)
            .min(
                Comparator.comparingInt(Interaction::trustGap)
                    .reversed()
                    .thenComparing(Interaction::id));
    if (open.isPresent()) {
      likelihood++;
      whyLikely.add(
          "+1: unauthenticated "
              + open.get().describe()
              + " crosses from trust "
              + open.get().source().trust()
              + " to "
              + open.get().target().trust());
    } else if (!crossings.isEmpty() && crossings.stream().allMatch(ContextScorer::strongAuth)) {
      likelihood--;
      whyLikely.add("-1: every flow in from another zone uses mtls or two-factor authentication");
    }
    List<String> reducedBy = new ArrayList<>();
    for (Control control : reducers) {
      Optional<String> where = declaredOn(control, elements, nodes);
      if (where.isPresent() && reducedBy.size() < MAX_CONTROL_CREDIT) {
        reducedBy.add(Wire.name(control));
        likelihood--;
        whyLikely.add("-1: " + Wire.name(control) + " is in place on " + where.get());
      }
    }

    List<String> whyImpact = new ArrayList<>();
    int impact = impact(goals, system.data(dataIds), nodes, whyImpact);
    Criticality criticality = system.business().criticality();
    if (criticality == Criticality.CRITICAL) {
      impact++;
      whyImpact.add("+1: business criticality is critical");
    } else if (criticality == Criticality.LOW) {
      impact--;
      whyImpact.add("-1: business criticality is low");
    }
    Likelihood l = Likelihood.clamp(likelihood);
    Impact i = Impact.clamp(impact);
    return new Score(l, whyLikely, i, whyImpact, matrix.severity(l, i), reducedBy, "context");
  }

  /** The nodes named or touched by the elements, and the flows that bring outside input in. */
  private void involved(List<String> elements, List<Node> nodes, List<Interaction> crossings) {
    Set<String> seenFlows = new LinkedHashSet<>();
    for (String id : elements) {
      Optional<Node> node = system.node(id);
      if (node.isPresent()) {
        nodes.add(node.get());
        for (Interaction in : system.into(id)) {
          if (in.crossesBoundary() && seenFlows.add(in.id())) {
            crossings.add(in);
          }
        }
      }
    }
    for (Interaction interaction : system.interactions(elements)) {
      if (seenFlows.add(interaction.id())) {
        crossings.add(interaction);
      }
      nodes.add(interaction.source());
      nodes.add(interaction.target());
    }
  }

  private int exposure(List<Node> nodes, List<Interaction> crossings, List<String> why) {
    Optional<Node> internet =
        nodes.stream().filter(n -> n.exposure() == Exposure.INTERNET).findFirst();
    if (internet.isPresent()) {
      why.add("likely: " + internet.get().describe() + " is exposed to the internet");
      return Likelihood.LIKELY.ordinal();
    }
    Optional<Node> partner =
        nodes.stream().filter(n -> n.exposure() == Exposure.PARTNER).findFirst();
    if (partner.isPresent()) {
      why.add("possible: " + partner.get().describe() + " is reachable by partners");
      return Likelihood.POSSIBLE.ordinal();
    }
    OptionalInt hops =
        nodes.stream()
            .map(n -> system.hopsFromInternet(n.id()))
            .filter(OptionalInt::isPresent)
            .mapToInt(OptionalInt::getAsInt)
            .min();
    if (hops.isPresent() && hops.getAsInt() <= 2) {
      why.add(
          "possible: "
              + hops.getAsInt()
              + (hops.getAsInt() == 1 ? " flow" : " flows")
              + " from an internet-exposed element");
      return Likelihood.POSSIBLE.ordinal();
    }
    why.add("unlikely: reachable only from inside" + (crossings.isEmpty() ? "" : " the system"));
    return Likelihood.UNLIKELY.ordinal();
  }

  private static boolean strongAuth(Interaction interaction) {
    Authentication auth = interaction.flow().authentication();
    return auth == Authentication.MTLS || auth == Authentication.TWO_FACTOR;
  }

  private Optional<String> declaredOn(Control control, List<String> elements, List<Node> nodes) {
    for (Node node : nodes) {
      if (node.has(control)) {
        return Optional.of(node.id());
      }
    }
    return system.interactions(elements).stream()
        .filter(i -> i.flow().controls().contains(control))
        .map(i -> "flow " + i.id())
        .findFirst();
  }

  private static int impact(
      List<Goal> goals, List<DataAsset> data, List<Node> nodes, List<String> why) {
    int best = -1;
    String reason = "";
    for (Goal goal : goals) {
      for (DataAsset asset : data) {
        Rating rating = rating(goal, asset);
        if (rating.ordinal() > best) {
          best = rating.ordinal();
          reason = asset.id() + ": " + Wire.name(goal) + " rated " + Wire.name(rating);
        }
      }
    }
    if (best >= 0) {
      why.add(Wire.name(Impact.values()[best]) + ": " + reason);
      return best;
    }
    Optional<Node> keyHolder =
        nodes.stream()
            .filter(n ->
                n.is(
                    ComponentKind.SECRET_STORE,
                    ComponentKind.KEY_MANAGEMENT,
                    ComponentKind.IDENTITY_PROVIDER,
                    ComponentKind.BUILD_PIPELINE,
                    ComponentKind.ORCHESTRATOR))
            .findFirst();
    if (keyHolder.isPresent()) {
      why.add("high: " + keyHolder.get().describe() + " holds the keys to other components");
      return Impact.HIGH.ordinal();
    }
    why.add("medium: no data at stake is modelled here, so medium is assumed");
    return Impact.MEDIUM.ordinal();
  }

  private static Rating rating(Goal goal, DataAsset asset) {
    return switch (goal) {
      case CONFIDENTIALITY -> asset.confidentiality();
      case INTEGRITY -> asset.integrity();
      case AVAILABILITY -> asset.availability();
      case PRIVACY -> asset.personal() ? max(Rating.HIGH, asset.confidentiality()) : Rating.LOW;
      case ACCOUNTABILITY -> Rating.MEDIUM;
      case SAFETY -> Rating.HIGH;
    };
  }

  private static Rating max(Rating a, Rating b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}

package dev.bulwark.model.validate;

import dev.bulwark.model.Business;
import dev.bulwark.model.Effect;
import dev.bulwark.model.Estimate;
import dev.bulwark.model.LossScenario;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.Model;
import dev.bulwark.model.Position;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the quantitative parts of a model: loss scenarios have unique ids and well-formed
 * estimates in their ranges, mitigation effects are fractions, the currency is an ISO 4217 code.
 */
final class EstimateChecks {
  /** What values an estimated quantity may take. */
  private enum Scale {
    /** Not negative: events a year, money. */
    AMOUNT,
    /** Between 0 and 1. */
    PROBABILITY,
    /** Any number: capability and strength share a scale of the user's choosing. */
    STRENGTH
  }

  private final List<Problem> problems = new ArrayList<>();

  private EstimateChecks() {}

  static List<Problem> check(Model model) {
    EstimateChecks checks = new EstimateChecks();
    model.business().ifPresent(checks::currency);
    checks.uniqueIds(model.scenarios());
    model.scenarios().forEach(checks::scenario);
    model.mitigations().forEach(checks::effects);
    return checks.problems;
  }

  private void currency(Business business) {
    if (!business.currency().matches("[A-Z]{3}")) {
      problems.add(
          new Problem(
              ProblemType.UNKNOWN_VALUE,
              business.positions().of("currency"),
              "'currency' of the business context is '"
                  + business.currency()
                  + "', not an ISO 4217 currency code",
              "write three capital letters, e.g. EUR, USD, GBP"));
    }
  }

  private void uniqueIds(List<LossScenario> scenarios) {
    Map<String, LossScenario> seen = new HashMap<>();
    for (LossScenario scenario : scenarios) {
      LossScenario first = seen.putIfAbsent(scenario.id(), scenario);
      if (first != null) {
        problems.add(
            new Problem(
                ProblemType.DUPLICATE_ID,
                scenario.positions().of("id"),
                "scenario id '"
                    + scenario.id()
                    + "' is used twice; first at "
                    + first.positions().self(),
                "give each scenario its own id"));
      }
    }
  }

  private void scenario(LossScenario s) {
    String owner = "scenario '" + s.id() + "'";
    estimate(s.threatEventFrequency(), "threat-event-frequency", owner, s, Scale.AMOUNT);
    estimate(s.contactFrequency(), "contact-frequency", owner, s, Scale.AMOUNT);
    estimate(s.probabilityOfAction(), "probability-of-action", owner, s, Scale.PROBABILITY);
    estimate(s.vulnerability(), "vulnerability", owner, s, Scale.PROBABILITY);
    estimate(s.threatCapability(), "threat-capability", owner, s, Scale.STRENGTH);
    estimate(s.resistanceStrength(), "resistance-strength", owner, s, Scale.STRENGTH);
    estimate(s.primaryLossMagnitude(), "primary-loss-magnitude", owner, s, Scale.AMOUNT);
    estimate(
        s.secondaryLossEventFrequency(),
        "secondary-loss-event-frequency",
        owner,
        s,
        Scale.PROBABILITY);
    estimate(s.secondaryLossMagnitude(), "secondary-loss-magnitude", owner, s, Scale.AMOUNT);
    pair(
        s,
        s.threatEventFrequency(),
        "threat-event-frequency",
        s.contactFrequency(),
        s.probabilityOfAction(),
        "contact-frequency",
        "probability-of-action");
    pair(
        s,
        s.vulnerability(),
        "vulnerability",
        s.threatCapability(),
        s.resistanceStrength(),
        "threat-capability",
        "resistance-strength");
  }

  /** A factor is given directly or by its two parts, never both, and both parts or neither. */
  private void pair(
      LossScenario s,
      Optional<String> direct,
      String directKey,
      Optional<String> first,
      Optional<String> second,
      String firstKey,
      String secondKey) {
    if (first.isPresent() != second.isPresent()) {
      String given = first.isPresent() ? firstKey : secondKey;
      String missing = first.isPresent() ? secondKey : firstKey;
      problems.add(
          new Problem(
              ProblemType.MISSING_FIELD,
              s.positions().of(given),
              "scenario '" + s.id() + "' gives '" + given + "' without '" + missing + "'",
              "give both, or '" + directKey + "' instead"));
    } else if (first.isPresent() && direct.isPresent()) {
      problems.add(
          new Problem(
              ProblemType.INVALID_ESTIMATE,
              s.positions().of(directKey),
              "scenario '"
                  + s.id()
                  + "' gives '"
                  + directKey
                  + "' and also '"
                  + firstKey
                  + "' with '"
                  + secondKey
                  + "'",
              "give one of the two ways"));
    }
  }

  private void effects(Mitigation mitigation) {
    for (int i = 0; i < mitigation.effects().size(); i++) {
      Effect effect = mitigation.effects().get(i);
      String owner = "effect " + (i + 1) + " of mitigation '" + mitigation.id() + "'";
      Position at = effect.positions().of("by");
      Optional<Estimate> parsed = Estimate.parse(effect.by());
      if (parsed.isPresent()
          && parsed.get().kind() != Estimate.Kind.PERT
          && parsed.get().kind() != Estimate.Kind.CONSTANT) {
        problems.add(
            new Problem(
                ProblemType.INVALID_ESTIMATE,
                at,
                "'by' of " + owner + " is '" + effect.by() + "', but a reduction is a fraction",
                "write 'min, likely, max' or one number, each between 0 and 1"));
      } else {
        check(effect.by(), "by", owner, at, Scale.PROBABILITY);
      }
    }
  }

  private void estimate(
      Optional<String> text, String key, String owner, LossScenario s, Scale scale) {
    text.ifPresent(value -> check(value, key, owner, s.positions().of(key), scale));
  }

  private void check(String text, String key, String owner, Position at, Scale scale) {
    Optional<Estimate> parsed = Estimate.parse(text);
    String subject = "'" + key + "' of " + owner + " is '" + text + "'";
    if (parsed.isEmpty()) {
      problems.add(
          new Problem(
              ProblemType.INVALID_ESTIMATE, at, subject + ", not an estimate", Estimate.SYNTAX));
      return;
    }
    Optional<String> wrong = problem(parsed.get(), scale);
    wrong.ifPresent(why ->
        problems.add(new Problem(ProblemType.INVALID_ESTIMATE, at, subject + ", but " + why)));
  }

  /** What is wrong with an estimate on a scale, if anything. */
  static Optional<String> problem(Estimate e, Scale scale) {
    List<Double> n = e.numbers();
    if (e.kind() == Estimate.Kind.PERT && !(n.get(0) <= n.get(1) && n.get(1) <= n.get(2))) {
      return Optional.of("min, likely and max must come in that order");
    }
    if (e.kind() == Estimate.Kind.PERT && n.get(0) == n.get(2)) {
      return Optional.of("min and max are equal; write one number for a constant");
    }
    if (e.kind() == Estimate.Kind.LOGNORMAL && !(0 < n.get(0) && n.get(0) < n.get(1))) {
      return Optional.of("a lognormal interval needs 0 < low < high");
    }
    if (e.kind() == Estimate.Kind.POISSON && scale != Scale.AMOUNT) {
      return Optional.of("a Poisson estimate counts events; it fits frequencies only");
    }
    if (scale == Scale.PROBABILITY && e.kind() == Estimate.Kind.LOGNORMAL) {
      return Optional.of("a probability must lie between 0 and 1; a lognormal is unbounded");
    }
    if (scale != Scale.STRENGTH && e.lowest() < 0) {
      return Optional.of(
          scale == Scale.PROBABILITY
              ? "a probability must lie between 0 and 1"
              : "a frequency or loss cannot be negative");
    }
    if (scale == Scale.PROBABILITY && e.highest() > 1) {
      return Optional.of("a probability must lie between 0 and 1");
    }
    return Optional.empty();
  }
}

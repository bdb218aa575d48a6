package dev.bulwark.lifecycle.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation's rules for the security plan: what each factor level is worth, the tiers with
 * the scores they start at, and the activities each tier adds. Read from YAML or JSON by {@link
 * PlanPolicyReader}; {@link #defaults()} is the documented policy shipped with Bulwark.
 *
 * @param source where the policy came from, for output ("built-in" or the file name)
 * @param points each factor's levels and their weight; a level not listed is worth nothing
 * @param tiers from tier 1 up, with rising minimum scores, the first at 0
 */
public record PlanPolicy(
    String source,
    Map<Factor, Map<String, Weight>> points,
    List<Tier> tiers,
    List<Activity> activities) {

  /** Where the built-in policy lives, next to this class. */
  static final String DEFAULT_RESOURCE = "default-plan-policy.yaml";

  public PlanPolicy {
    Objects.requireNonNull(source, "source");
    Map<Factor, Map<String, Weight>> copy = new EnumMap<>(Factor.class);
    points.forEach((factor, levels) -> copy.put(factor, copyOf(levels)));
    points = java.util.Collections.unmodifiableMap(copy);
    tiers = List.copyOf(tiers);
    activities = List.copyOf(activities);
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("a policy has at least one tier");
    }
  }

  private static Map<String, Weight> copyOf(Map<String, Weight> levels) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
  }

  /** What a level of a factor is worth; compliance regimes match without regard to case. */
  public Weight weight(Factor factor, String level) {
    Map<String, Weight> levels = points.getOrDefault(factor, Map.of());
    if (factor == Factor.COMPLIANCE) {
      Weight named = levels.get(level.toLowerCase(Locale.ROOT));
      return named != null ? named : levels.getOrDefault(Factor.OTHER, Weight.NONE);
    }
    return levels.getOrDefault(level, Weight.NONE);
  }

  /** The highest score a model can reach: the most points of each factor, summed. */
  public int maxScore() {
    return points.values().stream()
        .mapToInt(levels -> levels.values().stream().mapToInt(Weight::points).max().orElse(0))
        .sum();
  }

  public Tier tier(int number) {
    return tiers.get(number - 1);
  }

  public Optional<Activity> activity(String id) {
    return activities.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The policy shipped with Bulwark, documented in docs/plan.md. */
  public static PlanPolicy defaults() {
    PlanPolicyReader.Read read =
        PlanPolicyReader.read("built-in", defaultText().getBytes(StandardCharsets.UTF_8));
    return read.policy()
        .orElseThrow(
            () -> new IllegalStateException("the built-in plan policy: " + read.problems()));
  }

  /** The text of the built-in policy, as {@code bulwark plan --print-default-policy} prints it. */
  public static String defaultText() {
    try (InputStream in = PlanPolicy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.bulwark.lifecycle.gate;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A model's risk in money, as the {@code risk-budget} check weighs it against {@code
 * max-annual-loss}.
 *
 * @param mean the mean annualised loss of every scenario, summed year by year
 * @param currency the model's currency (ISO 4217), in which every amount here is
 * @param scenarios each simulated scenario's mean, highest first, then by id
 * @param notes what a reader needs to weigh the figure (scenarios derived rather than written, an
 *     assumed revenue), each a clause for the check's message
 * @param problems scenarios or effects that could not be simulated, at their place: the figure
 *     leaves them out, so the budget is not judged on it
 */
public record LossEstimate(
    double mean,
    String currency,
    List<Share> scenarios,
    List<String> notes,
    List<GateFinding> problems) {

  /** One scenario's part: its id and mean annualised loss. */
  public record Share(String id, double mean) {
    /** Highest mean first, then by id. */
    public static final Comparator<Share> LARGEST_FIRST =
        Comparator.comparingDouble((Share s) -> -s.mean()).thenComparing(Share::id);

    public Share {
      Objects.requireNonNull(id, "id");
    }
  }

  public LossEstimate {
    if (!(mean >= 0) || Double.isInfinite(mean)) {
      throw new IllegalArgumentException("a mean loss is finite and not negative, got " + mean);
    }
    Objects.requireNonNull(currency, "currency");
    scenarios = scenarios.stream().sorted(Share.LARGEST_FIRST).toList();
    notes = List.copyOf(notes);
    problems = List.copyOf(problems);
  }

  /** The {@code count} scenarios that contribute most. */
  public List<Share> largest(int count) {
    return scenarios.subList(0, Math.min(count, scenarios.size()));
  }
}

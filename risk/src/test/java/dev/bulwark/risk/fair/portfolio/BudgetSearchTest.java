package dev.bulwark.risk.fair.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The best set of mitigations within a budget: exact against brute force, greedy bounded. */
class BudgetSearchTest {
  private static BudgetSearch.Problem random(SplittableRandom random) {
    int candidates = 1 + random.nextInt(10);
    int scenarios = 1 + random.nextInt(6);
    double[] base = new double[scenarios];
    for (int s = 0; s < scenarios; s++) {
      base[s] = random.nextDouble() * 1000;
    }
    int[][] applies = new int[candidates][];
    double[] multiplier = new double[candidates];
    long[] cost = new long[candidates];
    for (int m = 0; m < candidates; m++) {
      applies[m] = IntStream.range(0, scenarios).filter(s -> random.nextDouble() < 0.5).toArray();
      multiplier[m] = random.nextDouble();
      cost[m] = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(100);
    }
    return new BudgetSearch.Problem(base, applies, multiplier, cost, random.nextInt(300));
  }

  /** The best value over every subset within the budget. */
  private static double bruteForce(BudgetSearch.Problem p) {
    double best = 0;
    for (int mask = 0; mask < 1 << p.candidates(); mask++) {
      long cost = 0;
      for (int m = 0; m < p.candidates(); m++) {
        if ((mask >> m & 1) == 1) {
          cost += p.cost()[m];
        }
      }
      if (cost <= p.budget()) {
        int bits = mask;
        int[] set = IntStream.range(0, p.candidates()).filter(m -> (bits >> m & 1) == 1).toArray();
        best = Math.max(best, BudgetSearch.value(p, set));
      }
    }
    return best;
  }

  @Test
  void theExactSearchFindsWhatBruteForceFinds() {
    SplittableRandom random = new SplittableRandom(2026);
    for (int i = 0; i < 400; i++) {
      BudgetSearch.Problem p = random(random);
      BudgetSearch.Result r = BudgetSearch.solve(p);
      assertThat(r.exact()).isTrue();
      assertThat(r.value()).as("problem %d", i).isCloseTo(bruteForce(p), offset(1e-6));
      assertThat(r.cost()).isLessThanOrEqualTo(p.budget());
      assertThat(r.cost()).isEqualTo(IntStream.of(r.chosen()).mapToLong(m -> p.cost()[m]).sum());
    }
  }

  @Test
  void theGreedySearchStaysWithinBudgetAndNearTheBest() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 400; i++) {
      BudgetSearch.Problem p = random(random);
      BudgetSearch.Result r = BudgetSearch.solve(p, 0);
      double best = bruteForce(p);
      boolean anyToChoose =
          IntStream.range(0, p.candidates())
              .anyMatch(m -> p.cost()[m] > 0 && p.cost()[m] <= p.budget());
      assertThat(r.exact()).isEqualTo(!anyToChoose);
      assertThat(r.cost()).isLessThanOrEqualTo(p.budget());
      assertThat(r.value()).isLessThanOrEqualTo(best + 1e-6);
      // greedy by ratio, or the best single candidate: at least (1 − 1/e)/2 of the best
      assertThat(r.value()).isGreaterThanOrEqualTo((1 - 1 / Math.E) / 2 * best - 1e-6);
    }
  }

  @Test
  void oneStrongMitigationBeatsTwoCheapOnesThatCutTheSameScenario() {
    // base 100; two halvings for 10 each leave 25 (saves 75); one cut to a tenth for 25 saves 90
    BudgetSearch.Problem p =
        new BudgetSearch.Problem(
            new double[] {100},
            new int[][] {{0}, {0}, {0}},
            new double[] {0.5, 0.5, 0.1},
            new long[] {10, 10, 25},
            25);
    BudgetSearch.Result exact = BudgetSearch.solve(p);
    assertThat(exact.chosen()).containsExactly(2);
    assertThat(exact.value()).isCloseTo(90, offset(1e-9));
    BudgetSearch.Result greedy = BudgetSearch.solve(p, 0);
    assertThat(greedy.chosen()).containsExactly(2);
  }

  @Test
  void freeMitigationsAreAlwaysTaken() {
    BudgetSearch.Problem p =
        new BudgetSearch.Problem(
            new double[] {100, 50},
            new int[][] {{0}, {1}},
            new double[] {0.5, 0.5},
            new long[] {0, 60},
            0);
    BudgetSearch.Result r = BudgetSearch.solve(p);
    assertThat(r.chosen()).containsExactly(0);
    assertThat(r.value()).isCloseTo(50, offset(1e-9));
    assertThat(r.cost()).isZero();
  }
}

package dev.bulwark.risk.fair;

import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;

/**
 * Runs scenarios: a pure function from (scenario, settings) to one annualised loss per iteration.
 *
 * <p>The iterations are cut into chunks of {@value #CHUNK}; each chunk draws from its own
 * generators (see {@link Streams}) and writes its own slice of the result. Chunks run in parallel
 * on up to {@code threads} threads, and the result is the same array, bit for bit, whatever the
 * number of threads. Since each factor draws from its own stream, two scenarios that differ in one
 * factor share the draws of the others (common random numbers): compare them iteration by
 * iteration, or sum several scenarios' arrays iteration by iteration to aggregate them.
 */
public final class Simulator {
  /**
   * Iterations per chunk. Part of the reproducibility contract: changing it changes every result.
   */
  public static final int CHUNK = 16_384;

  /** Event mode refuses an iteration with more loss events a year than this. */
  public static final double MAX_EVENTS_PER_ITERATION = 1e7;

  /** Event mode refuses a run expected to draw more loss magnitudes than this. */
  public static final double MAX_EVENT_DRAWS = 2e8;

  private final int threads;

  /** A simulator that uses up to {@code threads} threads (1: the calling thread only). */
  public Simulator(int threads) {
    if (threads < 1) {
      throw FairException.of("threads", "must be at least 1, got " + threads);
    }
    this.threads = threads;
  }

  /** A simulator that uses every available processor. */
  public static Simulator allProcessors() {
    return new Simulator(Runtime.getRuntime().availableProcessors());
  }

  /** The number of threads this simulator uses at most. */
  public int threads() {
    return threads;
  }

  /** Simulates and summarises. */
  public Simulation run(Scenario scenario, Settings settings) {
    return new Simulation(scenario, settings, Summary.of(losses(scenario, settings)));
  }

  /**
   * The annualised loss of each iteration, in iteration order; a new array the caller owns.
   *
   * @throws FairException when event mode would draw too many loss events
   */
  public double[] losses(Scenario scenario, Settings settings) {
    if (settings.mode() == Mode.EVENT) {
      checkEventBudget(scenario, settings);
    }
    double[] losses = new double[settings.iterations()];
    int chunks = (settings.iterations() + CHUNK - 1) / CHUNK;
    if (threads == 1 || chunks == 1) {
      for (int c = 0; c < chunks; c++) {
        chunk(scenario, settings, c, losses);
      }
      return losses;
    }
    try (ForkJoinPool pool = new ForkJoinPool(Math.min(threads, chunks))) {
      pool.submit(() ->
              IntStream.range(0, chunks)
                  .parallel()
                  .forEach(c -> chunk(scenario, settings, c, losses)))
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while simulating", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
    return losses;
  }

  private static void chunk(Scenario scenario, Settings settings, int chunk, double[] out) {
    int from = chunk * CHUNK;
    int to = Math.min(from + CHUNK, out.length);
    Draws d = new Draws(scenario, settings.seed(), chunk);
    switch (settings.mode()) {
      case PRODUCT -> product(d, out, from, to);
      case EVENT -> events(d, out, from, to);
    }
  }

  private static void product(Draws d, double[] out, int from, int to) {
    if (d.reduced) {
      for (int i = from; i < to; i++) {
        double lef =
            d.threatEventFrequency.sample()
                * d.frequencyMultiplier()
                * d.vulnerability.sample()
                * d.vulnerabilityMultiplier();
        double magnitude = d.primaryLoss.sample();
        if (d.secondary) {
          magnitude += d.secondaryFrequency.sample() * d.secondaryLoss.sample();
        }
        out[i] = lef * magnitude * d.magnitudeMultiplier();
      }
    } else if (d.secondary) {
      for (int i = from; i < to; i++) {
        double lef = d.threatEventFrequency.sample() * d.vulnerability.sample();
        double magnitude =
            d.primaryLoss.sample() + d.secondaryFrequency.sample() * d.secondaryLoss.sample();
        out[i] = lef * magnitude;
      }
    } else {
      for (int i = from; i < to; i++) {
        out[i] =
            d.threatEventFrequency.sample() * d.vulnerability.sample() * d.primaryLoss.sample();
      }
    }
  }

  private static void events(Draws d, double[] out, int from, int to) {
    for (int i = from; i < to; i++) {
      double lef = d.threatEventFrequency.sample() * d.vulnerability.sample();
      double magnitudeMultiplier = 1;
      if (d.reduced) {
        lef *= d.frequencyMultiplier() * d.vulnerabilityMultiplier();
        magnitudeMultiplier = d.magnitudeMultiplier();
      }
      double secondaryChance = d.secondary ? d.secondaryFrequency.sample() : 0;
      if (lef > MAX_EVENTS_PER_ITERATION) {
        throw FairException.of(
            "mode",
            "event mode draws one magnitude per loss event, and an iteration drew a loss event"
                + " frequency of "
                + Numbers.plain(lef)
                + " a year (at most "
                + Numbers.plain(MAX_EVENTS_PER_ITERATION)
                + "); use product mode");
      }
      int events = lef > 0 ? PoissonSampler.of(d.eventCount, lef).sample() : 0;
      double loss = 0;
      for (int e = 0; e < events; e++) {
        loss += d.primaryLoss.sample();
        if (d.secondary && d.secondaryCoin.nextDouble() < secondaryChance) {
          loss += d.secondaryLoss.sample();
        }
      }
      out[i] = loss * magnitudeMultiplier;
    }
  }

  private static void checkEventBudget(Scenario scenario, Settings settings) {
    double vulnerability =
        switch (scenario.vulnerability()) {
          case Vulnerability.Given g -> g.probability().mean();
          case Vulnerability.FromCapability c -> 1;
        };
    double draws =
        scenario.threatEventFrequency().mean() * vulnerability * (double) settings.iterations();
    if (draws > MAX_EVENT_DRAWS) {
      throw FairException.of(
          "mode",
          "event mode would draw about "
              + String.format(Locale.ROOT, "%,.0f", draws)
              + " loss magnitudes (mean loss events a year × iterations), more than "
              + String.format(Locale.ROOT, "%,.0f", MAX_EVENT_DRAWS)
              + "; use product mode or fewer iterations");
    }
  }
}

package dev.bulwark.risk.fair;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * The samplers of one chunk of iterations: one per factor, each on its own stream, and one per
 * reduction on the reduction's own stream.
 */
final class Draws {
  private static final ContinuousSampler[] NONE = {};

  final ContinuousSampler threatEventFrequency;
  final ContinuousSampler vulnerability;
  final ContinuousSampler primaryLoss;
  final boolean secondary;
  final ContinuousSampler secondaryFrequency;
  final ContinuousSampler secondaryLoss;
  final UniformRandomProvider eventCount;
  final UniformRandomProvider secondaryCoin;
  final boolean reduced;
  private final ContinuousSampler[] frequencyCuts;
  private final ContinuousSampler[] vulnerabilityCuts;
  private final ContinuousSampler[] magnitudeCuts;

  Draws(Scenario scenario, long seed, int chunk) {
    long key = scenario.key();
    threatEventFrequency =
        switch (scenario.threatEventFrequency()) {
          case ThreatEventFrequency.Given g ->
              sampler(g.frequency(), Factor.THREAT_EVENT_FREQUENCY, seed, chunk, key);
          case ThreatEventFrequency.FromContact c -> {
            ContinuousSampler contact =
                sampler(c.contactFrequency(), Factor.CONTACT_FREQUENCY, seed, chunk, key);
            ContinuousSampler action =
                sampler(c.probabilityOfAction(), Factor.PROBABILITY_OF_ACTION, seed, chunk, key);
            yield () -> contact.sample() * action.sample();
          }
        };
    vulnerability =
        switch (scenario.vulnerability()) {
          case Vulnerability.Given g ->
              sampler(g.probability(), Factor.VULNERABILITY, seed, chunk, key);
          case Vulnerability.FromCapability c -> {
            ContinuousSampler capability =
                sampler(c.threatCapability(), Factor.THREAT_CAPABILITY, seed, chunk, key);
            ContinuousSampler resistance =
                sampler(c.resistanceStrength(), Factor.RESISTANCE_STRENGTH, seed, chunk, key);
            yield () -> capability.sample() > resistance.sample() ? 1 : 0;
          }
        };
    primaryLoss = sampler(scenario.primaryLoss(), Factor.PRIMARY_LOSS_MAGNITUDE, seed, chunk, key);
    SecondaryLoss sl = scenario.secondaryLoss();
    secondary = !sl.isNone();
    secondaryFrequency =
        sampler(sl.eventFrequency(), Factor.SECONDARY_LOSS_EVENT_FREQUENCY, seed, chunk, key);
    secondaryLoss = sampler(sl.magnitude(), Factor.SECONDARY_LOSS_MAGNITUDE, seed, chunk, key);
    eventCount = Streams.of(seed, chunk, Streams.keyed(key, Streams.EVENT_COUNT));
    secondaryCoin = Streams.of(seed, chunk, Streams.keyed(key, Streams.SECONDARY_COIN));
    List<Reduction> reductions = scenario.reductions();
    reduced = !reductions.isEmpty();
    frequencyCuts = cuts(reductions, Reduction.Target.THREAT_EVENT_FREQUENCY, seed, chunk);
    vulnerabilityCuts = cuts(reductions, Reduction.Target.VULNERABILITY, seed, chunk);
    magnitudeCuts = cuts(reductions, Reduction.Target.LOSS_MAGNITUDE, seed, chunk);
  }

  /** This iteration's multiplier of the threat event frequency: 1 without reductions. */
  double frequencyMultiplier() {
    return multiplier(frequencyCuts);
  }

  double vulnerabilityMultiplier() {
    return multiplier(vulnerabilityCuts);
  }

  double magnitudeMultiplier() {
    return multiplier(magnitudeCuts);
  }

  private static double multiplier(ContinuousSampler[] cuts) {
    double m = 1;
    for (ContinuousSampler cut : cuts) {
      m *= 1 - cut.sample();
    }
    return m;
  }

  private static ContinuousSampler[] cuts(
      List<Reduction> reductions, Reduction.Target target, long seed, int chunk) {
    if (reductions.isEmpty()) {
      return NONE;
    }
    return reductions.stream()
        .filter(r -> r.target() == target)
        .map(r -> r.fraction().sampler(Streams.of(seed, chunk, r.stream())))
        .toArray(ContinuousSampler[]::new);
  }

  private static ContinuousSampler sampler(
      Distribution d, Factor factor, long seed, int chunk, long key) {
    return d.sampler(Streams.of(seed, chunk, Streams.keyed(key, factor.stream())));
  }
}

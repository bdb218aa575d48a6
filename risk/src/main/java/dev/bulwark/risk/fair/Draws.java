package dev.bulwark.risk.fair;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/** The samplers of one chunk of iterations: one per factor, each on its own stream. */
final class Draws {
  final ContinuousSampler threatEventFrequency;
  final ContinuousSampler vulnerability;
  final ContinuousSampler primaryLoss;
  final boolean secondary;
  final ContinuousSampler secondaryFrequency;
  final ContinuousSampler secondaryLoss;
  final UniformRandomProvider eventCount;
  final UniformRandomProvider secondaryCoin;

  Draws(Scenario scenario, long seed, int chunk) {
    threatEventFrequency =
        switch (scenario.threatEventFrequency()) {
          case ThreatEventFrequency.Given g ->
              sampler(g.frequency(), Factor.THREAT_EVENT_FREQUENCY, seed, chunk);
          case ThreatEventFrequency.FromContact c -> {
            ContinuousSampler contact =
                sampler(c.contactFrequency(), Factor.CONTACT_FREQUENCY, seed, chunk);
            ContinuousSampler action =
                sampler(c.probabilityOfAction(), Factor.PROBABILITY_OF_ACTION, seed, chunk);
            yield () -> contact.sample() * action.sample();
          }
        };
    vulnerability =
        switch (scenario.vulnerability()) {
          case Vulnerability.Given g -> sampler(g.probability(), Factor.VULNERABILITY, seed, chunk);
          case Vulnerability.FromCapability c -> {
            ContinuousSampler capability =
                sampler(c.threatCapability(), Factor.THREAT_CAPABILITY, seed, chunk);
            ContinuousSampler resistance =
                sampler(c.resistanceStrength(), Factor.RESISTANCE_STRENGTH, seed, chunk);
            yield () -> capability.sample() > resistance.sample() ? 1 : 0;
          }
        };
    primaryLoss = sampler(scenario.primaryLoss(), Factor.PRIMARY_LOSS_MAGNITUDE, seed, chunk);
    SecondaryLoss sl = scenario.secondaryLoss();
    secondary = !sl.isNone();
    secondaryFrequency =
        sampler(sl.eventFrequency(), Factor.SECONDARY_LOSS_EVENT_FREQUENCY, seed, chunk);
    secondaryLoss = sampler(sl.magnitude(), Factor.SECONDARY_LOSS_MAGNITUDE, seed, chunk);
    eventCount = Streams.of(seed, chunk, Streams.EVENT_COUNT);
    secondaryCoin = Streams.of(seed, chunk, Streams.SECONDARY_COIN);
  }

  private static ContinuousSampler sampler(Distribution d, Factor factor, long seed, int chunk) {
    return d.sampler(Streams.of(seed, chunk, factor.stream()));
  }
}

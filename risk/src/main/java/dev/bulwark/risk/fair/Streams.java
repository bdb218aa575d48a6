package dev.bulwark.risk.fair;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The random streams of a run. Each chunk of iterations and each factor in it gets its own
 * xoroshiro128++ generator, seeded from (seed, chunk, stream) through SplitMix64's mixing function.
 * So a chunk's draws do not depend on which thread runs it or when, and one factor's draws do not
 * depend on how many numbers another factor's sampler consumed.
 */
final class Streams {
  /** Streams that belong to no factor. */
  static final int EVENT_COUNT = 100;

  static final int SECONDARY_COIN = 101;

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private Streams() {}

  static UniformRandomProvider of(long seed, int chunk, int stream) {
    long z = mix(seed);
    z = mix(z + GOLDEN_GAMMA * (chunk + 1L));
    z = mix(z ^ (GOLDEN_GAMMA * (stream + 1L)));
    long[] state = {mix(z + GOLDEN_GAMMA), mix(z + 2 * GOLDEN_GAMMA)};
    return RandomSource.XO_RO_SHI_RO_128_PP.create(state);
  }

  /** SplitMix64's finaliser (Stafford's variant 13): a bijection that scatters nearby inputs. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}

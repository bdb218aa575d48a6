package dev.bulwark.risk.fair;

import java.nio.charset.StandardCharsets;
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
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Streams() {}

  static UniformRandomProvider of(long seed, int chunk, long stream) {
    long z = mix(seed);
    z = mix(z + GOLDEN_GAMMA * (chunk + 1L));
    z = mix(z ^ (GOLDEN_GAMMA * (stream + 1L)));
    long[] state = {mix(z + GOLDEN_GAMMA), mix(z + 2 * GOLDEN_GAMMA)};
    return RandomSource.XO_RO_SHI_RO_128_PP.create(state);
  }

  /**
   * The stream of one of a scenario's own draws: the number itself for a scenario without a key (as
   * every scenario had before keys existed), else one scattered by the key, so that scenarios with
   * different keys draw independently under one seed.
   */
  static long keyed(long key, int stream) {
    return key == 0 ? stream : mix(mix(key) + stream);
  }

  /** SplitMix64's finaliser (Stafford's variant 13): a bijection that scatters nearby inputs. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A stable 64-bit hash of a name (FNV-1a over its UTF-8 bytes, then mixed); never 0. */
  static long hash(String name) {
    long h = FNV_OFFSET;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * FNV_PRIME;
    }
    long mixed = mix(h);
    return mixed == 0 ? 1 : mixed;
  }
}

package dev.bulwark.report.diagram;

import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFixtures;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Digests of the examples and the hostile model, analysed once per test run. */
final class Digests {
  private Digests() {}

  private static final Map<String, Digest> CACHE = new ConcurrentHashMap<>();

  static Digest example(String name) {
    return CACHE.computeIfAbsent(name, n -> Digest.of(ReportFixtures.example(n)));
  }

  static Digest hostile() {
    return CACHE.computeIfAbsent("(hostile)", n -> Digest.of(ReportFixtures.hostile()));
  }
}

package dev.bulwark.lifecycle.stale;

import dev.bulwark.lifecycle.gate.GateFinding;
import dev.bulwark.lifecycle.gate.StalenessProbe;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The gate's {@code stale-sources} check, answered from the git history by {@link Staleness}. */
public final class StalenessGate {
  private StalenessGate() {}

  /** A probe for models under this project root. */
  public static StalenessProbe probe(Path projectRoot) {
    return input -> verdict(Staleness.check(input.file(), input.model(), projectRoot));
  }

  /** One finding per change since the review; or why nothing could be judged. */
  static StalenessProbe.Verdict verdict(StaleResult result) {
    return switch (result.verdict()) {
      case FRESH -> new StalenessProbe.Verdict(List.of(), Optional.empty());
      case STALE ->
          new StalenessProbe.Verdict(
              result.changes().stream()
                  .map(c ->
                      new GateFinding(
                          c.position(),
                          c.path()
                              + " changed after the model's review: "
                              + c.shortCommit()
                              + " on "
                              + c.date().toLocalDate()
                              + " by "
                              + c.author()
                              + " ("
                              + c.subject()
                              + ")",
                          c.key()))
                  .toList(),
              Optional.empty());
      case NO_SOURCES ->
          new StalenessProbe.Verdict(List.of(), Optional.of("the model names no sources"));
      case INVALID, UNREADABLE ->
          new StalenessProbe.Verdict(
              List.of(),
              Optional.of(
                  String.join(
                      "; ",
                      result.failures().stream().map(StaleResult.Failure::message).toList())));
    };
  }
}

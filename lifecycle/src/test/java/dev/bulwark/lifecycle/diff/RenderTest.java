package dev.bulwark.lifecycle.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Severity;
import dev.bulwark.model.TriageStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the renderers do beyond the golden pairs: caps, escaping, long values, the empty diff. */
class RenderTest {
  @Test
  void markdownCapsEachListAndCountsTheRest() {
    List<EntryChange> changes =
        IntStream.range(0, 30).mapToObj(i -> added(String.format("c%02d", i))).toList();
    List<ThreatChange> threats = new ArrayList<>();
    for (int i = 0; i < 27; i++) {
      threats.add(appeared("BW-X-" + i + "@c", "T", Severity.LOW));
    }
    ModelDiff diff =
        new ModelDiff(
            "a",
            "b",
            changes,
            Optional.of(new ThreatDiff(threats, RiskTotals.NONE, new RiskTotals(27, 27, 27))));

    String markdown = DiffFormat.MARKDOWN.render(diff);

    assertThat(markdown).contains("- added component `c24`\n").doesNotContain("`c25`");
    assertThat(markdown).contains("- … and 5 more model changes");
    assertThat(markdown).contains("- … and 2 more threat changes");
    assertThat(markdown).contains("**Threats: 27 appeared; risk 0 → 27 (+27)**");
    assertThat(DiffFormat.TEXT.render(diff)).contains("  + component c29\n");
  }

  @Test
  void markdownEscapesModelText() {
    ModelDiff diff =
        new ModelDiff(
            "a",
            "b",
            List.of(added("x`<b>")),
            Optional.of(
                new ThreatDiff(
                    List.of(appeared("fp", "<img src=x onerror=alert(1)> *bold*", Severity.HIGH)),
                    RiskTotals.NONE,
                    new RiskTotals(1, 1, 8))));

    String markdown = DiffFormat.MARKDOWN.render(diff);

    assertThat(markdown).contains("added component ``x`<b>``");
    assertThat(markdown).contains("&lt;img src=x onerror=alert(1)&gt; \\*bold\\*");
    assertThat(markdown).doesNotContain("<img");
  }

  @Test
  void longValuesAreShortenedInTextButWholeInJson() {
    String long1 = "a".repeat(200);
    FieldChange description =
        FieldChange.value(
            "description", FieldChange.Form.VALUE, Optional.of(long1), Optional.empty());
    ModelDiff diff =
        new ModelDiff(
            "a",
            "b",
            List.of(
                new EntryChange(
                    "flows", "flow", "f", Change.CHANGED, List.of(description), Optional.empty())),
            Optional.empty());

    assertThat(DiffFormat.TEXT.render(diff))
        .contains("description " + "a".repeat(79) + "… → (none)")
        .contains("Threats: not compared");
    assertThat(DiffFormat.JSON.render(diff)).contains(long1).contains("\"threats\": null");
  }

  @Test
  void emptyDiffSaysSoInEveryFormat() {
    ModelDiff empty = new ModelDiff("a", "b", List.of(), Optional.empty());

    assertThat(DiffFormat.TEXT.render(empty)).isEqualTo("a → b\nNo security-relevant changes.\n");
    assertThat(DiffFormat.MARKDOWN.render(empty)).endsWith("No security-relevant changes.\n");
    assertThat(DiffFormat.JSON.render(empty)).contains("\"empty\": true");
  }

  private static EntryChange added(String id) {
    return new EntryChange(
        "components", "component", id, Change.ADDED, List.of(), Optional.empty());
  }

  private static ThreatChange appeared(String fingerprint, String title, Severity severity) {
    return new ThreatChange(
        fingerprint,
        Optional.empty(),
        Optional.of(new ThreatState(title, severity, TriageStatus.OPEN, false)),
        false);
  }
}

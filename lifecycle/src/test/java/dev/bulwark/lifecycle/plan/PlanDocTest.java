package dev.bulwark.lifecycle.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.lifecycle.stale.StaleResult;
import dev.bulwark.model.Wire;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/plan.md and docs/staleness.md stay true to the code: the policy, its keys, verdicts. */
class PlanDocTest {
  private static String doc(String name) throws IOException {
    return Files.readString(Path.of("../docs/" + name));
  }

  @Test
  void thePlanPageShowsTheDefaultPolicyAsShipped() throws IOException {
    assertThat(doc("plan.md")).contains("```yaml\n" + PlanPolicy.defaultText() + "```\n");
  }

  @Test
  void thePlanPageDescribesEveryFactorAndLevel() throws IOException {
    String doc = doc("plan.md");
    for (Factor factor : Factor.values()) {
      String row =
          doc.lines()
              .filter(line -> line.startsWith("| `" + factor.key() + "` |"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no row for factor " + factor.key()));
      factor.levels().forEach(level -> assertThat(row).contains("`" + level + "`"));
    }
    assertThat(doc).contains("`" + Factor.OTHER + "`");
  }

  @Test
  void thePlanPageDescribesEveryKeyOfAPolicy() throws IOException {
    String doc = doc("plan.md");
    for (String key :
        new String[] {
          "`bulwark-plan`",
          "`points`",
          "`tiers`",
          "`tiers[].tier`",
          "`tiers[].title`",
          "`tiers[].min-score`",
          "`tiers[].description`",
          "`tiers[].activities`",
          "`activities`",
          "`activities[].id`",
          "`activities[].title`",
          "`activities[].description`",
          "`points.<factor>.<level>`",
        }) {
      assertThat(doc).as(key).contains("| " + key + " |", key);
    }
    assertThat(doc)
        .contains("| `" + PlanPolicyReader.FORMAT_KEY + "` |")
        .contains("`{points: N, minimum-tier: T}`");
  }

  @Test
  void theStalenessPageGivesEveryVerdictItsExitCode() throws IOException {
    String doc = doc("staleness.md");
    for (StaleResult.Verdict verdict : StaleResult.Verdict.values()) {
      assertThat(doc)
          .as(verdict.name())
          .contains("| " + verdict.exitCode() + " | `" + Wire.name(verdict) + "` |");
    }
  }
}

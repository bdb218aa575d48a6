package dev.bulwark.lifecycle.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The policy used without --policy: what docs/gate.md promises, shown there verbatim. */
class DefaultPolicyTest {
  @Test
  void isTheDocumentedOne() {
    Policy policy = Policy.defaults();
    assertThat(policy.source()).isEqualTo("the default policy");
    assertThat(policy.modelWarnings()).isFalse();
    assertThat(policy.openThreats()).contains(Severity.CRITICAL);
    assertThat(policy.newThreats()).contains(Severity.HIGH);
    assertThat(policy.expiredAcceptances()).isTrue();
    assertThat(policy.staleTriage()).isTrue();
    assertThat(policy.owners()).isEqualTo(Set.of(OwnerField.MODEL, OwnerField.ACCEPTANCES));
    assertThat(policy.maxRisk()).isEmpty();
    assertThat(policy.maxAnnualLoss()).isEmpty();
    assertThat(policy.staleSources()).isFalse();
  }

  @Test
  void docsShowTheShippedFileVerbatim() throws IOException {
    String docs = Files.readString(Path.of("../docs/gate.md"));
    assertThat(docs).contains("```yaml\n" + Policy.defaultText() + "```\n");
  }

  @Test
  void docsDescribeEveryCheckAndOptionThePolicyTakesAndPromiseNoneForLater() throws IOException {
    String docs = Files.readString(Path.of("../docs/gate.md"));
    PolicyReader.OPTIONS.forEach((check, options) -> {
      assertThat(docs).as("the section of " + check).contains("### `" + check + "`\n");
      for (String option : options) {
        assertThat(docs).as(check + "'s option " + option).contains("| `" + option + "` |");
      }
    });
    // Every check and option the reader accepts is judged by this build (max-annual-loss too).
    assertThat(docs).doesNotContainIgnoringCase("not available yet");
  }
}

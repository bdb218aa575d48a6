package dev.bulwark.analysis.adtree;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Feeds arbitrary bytes to the YAML tree reader: whatever the input, it returns a tree or throws an
 * {@link AdTreeException} whose message starts with the file's name, never anything else. A tree it
 * returns must write back to YAML that reads to an equal tree, and must evaluate.
 *
 * <p>Fuzzes for {@code -Dfuzz.seconds} in its own surefire execution (analysis/pom.xml); {@code
 * ./mvnw -pl analysis test -Dfuzz.seconds=600} fuzzes longer. Seeds and crashes live in {@code
 * src/test/resources/dev/bulwark/analysis/adtree/TreeYamlFuzzTestInputs/}.
 */
class TreeYamlFuzzTest {
  @FuzzTest(maxDuration = "20s")
  void anyBytesGiveATreeOrAnAdTreeException(byte[] input) {
    AdTree tree;
    try {
      tree = TreeYaml.read("fuzz.yaml", new String(input, StandardCharsets.UTF_8));
    } catch (AdTreeException e) {
      assertThat(e.getMessage()).startsWith("fuzz.yaml");
      return;
    }
    String written = TreeYaml.write(tree);
    assertThat(TreeYaml.read("again.yaml", written)).as(written).isEqualTo(tree);
    assertThat(Evaluator.evaluate(tree).domains()).hasSize(Domain.values().length);
  }
}

package dev.bulwark.analysis.adtree;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Feeds arbitrary bytes to the ADTool XML reader: whatever the input, it returns a tree or throws
 * an {@link AdTreeException} whose message starts with the file's name, never anything else. A tree
 * it returns must export to XML that imports to an equal tree.
 *
 * <p>Fuzzes for {@code -Dfuzz.seconds} in its own surefire execution (analysis/pom.xml). Seeds and
 * crashes live in {@code src/test/resources/dev/bulwark/analysis/adtree/AdtoolXmlFuzzTestInputs/}.
 */
class AdtoolXmlFuzzTest {
  @FuzzTest(maxDuration = "20s")
  void anyBytesGiveATreeOrAnAdTreeException(byte[] input) {
    AdTree tree;
    try {
      tree = AdtoolXml.read("fuzz.xml", new String(input, StandardCharsets.UTF_8)).tree();
    } catch (AdTreeException e) {
      assertThat(e.getMessage()).startsWith("fuzz.xml");
      return;
    }
    String exported = AdtoolXml.write(tree);
    assertThat(AdtoolXml.read("again.xml", exported).tree()).as(exported).isEqualTo(tree);
    assertThat(Evaluator.evaluate(tree).domains()).hasSize(Domain.values().length);
  }
}

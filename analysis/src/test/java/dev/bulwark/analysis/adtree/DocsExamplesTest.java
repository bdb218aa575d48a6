package dev.bulwark.analysis.adtree;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The examples in docs/attack-trees.md read, and say what the page says they say. */
class DocsExamplesTest {
  private static String block(String language) throws IOException {
    String page = Files.readString(Path.of("../docs/attack-trees.md"));
    Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(page);
    assertThat(m.find()).as("a %s block in the page", language).isTrue();
    return m.group(1);
  }

  @Test
  void theYamlExampleIsTheCounteredTree() throws IOException {
    AdTree tree = TreeYaml.read("docs.yaml", block("yaml"));
    Evaluation e = Evaluator.evaluate(tree);
    assertThat(e.root(Domain.MIN_COST)).contains(700.0);
    assertThat(e.cheapest().orElseThrow().leaves()).containsExactly("sqli", "waf-bypass");
  }

  @Test
  void theXmlExampleImports() throws IOException {
    AdTree tree = AdtoolXml.read("docs.xml", block("xml")).tree();
    assertThat(tree.index().get("web-application-firewall").role()).isEqualTo(Role.DEFENCE);
    assertThat(tree.index().get("sql-injection-in-search").attributes().cost()).contains(500.0);
  }
}

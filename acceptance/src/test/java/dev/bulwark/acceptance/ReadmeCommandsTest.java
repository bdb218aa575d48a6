package dev.bulwark.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a newcomer does on a fresh clone: the README's two commands. The main command runs through
 * the real launcher (the CLI jar is already packaged when this module's tests run); the test
 * command is the one CI runs.
 */
class ReadmeCommandsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void readmeGivesExactlyTwoSetUpCommands() throws IOException {
    assertThat(setUpCommands()).hasSize(2);
    assertThat(setUpCommands().get(0)).startsWith("./bulwark ");
    assertThat(setUpCommands().get(1)).isEqualTo("./mvnw verify");
  }

  @Test
  void ciRunsExactlyTheReadmeTestCommand() throws IOException {
    List<String> ciLines = Files.readAllLines(ROOT.resolve(".ci/run"));
    assertThat(ciLines).contains(setUpCommands().get(1));
  }

  @Test
  void theMainCommandRunsThroughTheLauncher() throws Exception {
    Run run = bash(setUpCommands().get(0), Map.of());
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("online-shop: ", " threats, ", "BW-", "Root causes");
  }

  @Test
  void theLauncherSaysWhatToInstallWhenThereIsNoJdk() throws Exception {
    // java 17 or no java on the PATH, no JAVA_HOME, no JVM folders: nothing usable.
    Run run =
        bash(
            "./bulwark --version",
            Map.of(
                "JAVA_HOME", "", "BULWARK_JVM_DIRS", "/nonexistent", "PATH", "/nonexistent:/bin"));
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.output())
        .contains("no Java 21 or newer found", "Install a JDK 21 or newer", "JAVA_HOME");
  }

  /** The command lines in the README's first code block. */
  private static List<String> setUpCommands() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int start = readme.indexOf("```bash\n") + "```bash\n".length();
    int end = readme.indexOf("```", start);
    return readme
        .substring(start, end)
        .lines()
        .map(line -> line.replaceAll("\\s+#.*$", "").strip())
        .filter(line -> !line.isEmpty())
        .toList();
  }

  private static Run bash(String command, Map<String, String> environment) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("bash", "-c", command)
            .directory(ROOT.toFile())
            .redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
    return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  private record Run(int exitCode, String output) {}
}

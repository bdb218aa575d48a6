package dev.bulwark.lifecycle.stale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.lifecycle.stale.StaleResult.Failure;
import dev.bulwark.model.Position;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which repository paths a {@code sources} entry covers; the model sits in {@code /r/model}. */
class SourcePatternTest {
  private static final Path ROOT = Path.of("/r");

  private static SourcePattern pattern(String written) {
    List<Failure> failures = new ArrayList<>();
    SourcePattern p =
        SourcePattern.resolve(
                written, Position.startOf("m.yaml"), ROOT.resolve("model"), ROOT, ROOT, failures)
            .orElseThrow();
    assertThat(failures).isEmpty();
    return p;
  }

  @ParameterizedTest(name = "{0} covers {1}: {2}")
  @CsvSource({
    "src, model/src, true",
    "src, model/src/A.java, true",
    "src, model/src2/A.java, false",
    "src/, model/src/deep/A.java, true",
    "./src, model/src/A.java, true",
    "../api, api/v1/X.java, true",
    "../api, model/api/X.java, false",
    "., model/anything, true",
    "., other/anything, false",
    "'..', other/anything, true",
    "'*.java', model/A.java, true",
    "'*.java', model/src/A.java, false",
    "'*.java', model/A.javax, false",
    "'src/*/api', model/src/pay/api/P.java, true",
    "'src/*/api', model/src/pay/web/P.java, false",
    "'src/*/api', model/src/a/b/api/P.java, false",
    "'src/**/api', model/src/a/b/api/P.java, true",
    "'src/**/api', model/src/api/P.java, true",
    "'src/**', model/src/x, true",
    "'**/*.proto', model/a/b/c.proto, true",
    "'**/*.proto', model/c.proto, true",
    "'**/*.proto', other/c.proto, false",
    "'v?.yaml', model/v1.yaml, true",
    "'v?.yaml', model/v10.yaml, false",
    "'a+b(c)*.txt', model/a+b(c)1.txt, true",
    "'a+b(c)*.txt', model/aab(c)1.txt, false",
  })
  void coverage(String written, String path, boolean covered) {
    assertThat(pattern(written).matches(path)).isEqualTo(covered);
  }
}

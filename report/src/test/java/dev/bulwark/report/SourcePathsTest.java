package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Position;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Model-file paths relative to the project root, and as URI references. */
class SourcePathsTest {
  private static final Path ROOT = Path.of("/repo");

  @Test
  void filesUnderTheRootBecomeRelative() {
    assertThat(SourcePaths.relative(ROOT, "/repo/models/shop/bulwark.yaml"))
        .isEqualTo("models/shop/bulwark.yaml");
    assertThat(SourcePaths.relative(ROOT, "/repo/models/../shop/./bulwark.yaml"))
        .isEqualTo("shop/bulwark.yaml");
    assertThat(SourcePaths.place(ROOT, new Position("/repo/a.yaml", 12, 5)))
        .isEqualTo("a.yaml:12:5");
  }

  @Test
  void filesOutsideTheRootKeepTheirName() {
    assertThat(SourcePaths.relative(ROOT, "/elsewhere/bulwark.yaml"))
        .isEqualTo("/elsewhere/bulwark.yaml");
    assertThat(SourcePaths.relative(ROOT, "<memory>")).isEqualTo("<memory>");
  }

  @Test
  void uriReferencesEncodeWhatCouldBeMisread() {
    assertThat(SourcePaths.uri("models/shop-1/bulwark_v2.yaml"))
        .isEqualTo("models/shop-1/bulwark_v2.yaml");
    assertThat(SourcePaths.uri("my models/ä#1:x?.yaml"))
        .isEqualTo("my%20models/%C3%A4%231%3Ax%3F.yaml");
  }
}

package dev.bulwark.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void readablePeerIdsAreKept() {
    assertThat(Ids.readable("web-service")).isTrue();
    assertThat(Ids.readable("cc_data.v2")).isTrue();
    assertThat(Ids.readable("f0ba7722-39b6-4c81-8290-a30a248bb8d9")).isFalse();
    assertThat(Ids.readable("b61d6911-338d-46a8-9f39-8dcd24abfe91.alb")).isFalse();
    assertThat(Ids.readable("55")).isFalse();
    assertThat(Ids.readable("with space")).isFalse();
    assertThat(Ids.readable("3f2a9c1e0b7d4e6fa1c2")).isFalse();
  }

  @Test
  void slugsAreLowerCaseWordsWithoutAccents() {
    assertThat(Ids.slug("Background\nWorker Process")).isEqualTo("background-worker-process");
    assertThat(Ids.slug("Café – Zürich!")).isEqualTo("cafe-zurich");
    assertThat(Ids.slug("0.0.0.0/0")).isEqualTo("0-0-0-0-0");
    assertThat(Ids.slug("???")).isEmpty();
    // 48 characters at most, cut after a whole word
    assertThat(Ids.slug("An adversary can gain unauthorized access to Azure Postgres DB instances"))
        .isEqualTo("an-adversary-can-gain-unauthorized-access-to");
  }

  @Test
  void candidatesPreferTheIdThenTheNameThenTheFallback() {
    assertThat(Ids.candidate("web", "Web Server", "x")).isEqualTo(new Ids.Candidate("web", true));
    assertThat(Ids.candidate("55", "Weak TLS", "x"))
        .isEqualTo(new Ids.Candidate("weak-tls", false));
    assertThat(Ids.candidate("55", "", "threat")).isEqualTo(new Ids.Candidate("55", false));
    assertThat(Ids.candidate("", "", "flow")).isEqualTo(new Ids.Candidate("flow", false));
  }

  @Test
  void clashesGetSuffixesInOrderAndKeptIdsNeverGiveWay() {
    List<String> ids =
        Ids.assign(
            List.of(
                new Ids.Candidate("api", false),
                new Ids.Candidate("api", false),
                new Ids.Candidate("api", true),
                new Ids.Candidate("API", false)));
    assertThat(ids).containsExactly("api-2", "api-3", "api", "API-4");
  }
}

package dev.bulwark.interop.tmt;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;

/**
 * Feeds arbitrary text to the generation-filter parser: it returns a filter that reads back the
 * same from its own {@link Filter#show()}, or throws a {@link FilterSyntaxException} whose offset
 * lies within the text; nothing else.
 *
 * <p>Fuzzes for {@code -Dfuzz.seconds} in its own surefire execution (interop/pom.xml). Seeds live
 * in {@code src/test/resources/dev/bulwark/interop/tmt/TmtFilterFuzzTestInputs/}.
 */
class TmtFilterFuzzTest {
  @FuzzTest(maxDuration = "20s")
  void anyTextParsesOrFailsAtAPlaceInIt(String text) {
    if (text == null) {
      return; // Jazzer also passes null; the parser is only ever given an element's text
    }
    Optional<Filter> filter;
    try {
      filter = FilterParser.parse(text);
    } catch (FilterSyntaxException e) {
      assertThat(e.offset()).isBetween(0, Math.max(text.length(), 0));
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    if (filter.isPresent()) {
      assertThat(FilterParser.parse(filter.get().show())).contains(filter.get());
    } else {
      assertThat(text).isBlank();
    }
  }
}

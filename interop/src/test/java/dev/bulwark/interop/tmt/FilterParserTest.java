package dev.bulwark.interop.tmt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.interop.tmt.Filter.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FilterParserTest {
  /** Every Include and Exclude of both sample files that is not empty. */
  @Test
  void everyFilterInTheSamplesParsesAndReadsBackTheSame() {
    List<String> filters = new ArrayList<>();
    for (var file : List.of(Samples.MODEL, Samples.TEMPLATE)) {
      Matcher m =
          Pattern.compile("<(?:a:)?(Include|Exclude)>([^<]*)</").matcher(Samples.text(file));
      while (m.find()) {
        filters.add(m.group(2).replace("&apos;", "'").replace("&amp;", "&"));
      }
    }
    // counted with grep: the .tm7 has 191 includes and 22 exclusions (169 more are <a:Exclude/>),
    // the .tb7 has 47 includes and 11 exclusions (36 more are <Exclude />)
    assertThat(filters).hasSize(191 + 22 + 47 + 11);
    for (String text : filters) {
      Filter filter = FilterParser.parse(text).orElseThrow();
      assertThat(FilterParser.parse(filter.show())).as(text).contains(filter);
    }
  }

  @Test
  void andBindsTighterThanOrAndNotTighterThanAnd() {
    assertThat(parse("source is 'A' or target is 'B' and flow is 'C'").show())
        .isEqualTo("(source is 'A' or (target is 'B' and flow is 'C'))");
    assertThat(parse("not source is 'A' and target is 'B'").show())
        .isEqualTo("(not source is 'A' and target is 'B')");
    assertThat(parse("(source is 'A' or target is 'B') and flow crosses 'GE.TB.B'").show())
        .isEqualTo("((source is 'A' or target is 'B') and flow crosses 'GE.TB.B')");
  }

  @Test
  void aValueWithASingleQuoteIsShownInDoubleQuotes() {
    // Jazzer: show() put such a value in single quotes, which did not parse back
    Filter filter = parse("target is \"it's\" or flow crosses \"a'b\"");
    assertThat(filter.show()).isEqualTo("(target is \"it's\" or flow crosses \"a'b\")");
    assertThat(parse(filter.show())).isEqualTo(filter);
  }

  @Test
  void keywordsAndRolesIgnoreCase() {
    assertThat(parse("SOURCE Is 'GE.P' AND Flow CROSSES 'GE.TB.L' Or NOT target.x IS 'y'"))
        .isEqualTo(
            new Filter.Or(
                new Filter.And(
                    new Filter.IsStencil(Role.SOURCE, "GE.P"), new Filter.Crosses("GE.TB.L")),
                new Filter.Not(new Filter.HasValue(Role.TARGET, "x", "y"))));
  }

  @Test
  void propertiesAndValuesAsWritten() {
    assertThat(parse("target.80fe9520-5f00-4480-ad47-f2fd75dede82 is 'Azure' "))
        .isEqualTo(
            new Filter.HasValue(Role.TARGET, "80fe9520-5f00-4480-ad47-f2fd75dede82", "Azure"));
    assertThat(parse("flow is \"SE.DF.TMCore.HTTPS\""))
        .isEqualTo(new Filter.IsStencil(Role.FLOW, "SE.DF.TMCore.HTTPS"));
    assertThat(parse("source is 'SE.DS.TMCore.SQL '"))
        .isEqualTo(new Filter.IsStencil(Role.SOURCE, "SE.DS.TMCore.SQL"));
  }

  @Test
  void aBlankFilterIsNone() {
    assertThat(FilterParser.parse("")).isEmpty();
    assertThat(FilterParser.parse("  \n ")).isEmpty();
  }

  @Test
  void evaluationFollowsTheFacts() {
    Filter.Facts facts =
        new FakeFacts(
            Map.of(Role.SOURCE, Set.of("ge.ei"), Role.TARGET, Set.of("ge.p", "se.p.tmcore.webapi")),
            Map.of("target.storeslogdata", "Yes"),
            Set.of("ge.tb.b"));
    assertThat(parse("source is 'GE.EI' and target is 'se.p.tmcore.WebAPI'").test(facts)).isTrue();
    assertThat(parse("source is 'GE.P'").test(facts)).isFalse();
    assertThat(parse("target.storesLogData is 'yes'").test(facts)).isTrue();
    assertThat(parse("not target.storesLogData is 'Yes'").test(facts)).isFalse();
    assertThat(parse("target.other is 'Yes'").test(facts)).isFalse();
    assertThat(parse("flow crosses 'GE.TB.L' or flow crosses 'GE.TB.B'").test(facts)).isTrue();
    assertThat(parse("flow crosses 'GE.TB.L'").test(facts)).isFalse();
  }

  @Test
  void errorsNameTheOffsetAndWhatWasExpected() {
    assertError("source is 'GE.P", 10, "no closing '");
    assertError("source is GE.P", 10, "expected a quoted value after 'is', found 'GE.P'");
    assertError("source 'GE.P'", 7, "expected 'is' or 'crosses'");
    assertError("origin is 'GE.P'", 0, "expected 'source', 'target' or 'flow', found 'origin'");
    assertError("source crosses 'GE.TB.B'", 0, "only 'flow' crosses a boundary");
    assertError("(source is 'A'", 14, "expected ')', found the end of the filter");
    assertError("source is 'A')", 13, "expected 'and', 'or' or the end of the filter, found ')'");
    assertError("source is 'A' and", 17, "found the end of the filter");
    assertError("source is 'A' & target is 'B'", 14, "unexpected character '&'");
    assertError("target. is 'A'", 7, "expected a property name after 'target.'");
    assertError("(".repeat(101) + "source is 'A'" + ")".repeat(101), 100, "nests deeper than 100");
    assertError("not ".repeat(101) + "source is 'A'", 400, "nests deeper than 100");
    assertError("x".repeat(FilterParser.MAX_LENGTH + 1), FilterParser.MAX_LENGTH, "longer than");
  }

  private static Filter parse(String text) {
    return FilterParser.parse(text).orElseThrow();
  }

  private static void assertError(String text, int offset, String message) {
    assertThatThrownBy(() -> FilterParser.parse(text))
        .isInstanceOfSatisfying(
            FilterSyntaxException.class, e -> assertThat(e.offset()).isEqualTo(offset))
        .hasMessageContaining(message);
  }

  private record FakeFacts(
      Map<Role, Set<String>> types, Map<String, String> properties, Set<String> crossed)
      implements Filter.Facts {
    @Override
    public boolean is(Role role, String stencil) {
      return types
          .getOrDefault(role, Set.of())
          .contains(stencil.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public Optional<String> property(Role role, String name) {
      return Optional.ofNullable(
          properties.get(role.word() + "." + name.toLowerCase(java.util.Locale.ROOT)));
    }

    @Override
    public boolean crosses(String stencil) {
      return crossed.contains(stencil.toLowerCase(java.util.Locale.ROOT));
    }
  }
}

package dev.bulwark.model.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Model;
import dev.bulwark.model.Positions;
import dev.bulwark.model.format.Cardinality;
import dev.bulwark.model.format.Field;
import dev.bulwark.model.format.Shape;
import dev.bulwark.model.format.Shapes;
import dev.bulwark.model.parse.ModelParser;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.ParseResult;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Writing a model and parsing the text gives back the same model, and writing that again gives the
 * same text.
 *
 * <p>Models are generated from the {@link Shapes} of the format's records, so a field added to a
 * record is covered without touching this test; the assertion compares the records themselves, so
 * it does not share the parser's view of the format. Text fields get the strings YAML is most
 * likely to get wrong: ones that read as null, booleans or numbers, indicators, comments, leading
 * and trailing spaces, line breaks and control characters, and arbitrary code points.
 */
class RoundTripPropertyTest {
  private static final ParseLimits LIMITS = ParseLimits.DEFAULTS;

  @Property(tries = 500)
  void writtenModelParsesBackEqual(@ForAll("models") Model model) {
    assertRoundTrips(model);
  }

  /** Found by the property: the writer left these plain, and the parser read them as null. */
  @Example
  void textSpeltLikeNullOrBooleansInAnyCaseStaysText() {
    for (String text : List.of("Null", "NULL", "nUlL", "~", "True", "FALSE", "tRUE")) {
      assertRoundTrips(withDescription(text));
    }
  }

  /** Found by the property: a literal block holding NEL that snakeyaml-engine cannot read back. */
  @Example
  void oldLineBreaksAreWrittenEscaped() {
    for (String text : List.of("\n\u0085a", "\u0085", "a\u2028b", "\n\u2029")) {
      assertRoundTrips(withDescription(text));
    }
  }

  private static void assertRoundTrips(Model model) {
    String yaml = ModelWriter.yaml(model);

    ParseResult parsed =
        ModelParser.parse("round-trip.yaml", yaml.getBytes(StandardCharsets.UTF_8), LIMITS);

    assertThat(parsed.problems()).as("problems parsing:\n%s", yaml).isEmpty();
    assertThat(parsed.model()).as("model of:\n%s", yaml).isPresent();
    assertThat(parsed.model().orElseThrow())
        .as("model of:\n%s", yaml)
        .usingRecursiveComparison()
        .ignoringFieldsOfTypes(Positions.class)
        .isEqualTo(model);
    assertThat(ModelWriter.yaml(parsed.model().orElseThrow())).isEqualTo(yaml);
  }

  private static Model withDescription(String text) {
    return new Model(
        Model.FORMAT_VERSION,
        "m",
        "t",
        Optional.of(text),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        Positions.NONE);
  }

  @Provide
  Arbitrary<Model> models() {
    return record(Model.class);
  }

  /** A record of the format with every field drawn from its type. */
  private static <T extends Record> Arbitrary<T> record(Class<T> type) {
    Shape shape = Shapes.of(type);
    List<Arbitrary<Object>> fields = new ArrayList<>();
    for (Field field : shape.fields()) {
      fields.add(field(type, field));
    }
    return Combinators.combine(fields)
        .as(values -> type.cast(shape.construct(values.toArray(), Positions.NONE)));
  }

  private static Arbitrary<Object> field(Class<?> owner, Field field) {
    Arbitrary<?> value = value(owner, field);
    if (field.cardinality() == Cardinality.LIST) {
      int most = owner == Model.class ? 4 : 3;
      return value.list().ofMaxSize(most).map(list -> list);
    }
    if (field.cardinality() == Cardinality.MAP) {
      return Arbitraries.maps(Arbitraries.oneOf(ids(), texts()), value).ofMaxSize(3).map(m -> m);
    }
    if (field.isOptionalType()) {
      return value.optional(0.6).map(optional -> optional);
    }
    return value.map(present -> present);
  }

  private static Arbitrary<?> value(Class<?> owner, Field field) {
    return switch (field.type()) {
      case STRING -> {
        if (field.key().equals("id")) {
          yield ids();
        }
        yield field.isReference() ? Arbitraries.oneOf(ids(), texts()) : texts();
      }
      case INTEGER ->
          owner == Model.class && field.key().equals("bulwark")
              ? Arbitraries.just(Model.FORMAT_VERSION)
              : field.valueClass() == long.class || field.valueClass() == Long.class
                  ? Arbitraries.longs().between(Math.max(field.min(), -1_000_000), field.max())
                  : Arbitraries.integers()
                      .between(
                          (int) Math.max(field.min(), -1_000_000),
                          (int) Math.min(field.max(), 1_000_000));
      case BOOLEAN -> Arbitraries.of(true, false);
      case DATE ->
          Arbitraries.integers()
              .between(1, 9999)
              .flatMap(year ->
                  Arbitraries.integers()
                      .between(1, LocalDate.of(year, 1, 1).lengthOfYear())
                      .map(day -> LocalDate.ofYearDay(year, day)));
      case ENUM -> Arbitraries.of(field.valueClass().getEnumConstants());
      case RECORD -> record(field.valueClass().asSubclass(Record.class));
    };
  }

  /**
   * Ids as the format allows them: letters, digits, '.', '_', '-', starting with no punctuation.
   */
  private static Arbitrary<String> ids() {
    Arbitrary<String> first =
        Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofLength(1);
    Arbitrary<String> rest =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .withChars('.', '_', '-')
            .ofMaxLength(12);
    Arbitrary<String> tricky =
        Arbitraries.of("yes", "no", "null", "true", "123", "0x1f", "1e3", "1.0");
    return Arbitraries.frequencyOf(
        Tuple.of(1, tricky), Tuple.of(4, Combinators.combine(first, rest).as(String::concat)));
  }

  private static Arbitrary<String> texts() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(TRICKY)),
        Tuple.of(3, Arbitraries.strings().withChars(YAML_CHARS).ofMaxLength(16)),
        Tuple.of(
            2,
            Combinators.combine(Arbitraries.of(TRICKY), Arbitraries.of(TRICKY))
                .as((a, b) -> a + b)),
        Tuple.of(2, codePoints()));
  }

  /** Any Unicode text, control characters included; lone surrogates cannot be written as UTF-8. */
  private static Arbitrary<String> codePoints() {
    return Arbitraries.integers()
        .between(0, Character.MAX_CODE_POINT)
        .filter(point -> point < Character.MIN_SURROGATE || point > Character.MAX_SURROGATE)
        .list()
        .ofMaxSize(12)
        .map(points -> {
          StringBuilder text = new StringBuilder();
          points.forEach(text::appendCodePoint);
          return text.toString();
        });
  }

  private static final String YAML_CHARS =
      "ab :#-?'\"\\\n\r\t{}[],&*!|>%@` \u00a0\u0085\u2028\ufeff";

  private static final List<String> TRICKY =
      List.of(
          "",
          " ",
          "yes",
          "No",
          "on",
          "null",
          "Null",
          "NULL",
          "~",
          "true",
          "False",
          "TRUE",
          "123",
          "-1",
          "+1",
          "007",
          "0x1F",
          "0o17",
          "1e3",
          ".5",
          "1_000",
          ".inf",
          "-.Inf",
          ".NaN",
          "2027-06-30",
          "12:30:00",
          " leading",
          "trailing ",
          "a: b",
          "key:",
          ": value",
          "#comment",
          "a #b",
          "- item",
          "-",
          "?",
          "? key",
          "[x]",
          "{y: z}",
          "'single'",
          "\"double\"",
          "&anchor",
          "*alias",
          "!tag",
          "!!str",
          "%YAML 1.2",
          "@at",
          "`tick",
          "|",
          ">-",
          "---",
          "...",
          "multi\nline",
          "trailing newline\n",
          "\n",
          "windows\r\nline",
          "tab\there",
          "\t",
          "nel\u0085here",
          "ls\u2028ps\u2029",
          "\ufeffbom",
          "bell\u0007",
          "nul\u0000",
          "del\u007f",
          "é ü ß 漢字",
          "😀 emoji",
          "\\backslash",
          "x-extension",
          "<<",
          "=");
}

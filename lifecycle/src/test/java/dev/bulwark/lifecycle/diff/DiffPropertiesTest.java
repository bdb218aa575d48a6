package dev.bulwark.lifecycle.diff;

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
import dev.bulwark.model.write.Json;
import dev.bulwark.model.write.ModelWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the diff over models drawn from the format's {@link Shapes} (so fields added to the
 * format are covered): a model against a shuffled, rewritten copy of itself gives no change;
 * diff(b, a) is diff(a, b) reversed. Ids and values come from small pools, so that two drawn models
 * share keys and differ in some fields, as two versions of one model do.
 */
class DiffPropertiesTest {
  private static final List<String> IDS = List.of("a", "b", "c", "d");
  private static final List<String> TEXTS =
      List.of("x", "y z", "", "null", "true", "12", "a: b", "#c", " lead", "line\nbreak", "ü");

  @Property(tries = 200)
  void shuffledRewrittenCopyDiffersInNothing(
      @ForAll("models") Model model, @ForAll long seed, @ForAll boolean asJson) {
    Model copy = reparse(shuffle(model, new Random(seed)), asJson);

    ModelDiff diff = Differ.diff(snapshot("a", model), snapshot("b", copy));

    assertThat(diff.changes()).as(ModelWriter.yaml(model)).isEmpty();
    assertThat(diff.isEmpty()).isTrue();
  }

  @Property(tries = 200)
  void diffBackwardsIsDiffForwardsReversed(
      @ForAll("models") Model before, @ForAll("models") Model after) {
    ModelDiff forwards = Differ.diff(snapshot("a", before), snapshot("b", after));
    ModelDiff backwards = Differ.diff(snapshot("b", after), snapshot("a", before));

    assertThat(backwards).isEqualTo(forwards.reversed());
    assertThat(backwards.count(Change.ADDED)).isEqualTo(forwards.count(Change.REMOVED));
  }

  @Property(tries = 50)
  void aModelDiffersFromItselfInNothing(@ForAll("models") Model model) {
    assertThat(Differ.diff(snapshot("a", model), snapshot("a", model)).isEmpty()).isTrue();
  }

  private static Snapshot snapshot(String label, Model model) {
    return new Snapshot(label, model, Optional.empty());
  }

  /** The model written as canonical YAML, or as JSON, and parsed again: new positions. */
  private static Model reparse(Model model, boolean asJson) {
    String text = asJson ? Json.write(ModelWriter.tree(model)) : ModelWriter.yaml(model);
    ParseResult parsed =
        ModelParser.parse(
            asJson ? "copy.json" : "copy.yaml",
            text.getBytes(StandardCharsets.UTF_8),
            ParseLimits.DEFAULTS);
    assertThat(parsed.problems()).as(text).isEmpty();
    return parsed.model().orElseThrow();
  }

  /** Every list shuffled at every level, but the model's rule packs, whose order has a meaning. */
  @SuppressWarnings("unchecked")
  private static <T extends Record> T shuffle(T record, Random random) {
    Shape shape = Shapes.of(record.getClass());
    Object[] values = new Object[shape.fields().size()];
    for (int i = 0; i < values.length; i++) {
      Field field = shape.fields().get(i);
      Object value = field.read(record);
      if (value instanceof List<?> list) {
        List<Object> items = new ArrayList<>();
        for (Object item : list) {
          items.add(item instanceof Record nested ? shuffle(nested, random) : item);
        }
        if (!(record instanceof Model && field.key().equals("rules"))) { // packs apply in order
          Collections.shuffle(items, random);
        }
        value = items;
      } else if (value instanceof Optional<?> optional
          && optional.orElse(null) instanceof Record r) {
        value = Optional.of(shuffle(r, random));
      }
      values[i] = value;
    }
    return (T) shape.construct(values, shape.positionsOf(record));
  }

  @Provide
  Arbitrary<Model> models() {
    return record(Model.class);
  }

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
      return value.list().ofMaxSize(owner == Model.class ? 4 : 3).map(list -> list);
    }
    if (field.cardinality() == Cardinality.MAP) {
      return Arbitraries.maps(Arbitraries.of(IDS), value).ofMaxSize(2).map(map -> map);
    }
    if (field.isOptionalType()) {
      return value.optional(0.5).map(optional -> optional);
    }
    return value.map(present -> present);
  }

  private static Arbitrary<?> value(Class<?> owner, Field field) {
    return switch (field.type()) {
      case STRING ->
          field.key().equals("id") || field.isReference()
              ? Arbitraries.of(IDS)
              : Arbitraries.of(TEXTS);
      case INTEGER ->
          owner == Model.class
              ? Arbitraries.just(Model.FORMAT_VERSION)
              : field.valueClass() == long.class || field.valueClass() == Long.class
                  ? Arbitraries.longs().between(Math.max(field.min(), -3), Math.min(field.max(), 3))
                  : Arbitraries.integers()
                      .between((int) Math.max(field.min(), -3), (int) Math.min(field.max(), 3));
      case BOOLEAN -> Arbitraries.of(true, false);
      case DATE -> Arbitraries.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30));
      case ENUM -> Arbitraries.of(field.valueClass().getEnumConstants());
      case RECORD -> record(field.valueClass().asSubclass(Record.class));
    };
  }
}

package dev.bulwark.model.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Doc;
import dev.bulwark.model.Model;
import dev.bulwark.model.PublishedFile;
import dev.bulwark.model.Wire;
import dev.bulwark.model.format.Field;
import dev.bulwark.model.format.FieldType;
import dev.bulwark.model.format.Shape;
import dev.bulwark.model.format.Shapes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/model-reference.md is generated from the records of the format, like the schema, so it
 * cannot drift from the code; {@code -Dgolden.update=true} rewrites it.
 */
class ModelReferenceTest {
  private static final Path REFERENCE = Path.of("../docs/model-reference.md");

  @Test
  void referenceIsUpToDate() {
    PublishedFile.assertUpToDate(REFERENCE, reference());
  }

  @Test
  void everyFieldAndValueIsDocumented() {
    for (Shape shape : shapes()) {
      assertThat(shape.doc()).as(shape.name()).isNotBlank();
      for (Field field : shape.fields()) {
        assertThat(field.doc()).as(shape.name() + "." + field.key()).isNotBlank();
        if (field.type() == FieldType.ENUM) {
          for (Object constant : field.valueClass().getEnumConstants()) {
            assertThat(Shapes.doc((Enum<?>) constant)).as(constant.toString()).isNotBlank();
          }
        }
      }
    }
  }

  static String reference() {
    StringBuilder out = new StringBuilder();
    out.append("# Model format reference (format ").append(Model.FORMAT_VERSION).append(")\n\n");
    out.append("Generated from the model records by `ModelReferenceTest`; do not edit by hand.\n");
    out.append("The guide is [model-format.md](model-format.md).\n");
    SequencedSet<Class<?>> enums = new LinkedHashSet<>();
    for (Shape shape : shapes()) {
      out.append("\n## ").append(shape.name()).append("\n\n").append(shape.doc()).append("\n\n");
      out.append("| key | value | required | description |\n| --- | --- | --- | --- |\n");
      for (Field field : shape.fields()) {
        out.append("| `").append(field.key()).append("` | ").append(type(field));
        out.append(" | ").append(required(field)).append(" | ").append(field.doc()).append(" |\n");
        if (field.type() == FieldType.ENUM) {
          enums.add(field.valueClass());
        }
      }
    }
    out.append("\n## Values\n");
    for (Class<?> type : enums) {
      out.append("\n### ").append(type.getSimpleName()).append("\n\n");
      Doc typeDoc = type.getAnnotation(Doc.class);
      if (typeDoc != null) {
        out.append(typeDoc.value()).append("\n\n");
      }
      for (Object constant : type.getEnumConstants()) {
        out.append("- `").append(Wire.name((Enum<?>) constant)).append("`: ");
        out.append(Shapes.doc((Enum<?>) constant)).append('\n');
      }
    }
    return out.toString();
  }

  /** The model and every record reachable from it, in order of first use. */
  private static List<Shape> shapes() {
    List<Shape> shapes = new ArrayList<>();
    List<Class<? extends Record>> pending = new ArrayList<>(List.of(Model.class));
    while (!pending.isEmpty()) {
      Shape shape = Shapes.of(pending.removeFirst());
      if (shapes.contains(shape)) {
        continue;
      }
      shapes.add(shape);
      for (Field field : shape.fields()) {
        if (field.type() == FieldType.RECORD) {
          @SuppressWarnings("unchecked")
          Class<? extends Record> nested = (Class<? extends Record>) field.valueClass();
          pending.add(nested);
        }
      }
    }
    return shapes;
  }

  private static String type(Field field) {
    String item =
        switch (field.type()) {
          case STRING ->
              field.isReference()
                  ? "id of a "
                      + field.refKinds().stream()
                          .map(kind -> kind.label())
                          .collect(Collectors.joining(" or "))
                  : field.key().equals("id") ? "id" : "text";
          case INTEGER ->
              field.min() == Integer.MIN_VALUE || field.min() == Long.MIN_VALUE
                  ? "integer"
                  : field.max() == Long.MAX_VALUE
                      ? "integer ≥ " + field.min()
                      : "integer " + field.min() + "–" + field.max();
          case BOOLEAN -> "true or false";
          case DATE -> "date (YYYY-MM-DD)";
          case ENUM, RECORD -> {
            String name = field.valueClass().getSimpleName();
            yield "[" + name + "](#" + name.toLowerCase(java.util.Locale.ROOT) + ")";
          }
        };
    return switch (field.cardinality()) {
      case LIST -> "list of " + item;
      case MAP -> "mapping of names to " + item;
      case REQUIRED, OPTIONAL -> item;
    };
  }

  private static String required(Field field) {
    return switch (field.cardinality()) {
      case REQUIRED -> "yes";
      case LIST, MAP -> "no (empty)";
      case OPTIONAL -> field.defaultValue().map(value -> "no (`" + value + "`)").orElse("no");
    };
  }
}

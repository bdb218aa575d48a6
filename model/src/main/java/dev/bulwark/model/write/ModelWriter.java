package dev.bulwark.model.write;

import dev.bulwark.model.Model;
import dev.bulwark.model.Wire;
import dev.bulwark.model.format.Cardinality;
import dev.bulwark.model.format.Field;
import dev.bulwark.model.format.Shape;
import dev.bulwark.model.format.Shapes;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes a model as canonical YAML: fields in format order, left-out values and defaults omitted,
 * quoting where YAML needs it. Parsing the output gives back an equal model.
 */
public final class ModelWriter {
  private static final DumpSettings SETTINGS =
      DumpSettings.builder()
          .setDefaultFlowStyle(FlowStyle.BLOCK)
          .setIndent(2)
          .setIndicatorIndent(2)
          .setIndentWithIndicator(true)
          .setWidth(100)
          .setSplitLines(true)
          .build();

  private ModelWriter() {}

  /** The model as YAML text. */
  public static String yaml(Model model) {
    return new Dump(SETTINGS).dumpToString(tree(model));
  }

  /** The model as plain maps, lists and scalars, in format order (for YAML or JSON output). */
  public static Map<String, Object> tree(Record element) {
    Shape shape = Shapes.of(element.getClass());
    Map<String, Object> out = new LinkedHashMap<>();
    for (Field field : shape.fields()) {
      Object value = field.read(element);
      if (value instanceof Optional<?> optional) {
        if (optional.isEmpty()) {
          continue;
        }
        value = optional.get();
      }
      if (value instanceof List<?> list && list.isEmpty()) {
        continue;
      }
      Object plain = plain(value);
      if (field.cardinality() == Cardinality.OPTIONAL
          && field
              .defaultValue()
              .map(fallback -> fallback.equals(String.valueOf(plain)))
              .orElse(false)) {
        continue;
      }
      out.put(field.key(), plain);
    }
    return out;
  }

  private static Object plain(Object value) {
    return switch (value) {
      case Enum<?> constant -> Wire.name(constant);
      case LocalDate date -> date.toString();
      case Record nested -> tree(nested);
      case List<?> list -> list.stream().map(ModelWriter::plain).toList();
      default -> value;
    };
  }
}

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
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.RepresentToNode;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

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
          .setSchema(new ParserSchema())
          .build();

  private ModelWriter() {}

  /** The model as YAML text. */
  public static String yaml(Model model) {
    return new Dump(SETTINGS, new Representer()).dumpToString(tree(model));
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
      if (value instanceof List<?> list && list.isEmpty()
          || value instanceof Map<?, ?> map && map.isEmpty()) {
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
      case Map<?, ?> map -> {
        Map<Object, Object> out = new LinkedHashMap<>();
        map.forEach((key, item) -> out.put(key, plain(item)));
        yield out;
      }
      default -> value;
    };
  }

  /**
   * The YAML 1.2 core schema, plus every spelling the parser reads as null or a boolean (it ignores
   * case), so that text spelt like one is quoted rather than written plain and read back as
   * nothing. The default JSON schema would write {@code Null}, {@code NULL} or {@code ~} plain.
   */
  private static final class ParserSchema extends CoreSchema {
    private static final Pattern NULL = Pattern.compile("(?i)null|~");
    private static final Pattern BOOLEAN = Pattern.compile("(?i)true|false");

    private final ScalarResolver core = super.getScalarResolver();

    @Override
    public ScalarResolver getScalarResolver() {
      return (value, implicit) -> {
        if (Boolean.TRUE.equals(implicit) && NULL.matcher(value).matches()) {
          return Tag.NULL;
        }
        if (Boolean.TRUE.equals(implicit) && BOOLEAN.matcher(value).matches()) {
          return Tag.BOOL;
        }
        return core.resolve(value, implicit);
      };
    }
  }

  /**
   * Writes text holding U+0085 (NEL), U+2028 or U+2029 double-quoted, where they are escaped.
   * snakeyaml-engine's scanner takes them for line breaks (as YAML 1.1 did), so a literal block or
   * plain scalar holding one can be written in a form the same library cannot read back.
   */
  private static final class Representer extends StandardRepresenter {
    private static final Pattern OLD_BREAKS = Pattern.compile("[\u0085\u2028\u2029]");

    Representer() {
      super(SETTINGS);
      RepresentToNode text = representers.get(String.class);
      representers.put(
          String.class,
          data ->
              OLD_BREAKS.matcher((String) data).find()
                  ? representScalar(Tag.STR, (String) data, ScalarStyle.DOUBLE_QUOTED)
                  : text.representData(data));
    }
  }
}

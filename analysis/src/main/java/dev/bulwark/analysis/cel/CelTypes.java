package dev.bulwark.analysis.cel;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The types user rules see, declared so that the checker catches a misspelt field or a comparison
 * of text with a number before any model is read. At run time the values are plain maps (see {@link
 * Activations}); CEL selects a map's keys as it would a struct's fields.
 */
final class CelTypes {
  private static final CelType STRINGS = ListType.create(SimpleType.STRING);

  static final StructType NODE =
      struct(
          "bulwark.Node",
          Map.ofEntries(
              Map.entry("id", SimpleType.STRING),
              Map.entry("kind", SimpleType.STRING),
              Map.entry("isActor", SimpleType.BOOL),
              Map.entry("isComponent", SimpleType.BOOL),
              Map.entry("zone", SimpleType.STRING),
              Map.entry("trust", SimpleType.INT),
              Map.entry("exposure", SimpleType.STRING),
              Map.entry("hopsFromInternet", SimpleType.INT),
              Map.entry("technology", SimpleType.STRING),
              Map.entry("customCode", SimpleType.BOOL),
              Map.entry("accepts", STRINGS),
              Map.entry("processes", STRINGS),
              Map.entry("stores", STRINGS),
              Map.entry("encryptionAtRest", SimpleType.STRING),
              Map.entry("controls", STRINGS),
              Map.entry("owner", SimpleType.STRING),
              Map.entry("description", SimpleType.STRING),
              Map.entry("tags", STRINGS)));

  static final StructType FLOW =
      struct(
          "bulwark.Flow",
          Map.ofEntries(
              Map.entry("id", SimpleType.STRING),
              Map.entry("from", SimpleType.STRING),
              Map.entry("to", SimpleType.STRING),
              Map.entry("protocol", SimpleType.STRING),
              Map.entry("authentication", SimpleType.STRING),
              Map.entry("authorization", SimpleType.STRING),
              Map.entry("data", STRINGS),
              Map.entry("controls", STRINGS),
              Map.entry("description", SimpleType.STRING),
              Map.entry("tags", STRINGS)));

  static final StructType DATA =
      struct(
          "bulwark.Data",
          Map.ofEntries(
              Map.entry("id", SimpleType.STRING),
              Map.entry("classification", SimpleType.STRING),
              Map.entry("confidentiality", SimpleType.STRING),
              Map.entry("integrity", SimpleType.STRING),
              Map.entry("availability", SimpleType.STRING),
              Map.entry("personal", SimpleType.BOOL),
              Map.entry("sensitive", SimpleType.BOOL),
              Map.entry("description", SimpleType.STRING),
              Map.entry("tags", STRINGS)));

  static final StructType ZONE =
      struct(
          "bulwark.Zone",
          Map.ofEntries(
              Map.entry("id", SimpleType.STRING),
              Map.entry("trust", SimpleType.INT),
              Map.entry("kind", SimpleType.STRING),
              Map.entry("parent", SimpleType.STRING),
              Map.entry("description", SimpleType.STRING),
              Map.entry("tags", STRINGS)));

  static final StructType INTERACTION =
      struct(
          "bulwark.Interaction",
          Map.ofEntries(
              Map.entry("id", SimpleType.STRING),
              Map.entry("flow", FLOW),
              Map.entry("source", NODE),
              Map.entry("target", NODE),
              Map.entry("left", STRINGS),
              Map.entry("entered", STRINGS),
              Map.entry("crossesBoundary", SimpleType.BOOL),
              Map.entry("entersMoreTrusted", SimpleType.BOOL),
              Map.entry("trustGap", SimpleType.INT),
              Map.entry("encrypted", SimpleType.BOOL),
              Map.entry("authenticated", SimpleType.BOOL),
              Map.entry("network", SimpleType.BOOL),
              Map.entry("carriesSensitive", SimpleType.BOOL),
              Map.entry("controls", STRINGS),
              Map.entry("data", ListType.create(DATA))));

  static final StructType MODEL =
      struct(
          "bulwark.Model",
          Map.ofEntries(
              Map.entry("id", SimpleType.STRING),
              Map.entry("title", SimpleType.STRING),
              Map.entry("owner", SimpleType.STRING),
              Map.entry("criticality", SimpleType.STRING),
              Map.entry("compliance", STRINGS)));

  static final CelType INTERACTIONS = ListType.create(INTERACTION);
  static final CelType NODES = ListType.create(NODE);

  static final CelTypeProvider PROVIDER =
      new CelTypeProvider() {
        private final ImmutableList<CelType> types =
            ImmutableList.of(NODE, FLOW, DATA, ZONE, INTERACTION, MODEL);

        @Override
        public ImmutableCollection<CelType> types() {
          return types;
        }

        @Override
        public Optional<CelType> findType(String name) {
          return types.stream().filter(t -> t.name().equals(name)).findFirst();
        }
      };

  private CelTypes() {}

  private static StructType struct(String name, Map<String, CelType> fields) {
    Map<String, CelType> sorted = new LinkedHashMap<>();
    fields.keySet().stream().sorted().forEach(k -> sorted.put(k, fields.get(k)));
    return StructType.create(
        name,
        ImmutableSet.copyOf(sorted.keySet()),
        field -> Optional.ofNullable(sorted.get(field)));
  }
}

package dev.bulwark.knowledge;

import dev.bulwark.model.Control;
import dev.bulwark.model.MitigationCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The built-in countermeasure catalogue, one YAML file per area under {@code countermeasures/}. The
 * files ship inside the jar and are checked by tests, so a malformed one is a build bug.
 */
public final class Countermeasures {
  /** The catalogue's files, in the order their entries are listed. */
  static final List<String> AREAS =
      List.of(
          "web",
          "identity",
          "network",
          "data",
          "supply-chain",
          "cloud",
          "kubernetes",
          "llm",
          "messaging",
          "devices",
          "privacy",
          "general");

  private static final Countermeasures BUILT_IN = load();

  private final Map<String, Countermeasure> byId;

  private Countermeasures(Map<String, Countermeasure> byId) {
    this.byId = byId;
  }

  /** The catalogue shipped with Bulwark. */
  public static Countermeasures builtIn() {
    return BUILT_IN;
  }

  public Optional<Countermeasure> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Collection<Countermeasure> all() {
    return byId.values();
  }

  private static Countermeasures load() {
    Map<String, Countermeasure> byId = new LinkedHashMap<>();
    for (String area : AREAS) {
      for (Countermeasure c : read(area)) {
        if (byId.putIfAbsent(c.id(), c) != null) {
          throw new IllegalStateException("countermeasure " + c.id() + " is defined twice");
        }
      }
    }
    return new Countermeasures(byId);
  }

  @SuppressWarnings("unchecked")
  private static List<Countermeasure> read(String area) {
    String resource = "countermeasures/" + area + ".yaml";
    try (InputStream in = Countermeasures.class.getResourceAsStream(resource)) {
      if (in == null) {
        return List.of();
      }
      Object doc = new Load(LoadSettings.builder().build()).loadFromInputStream(in);
      if (doc == null) {
        return List.of();
      }
      return ((List<Map<String, Object>>) doc)
          .stream().map(entry -> entry(resource, entry)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassCastException e) {
      throw new IllegalStateException(resource + ": expected a list of countermeasures", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Countermeasure entry(String resource, Map<String, Object> e) {
    try {
      return new Countermeasure(
          (String) e.get("id"),
          (String) e.get("title"),
          MitigationCategory.valueOf(upper((String) e.get("category"))),
          Optional.ofNullable((String) e.get("control")).map(c -> Control.valueOf(upper(c))),
          ((String) e.get("action")).strip(),
          ((String) e.get("verification")).strip(),
          (List<String>) e.getOrDefault("asvs", List.of()),
          (List<String>) e.getOrDefault("nist", List.of()),
          (List<String>) e.getOrDefault("attack", List.of()));
    } catch (RuntimeException ex) {
      throw new IllegalStateException(resource + ": bad countermeasure " + e.get("id"), ex);
    }
  }

  private static String upper(String kebab) {
    return kebab.replace('-', '_').toUpperCase(Locale.ROOT);
  }
}

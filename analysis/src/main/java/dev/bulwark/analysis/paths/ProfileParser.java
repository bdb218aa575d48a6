package dev.bulwark.analysis.paths;

import dev.bulwark.analysis.paths.Selector.Element;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Wire;
import dev.bulwark.model.problem.Suggestions;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads a profiles file: checks every key and value against what is allowed and collects every
 * problem with the place it was written; a file with any problem yields no profiles.
 */
final class ProfileParser {
  static final String FORMAT_KEY = "bulwark-profiles";
  static final int MAX_PROFILES = 20;
  static final int MAX_CHARS = 1 << 20;

  private static final List<String> FILE_KEYS = List.of(FORMAT_KEY, "profiles");
  private static final List<String> PROFILE_KEYS =
      List.of(
          "id",
          "title",
          "description",
          "origin",
          "origin-trust",
          "starts-at",
          "reaches",
          "credentials",
          "skill");
  private static final List<String> SELECTOR_KEYS =
      List.of(
          "is",
          "ids",
          "actor-kinds",
          "component-kinds",
          "exposure",
          "zones",
          "trust-below",
          "trust-at-least",
          "outsider");

  private final String label;
  private final List<String> problems = new ArrayList<>();

  private ProfileParser(String label) {
    this.label = label;
  }

  /** The profiles in the text, or every problem that stops them (as a {@link ProfileException}). */
  static List<AttackerProfile> parse(String label, String text) {
    ProfileParser parser = new ProfileParser(label);
    List<AttackerProfile> profiles = parser.read(text);
    if (!parser.problems.isEmpty()) {
      throw new ProfileException(parser.inFileOrder());
    }
    return profiles;
  }

  /** The problems by line and column; found in the order checked, which is not the file's. */
  private List<String> inFileOrder() {
    List<String> sorted = new ArrayList<>(problems);
    sorted.sort(
        Comparator.comparingInt((String p) -> place(p, 0)).thenComparingInt(p -> place(p, 1)));
    return sorted;
  }

  /** The line (0) or column (1) of a problem written as {@code label:line:col: …}. */
  private int place(String problem, int which) {
    String[] parts = problem.substring(label.length() + 1).split(":", 3);
    return Integer.parseInt(parts[which]);
  }

  private List<AttackerProfile> read(String text) {
    if (text.length() > MAX_CHARS) {
      problems.add(label + ":1:1: the file is larger than 1 MiB; a profiles file is small");
      return List.of();
    }
    if (text.indexOf('\0') >= 0) {
      problems.add(label + ":1:1: the file contains a NUL byte, so it is not YAML text");
      return List.of();
    }
    Optional<Node> root;
    try {
      LoadSettings settings =
          LoadSettings.builder()
              .setLabel(label)
              .setCodePointLimit(MAX_CHARS + 1)
              .setMaxAliasesForCollections(0)
              .build();
      Composer composer =
          new Composer(
              settings,
              new ParserImpl(settings, new StreamReader(settings, new StringReader(text))));
      root = composer.getSingleNode();
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      String what = e.getProblem() == null ? "unreadable YAML" : firstLine(e.getProblem());
      problems.add(position(mark) + ": not YAML: " + what);
      return List.of();
    } catch (RuntimeException e) {
      // The YAML library reports a few malformed inputs with other exceptions (a bad escape, a
      // second document, an alias); none of them may escape as a crash.
      problems.add(label + ":1:1: not YAML: " + firstLine(String.valueOf(e.getMessage())));
      return List.of();
    }
    if (root.isEmpty() || !(root.get() instanceof MappingNode file)) {
      problems.add(
          root.map(this::at).orElse(label + ":1:1")
              + ": expected a mapping with 'bulwark-profiles: 1' and 'profiles'");
      return List.of();
    }
    Map<String, NodeTuple> keys = keys(file, FILE_KEYS, "the file");
    NodeTuple format = keys.get(FORMAT_KEY);
    if (format == null) {
      problems.add(at(file) + ": 'bulwark-profiles: 1' is missing (the format version)");
    } else if (!"1".equals(scalar(format.getValueNode()).orElse(""))) {
      problems.add(at(format.getValueNode()) + ": this build reads bulwark-profiles 1 only");
    }
    NodeTuple list = keys.get("profiles");
    if (list == null) {
      problems.add(at(file) + ": 'profiles' is missing: a list of profiles");
      return List.of();
    }
    if (!(list.getValueNode() instanceof SequenceNode items) || items.getValue().isEmpty()) {
      problems.add(at(list.getValueNode()) + ": 'profiles' must be a list of at least one profile");
      return List.of();
    }
    if (items.getValue().size() > MAX_PROFILES) {
      problems.add(
          at(items.getValue().get(MAX_PROFILES))
              + ": at most "
              + MAX_PROFILES
              + " profiles in a file");
      return List.of();
    }
    List<AttackerProfile> profiles = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node item : items.getValue()) {
      profile(item, ids).ifPresent(profiles::add);
    }
    return profiles;
  }

  private Optional<AttackerProfile> profile(Node node, Set<String> seen) {
    if (!(node instanceof MappingNode mapping)) {
      problems.add(at(node) + ": expected a profile: a mapping with id, title and starts-at");
      return Optional.empty();
    }
    int before = problems.size();
    Map<String, NodeTuple> keys = keys(mapping, PROFILE_KEYS, "a profile");
    Optional<String> id = required(keys, "id", mapping);
    id.ifPresent(value -> {
      Node where = keys.get("id").getValueNode();
      if (!AttackerProfile.ID.matcher(value).matches()) {
        problems.add(
            at(where)
                + ": profile id '"
                + value
                + "' must be lower-case letters, digits and '-' (at most 64)");
      } else if (!seen.add(value)) {
        problems.add(at(where) + ": a second profile with id '" + value + "'");
      }
    });
    Optional<String> title = required(keys, "title", mapping);
    String description = text(keys, "description").orElse("");
    String origin = text(keys, "origin").orElse("internet");
    int originTrust = number(keys, "origin-trust", 0, 100).orElse(0);
    List<Selector> startsAt = selectors(keys, "starts-at");
    List<Selector> reaches = selectors(keys, "reaches");
    List<Selector> credentials = selectors(keys, "credentials");
    Skill skill =
        Optional.ofNullable(keys.get("skill"))
            .flatMap(t -> enumValue(Skill.class, t.getValueNode(), "skill"))
            .orElse(Skill.INTERMEDIATE);
    if (!keys.containsKey("starts-at") && !keys.containsKey("reaches")) {
      problems.add(at(mapping) + ": a profile needs 'starts-at' or 'reaches': somewhere to begin");
    }
    if (problems.size() > before || id.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new AttackerProfile(
            id.get(),
            title.get(),
            description,
            origin,
            originTrust,
            startsAt,
            reaches,
            credentials,
            skill));
  }

  private List<Selector> selectors(Map<String, NodeTuple> keys, String key) {
    NodeTuple tuple = keys.get(key);
    if (tuple == null) {
      return List.of();
    }
    if (!(tuple.getValueNode() instanceof SequenceNode list) || list.getValue().isEmpty()) {
      problems.add(
          at(tuple.getValueNode()) + ": '" + key + "' must be a list of at least one selector");
      return List.of();
    }
    List<Selector> selectors = new ArrayList<>();
    for (Node item : list.getValue()) {
      selector(item).ifPresent(selectors::add);
    }
    return selectors;
  }

  private Optional<Selector> selector(Node node) {
    if (!(node instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
      problems.add(
          at(node)
              + ": expected a selector: a mapping with at least one of "
              + String.join(", ", SELECTOR_KEYS));
      return Optional.empty();
    }
    int before = problems.size();
    Map<String, NodeTuple> keys = keys(mapping, SELECTOR_KEYS, "a selector");
    Optional<Element> element =
        Optional.ofNullable(keys.get("is"))
            .flatMap(t -> enumValue(Element.class, t.getValueNode(), "is"));
    List<String> ids = words(keys, "ids");
    List<ActorKind> actorKinds = enums(keys, "actor-kinds", ActorKind.class);
    List<ComponentKind> componentKinds = enums(keys, "component-kinds", ComponentKind.class);
    List<Exposure> exposure = enums(keys, "exposure", Exposure.class);
    List<String> zones = words(keys, "zones");
    OptionalInt below = optionalInt(number(keys, "trust-below", 0, 100));
    OptionalInt atLeast = optionalInt(number(keys, "trust-at-least", 0, 100));
    Optional<Boolean> outsider =
        Optional.ofNullable(keys.get("outsider")).flatMap(t -> bool(t.getValueNode()));
    if (problems.size() > before || keys.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Selector(
            ids, actorKinds, componentKinds, exposure, zones, below, atLeast, outsider, element));
  }

  /** The mapping's entries by key; unknown, repeated or non-scalar keys are problems. */
  private Map<String, NodeTuple> keys(MappingNode mapping, List<String> allowed, String what) {
    Map<String, NodeTuple> keys = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Optional<String> key = scalar(tuple.getKeyNode());
      if (key.isEmpty()) {
        problems.add(at(tuple.getKeyNode()) + ": a key must be a plain word");
      } else if (!allowed.contains(key.get())) {
        problems.add(
            at(tuple.getKeyNode())
                + ": unknown key '"
                + key.get()
                + "' in "
                + what
                + "; "
                + Suggestions.hintWithAllowed(key.get(), allowed));
      } else if (keys.putIfAbsent(key.get(), tuple) != null) {
        problems.add(at(tuple.getKeyNode()) + ": '" + key.get() + "' is given twice");
      }
    }
    return keys;
  }

  private Optional<String> required(Map<String, NodeTuple> keys, String key, Node owner) {
    if (!keys.containsKey(key)) {
      problems.add(at(owner) + ": a profile needs '" + key + "'");
      return Optional.empty();
    }
    Optional<String> value = text(keys, key);
    if (value.isPresent() && value.get().isBlank()) {
      problems.add(at(keys.get(key).getValueNode()) + ": '" + key + "' must not be empty");
      return Optional.empty();
    }
    return value;
  }

  private Optional<String> text(Map<String, NodeTuple> keys, String key) {
    NodeTuple tuple = keys.get(key);
    if (tuple == null) {
      return Optional.empty();
    }
    Optional<String> value = scalar(tuple.getValueNode());
    if (value.isEmpty()) {
      problems.add(at(tuple.getValueNode()) + ": '" + key + "' must be text");
    }
    return value;
  }

  private Optional<Integer> number(Map<String, NodeTuple> keys, String key, int min, int max) {
    NodeTuple tuple = keys.get(key);
    if (tuple == null) {
      return Optional.empty();
    }
    Optional<String> value = scalar(tuple.getValueNode());
    if (value.isPresent() && value.get().matches("[0-9]{1,3}")) {
      int number = Integer.parseInt(value.get());
      if (number >= min && number <= max) {
        return Optional.of(number);
      }
    }
    problems.add(
        at(tuple.getValueNode())
            + ": '"
            + key
            + "' must be a whole number from "
            + min
            + " to "
            + max);
    return Optional.empty();
  }

  private Optional<Boolean> bool(Node node) {
    Optional<String> value = scalar(node);
    if (value.isPresent() && (value.get().equals("true") || value.get().equals("false"))) {
      return Optional.of(Boolean.parseBoolean(value.get()));
    }
    problems.add(at(node) + ": 'outsider' must be true or false");
    return Optional.empty();
  }

  private List<String> words(Map<String, NodeTuple> keys, String key) {
    NodeTuple tuple = keys.get(key);
    if (tuple == null) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (Node item : items(tuple, key)) {
      Optional<String> word = scalar(item);
      if (word.isEmpty() || word.get().isBlank()) {
        problems.add(at(item) + ": '" + key + "' lists ids: plain words");
      } else {
        words.add(word.get());
      }
    }
    return words;
  }

  private <E extends Enum<E>> List<E> enums(
      Map<String, NodeTuple> keys, String key, Class<E> type) {
    NodeTuple tuple = keys.get(key);
    if (tuple == null) {
      return List.of();
    }
    List<E> values = new ArrayList<>();
    for (Node item : items(tuple, key)) {
      enumValue(type, item, key).ifPresent(values::add);
    }
    return values;
  }

  /** A list's items; a single value stands for a list of one. An empty list is a problem. */
  private List<Node> items(NodeTuple tuple, String key) {
    Node value = tuple.getValueNode();
    if (value instanceof ScalarNode) {
      return List.of(value);
    }
    if (value instanceof SequenceNode list && !list.getValue().isEmpty()) {
      return list.getValue();
    }
    problems.add(at(value) + ": '" + key + "' must be a value or a list of at least one");
    return List.of();
  }

  private <E extends Enum<E>> Optional<E> enumValue(Class<E> type, Node node, String key) {
    List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Wire::name).toList();
    Optional<String> value = scalar(node);
    if (value.isPresent()) {
      int index = allowed.indexOf(value.get().toLowerCase(Locale.ROOT));
      if (index >= 0) {
        return Optional.of(type.getEnumConstants()[index]);
      }
    }
    problems.add(
        at(node)
            + ": '"
            + value.orElse("?")
            + "' is not allowed for '"
            + key
            + "'; "
            + Suggestions.hintWithAllowed(value.orElse(""), allowed));
    return Optional.empty();
  }

  private static Optional<String> scalar(Node node) {
    return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
  }

  private static OptionalInt optionalInt(Optional<Integer> value) {
    return value.map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  private String at(Node node) {
    return position(node.getStartMark());
  }

  private String position(Optional<Mark> mark) {
    return mark.map(m -> label + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
        .orElse(label + ":1:1");
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}

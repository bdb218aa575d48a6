package dev.bulwark.analysis.rules.llm;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Classification;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Rating;
import dev.bulwark.model.Wire;
import dev.bulwark.model.ZoneKind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Who can put words in front of a model: a backward walk over flows from a node through the
 * components that pass requests or content on. Package-private helper of the LLM rules.
 */
final class Reach {
  /** Components that forward what they receive: front ends, gateways, services, queues. */
  static final Set<ComponentKind> RELAYS =
      EnumSet.of(
          ComponentKind.WEB_APP,
          ComponentKind.MOBILE_APP,
          ComponentKind.DESKTOP_APP,
          ComponentKind.SERVICE,
          ComponentKind.API_GATEWAY,
          ComponentKind.LOAD_BALANCER,
          ComponentKind.REVERSE_PROXY,
          ComponentKind.CDN,
          ComponentKind.WAF,
          ComponentKind.FUNCTION,
          ComponentKind.QUEUE,
          ComponentKind.MESSAGE_BROKER);

  /** Relays, and the stores and jobs that carry content on until something retrieves it. */
  static final Set<ComponentKind> CONTENT_RELAYS = EnumSet.copyOf(RELAYS);

  /** Where a model reads content from: retrieval, documents, mail, outside services. */
  static final Set<ComponentKind> CONTENT_SOURCES =
      EnumSet.of(
          ComponentKind.VECTOR_STORE,
          ComponentKind.STORAGE,
          ComponentKind.EXTERNAL_SERVICE,
          ComponentKind.SEARCH_INDEX,
          ComponentKind.MAIL_SERVER);

  /** Where content rests between its writer and the model. */
  static final Set<ComponentKind> STORES = EnumSet.copyOf(CONTENT_SOURCES);

  static {
    STORES.addAll(
        List.of(
            ComponentKind.DATABASE,
            ComponentKind.FILE_SHARE,
            ComponentKind.QUEUE,
            ComponentKind.MESSAGE_BROKER));
    CONTENT_RELAYS.addAll(CONTENT_SOURCES);
    CONTENT_RELAYS.addAll(
        List.of(ComponentKind.DATABASE, ComponentKind.FILE_SHARE, ComponentKind.BATCH_JOB));
  }

  private static final int MAX_FLOWS = 4;

  /** Words in a component's technology that name a hosted model. */
  private static final List<String> HOSTED_MODELS =
      List.of("llm", "openai", "anthropic", "claude", "gpt", "gemini", "bedrock", "mistral");

  private Reach() {}

  static boolean isModel(Node node) {
    return node.is(ComponentKind.LLM, ComponentKind.AGENT);
  }

  /**
   * How far a caller is trusted: an actor by its zone, a component exposed to the internet as the
   * internet itself (anyone may call it), one exposed to partners at most as a partner.
   */
  static int callerTrust(Node node) {
    if (node.isActor()) {
      return node.trust();
    }
    if (node.exposure() == Exposure.INTERNET) {
      return 0;
    }
    return node.exposure() == Exposure.PARTNER ? Math.min(node.trust(), 59) : node.trust();
  }

  /**
   * Among the nodes, {@code start} included, that reach it through relays within a few flows and
   * match: the least trusted one; on a tie an actor, then the nearest.
   */
  static Optional<Node> upstream(
      SystemView system, Node start, Set<ComponentKind> relays, Predicate<Node> match) {
    Map<String, Integer> depth = new HashMap<>();
    Deque<Node> queue = new ArrayDeque<>();
    depth.put(start.id(), 0);
    queue.add(start);
    Node found = null;
    while (!queue.isEmpty()) {
      Node node = queue.poll();
      if (match.test(node) && (found == null || lessTrusted(node, found))) {
        found = node;
      }
      int d = depth.get(node.id());
      boolean passesOn = node == start || in(node, relays);
      if (!passesOn || d >= MAX_FLOWS) {
        continue;
      }
      Stream<Node> before = system.into(node.id()).stream().map(Interaction::source);
      if (relays == CONTENT_RELAYS) { // a job or service that reads a store carries its content on
        before =
            Stream.concat(
                before,
                system.from(node.id()).stream()
                    .map(Interaction::target)
                    .filter(n -> in(n, STORES)));
      }
      before.forEach(n -> {
        if (depth.putIfAbsent(n.id(), d + 1) == null) {
          queue.add(n);
        }
      });
    }
    return Optional.ofNullable(found);
  }

  /** Whether a is trusted less than b as a caller; on a tie, whether a is a person and b not. */
  private static boolean lessTrusted(Node a, Node b) {
    int diff = callerTrust(a) - callerTrust(b);
    return diff < 0 || (diff == 0 && a.isActor() && !b.isActor());
  }

  /** A node, less trusted than {@code model}, whose requests reach it; {@code model} if exposed. */
  static Optional<Node> untrustedCaller(SystemView system, Node model) {
    return upstream(system, model, RELAYS, n -> callerTrust(n) < model.trust());
  }

  /** A party less trusted than {@code model} that can write content that ends up in source. */
  static Optional<Node> untrustedWriter(SystemView system, Node source, Node model) {
    return upstream(
        system,
        source,
        CONTENT_RELAYS,
        n -> !n.id().equals(model.id()) && callerTrust(n) < model.trust());
  }

  /**
   * Content sources connected to a model, in either direction, in flow order; a hosted model it
   * calls is its engine, not a source.
   */
  static List<Node> contentSources(SystemView system, Node model) {
    return Stream.concat(
            system.into(model.id()).stream().map(Interaction::source),
            system.from(model.id()).stream().map(Interaction::target))
        .filter(n -> in(n, CONTENT_SOURCES) && !hostedModel(n))
        .distinct()
        .toList();
  }

  /** Whether a data asset is named or tagged as {@code word} (case-insensitive). */
  static boolean about(DataAsset asset, String word) {
    return asset.id().toLowerCase(Locale.ROOT).contains(word)
        || asset.tags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(word));
  }

  /** Why a caller or writer counts as less trusted, for a fact. */
  static String why(Node node) {
    if (node.isActor() || node.exposure() == Exposure.INTERNAL) {
      return node.describe() + " sits in a zone of trust " + node.trust();
    }
    return node.describe() + " has exposure " + Wire.name(node.exposure());
  }

  /** The facts that make {@code caller} an untrusted voice for {@code target}. */
  static List<String> facts(Node caller, Node target) {
    if (caller.id().equals(target.id())) {
      return List.of(target.describe() + " has exposure " + Wire.name(target.exposure()));
    }
    return List.of(
        why(caller) + ", below the trust of " + target.id() + " (" + target.trust() + ")",
        caller.id() + " reaches " + target.id() + " through the modelled flows");
  }

  /** Whether a leak would hurt: personal, confidential or above, or rated high for secrecy. */
  static boolean confidential(DataAsset asset) {
    return asset.personal()
        || asset.classification().compareTo(Classification.CONFIDENTIAL) >= 0
        || asset.confidentiality().compareTo(Rating.HIGH) >= 0;
  }

  /** An outside service tagged {@code llm} or whose technology names a hosted model. */
  static boolean hostedModel(Node node) {
    var component = node.component();
    String technology = component.flatMap(c -> c.technology()).orElse("").toLowerCase(Locale.ROOT);
    return node.is(ComponentKind.EXTERNAL_SERVICE)
        && (component.map(c -> c.tags().contains("llm")).orElse(false)
            || HOSTED_MODELS.stream().anyMatch(technology::contains));
  }

  /** Why a flow's target is a model run outside the boundary of its source, if it is. */
  static Optional<String> outsideModel(Interaction call) {
    Node target = call.target();
    if (hostedModel(target)) {
      return Optional.of(target.describe() + " is an outside service that runs a model");
    } else if (!isModel(target)) {
      return Optional.empty();
    } else if (target.exposure() == Exposure.INTERNET) {
      return Optional.of(target.describe() + " has exposure internet");
    } else if (target.zone().map(z -> z.kind() == ZoneKind.ORGANIZATION).orElse(false)) {
      return Optional.of(target.describe() + " runs in another organisation's zone");
    } else if (call.crossesBoundary() && call.trustGap() < 0) {
      return Optional.of(target.describe() + " sits in a zone less trusted than its caller");
    }
    return Optional.empty();
  }

  /** Why parties less trusted than the model can influence what it says, if they can. */
  static Optional<String> steering(SystemView system, Node model) {
    Optional<Node> caller = untrustedCaller(system, model);
    if (caller.isPresent()) {
      return Optional.of(facts(caller.get(), model).get(0));
    }
    for (Node source : contentSources(system, model)) {
      Optional<Node> writer = untrustedWriter(system, source, model);
      if (writer.isPresent()) {
        return Optional.of(
            why(writer.get())
                + "; it can write content that "
                + model.id()
                + " reads from "
                + source.id());
      }
    }
    return Optional.empty();
  }

  /** The other end of a flow, seen from {@code node}. */
  static Node other(Interaction link, Node node) {
    return link.source().id().equals(node.id()) ? link.target() : link.source();
  }

  /** Whether the node is a component of one of these kinds. */
  static boolean in(Node node, Set<ComponentKind> kinds) {
    return node.component().map(c -> kinds.contains(c.kind())).orElse(false);
  }
}

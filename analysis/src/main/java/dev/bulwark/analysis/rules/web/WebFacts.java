package dev.bulwark.analysis.rules.web;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.Component;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.DataFormat;
import dev.bulwark.model.Exposure;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.ZoneKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Facts about a system that several web rules read: custom code, where input comes from (also
 * through proxies, load balancers, CDNs, WAFs and gateways in front of a component), who the human
 * callers are, and which query language a data store speaks.
 */
final class WebFacts {
  private WebFacts() {}

  /** Components that pass requests on to what lies behind them. */
  static final ComponentKind[] FORWARDERS = {
    ComponentKind.LOAD_BALANCER,
    ComponentKind.REVERSE_PROXY,
    ComponentKind.CDN,
    ComponentKind.WAF,
    ComponentKind.API_GATEWAY
  };

  private static final List<String> NOSQL =
      List.of(
          "mongo",
          "couch",
          "dynamo",
          "cassandra",
          "scylla",
          "redis",
          "valkey",
          "keydb",
          "cosmos",
          "documentdb",
          "firestore",
          "firebase",
          "neo4j",
          "arango",
          "ravendb",
          "rethink",
          "hbase",
          "riak",
          "orientdb");
  private static final List<String> SEARCH =
      List.of(
          "elasticsearch", "elastic", "opensearch", "solr", "lucene", "meilisearch", "typesense");

  /** The query language a data store is addressed in, read from its kind and technology. */
  enum Query {
    SQL,
    NOSQL,
    SEARCH,
    NONE
  }

  static Query queryOf(Node node) {
    if (node.is(ComponentKind.SEARCH_INDEX)) {
      return Query.SEARCH;
    }
    if (!node.is(ComponentKind.DATABASE)) {
      return Query.NONE;
    }
    String tech =
        node.component().flatMap(Component::technology).orElse("").toLowerCase(Locale.ROOT);
    if (SEARCH.stream().anyMatch(tech::contains)) {
      return Query.SEARCH;
    }
    return NOSQL.stream().anyMatch(tech::contains) ? Query.NOSQL : Query.SQL;
  }

  static boolean accepts(Node node, DataFormat format) {
    return node.component().map(c -> c.accepts().contains(format)).orElse(false);
  }

  static boolean human(Node node) {
    return node.is(ActorKind.USER, ActorKind.STAFF, ActorKind.ADMIN);
  }

  /** Whether the two nodes sit in different zones. */
  static boolean apart(Node a, Node b) {
    return !a.zoneId().equals(b.zoneId());
  }

  /**
   * The flows by which something from outside the target's zone sends it input: directly, or to a
   * forwarder in front of it. Forwarders themselves count when they sit in another zone.
   */
  static List<Interaction> outsideInput(SystemView system, Node target) {
    return upstream(system, target, i -> apart(i.source(), target));
  }

  /** The flows from human actors that reach the target directly or through forwarders. */
  static List<Interaction> humanInput(SystemView system, Node target) {
    return upstream(system, target, i -> human(i.source()));
  }

  /** The forwarders in front of the target, nearest first. */
  static List<Node> forwarders(SystemView system, Node target) {
    List<Node> found = new ArrayList<>();
    upstream(system, target, i -> false, found);
    return found;
  }

  private static List<Interaction> upstream(
      SystemView system, Node target, Predicate<Interaction> wanted) {
    return upstream(system, target, wanted, new ArrayList<>());
  }

  private static List<Interaction> upstream(
      SystemView system, Node target, Predicate<Interaction> wanted, List<Node> passed) {
    List<Interaction> found = new ArrayList<>();
    Set<String> seen = new HashSet<>(Set.of(target.id()));
    Deque<Node> queue = new ArrayDeque<>(List.of(target));
    while (!queue.isEmpty()) {
      for (Interaction in : system.into(queue.poll().id())) {
        if (wanted.test(in)) {
          found.add(in);
        }
        if (in.source().is(FORWARDERS) && seen.add(in.source().id())) {
          passed.add(in.source());
          queue.add(in.source());
        }
      }
    }
    return found;
  }

  /** The usual first fact: custom code and the flows that bring it input from outside. */
  static String customCodeWithInput(Node node, List<Interaction> input) {
    return "%s is custom code with input from outside its zone (flows %s)"
        .formatted(node.describe(), ids(input));
  }

  private static final Set<Protocol> URL_PROTOCOLS =
      EnumSet.of(
          Protocol.HTTP, Protocol.HTTPS, Protocol.WS, Protocol.WSS, Protocol.FTP, Protocol.FTPS);

  /**
   * The node's outgoing flows on URL-style protocols: with {@code outward}, those to an external
   * service or an internet-exposed target; otherwise the rest, to targets inside.
   */
  static List<Interaction> webCalls(SystemView system, Node node, boolean outward) {
    return system.from(node.id()).stream()
        .filter(i -> URL_PROTOCOLS.contains(i.flow().protocol()))
        .filter(i ->
            outward
                == (i.target().is(ComponentKind.EXTERNAL_SERVICE)
                    || i.target().exposure() == Exposure.INTERNET))
        .toList();
  }

  /** Whether the node runs in a cloud account or VPC, where a metadata endpoint answers. */
  static boolean inCloud(SystemView system, Node node) {
    return node.zoneId().map(system::zoneChain).orElse(List.of()).stream()
        .anyMatch(z -> z.kind() == ZoneKind.CLOUD_ACCOUNT || z.kind() == ZoneKind.VPC);
  }

  /** The data of the node and of the targets of these calls from it. */
  static List<String> dataAt(SystemView system, Node node, List<Interaction> calls) {
    List<String> at = new ArrayList<>(List.of(node.id()));
    calls.forEach(i -> at.add(i.target().id()));
    return system.dataOf(at);
  }

  static String ids(Collection<Interaction> flows) {
    return flows.stream()
        .map(Interaction::id)
        .distinct()
        .sorted()
        .collect(Collectors.joining(", "));
  }
}

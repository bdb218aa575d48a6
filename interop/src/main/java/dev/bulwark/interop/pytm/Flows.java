package dev.bulwark.interop.pytm;

import static java.util.Map.entry;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.PeerFile.Text;
import dev.bulwark.interop.Places;
import dev.bulwark.model.Authentication;
import dev.bulwark.model.Authorization;
import dev.bulwark.model.Control;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * pytm's dataflows as flows. The protocol is pytm's free text matched to a Bulwark protocol, its
 * encrypted form when the flow is encrypted ({@code isEncrypted} or a TLS version); a name Bulwark
 * does not know keeps a {@code protocol:<name>} tag. Authentication and authorization come from the
 * flow's controls and the sink's, as pytm's own threats read them.
 */
final class Flows {
  private Flows() {}

  /** Controls of a sink that say how the flow into it is authenticated or authorised. */
  static final Set<String> SINK_CONTROLS =
      Set.of(
          "authenticatesSource", "authorizesSource", "authenticationScheme", "usesSessionTokens");

  /** Plain and encrypted protocol per pytm protocol name (lower case). */
  private static final Map<String, Protocol[]> PROTOCOLS =
      Map.ofEntries(
          entry("http", pair(Protocol.HTTP, Protocol.HTTPS)),
          entry("https", pair(Protocol.HTTPS, Protocol.HTTPS)),
          entry("ws", pair(Protocol.WS, Protocol.WSS)),
          entry("wss", pair(Protocol.WSS, Protocol.WSS)),
          entry("grpc", pair(Protocol.GRPC, Protocol.GRPCS)),
          entry("sql", pair(Protocol.JDBC, Protocol.JDBC_TLS)),
          entry("mysql", pair(Protocol.JDBC, Protocol.JDBC_TLS)),
          entry("postgresql", pair(Protocol.JDBC, Protocol.JDBC_TLS)),
          entry("postgres", pair(Protocol.JDBC, Protocol.JDBC_TLS)),
          entry("jdbc", pair(Protocol.JDBC, Protocol.JDBC_TLS)),
          entry("odbc", pair(Protocol.JDBC, Protocol.JDBC_TLS)),
          entry("redis", pair(Protocol.REDIS, Protocol.REDIS_TLS)),
          entry("mqtt", pair(Protocol.MQTT, Protocol.MQTTS)),
          entry("amqp", pair(Protocol.AMQP, Protocol.AMQPS)),
          entry("kafka", pair(Protocol.KAFKA, Protocol.KAFKA_TLS)),
          entry("ftp", pair(Protocol.FTP, Protocol.FTPS)),
          entry("ftps", pair(Protocol.FTPS, Protocol.FTPS)),
          entry("sftp", pair(Protocol.SFTP, Protocol.SFTP)),
          entry("smtp", pair(Protocol.SMTP, Protocol.SMTPS)),
          entry("ldap", pair(Protocol.LDAP, Protocol.LDAPS)),
          entry("ldaps", pair(Protocol.LDAPS, Protocol.LDAPS)),
          entry("ssh", pair(Protocol.SSH, Protocol.SSH)),
          entry("dns", pair(Protocol.DNS, Protocol.DNS)),
          entry("nfs", pair(Protocol.NFS, Protocol.NFS)),
          entry("smb", pair(Protocol.SMB, Protocol.SMB)),
          entry("tcp", pair(Protocol.TCP, Protocol.TLS)),
          entry("udp", pair(Protocol.UDP, Protocol.DTLS)),
          entry("tls", pair(Protocol.TLS, Protocol.TLS)));

  private static Protocol[] pair(Protocol plain, Protocol encrypted) {
    return new Protocol[] {plain, encrypted};
  }

  private static final Set<String> READ =
      Set.of(
          "name",
          "source",
          "sink",
          "data",
          "protocol",
          "isEncrypted",
          "tlsVersion",
          "controls",
          "note",
          "description",
          "usesVPN",
          "usesSessionTokens",
          "authenticatesSource",
          "authorizesSource",
          "authenticationScheme",
          "usesMFA",
          "isResponse",
          "responseTo",
          "levels",
          "severity",
          "maxClassification",
          "findings",
          "inScope");

  static List<Flow> read(Context cx, List<Node> nodes) {
    PeerFile r = cx.file;
    List<Flow> flows = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      String what = "dataflow " + (i + 1);
      Optional<Mapping> body = r.body(nodes.get(i), what);
      Optional<String> name = body.flatMap(b -> r.required(b, "name", what));
      if (name.isPresent()) {
        one(cx, body.get(), name.get()).ifPresent(flows::add);
      }
    }
    return flows;
  }

  private static Optional<Flow> one(Context cx, Mapping body, String name) {
    PeerFile r = cx.file;
    String what = "dataflow " + PeerFile.quote(name);
    Optional<Text> source = end(cx, body, "source", what);
    Optional<Text> sink = end(cx, body, "sink", what);
    if (source.isEmpty() || sink.isEmpty()) {
      return Optional.empty();
    }
    String from = cx.elements.get(source.get().value());
    String to = cx.elements.get(sink.get().value());
    if (from.equals(to)) {
      r.notMapped(
          sink.get().position(),
          what + " goes from an element to itself; a Bulwark flow joins two elements",
          "model work inside one element as its 'processes'");
      return Optional.empty();
    }
    Attributes flow = Attributes.of(r, body, what);
    Attributes target = cx.attributes.get(sink.get().value());
    r.leftovers(body, READ, what, body.position(), Attributes::informative);
    flow.controls()
        .ifPresent(c -> {
          Set<String> used = new LinkedHashSet<>(Elements.CONTROLS.keySet());
          used.addAll(Set.of("isEncrypted", "usesVPN", "usesMFA"));
          used.addAll(SINK_CONTROLS);
          r.leftovers(c, used, "the controls of " + what, c.position(), Attributes::informative);
        });

    Places places =
        Places.at(body.position())
            .field("id", r.get(body, "name"))
            .field("from", source.get().position())
            .field("to", sink.get().position())
            .field("protocol", r.get(body, "protocol"));
    Set<String> tags = new LinkedHashSet<>();
    Protocol protocol = protocol(flow, tags);
    if (flow.is("isResponse") || flow.text("responseTo").isPresent()) {
      tags.add("response");
    }
    List<Control> controls = flow.is("usesVPN") ? List.of(Control.VPN) : List.of();
    List<String> description = new ArrayList<>();
    r.text(body, "description", what).ifPresent(description::add);
    r.text(body, "note", what).ifPresent(description::add);
    flow.text("responseTo").ifPresent(request -> description.add("Response to " + request + "."));
    return Optional.of(
        new Flow(
            cx.ids.named(name, "flow"),
            from,
            to,
            protocol,
            authentication(flow, target),
            authorization(flow, target, cx.actors.contains(source.get().value())),
            dataRefs(cx, body, "data", what, places, "data"),
            controls,
            description.isEmpty()
                ? Optional.empty()
                : Optional.of(String.join("\n\n", description)),
            List.copyOf(tags),
            places.positions()));
  }

  private static Optional<Text> end(Context cx, Mapping body, String key, String what) {
    Optional<Text> name = cx.file.requiredText(body, key, what);
    if (name.isPresent() && !cx.elements.containsKey(name.get().value())) {
      cx.file.error(
          ProblemType.DANGLING_REFERENCE,
          name.get().position(),
          "the "
              + key
              + " of "
              + what
              + " is "
              + PeerFile.quote(name.get().value())
              + ", which is no element",
          "elements: " + String.join(", ", cx.elements.keySet()));
      return Optional.empty();
    }
    return name;
  }

  private static Protocol protocol(Attributes flow, Set<String> tags) {
    boolean encrypted =
        flow.is("isEncrypted")
            || flow.term("tlsVersion").filter(v -> !v.equals("none") && !v.isEmpty()).isPresent();
    Optional<String> name = flow.text("protocol").map(p -> p.toLowerCase(Locale.ROOT));
    Protocol[] pair = name.map(PROTOCOLS::get).orElse(null);
    if (pair == null) {
      name.ifPresent(n -> tags.add("protocol:" + n));
      pair = PROTOCOLS.get("tcp");
    }
    return pair[encrypted ? 1 : 0];
  }

  private static Authentication authentication(Attributes flow, Attributes sink) {
    String scheme =
        flow.text("authenticationScheme")
            .or(() -> sink == null ? Optional.empty() : sink.text("authenticationScheme"))
            .orElse("")
            .toLowerCase(Locale.ROOT);
    boolean either = false;
    for (Attributes side : new Attributes[] {flow, sink}) {
      either |= side != null && side.is("authenticatesSource");
    }
    if (flow.is("usesMFA") || sink != null && sink.is("usesMFA") && either) {
      return Authentication.TWO_FACTOR;
    } else if (scheme.matches(".*(cert|mtls|mutual).*")) {
      return Authentication.MTLS;
    } else if (scheme.matches(".*(token|oauth|jwt|bearer|saml|oidc).*")) {
      return Authentication.TOKEN;
    } else if (scheme.contains("key")) {
      return Authentication.API_KEY;
    } else if (flow.is("usesSessionTokens")) {
      return Authentication.SESSION;
    }
    return either || !scheme.isEmpty() ? Authentication.PASSWORD : Authentication.NONE;
  }

  private static Authorization authorization(Attributes flow, Attributes sink, boolean person) {
    boolean checked = flow.is("authorizesSource") || sink != null && sink.is("authorizesSource");
    if (!checked) {
      return Authorization.NONE;
    }
    return person ? Authorization.END_USER : Authorization.TECHNICAL_USER;
  }

  /** The data assets named in a list of data names, reported when unknown. */
  static List<String> dataRefs(
      Context cx, Mapping body, String key, String what, Places places, String field) {
    Set<String> ids = new LinkedHashSet<>();
    for (Text ref : cx.file.locatedTexts(body, key, what)) {
      String id = cx.data.get(ref.value());
      if (id == null) {
        cx.file.error(
            ProblemType.DANGLING_REFERENCE,
            ref.position(),
            PeerFile.quote(key)
                + " of "
                + what
                + " names "
                + PeerFile.quote(ref.value())
                + ", which is no data",
            "data: " + String.join(", ", cx.data.keySet()));
      } else if (ids.add(id)) {
        places.field(field + "[" + (ids.size() - 1) + "]", ref.position());
      }
    }
    return List.copyOf(ids);
  }
}

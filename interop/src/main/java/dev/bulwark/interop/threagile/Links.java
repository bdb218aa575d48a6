package dev.bulwark.interop.threagile;

import static dev.bulwark.interop.PeerFile.quote;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.PeerFile.Text;
import dev.bulwark.interop.Places;
import dev.bulwark.model.Authentication;
import dev.bulwark.model.Authorization;
import dev.bulwark.model.Control;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.parse.Node.Entry;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Threagile's communication links as flows. A flow's id is the link's Threagile id ({@code
 * source>title}) with '.' for '>', which Bulwark ids do not allow; its data is what the link sends
 * and receives, since a Bulwark flow carries data both ways.
 */
final class Links {
  private Links() {}

  /** Threagile's link id: the source's id, '>', the title in lower case with '-' between words. */
  static String threagileId(String sourceId, String title) {
    String words = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return sourceId + ">" + words.replaceAll("^[- ]+|[- ]+$", "");
  }

  static List<Flow> read(Context cx, List<Assets.Raw> assets) {
    List<Flow> flows = new ArrayList<>();
    for (Assets.Raw source : assets) {
      PeerFile r = cx.file;
      for (Entry entry :
          r.mapping(source.body(), "communication_links", source.what())
              .map(r::entries)
              .orElse(List.of())) {
        String what = "communication link " + quote(entry.key().value()) + " of " + source.what();
        r.body(entry.value(), what)
            .flatMap(body -> one(cx, source, entry, body, what))
            .ifPresent(flows::add);
      }
    }
    return flows;
  }

  private static Optional<Flow> one(
      Context cx, Assets.Raw source, Entry entry, Mapping body, String what) {
    PeerFile r = cx.file;
    Optional<Text> target = r.requiredText(body, "target", what);
    if (target.isEmpty()) {
      return Optional.empty();
    }
    String to = cx.assets.get(target.get().value());
    if (to == null) {
      r.error(
          ProblemType.DANGLING_REFERENCE,
          target.get().position(),
          what + " targets " + quote(target.get().value()) + ", which is no technical asset",
          "technical assets: " + String.join(", ", cx.assets.keySet()));
      return Optional.empty();
    }
    if (to.equals(source.id())) {
      r.notMapped(
          target.get().position(),
          what + " goes from the asset to itself; a Bulwark flow joins two elements",
          "model work inside one element as its 'processes'");
      return Optional.empty();
    }
    String linkId = threagileId(source.threagileId(), entry.key().value());
    String id = cx.ids.claim(linkId.replace('>', '.'), source.id() + ".link");
    cx.links.putIfAbsent(linkId, id);

    Places places =
        Places.at(entry.key().position())
            .field("id", entry.key().position())
            .field("from", entry.key().position())
            .field("to", target.get().position())
            .field("protocol", r.get(body, "protocol"))
            .field("authentication", r.get(body, "authentication"))
            .field("authorization", r.get(body, "authorization"));
    Optional<Text> protocolName = r.requiredText(body, "protocol", what);
    Protocol protocol =
        protocolName
            .flatMap(p -> r.oneOf(Terms.PROTOCOL, p, "'protocol' of " + what))
            .orElse(Protocol.TCP);
    Set<String> tags = new LinkedHashSet<>();
    tags.addAll(r.texts(body, "tags", what));
    protocolName
        .map(p -> p.value().toLowerCase(Locale.ROOT))
        .filter(p -> Terms.PROTOCOL.containsKey(p) && !Terms.EXACT_PROTOCOLS.contains(p))
        .ifPresent(p -> tags.add("protocol:" + p));
    List<Control> controls = new ArrayList<>();
    if (r.flag(body, "vpn", what).orElse(false)) {
      controls.add(Control.VPN);
    }
    if (r.flag(body, "ip_filtered", what).orElse(false)) {
      controls.add(Control.IP_ALLOWLIST);
    }
    Set<String> used =
        new HashSet<>(
            Set.of(
                "target",
                "description",
                "protocol",
                "authentication",
                "authorization",
                "tags",
                "vpn",
                "ip_filtered",
                "data_assets_sent",
                "data_assets_received"));
    if (r.text(body, "usage", what).orElse("business").equals("business")) {
      used.add("usage");
    }
    r.leftovers(body, used, what, entry.key().position());
    return Optional.of(
        new Flow(
            id,
            source.id(),
            to,
            protocol,
            r.located(body, "authentication", what)
                .flatMap(a -> r.oneOf(Terms.AUTHENTICATION, a, "'authentication' of " + what))
                .orElse(Authentication.NONE),
            r.located(body, "authorization", what)
                .flatMap(a -> r.oneOf(Terms.AUTHORIZATION, a, "'authorization' of " + what))
                .orElse(Authorization.NONE),
            data(cx, body, what, places),
            controls,
            r.text(body, "description", what).or(() -> Optional.of(entry.key().value())),
            List.copyOf(tags),
            places.positions()));
  }

  private static List<String> data(Context cx, Mapping body, String what, Places places) {
    Set<String> ids = new LinkedHashSet<>();
    for (String key : List.of("data_assets_sent", "data_assets_received")) {
      for (Text ref : cx.file.locatedTexts(body, key, what)) {
        String id = cx.data.get(ref.value());
        if (id == null) {
          cx.file.error(
              ProblemType.DANGLING_REFERENCE,
              ref.position(),
              quote(key)
                  + " of "
                  + what
                  + " names "
                  + quote(ref.value())
                  + ", which is no data asset",
              "data assets: " + String.join(", ", cx.data.keySet()));
        } else if (ids.add(id)) {
          places.field("data[" + (ids.size() - 1) + "]", ref.position());
        }
      }
    }
    return List.copyOf(ids);
  }
}

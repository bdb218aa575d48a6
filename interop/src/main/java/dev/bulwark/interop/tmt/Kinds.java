package dev.bulwark.interop.tmt;

import dev.bulwark.model.ActorKind;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.ZoneKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Bulwark kinds for the tool's stencil types, read from words in the stencil's type id, its display
 * name and the name the shape was given (the tool's templates name their stencils consistently:
 * {@code SE.P.TMCore.WebApp} "Web Application", {@code SE.DS.TMCore.AzureSQLDB} "Azure SQL
 * Database"). The first matching row of a table wins; a shape that matches none gets the default.
 */
final class Kinds {
  private Kinds() {}

  private static final List<Map.Entry<String, ComponentKind>> PROCESSES =
      List.of(
          Map.entry("browserclient", ComponentKind.WEB_APP),
          Map.entry("webapp", ComponentKind.WEB_APP),
          Map.entry("web application", ComponentKind.WEB_APP),
          Map.entry("webserver", ComponentKind.WEB_APP),
          Map.entry("portal", ComponentKind.WEB_APP),
          Map.entry("thickclient", ComponentKind.DESKTOP_APP),
          Map.entry("winapp", ComponentKind.DESKTOP_APP),
          Map.entry("netapp", ComponentKind.DESKTOP_APP),
          Map.entry("modern", ComponentKind.DESKTOP_APP),
          Map.entry("idsrv", ComponentKind.IDENTITY_PROVIDER),
          Map.entry("identity", ComponentKind.IDENTITY_PROVIDER),
          Map.entry("azuread", ComponentKind.IDENTITY_PROVIDER),
          Map.entry("adfs", ComponentKind.IDENTITY_PROVIDER),
          Map.entry("eventhub", ComponentKind.MESSAGE_BROKER),
          Map.entry("servicebus", ComponentKind.MESSAGE_BROKER),
          Map.entry("gateway", ComponentKind.IOT_GATEWAY),
          Map.entry("trafficmanager", ComponentKind.LOAD_BALANCER),
          Map.entry("webjob", ComponentKind.BATCH_JOB),
          Map.entry("datafactory", ComponentKind.BATCH_JOB),
          Map.entry("function", ComponentKind.FUNCTION));

  private static final List<Map.Entry<String, ComponentKind>> STORES =
      List.of(
          Map.entry("redis", ComponentKind.CACHE),
          Map.entry("cache", ComponentKind.CACHE),
          Map.entry("keyvault", ComponentKind.SECRET_STORE),
          Map.entry("key vault", ComponentKind.SECRET_STORE),
          Map.entry("storage", ComponentKind.STORAGE),
          Map.entry("blob", ComponentKind.STORAGE),
          Map.entry("cookie", ComponentKind.STORAGE),
          Map.entry("tmcore.fs", ComponentKind.FILE_SHARE),
          Map.entry("file system", ComponentKind.FILE_SHARE),
          Map.entry("queue", ComponentKind.QUEUE));

  private static final List<Map.Entry<String, Protocol>> PROTOCOLS =
      List.of(
          Map.entry("https", Protocol.HTTPS),
          Map.entry("http", Protocol.HTTP),
          Map.entry("ipsec", Protocol.TLS),
          Map.entry("smb", Protocol.SMB),
          Map.entry("udp", Protocol.UDP),
          Map.entry("namedpipe", Protocol.IPC),
          Map.entry("named pipe", Protocol.IPC),
          Map.entry("alpc", Protocol.IPC),
          Map.entry("ioctl", Protocol.IPC),
          Map.entry("rpc", Protocol.TCP),
          Map.entry("binary", Protocol.TCP));

  private static final List<Map.Entry<String, ZoneKind>> ZONES =
      List.of(
          Map.entry("internet", ZoneKind.NETWORK),
          Map.entry("corpnet", ZoneKind.NETWORK),
          Map.entry("machine", ZoneKind.HOST),
          Map.entry("iaasvm", ZoneKind.HOST),
          Map.entry("servicefabric", ZoneKind.CLUSTER),
          Map.entry("sandbox", ZoneKind.CONTAINER),
          Map.entry("appcontainer", ZoneKind.CONTAINER),
          Map.entry("browser", ZoneKind.PROCESS),
          Map.entry("tmcore.ieb", ZoneKind.PROCESS),
          Map.entry("azure", ZoneKind.CLOUD_ACCOUNT),
          Map.entry("cloud", ZoneKind.CLOUD_ACCOUNT),
          Map.entry("devicezone", ZoneKind.PHYSICAL),
          Map.entry("userzone", ZoneKind.PHYSICAL),
          Map.entry("usertrustboundary", ZoneKind.PHYSICAL));

  /** A process stencil's component kind; a service by default. */
  static ComponentKind process(Shape shape) {
    return first(PROCESSES, shape).orElse(ComponentKind.SERVICE);
  }

  /** A data store stencil's component kind; a database by default. */
  static ComponentKind store(Shape shape) {
    return first(STORES, shape).orElse(ComponentKind.DATABASE);
  }

  /**
   * An external interactor's actor kind: a person for browsers, mobiles and users, else a system.
   */
  static ActorKind actor(Shape shape) {
    String words = words(shape);
    Optional<String> type = shape.property("type");
    if (type.filter("human"::equalsIgnoreCase).isPresent()) {
      return ActorKind.USER;
    }
    if (words.contains("iot") || words.contains("device")) {
      return ActorKind.DEVICE;
    }
    if (type.isEmpty()
        && (words.contains("browser")
            || words.contains("mobile")
            || words.contains("user")
            || words.contains("client"))) {
      return ActorKind.USER;
    }
    return ActorKind.SYSTEM;
  }

  /** A flow stencil's protocol, when the stencil names one. */
  static Optional<Protocol> protocol(Shape shape) {
    return first(PROTOCOLS, shape);
  }

  /** A border boundary's zone kind; a network by default. */
  static ZoneKind zone(Shape shape) {
    return first(ZONES, shape).orElse(ZoneKind.NETWORK);
  }

  /** Whether a boundary stands for the internet (its zone is then trusted 0). */
  static boolean internet(Shape shape) {
    return words(shape).contains("internet") && !words(shape).contains("explorer");
  }

  private static <T> Optional<T> first(List<Map.Entry<String, T>> table, Shape shape) {
    String words = words(shape);
    return table.stream()
        .filter(e -> words.contains(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /**
   * The stencil type id, its display name and the shape's own name, in lower case, where the tables
   * look for words.
   */
  private static String words(Shape shape) {
    String specific = shape.typeId().equals(shape.genericId()) ? "" : shape.typeId();
    return (specific + " " + shape.stencilName() + " " + shape.name().orElse(""))
        .toLowerCase(Locale.ROOT);
  }
}

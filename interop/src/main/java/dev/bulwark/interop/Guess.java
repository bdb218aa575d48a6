package dev.bulwark.interop;

import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.Stride;
import dev.bulwark.model.Wire;
import dev.bulwark.model.ZoneKind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Bulwark's closed vocabularies guessed from peer tools' free text: a component kind from a type
 * such as {@code CD-MICROSOFT-AZURE-DB-POSTGRESQL}, a protocol from {@code HTTP/S}, a STRIDE
 * category from {@code Elevation of Privileges}. The tables are documented in docs/interop.md.
 */
public final class Guess {
  /** Words that name a kind, most specific first: the first kind with a matching word wins. */
  private static final List<Map.Entry<ComponentKind, Set<String>>> KIND_WORDS =
      List.of(
          kind(ComponentKind.WAF, "waf"),
          kind(ComponentKind.CDN, "cdn", "cloudfront", "akamai"),
          kind(ComponentKind.LOAD_BALANCER, "elb", "alb", "nlb", "balancer", "lb"),
          kind(ComponentKind.API_GATEWAY, "gateway", "apigateway", "apim"),
          kind(ComponentKind.REVERSE_PROXY, "proxy", "nginx", "haproxy", "envoy"),
          kind(ComponentKind.CACHE, "cache", "redis", "memcached", "elasticache"),
          kind(ComponentKind.SEARCH_INDEX, "elasticsearch", "opensearch", "solr", "search"),
          kind(ComponentKind.QUEUE, "queue", "sqs"),
          kind(
              ComponentKind.MESSAGE_BROKER,
              "kafka",
              "broker",
              "sns",
              "eventbridge",
              "eventhub",
              "servicebus",
              "rabbitmq",
              "mq",
              "kinesis",
              "bus"),
          kind(
              ComponentKind.DATABASE,
              "database",
              "db",
              "rds",
              "sql",
              "postgresql",
              "postgres",
              "mysql",
              "mariadb",
              "mssql",
              "oracle",
              "mongo",
              "mongodb",
              "dynamodb",
              "cosmosdb",
              "aurora",
              "cassandra",
              "store",
              "datastore"),
          kind(ComponentKind.STORAGE, "s3", "blob", "bucket", "storage", "object"),
          kind(ComponentKind.FILE_SHARE, "efs", "nfs", "share", "filesystem"),
          kind(ComponentKind.FUNCTION, "lambda", "function", "functions", "serverless"),
          kind(ComponentKind.KEY_MANAGEMENT, "kms", "hsm", "keyvault"),
          kind(ComponentKind.SECRET_STORE, "vault", "secret", "secrets", "secretsmanager"),
          kind(
              ComponentKind.IDENTITY_PROVIDER,
              "cognito",
              "idp",
              "identity",
              "oauth",
              "oidc",
              "saml",
              "keycloak",
              "okta",
              "auth0"),
          kind(ComponentKind.DIRECTORY, "ldap", "directory", "ad"),
          kind(ComponentKind.MONITORING, "cloudwatch", "monitoring", "logging", "log", "logs"),
          kind(ComponentKind.ORCHESTRATOR, "kubernetes", "eks", "aks", "gke", "ecs", "cluster"),
          kind(ComponentKind.BUILD_PIPELINE, "pipeline", "ci", "jenkins", "codebuild"),
          kind(ComponentKind.REPOSITORY, "repository", "git", "github", "gitlab"),
          kind(ComponentKind.ARTIFACT_REGISTRY, "registry", "ecr", "acr", "artifactory"),
          kind(ComponentKind.MAIL_SERVER, "smtp", "mail", "email", "ses"),
          kind(ComponentKind.LLM, "llm", "openai", "bedrock"),
          kind(ComponentKind.MOBILE_APP, "mobile", "android", "ios"),
          kind(ComponentKind.DESKTOP_APP, "desktop"),
          kind(ComponentKind.IOT_GATEWAY, "iot"),
          kind(ComponentKind.DEVICE, "device", "sensor", "firmware"),
          kind(ComponentKind.WEB_APP, "web", "webapp", "frontend", "spa", "website", "site"),
          kind(ComponentKind.EXTERNAL_SERVICE, "external", "saas", "thirdparty"));

  private Guess() {}

  private static Map.Entry<ComponentKind, Set<String>> kind(ComponentKind kind, String... words) {
    return Map.entry(kind, Set.of(words));
  }

  /** The lower-case words of a text, split at anything not a letter or digit. */
  public static List<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
        .filter(word -> !word.isEmpty())
        .toList();
  }

  /** A component kind named exactly (in Bulwark's spelling), else guessed from words. */
  public static Optional<ComponentKind> componentKind(String text) {
    Optional<ComponentKind> exact = exact(ComponentKind.class, text);
    if (exact.isPresent()) {
      return exact;
    }
    List<String> words = words(text);
    return KIND_WORDS.stream()
        .filter(entry -> words.stream().anyMatch(entry.getValue()::contains))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** A zone kind named exactly in Bulwark's spelling. */
  public static Optional<ZoneKind> zoneKind(String text) {
    return exact(ZoneKind.class, text);
  }

  /** The enum constant whose wire name (or constant name) the text is, ignoring case. */
  public static <E extends Enum<E>> Optional<E> exact(Class<E> type, String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> Wire.name(constant).equals(wanted))
        .findFirst();
  }

  /**
   * The protocol a free text names, such as {@code HTTPS}, {@code HTTP/S}, {@code TLS 1.3}, {@code
   * jdbc-tls}; {@code encrypted} (a peer's flag) upgrades a plain protocol to its TLS variant.
   */
  public static Optional<Protocol> protocol(String text, boolean encrypted) {
    Optional<Protocol> named = exact(Protocol.class, text.replace(' ', '-'));
    if (named.isEmpty()) {
      String squeezed = String.join("", words(text));
      named =
          switch (squeezed) {
            case "https", "https2", "http2s", "https11" -> Optional.of(Protocol.HTTPS);
            case "http", "http11", "http2", "rest", "soap", "graphql" -> Optional.of(Protocol.HTTP);
            case "grpctls" -> Optional.of(Protocol.GRPCS);
            case "websocket", "websockets" -> Optional.of(Protocol.WS);
            case "jdbctls", "odbctls", "sqltls" -> Optional.of(Protocol.JDBC_TLS);
            case "jdbc", "odbc", "sql", "postgresql", "mysql" -> Optional.of(Protocol.JDBC);
            case "tls", "tls12", "tls13", "ssl" -> Optional.of(Protocol.TLS);
            default -> Optional.empty();
          };
    }
    if (named.isEmpty() && words(text).contains("https")) {
      named = Optional.of(Protocol.HTTPS);
    }
    return named.map(protocol -> encrypted ? encryptedVariant(protocol) : protocol);
  }

  /** The TLS variant of a plain protocol, or the protocol itself. */
  public static Protocol encryptedVariant(Protocol protocol) {
    if (protocol.encrypted() || !protocol.network()) {
      return protocol;
    }
    return switch (protocol) {
      case HTTP -> Protocol.HTTPS;
      case GRPC -> Protocol.GRPCS;
      case WS -> Protocol.WSS;
      case JDBC -> Protocol.JDBC_TLS;
      case REDIS -> Protocol.REDIS_TLS;
      case MQTT -> Protocol.MQTTS;
      case AMQP -> Protocol.AMQPS;
      case KAFKA -> Protocol.KAFKA_TLS;
      case COAP -> Protocol.COAPS;
      case FTP -> Protocol.FTPS;
      case SMTP -> Protocol.SMTPS;
      case LDAP -> Protocol.LDAPS;
      case BLUETOOTH -> Protocol.BLUETOOTH_SECURE;
      case UDP -> Protocol.DTLS;
      default -> Protocol.TLS;
    };
  }

  /**
   * The STRIDE category a text names: {@code Spoofing}, {@code Information disclosure}, {@code
   * Elevation of Privileges}, {@code DoS}, …
   */
  public static Optional<Stride> stride(String text) {
    String squeezed = String.join("", words(text));
    if (squeezed.startsWith("spoof")) {
      return Optional.of(Stride.SPOOFING);
    } else if (squeezed.startsWith("tamper")) {
      return Optional.of(Stride.TAMPERING);
    } else if (squeezed.startsWith("repudiat")) {
      return Optional.of(Stride.REPUDIATION);
    } else if (squeezed.startsWith("information") || squeezed.equals("disclosure")) {
      return Optional.of(Stride.INFORMATION_DISCLOSURE);
    } else if (squeezed.startsWith("denialofservice") || squeezed.equals("dos")) {
      return Optional.of(Stride.DENIAL_OF_SERVICE);
    } else if (squeezed.startsWith("elevationofprivilege") || squeezed.equals("eop")) {
      return Optional.of(Stride.ELEVATION_OF_PRIVILEGE);
    }
    return Optional.empty();
  }

  /** The STRIDE category as peers write it: {@code Information disclosure}. */
  public static String strideText(Stride stride) {
    String words = Wire.name(stride).replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}

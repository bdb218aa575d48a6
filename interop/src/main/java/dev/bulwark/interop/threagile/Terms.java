package dev.bulwark.interop.threagile;

import static java.util.Map.entry;

import dev.bulwark.model.Authentication;
import dev.bulwark.model.Authorization;
import dev.bulwark.model.Classification;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Criticality;
import dev.bulwark.model.DataFormat;
import dev.bulwark.model.EncryptionAtRest;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.Rating;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Stride;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.ZoneKind;
import java.util.Map;
import java.util.Set;

/**
 * Threagile's enumerations (from its schema.json) and the Bulwark value each becomes. Threagile
 * rates on five levels where Bulwark has four: its two lowest share Bulwark's lowest.
 */
final class Terms {
  private Terms() {}

  static final Map<String, ComponentKind> TECHNOLOGY =
      Map.ofEntries(
          entry("unknown-technology", ComponentKind.SERVICE),
          entry("client-system", ComponentKind.DESKTOP_APP),
          entry("browser", ComponentKind.WEB_APP),
          entry("desktop", ComponentKind.DESKTOP_APP),
          entry("mobile-app", ComponentKind.MOBILE_APP),
          entry("devops-client", ComponentKind.DESKTOP_APP),
          entry("web-server", ComponentKind.WEB_APP),
          entry("web-application", ComponentKind.WEB_APP),
          entry("application-server", ComponentKind.SERVICE),
          entry("database", ComponentKind.DATABASE),
          entry("file-server", ComponentKind.FILE_SHARE),
          entry("local-file-system", ComponentKind.FILE_SHARE),
          entry("erp", ComponentKind.SERVICE),
          entry("cms", ComponentKind.WEB_APP),
          entry("web-service-rest", ComponentKind.SERVICE),
          entry("web-service-soap", ComponentKind.SERVICE),
          entry("ejb", ComponentKind.SERVICE),
          entry("search-index", ComponentKind.SEARCH_INDEX),
          entry("search-engine", ComponentKind.SEARCH_INDEX),
          entry("service-registry", ComponentKind.SERVICE),
          entry("reverse-proxy", ComponentKind.REVERSE_PROXY),
          entry("load-balancer", ComponentKind.LOAD_BALANCER),
          entry("build-pipeline", ComponentKind.BUILD_PIPELINE),
          entry("sourcecode-repository", ComponentKind.REPOSITORY),
          entry("artifact-registry", ComponentKind.ARTIFACT_REGISTRY),
          entry("code-inspection-platform", ComponentKind.SERVICE),
          entry("monitoring", ComponentKind.MONITORING),
          entry("ldap-server", ComponentKind.DIRECTORY),
          entry("container-platform", ComponentKind.ORCHESTRATOR),
          entry("batch-processing", ComponentKind.BATCH_JOB),
          entry("event-listener", ComponentKind.SERVICE),
          entry("identity-provider", ComponentKind.IDENTITY_PROVIDER),
          entry("identity-store-ldap", ComponentKind.DIRECTORY),
          entry("identity-store-database", ComponentKind.DATABASE),
          entry("tool", ComponentKind.SERVICE),
          entry("cli", ComponentKind.DESKTOP_APP),
          entry("task", ComponentKind.BATCH_JOB),
          entry("function", ComponentKind.FUNCTION),
          entry("gateway", ComponentKind.API_GATEWAY),
          entry("iot-device", ComponentKind.DEVICE),
          entry("message-queue", ComponentKind.QUEUE),
          entry("stream-processing", ComponentKind.MESSAGE_BROKER),
          entry("service-mesh", ComponentKind.SERVICE),
          entry("data-lake", ComponentKind.STORAGE),
          entry("report-engine", ComponentKind.SERVICE),
          entry("ai", ComponentKind.LLM),
          entry("mail-server", ComponentKind.MAIL_SERVER),
          entry("vault", ComponentKind.SECRET_STORE),
          entry("hsm", ComponentKind.KEY_MANAGEMENT),
          entry("waf", ComponentKind.WAF),
          entry("ids", ComponentKind.MONITORING),
          entry("ips", ComponentKind.MONITORING),
          entry("scheduler", ComponentKind.BATCH_JOB),
          entry("mainframe", ComponentKind.SERVICE),
          entry("block-storage", ComponentKind.STORAGE),
          entry("library", ComponentKind.SERVICE));

  static final Map<String, Protocol> PROTOCOL =
      Map.ofEntries(
          entry("unknown-protocol", Protocol.TCP),
          entry("http", Protocol.HTTP),
          entry("https", Protocol.HTTPS),
          entry("ws", Protocol.WS),
          entry("wss", Protocol.WSS),
          entry("reverse-proxy-web-protocol", Protocol.HTTP),
          entry("reverse-proxy-web-protocol-encrypted", Protocol.HTTPS),
          entry("mqtt", Protocol.MQTT),
          entry("jdbc", Protocol.JDBC),
          entry("jdbc-encrypted", Protocol.JDBC_TLS),
          entry("odbc", Protocol.JDBC),
          entry("odbc-encrypted", Protocol.JDBC_TLS),
          entry("sql-access-protocol", Protocol.JDBC),
          entry("sql-access-protocol-encrypted", Protocol.JDBC_TLS),
          entry("nosql-access-protocol", Protocol.TCP),
          entry("nosql-access-protocol-encrypted", Protocol.TLS),
          entry("binary", Protocol.TCP),
          entry("binary-encrypted", Protocol.TLS),
          entry("text", Protocol.TCP),
          entry("text-encrypted", Protocol.TLS),
          entry("ssh", Protocol.SSH),
          entry("ssh-tunnel", Protocol.SSH),
          entry("smtp", Protocol.SMTP),
          entry("smtp-encrypted", Protocol.SMTPS),
          entry("pop3", Protocol.TCP),
          entry("pop3-encrypted", Protocol.TLS),
          entry("imap", Protocol.TCP),
          entry("imap-encrypted", Protocol.TLS),
          entry("ftp", Protocol.FTP),
          entry("ftps", Protocol.FTPS),
          entry("sftp", Protocol.SFTP),
          entry("scp", Protocol.SSH),
          entry("ldap", Protocol.LDAP),
          entry("ldaps", Protocol.LDAPS),
          entry("jms", Protocol.TCP),
          entry("nfs", Protocol.NFS),
          entry("smb", Protocol.SMB),
          entry("smb-encrypted", Protocol.TLS),
          entry("local-file-access", Protocol.LOCAL_FILE),
          entry("nrpe", Protocol.TCP),
          entry("xmpp", Protocol.TCP),
          entry("iiop", Protocol.TCP),
          entry("iiop-encrypted", Protocol.TLS),
          entry("jrmp", Protocol.TCP),
          entry("jrmp-encrypted", Protocol.TLS),
          entry("in-process-library-call", Protocol.IN_PROCESS),
          entry("inter-process-communication", Protocol.IPC),
          entry("container-spawning", Protocol.IPC));

  /**
   * Protocols whose Bulwark value says all they do; the others keep their Threagile name in a
   * {@code protocol:<name>} tag.
   */
  static final Set<String> EXACT_PROTOCOLS =
      Set.of(
          "http",
          "https",
          "ws",
          "wss",
          "mqtt",
          "jdbc",
          "jdbc-encrypted",
          "ssh",
          "smtp",
          "smtp-encrypted",
          "ftp",
          "ftps",
          "sftp",
          "ldap",
          "ldaps",
          "nfs",
          "smb",
          "local-file-access",
          "in-process-library-call",
          "inter-process-communication");

  static final Map<String, Authentication> AUTHENTICATION =
      Map.of(
          "none", Authentication.NONE,
          "credentials", Authentication.PASSWORD,
          "session-id", Authentication.SESSION,
          "token", Authentication.TOKEN,
          "client-certificate", Authentication.MTLS,
          "two-factor", Authentication.TWO_FACTOR,
          "externalized", Authentication.TOKEN);

  static final Map<String, Authorization> AUTHORIZATION =
      Map.of(
          "none", Authorization.NONE,
          "technical-user", Authorization.TECHNICAL_USER,
          "end-user-identity-propagation", Authorization.END_USER);

  static final Map<String, EncryptionAtRest> ENCRYPTION =
      Map.of(
          "none", EncryptionAtRest.NONE,
          "transparent", EncryptionAtRest.PLATFORM,
          "data-with-symmetric-shared-key", EncryptionAtRest.APPLICATION,
          "data-with-asymmetric-shared-key", EncryptionAtRest.APPLICATION,
          "data-with-end-user-individual-key", EncryptionAtRest.APPLICATION);

  static final Map<String, Rating> CONFIDENTIALITY =
      Map.of(
          "public", Rating.LOW,
          "internal", Rating.LOW,
          "restricted", Rating.MEDIUM,
          "confidential", Rating.HIGH,
          "strictly-confidential", Rating.CRITICAL);

  /** Threagile's "restricted" sits in the middle of its scale; Bulwark's is the top. */
  static final Map<String, Classification> CLASSIFICATION =
      Map.of(
          "public", Classification.PUBLIC,
          "internal", Classification.INTERNAL,
          "restricted", Classification.CONFIDENTIAL,
          "confidential", Classification.CONFIDENTIAL,
          "strictly-confidential", Classification.RESTRICTED);

  /** Integrity and availability. */
  static final Map<String, Rating> CRITICALITY =
      Map.of(
          "archive", Rating.LOW,
          "operational", Rating.LOW,
          "important", Rating.MEDIUM,
          "critical", Rating.HIGH,
          "mission-critical", Rating.CRITICAL);

  static final Map<String, Criticality> BUSINESS =
      Map.of(
          "archive", Criticality.LOW,
          "operational", Criticality.LOW,
          "important", Criticality.MEDIUM,
          "critical", Criticality.HIGH,
          "mission-critical", Criticality.CRITICAL);

  static final Map<String, ZoneKind> BOUNDARY =
      Map.of(
          "network-on-prem", ZoneKind.NETWORK,
          "network-dedicated-hoster", ZoneKind.NETWORK,
          "network-virtual-lan", ZoneKind.NETWORK,
          "network-cloud-provider", ZoneKind.CLOUD_ACCOUNT,
          "network-cloud-security-group", ZoneKind.SUBNET,
          "network-policy-namespace-isolation", ZoneKind.NAMESPACE,
          "execution-environment", ZoneKind.HOST);

  static final Map<String, DataFormat> FORMAT =
      Map.of(
          "json", DataFormat.JSON,
          "xml", DataFormat.XML,
          "serialization", DataFormat.SERIALIZED_OBJECTS,
          "file", DataFormat.FILES,
          "csv", DataFormat.CSV,
          "yaml", DataFormat.YAML);

  static final Map<String, TriageStatus> STATUS =
      Map.of(
          "unchecked", TriageStatus.OPEN,
          "in-discussion", TriageStatus.OPEN,
          "accepted", TriageStatus.ACCEPTED,
          "in-progress", TriageStatus.IN_PROGRESS,
          "mitigated", TriageStatus.MITIGATED,
          "false-positive", TriageStatus.FALSE_POSITIVE);

  static final Map<String, Severity> SEVERITY =
      Map.of(
          "low", Severity.LOW,
          "medium", Severity.MEDIUM,
          "elevated", Severity.ELEVATED,
          "high", Severity.HIGH,
          "critical", Severity.CRITICAL);

  static final Map<String, Stride> STRIDE =
      Map.of(
          "spoofing", Stride.SPOOFING,
          "tampering", Stride.TAMPERING,
          "repudiation", Stride.REPUDIATION,
          "information-disclosure", Stride.INFORMATION_DISCLOSURE,
          "denial-of-service", Stride.DENIAL_OF_SERVICE,
          "elevation-of-privilege", Stride.ELEVATION_OF_PRIVILEGE);
}

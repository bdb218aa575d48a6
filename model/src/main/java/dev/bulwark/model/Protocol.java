package dev.bulwark.model;

/** How a flow travels; each protocol knows whether it is encrypted and crosses a network. */
public enum Protocol {
  @Doc("HTTP over TLS.")
  HTTPS(true, true),
  @Doc("Plain HTTP.")
  HTTP(false, true),
  @Doc("gRPC over TLS.")
  GRPCS(true, true),
  @Doc("gRPC without TLS.")
  GRPC(false, true),
  @Doc("WebSocket over TLS.")
  WSS(true, true),
  @Doc("Plain WebSocket.")
  WS(false, true),
  @Doc("A database protocol over TLS.")
  JDBC_TLS(true, true),
  @Doc("A database protocol without TLS.")
  JDBC(false, true),
  @Doc("Redis over TLS.")
  REDIS_TLS(true, true),
  @Doc("Plain Redis.")
  REDIS(false, true),
  @Doc("MQTT over TLS.")
  MQTTS(true, true),
  @Doc("Plain MQTT.")
  MQTT(false, true),
  @Doc("AMQP over TLS.")
  AMQPS(true, true),
  @Doc("Plain AMQP.")
  AMQP(false, true),
  @Doc("Kafka over TLS.")
  KAFKA_TLS(true, true),
  @Doc("Plain Kafka.")
  KAFKA(false, true),
  @Doc("CoAP over DTLS.")
  COAPS(true, true),
  @Doc("Plain CoAP.")
  COAP(false, true),
  @Doc("SFTP.")
  SFTP(true, true),
  @Doc("FTP over TLS.")
  FTPS(true, true),
  @Doc("Plain FTP.")
  FTP(false, true),
  @Doc("SMTP over TLS.")
  SMTPS(true, true),
  @Doc("Plain SMTP.")
  SMTP(false, true),
  @Doc("LDAP over TLS.")
  LDAPS(true, true),
  @Doc("Plain LDAP.")
  LDAP(false, true),
  @Doc("SSH.")
  SSH(true, true),
  @Doc("Another protocol over TLS.")
  TLS(true, true),
  @Doc("Another protocol over DTLS.")
  DTLS(true, true),
  @Doc("Another protocol over plain TCP.")
  TCP(false, true),
  @Doc("Another protocol over plain UDP.")
  UDP(false, true),
  @Doc("DNS.")
  DNS(false, true),
  @Doc("NFS.")
  NFS(false, true),
  @Doc("SMB.")
  SMB(false, true),
  @Doc("Bluetooth or BLE without link encryption (no pairing, or 'just works').")
  BLUETOOTH(false, true),
  @Doc("Bluetooth LE with an encrypted, authenticated link (LE Secure Connections, bonded).")
  BLUETOOTH_SECURE(true, true),
  @Doc("Zigbee with network-layer encryption.")
  ZIGBEE(true, true),
  @Doc("Thread (802.15.4 mesh, encrypted at the MAC layer).")
  THREAD(true, true),
  @Doc("LoRaWAN (AES-encrypted payloads).")
  LORAWAN(true, true),
  @Doc("A call inside one process.")
  IN_PROCESS(false, false),
  @Doc("Inter-process communication on one host.")
  IPC(false, false),
  @Doc("A file on the same host.")
  LOCAL_FILE(false, false),
  @Doc("A USB connection.")
  USB(false, false);

  private final boolean encrypted;
  private final boolean network;

  Protocol(boolean encrypted, boolean network) {
    this.encrypted = encrypted;
    this.network = network;
  }

  /** Whether the protocol itself encrypts what it carries in transit. */
  public boolean encrypted() {
    return encrypted;
  }

  /** Whether the flow crosses a network (false for in-process calls, IPC, local files). */
  public boolean network() {
    return network;
  }
}

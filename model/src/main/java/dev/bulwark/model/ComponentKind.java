package dev.bulwark.model;

/** What a component is; rules choose the threats that fit it. */
public enum ComponentKind {
  @Doc("A server-side web application or single-page front end.")
  WEB_APP,
  @Doc("An app on a phone or tablet.")
  MOBILE_APP,
  @Doc("A program on a user's computer.")
  DESKTOP_APP,
  @Doc("A back-end service or API.")
  SERVICE,
  @Doc("A gateway in front of APIs.")
  API_GATEWAY,
  @Doc("A load balancer.")
  LOAD_BALANCER,
  @Doc("A reverse proxy.")
  REVERSE_PROXY,
  @Doc("A content delivery network.")
  CDN,
  @Doc("A web application firewall.")
  WAF,
  @Doc("A relational or document database.")
  DATABASE,
  @Doc("A cache such as Redis or Memcached.")
  CACHE,
  @Doc("A search engine or index.")
  SEARCH_INDEX,
  @Doc("A message queue.")
  QUEUE,
  @Doc("A message or event broker (Kafka, MQTT, AMQP).")
  MESSAGE_BROKER,
  @Doc("Object or blob storage (a bucket).")
  STORAGE,
  @Doc("A shared file system.")
  FILE_SHARE,
  @Doc("A serverless function.")
  FUNCTION,
  @Doc("A scheduled or batch job.")
  BATCH_JOB,
  @Doc("An identity provider (OIDC, SAML).")
  IDENTITY_PROVIDER,
  @Doc("A directory service (LDAP, Active Directory).")
  DIRECTORY,
  @Doc("A vault for secrets.")
  SECRET_STORE,
  @Doc("A key management service or HSM.")
  KEY_MANAGEMENT,
  @Doc("A large language model, hosted or called as a service.")
  LLM,
  @Doc("An LLM agent that calls tools on its own.")
  AGENT,
  @Doc("A vector database for retrieval.")
  VECTOR_STORE,
  @Doc("A CI/CD pipeline.")
  BUILD_PIPELINE,
  @Doc("A source code repository.")
  REPOSITORY,
  @Doc("A package, image or artifact registry.")
  ARTIFACT_REGISTRY,
  @Doc("A container orchestrator such as Kubernetes.")
  ORCHESTRATOR,
  @Doc("Logging, metrics or tracing.")
  MONITORING,
  @Doc("An embedded or IoT device.")
  DEVICE,
  @Doc("A gateway between devices and back ends.")
  IOT_GATEWAY,
  @Doc("A service that delivers firmware or software updates.")
  FIRMWARE_UPDATE,
  @Doc("A mail server.")
  MAIL_SERVER,
  @Doc("A service run by someone else (SaaS, partner API).")
  EXTERNAL_SERVICE;
}

package dev.bulwark.model;

/** A security control already in place on a component or flow. */
public enum Control {
  @Doc("A web application firewall filters requests.")
  WAF,
  @Doc("Input is validated against an allow-list or schema.")
  INPUT_VALIDATION,
  @Doc("Output is encoded for its context.")
  OUTPUT_ENCODING,
  @Doc("Queries are parameterised, never concatenated.")
  PARAMETERIZED_QUERIES,
  @Doc("Requests carry anti-CSRF tokens or same-site cookies.")
  CSRF_PROTECTION,
  @Doc("Pages send a restrictive Content-Security-Policy.")
  CONTENT_SECURITY_POLICY,
  @Doc("Requests are rate-limited.")
  RATE_LIMITING,
  @Doc("A DDoS protection service absorbs floods.")
  DDOS_PROTECTION,
  @Doc("Users log in with a second factor.")
  MFA,
  @Doc("Accounts and roles have only the rights they need.")
  LEAST_PRIVILEGE,
  @Doc("Security-relevant actions are logged where they cannot be altered.")
  AUDIT_LOGGING,
  @Doc("Alerts go to someone who responds.")
  MONITORING,
  @Doc("An IDS or EDR watches for attacks.")
  INTRUSION_DETECTION,
  @Doc("Data is backed up and restores are tested.")
  BACKUP,
  @Doc("The host or image follows a hardening baseline.")
  HARDENING,
  @Doc("Software is patched on a schedule.")
  PATCHING,
  @Doc("Code runs in a sandbox.")
  SANDBOXING,
  @Doc("Network policies or firewalls allow only declared traffic.")
  NETWORK_POLICY,
  @Doc("Only listed addresses may connect.")
  IP_ALLOWLIST,
  @Doc("Traffic goes through a VPN.")
  VPN,
  @Doc("Repositories are scanned for secrets.")
  SECRET_SCANNING,
  @Doc("Dependencies are scanned for known vulnerabilities.")
  DEPENDENCY_SCANNING,
  @Doc("Code is analysed statically.")
  SAST,
  @Doc("The running system is scanned dynamically.")
  DAST,
  @Doc("Changes are reviewed by a second person.")
  CODE_REVIEW,
  @Doc("Build artifacts are signed and the signature checked.")
  SIGNED_ARTIFACTS,
  @Doc("Container images are scanned.")
  IMAGE_SCANNING,
  @Doc("Only approved workloads may run.")
  ADMISSION_CONTROL,
  @Doc("A software bill of materials is produced and monitored.")
  SBOM,
  @Doc("The device boots only signed firmware.")
  SECURE_BOOT,
  @Doc("Updates are signed and checked before install.")
  SIGNED_UPDATES,
  @Doc("Prompts and model output are filtered.")
  PROMPT_FILTERING,
  @Doc("A person approves consequential actions.")
  HUMAN_APPROVAL,
  @Doc("Sensitive fields are masked or tokenised.")
  DATA_MASKING,
  @Doc("Data loss prevention watches outgoing data.")
  DLP;
}

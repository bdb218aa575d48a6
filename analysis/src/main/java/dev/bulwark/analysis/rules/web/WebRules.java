package dev.bulwark.analysis.rules.web;

import dev.bulwark.analysis.Rule;
import java.util.List;

/**
 * Rules BW-WEB-NNN, attacks on web applications and APIs: injection, XSS, CSRF, SSRF, XXE,
 * traversal, deserialization. One line per rule.
 */
public final class WebRules {
  private WebRules() {}

  public static final List<Rule> ALL =
      List.of(
          new SqlInjection(),
          new NoSqlInjection(),
          new LdapInjection(),
          new SearchQueryInjection(),
          new CrossSiteScripting(),
          new CrossSiteRequestForgery(),
          new ServerSideRequestForgery(),
          new XmlExternalEntities(),
          new PathTraversal(),
          new UntrustedDeserialization(),
          new MissingWebApplicationFirewall(),
          new UnrestrictedFileUpload());
}

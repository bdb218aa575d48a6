package dev.bulwark.model.template;

import java.util.List;

/**
 * The templates shipped with Bulwark, one line each; their files are class-path resources under
 * {@code dev/bulwark/model/templates/}. Listed here rather than found by scanning, so that the set
 * is the same from a jar, a folder or a native image.
 */
final class ShippedTemplates {
  static final String RESOURCE_FOLDER = "/dev/bulwark/model/templates/";

  static final List<String> NAMES =
      List.of(
          "ci-pipeline",
          "kubernetes-service",
          "llm-rag-assistant",
          "message-queue",
          "mobile-app-with-backend",
          "oauth2-login",
          "object-storage-bucket",
          "web-app-behind-cdn");

  private ShippedTemplates() {}
}

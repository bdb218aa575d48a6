package dev.bulwark.model.problem;

import java.util.Locale;

/**
 * Every kind of problem Bulwark reports about model files. The codes are stable: tools and users
 * may rely on them. Each is documented in {@code docs/problems.md}.
 */
public enum ProblemType {
  // Reading the file
  FILE_UNREADABLE(Level.ERROR, "The file does not exist or cannot be read."),
  FILE_TOO_LARGE(Level.ERROR, "The file is larger than the size limit."),
  NUL_BYTE(Level.ERROR, "The file contains a NUL byte: it is binary, not a model."),
  INVALID_ENCODING(Level.ERROR, "The file is not valid UTF-8."),
  SYNTAX_ERROR(Level.ERROR, "The file is not well-formed YAML or JSON."),
  DUPLICATE_KEY(Level.ERROR, "A key appears twice in the same mapping."),
  NESTING_TOO_DEEP(Level.ERROR, "Collections are nested deeper than the nesting limit."),
  TOO_MANY_ALIASES(Level.ERROR, "The file uses more YAML aliases than the alias limit."),
  DOCUMENT_TOO_LARGE(
      Level.ERROR, "The document, with its aliases expanded, has more nodes than the node limit."),
  RECURSIVE_ALIAS(Level.ERROR, "A YAML alias refers to a collection that contains it."),
  UNSUPPORTED_TAG(Level.ERROR, "A YAML tag other than the standard scalar tags is used."),
  MULTIPLE_DOCUMENTS(Level.ERROR, "The file holds more than one YAML document."),

  // The shape of the document
  UNSUPPORTED_VERSION(Level.ERROR, "The 'bulwark' format version is not one this build reads."),
  UNKNOWN_FIELD(Level.ERROR, "A key is not a field of the element it is in."),
  MISSING_FIELD(Level.ERROR, "A required field is missing."),
  WRONG_TYPE(Level.ERROR, "A value has the wrong type (a list where text belongs, …)."),
  UNKNOWN_VALUE(Level.ERROR, "A value is not one of the allowed values of its field."),
  OUT_OF_RANGE(Level.ERROR, "A number lies outside the range its field allows."),
  INVALID_ID(Level.ERROR, "An id is not made of the allowed characters."),
  INVALID_DATE(Level.ERROR, "A date is not a real date in the form YYYY-MM-DD."),

  // The meaning of the model
  DUPLICATE_ID(Level.ERROR, "Two elements share an id."),
  DANGLING_REFERENCE(Level.ERROR, "A reference names no element of the model."),
  WRONG_REFERENCE_KIND(Level.ERROR, "A reference names an element of a kind not allowed there."),
  ZONE_CYCLE(Level.ERROR, "Zones are nested in a cycle."),
  NO_ZONE(Level.ERROR, "An actor or component is in no trust zone."),
  SELF_FLOW(Level.ERROR, "A flow goes from an element to itself."),
  UNUSED_DATA(Level.WARNING, "A data asset is neither carried, processed nor stored anywhere."),
  DUPLICATE_ENTRY(Level.WARNING, "A list names the same value twice."),
  UNCONNECTED(Level.WARNING, "An actor or component has no flow in or out."),
  NO_BUSINESS_CONTEXT(Level.WARNING, "The model says nothing about its business context."),
  INVALID_ESTIMATE(
      Level.ERROR, "An estimate of a loss scenario or mitigation effect is not a valid range."),

  // Composition
  IMPORT_MISSING(Level.ERROR, "An imported model file does not exist."),
  IMPORT_ABSOLUTE_PATH(Level.ERROR, "An import uses an absolute path."),
  IMPORT_OUTSIDE_PROJECT(Level.ERROR, "An import points outside the project root."),
  IMPORT_CYCLE(Level.ERROR, "Models import each other in a cycle."),
  TOO_MANY_FILES(Level.ERROR, "Imports pull in more files than the file limit."),
  AMBIGUOUS_IMPORT(Level.ERROR, "An import names both a model file and a template."),

  // Templates
  UNKNOWN_TEMPLATE(Level.ERROR, "An import names a template that does not exist."),
  TEMPLATE_PARAMETER(
      Level.ERROR,
      "A template parameter is unknown, missing, not allowed, or badly written in the template."),
  INVALID_TEMPLATE(
      Level.ERROR,
      "A template file has no header, a header that does not match its name, or imports a model"
          + " file."),

  // Files of other tools
  UNKNOWN_FORMAT(Level.ERROR, "A file is in none of the formats Bulwark reads."),
  XML_REFUSED(Level.ERROR, "An XML file declares a DTD or entities, or is not well-formed XML."),
  NOT_MAPPED(Level.WARNING, "Something in another tool's file has no place in a Bulwark model.");

  private final Level level;
  private final String summary;

  ProblemType(Level level, String summary) {
    this.level = level;
    this.summary = summary;
  }

  /** The stable code, e.g. {@code dangling-reference}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public Level level() {
    return level;
  }

  /** One sentence saying what the problem means. */
  public String summary() {
    return summary;
  }
}

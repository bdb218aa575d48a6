package dev.bulwark.model;

/** A kind of input a component parses. */
public enum DataFormat {
  @Doc("JSON documents.")
  JSON,
  @Doc("XML documents.")
  XML,
  @Doc("YAML documents.")
  YAML,
  @Doc("CSV files.")
  CSV,
  @Doc("Uploaded files.")
  FILES,
  @Doc("Serialised objects (Java, .NET, pickle).")
  SERIALIZED_OBJECTS,
  @Doc("Protocol buffers.")
  PROTOBUF,
  @Doc("HTML form posts.")
  FORM_DATA,
  @Doc("Free text.")
  TEXT,
  @Doc("Natural-language prompts to a model.")
  PROMPTS;
}

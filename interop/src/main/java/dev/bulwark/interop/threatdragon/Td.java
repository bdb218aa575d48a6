package dev.bulwark.interop.threatdragon;

/** What the Threat Dragon reader and writer agree on beyond Threat Dragon's own format. */
final class Td {
  /** Tag keeping a cell's Threat Dragon id, so that an export gives the cell its id back. */
  static final String ID_TAG = "td-id:";

  /** The version written, and the diagram version that makes Threat Dragon read version 2. */
  static final String VERSION = "2.3.0";

  private Td() {}
}

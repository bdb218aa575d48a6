package dev.bulwark.cli;

/** What a command prints: text for people, JSON for programs. */
enum OutputFormat {
  TEXT,
  JSON
}

/** Writing models back out: canonical YAML, and the model format's JSON Schema. */
package dev.bulwark.model.write;

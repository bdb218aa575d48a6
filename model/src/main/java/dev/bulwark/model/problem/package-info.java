/** Problems found in model files: each with a stable code, a place and what is allowed. */
package dev.bulwark.model.problem;

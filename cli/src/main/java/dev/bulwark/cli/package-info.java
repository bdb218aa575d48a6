/** The {@code bulwark} command: one class per subcommand, sharing options through mixins. */
package dev.bulwark.cli;

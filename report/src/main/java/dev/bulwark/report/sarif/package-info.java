/** The SARIF 2.1.0 log for GitHub and GitLab code scanning. */
package dev.bulwark.report.sarif;

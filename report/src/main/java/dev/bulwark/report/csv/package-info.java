/** The CSV export: one threat per row, RFC 4180, inert in spreadsheets. */
package dev.bulwark.report.csv;

/** The HTML report printed to PDF, in a module of its own so that nothing else carries PDFBox. */
package dev.bulwark.report.pdf;

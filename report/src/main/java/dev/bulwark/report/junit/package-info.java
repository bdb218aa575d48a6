/** JUnit XML for CI servers: the gate's checks as test cases. */
package dev.bulwark.report.junit;

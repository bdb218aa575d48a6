package dev.bulwark.analysis.rules.kubernetes;

import dev.bulwark.analysis.RuleTestCase;

class ExposedClusterApiTest extends RuleTestCase {}

package dev.bulwark.analysis.rules.data;

import dev.bulwark.analysis.RuleTestCase;

class SensitiveDataUnencryptedTest extends RuleTestCase {}

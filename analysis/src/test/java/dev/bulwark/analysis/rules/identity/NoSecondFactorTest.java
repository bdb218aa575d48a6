package dev.bulwark.analysis.rules.identity;

import dev.bulwark.analysis.RuleTestCase;

class NoSecondFactorTest extends RuleTestCase {}

package dev.bulwark.analysis.rules.network;

import dev.bulwark.analysis.RuleTestCase;

class MissingHardeningTest extends RuleTestCase {}

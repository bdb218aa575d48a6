package dev.bulwark.analysis.rules.stride;

import dev.bulwark.analysis.RuleTestCase;

class SpoofingAcrossBoundaryTest extends RuleTestCase {}

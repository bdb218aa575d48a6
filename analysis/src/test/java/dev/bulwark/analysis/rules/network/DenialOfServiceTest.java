package dev.bulwark.analysis.rules.network;

import dev.bulwark.analysis.RuleTestCase;

class DenialOfServiceTest extends RuleTestCase {}

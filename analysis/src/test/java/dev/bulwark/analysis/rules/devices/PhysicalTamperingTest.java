package dev.bulwark.analysis.rules.devices;

import dev.bulwark.analysis.RuleTestCase;

class PhysicalTamperingTest extends RuleTestCase {}

package dev.bulwark.analysis.rules.devices;

import dev.bulwark.analysis.RuleTestCase;

class WeakDeviceIdentityTest extends RuleTestCase {}

package dev.bulwark.analysis.rules.devices;

import dev.bulwark.analysis.RuleTestCase;

class InsecureDeviceLinkTest extends RuleTestCase {}

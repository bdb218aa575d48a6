package dev.bulwark.analysis.rules.devices;

import dev.bulwark.analysis.RuleTestCase;

class EmbeddedClientSecretTest extends RuleTestCase {}

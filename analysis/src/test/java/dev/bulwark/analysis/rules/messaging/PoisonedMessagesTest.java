package dev.bulwark.analysis.rules.messaging;

import dev.bulwark.analysis.RuleTestCase;

class PoisonedMessagesTest extends RuleTestCase {}

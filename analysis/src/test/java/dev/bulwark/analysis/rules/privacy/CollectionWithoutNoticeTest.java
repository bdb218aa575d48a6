package dev.bulwark.analysis.rules.privacy;

import dev.bulwark.analysis.RuleTestCase;

class CollectionWithoutNoticeTest extends RuleTestCase {}

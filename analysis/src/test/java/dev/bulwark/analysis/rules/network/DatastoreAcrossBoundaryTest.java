package dev.bulwark.analysis.rules.network;

import dev.bulwark.analysis.RuleTestCase;

class DatastoreAcrossBoundaryTest extends RuleTestCase {}

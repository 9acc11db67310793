"""Helpers the tests share: the differential corpus, mutants, the seed table, repository copies,
and what the checkout implements."""

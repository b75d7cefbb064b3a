"""The safety gate's checks on a rewrite, one by one."""


def test_two_words_run_together_by_a_deletion_fail_the_gate() -> None:
    from replycheck.safety import _joined_words
    # (reading 143) a deletion that took the space with it
    assert _joined_words("Çekmeniz yeterli, o kadar basit.", "Çekmeniz yeterlibasit.")
    assert _joined_words("It will leave on time, no question about it.", "It should leave on timeabout it.")
    # a word the rewrite brings, made of two short draft words, is not a join ("up" + "date", "hata" + "dan")
    assert not _joined_words("The start date is set; scaffolding goes up Friday.", "I'll update you. The start date is set.")
    assert not _joined_words("tabletteki hata bizim bir bug'dan kaynaklanıyor", "tabletteki hata bizim bir hatadan kaynaklanıyor")

"""The run's pace per shared host (newscrawl.crawl.pacing.HostPacer): turns at a host that
several crawlers fetch from, one after another at the spacing each asks for."""

from __future__ import annotations

from newscrawl.crawl.pacing import HostPacer


def test_turns_at_a_shared_host_follow_one_another_at_the_asked_spacing() -> None:
    pacer = HostPacer()
    pacer.enter("www.detik.com")
    assert not pacer.shared("www.detik.com")  # one crawl: its own slot paces it
    pacer.enter("www.detik.com")
    assert pacer.shared("www.detik.com")
    # three requests ready at once (two crawlers' worth): one a second
    turns = [pacer.reserve("www.detik.com", 100.0, 1.0) for _ in range(3)]
    assert turns == [100.0, 101.0, 102.0]
    # a request whose own slot is not ready yet (a rest after a 429) goes when it is, and
    # the host's next turn comes after it: the rest holds the other crawler too
    assert pacer.reserve("www.detik.com", 160.0, 1.0) == 160.0
    assert pacer.reserve("www.detik.com", 103.0, 1.0) == 161.0
    # another host is not held by it
    assert pacer.reserve("jabar.example", 103.0, 1.0) == 103.0


def test_a_host_no_longer_shared_forgets_its_turns() -> None:
    pacer = HostPacer()
    for _ in range(2):
        pacer.enter("www.detik.com")
    pacer.reserve("www.detik.com", 100.0, 50.0)
    pacer.leave("www.detik.com")
    assert not pacer.shared("www.detik.com")
    pacer.leave("www.detik.com")
    pacer.enter("www.detik.com")
    pacer.enter("www.detik.com")
    assert pacer.reserve("www.detik.com", 10.0, 1.0) == 10.0  # a new run of it: no old turn

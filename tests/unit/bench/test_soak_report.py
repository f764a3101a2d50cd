"""bench.soak_report: the soak's section of BENCHMARKS.md, replaced by `make soak`, carried over by `make bench`."""

from __future__ import annotations

from bench.machine import Machine
from bench.soak_report import BEGIN, END, carry_soak_section, soak_section, with_soak_section

MACHINE = Machine(2, "AMD EPYC", "3.11.7", "Linux 6", "2026-12-07 12:00 UTC", "abc1234")
FIGURES = {
    "minutes": 10.0,
    "workers": 20,
    "turns": 2500,
    "turnsPerSecond": 4.2,
    "sessions": 230,
    "modelCalls": 3900,
    "refused": {"http:session_busy": 240},
    "sessionTokens": 4_000_000,
    "dailyDelta": 4_000_000,
    "reportedOrEstimated": 3_999_000,
    "cutCallSlack": 2000,
    "vaultEntries": 460,
    "rssWarmKiB": 77000,
    "rssEndKiB": 78000,
    "rssPeakKiB": 79000,
    "rssGrowth": 0.013,
    "medianTurnSeconds": 1.4,
    "outcomes": {"plain:done": 900, "throttle:model_throttled": 230},
}


def test_the_section_quotes_the_run_and_its_verdict() -> None:
    section = soak_section(FIGURES, [], MACHINE, "python -m bench.soak --minutes 10 --workers 20")
    assert section.startswith(BEGIN) and section.rstrip().endswith(END)
    for fact in ("commit abc1234", "2,500 (4.2)", "| 3,900 |", "| 240 |", "4,000,000 / 4,000,000", "+1.3%"):
        assert fact in section
    assert "**whole**" in section
    assert "**2 problems**: a; b" in soak_section(FIGURES, ["a", "b"], MACHINE, "c")


def test_make_soak_replaces_its_section_only_and_make_bench_keeps_it() -> None:
    first = soak_section(FIGURES, [], MACHINE, "first")
    document = with_soak_section("# Benchmarks\n\n## Notes\n\n- n\n", first)
    assert document.startswith("# Benchmarks\n\n## Notes") and document.count(BEGIN) == 1
    second = soak_section(FIGURES, ["p"], MACHINE, "second")
    moved = with_soak_section(document.replace("## Notes\n\n- n\n", "") + "\n## After\n", second)
    replaced = with_soak_section(document, second)
    assert "`first`" not in replaced and "`second`" in replaced and replaced.count(BEGIN) == 1
    assert moved.endswith("## After\n") and moved.count(END) == 1
    regenerated = carry_soak_section(replaced, "# Benchmarks\n\nnew figures\n")
    assert regenerated.startswith("# Benchmarks\n\nnew figures") and "`second`" in regenerated
    assert carry_soak_section("# no section\n", "# fresh\n") == "# fresh\n"

"""Document rendering speed (run with --benchmark-enable)."""

from __future__ import annotations

from pytest_benchmark.fixture import BenchmarkFixture

from printing import samples
from printing.fonts import register_fonts
from printing.receipt import render_receipt
from printing.ticket import render_ticket_slip


def test_bench_receipt_pdf(benchmark: BenchmarkFixture) -> None:
    """A receipt with 12 materials; target median < 50 ms."""
    register_fonts()
    data = samples.sample_receipt(12)
    pdf = benchmark(render_receipt, data)
    assert pdf.startswith(b"%PDF")


def test_bench_ticket_pdf(benchmark: BenchmarkFixture) -> None:
    """The 80 mm ticket slip with Code128 and QR."""
    register_fonts()
    data = samples.sample_ticket()
    pdf = benchmark(render_ticket_slip, data)
    assert pdf.startswith(b"%PDF")

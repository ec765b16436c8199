"""Erlang C (M/M/c): how long citizens wait when ``c`` windows serve one queue.

Pure functions, no I/O. Time units only need to agree: arrivals per hour with service
minutes converted to hours, or both per minute. The model assumes arrivals at random
(Poisson), service times spread like an exponential distribution and nobody leaving the
queue; with these assumptions it is the standard tool call centres and halls plan with.

``load`` (traffic intensity, A) = arrival rate x mean service time, in erlangs: the
number of windows that would be busy all the time. With ``c <= A`` the queue grows
without limit: every formula then reports certain waiting.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MAX_WINDOWS = 500  # a search for the windows needed gives up beyond this


def erlang_b(windows: int, load: float) -> float:
    """Probability that all ``windows`` are busy in the loss model (Erlang B), by the
    stable recursion B(k) = A·B(k-1) / (k + A·B(k-1))."""
    if windows < 0 or load < 0:
        raise ValueError("windows and load must not be negative")
    b = 1.0
    for k in range(1, windows + 1):
        b = load * b / (k + load * b)
    return b


def wait_probability(windows: int, load: float) -> float:
    """Erlang C: the share of arrivals that have to wait at all."""
    if load <= 0:
        return 0.0
    if windows <= load:
        return 1.0
    b = erlang_b(windows, load)
    rho = load / windows
    return b / (1.0 - rho * (1.0 - b))


def service_level(windows: int, load: float, target: float, service_time: float) -> float:
    """P(wait <= target): the share of arrivals called within ``target`` (same unit as
    ``service_time``)."""
    if load <= 0:
        return 1.0
    if windows <= load:
        return 0.0
    pw = wait_probability(windows, load)
    return 1.0 - pw * math.exp(-(windows - load) * target / service_time)


def mean_wait(windows: int, load: float, service_time: float) -> float:
    """Average wait of all arrivals (ASA), in the unit of ``service_time``; inf if overloaded."""
    if load <= 0:
        return 0.0
    if windows <= load:
        return math.inf
    return wait_probability(windows, load) * service_time / (windows - load)


def wait_quantile(windows: int, load: float, service_time: float, share: float) -> float:
    """The wait that ``share`` of arrivals do not exceed (e.g. 0.9: the 90th percentile)."""
    if not 0 < share < 1:
        raise ValueError("share must be between 0 and 1")
    if load <= 0:
        return 0.0
    if windows <= load:
        return math.inf
    pw = wait_probability(windows, load)
    if pw <= 1 - share:
        return 0.0
    return service_time * math.log(pw / (1 - share)) / (windows - load)


@dataclass(frozen=True)
class Staffing:
    """What ``windows`` windows give for one load: the numbers shown beside a plan."""

    windows: int
    load: float
    occupancy: float  # share of time a window is busy
    wait_probability: float
    service_level: float  # P(wait <= target)
    mean_wait: float  # same unit as the service time


def staffing(windows: int, load: float, target: float, service_time: float) -> Staffing:
    occupancy = min(1.0, load / windows) if windows else 1.0
    return Staffing(windows, load, occupancy, wait_probability(windows, load),
                    service_level(windows, load, target, service_time), mean_wait(windows, load, service_time))


def windows_needed(load: float, target: float, service_time: float, share: float,
                   max_occupancy: float = 1.0) -> int:
    """The fewest windows for which at least ``share`` of arrivals wait no more than
    ``target``, and (optionally) no window is busier than ``max_occupancy``."""
    if not 0 < share < 1:
        raise ValueError("share must be between 0 and 1")
    if load <= 0:
        return 0
    windows = max(1, math.floor(load) + 1)
    while windows <= MAX_WINDOWS:
        if (service_level(windows, load, target, service_time) >= share
                and load / windows <= max_occupancy):
            return windows
        windows += 1
    raise ValueError("load too large for a window plan")

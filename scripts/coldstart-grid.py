#!/usr/bin/env python3
"""Compares vplan's cold-start model (docs/model.md §8) with a discrete-event simulation of the
policy it describes, over a grid of settings wider than the unit tests use. Prints, per setting,
the simulated and modelled fraction of cold requests and their ratio.

usage: scripts/coldstart-grid.py [REQUESTS]   (default 200000 requests per setting)"""
import math, random, sys


def simulate(rate, seconds, keep_alive, slots, requests, seed=42):
    rng, time, instances, cold = random.Random(seed), 0.0, [], 0
    for _ in range(requests):
        time += -math.log(1 - rng.random()) / rate
        for inst in instances:
            for done in [d for d in inst["ends"] if d <= time]:
                inst["busy"] -= 1
                if inst["busy"] == 0:
                    inst["idle"] = max(inst["idle"], done)
            inst["ends"] = [d for d in inst["ends"] if d > time]
        instances = [i for i in instances if not (i["busy"] == 0 and time - i["idle"] > keep_alive)]
        for inst in instances:  # oldest warm instance with a free slot
            if inst["busy"] < slots:
                inst["busy"] += 1
                inst["ends"].append(time + seconds)
                break
        else:
            cold += 1
            instances.append({"busy": 1, "idle": 0.0, "ends": [time + seconds]})
    return cold / requests


def model(rate, seconds, keep_alive, slots):
    load = rate * seconds
    per_second, below, level, n = 0.0, 0.0, 1, 0
    log_p = lambda k: -load + k * math.log(load) - math.lgamma(k + 1)
    while level <= load + 40 * math.sqrt(load) + 60:
        while n <= level - 1:
            below += math.exp(log_p(n))
            n += 1
        up = rate * math.exp(log_p(level - 1))
        if up > 0 and below > 0:
            per_second += up * math.exp(-keep_alive * up / min(1.0, below))
        level += slots
    return per_second / rate


if __name__ == "__main__":
    requests = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    grid = [(0.002, 0.1, 600, 1), (0.01, 0.2, 120, 1), (1, 0.1, 30, 1), (2, 0.5, 2, 1), (5, 1, 5, 1),
            (20, 0.25, 1, 1), (50, 0.2, 0.5, 1), (100, 0.1, 10, 1), (200, 0.05, 1, 1),
            (20, 0.25, 1, 2), (20, 0.25, 1, 4), (50, 0.5, 3, 8)]
    print(f"{'rate/s':>8} {'req s':>6} {'keep s':>7} {'slots':>5} {'simulated':>10} {'model':>10} {'ratio':>6}")
    for rate, seconds, keep_alive, slots in grid:
        sim = simulate(rate, seconds, keep_alive, slots, requests)
        mod = model(rate, seconds, keep_alive, slots)
        print(f"{rate:>8} {seconds:>6} {keep_alive:>7} {slots:>5} {sim:>10.5f} {mod:>10.5f} {mod / sim:>6.2f}")

import Foundation
import PlannerCore

/// A seeded discrete-event simulation of one function (docs/coldstarts.md): renewal arrivals with
/// the `ArrivalProcess` gaps (exponential, balanced-means H2 for burstiness > 1, gamma with shape
/// 1/c² below 1), each request holding a slot for a fixed time, the oldest warm instance with a free
/// slot taking each request, a new (cold) instance when none has one, and an instance stopped once
/// idle for longer than the keep-alive. It records the cold starts and the time-average
/// distribution of requests in progress. The first `warmUp` requests only fill the system.
struct FunctionSimulation {
    var rate: Double
    var burstiness: Double = 1
    var requestSeconds: Double
    var keepAliveSeconds: Double
    var slots: Int

    struct Result {
        var coldStarts: Int
        var requests: Int
        /// Fraction of time with n requests in progress, n = 0, 1, ...
        var occupancy: [Double]
        var coldFraction: Double { Double(coldStarts) / Double(requests) }

        /// The smallest n with time-average P(N ≤ n) ≥ p.
        func occupancyQuantile(_ p: Double) -> Int {
            var cumulative = 0.0
            for (n, share) in occupancy.enumerated() {
                cumulative += share
                if cumulative >= p { return n }
            }
            return occupancy.count - 1
        }
    }

    func run(requests: Int, seed: UInt64, warmUp: Int = 2000) -> Result {
        var random = SplitMix64(seed: seed)
        var gaps = GapSampler(rate: rate, burstiness: burstiness)
        var pool = InstancePool(slots: slots, keepAliveSeconds: keepAliveSeconds)
        var completions: [(time: Double, instance: Int)] = []  // in time order: the request time is fixed
        var nextCompletion = 0
        var occupancy = OccupancyClock()
        var time = 0.0
        var coldStarts = 0
        for request in 0..<(requests + warmUp) {
            time += gaps.next(&random)
            while nextCompletion < completions.count && completions[nextCompletion].time <= time {
                let done = completions[nextCompletion]
                nextCompletion += 1
                occupancy.advance(to: done.time, recording: request > warmUp)
                occupancy.inProgress -= 1
                pool.finish(done.instance, at: done.time)
            }
            if nextCompletion > 100_000 {
                completions.removeFirst(nextCompletion)
                nextCompletion = 0
            }
            occupancy.advance(to: time, recording: request > warmUp)
            occupancy.inProgress += 1
            let (instance, cold) = pool.assign(at: time)
            if cold && request >= warmUp { coldStarts += 1 }
            completions.append((time + requestSeconds, instance))
        }
        return Result(coldStarts: coldStarts, requests: requests, occupancy: occupancy.shares)
    }
}

/// Time spent at each number of requests in progress.
private struct OccupancyClock {
    var inProgress = 0
    var last = 0.0
    var seconds: [Double] = []

    mutating func advance(to time: Double, recording: Bool) {
        if recording {
            if inProgress >= seconds.count { seconds += Array(repeating: 0, count: inProgress + 1 - seconds.count) }
            seconds[inProgress] += time - last
        }
        last = time
    }

    var shares: [Double] {
        let total = seconds.reduce(0, +)
        return seconds.map { $0 / total }
    }
}

/// Instances by creation order (oldest first); a min-heap holds those with a free slot, and an idle
/// one found at its top past the keep-alive is stopped.
private struct InstancePool {
    let slots: Int
    let keepAliveSeconds: Double
    var busy: [Int] = []
    var idleSince: [Double] = []
    var withFreeSlot: [Int] = []

    init(slots: Int, keepAliveSeconds: Double) {
        self.slots = slots
        self.keepAliveSeconds = keepAliveSeconds
    }

    mutating func finish(_ instance: Int, at time: Double) {
        if busy[instance] == slots { push(instance) }
        busy[instance] -= 1
        if busy[instance] == 0 { idleSince[instance] = time }
    }

    /// The instance taking a request at `time`, and whether it starts cold.
    mutating func assign(at time: Double) -> (Int, Bool) {
        var chosen = -1
        while let oldest = withFreeSlot.first {
            if busy[oldest] == 0 && time - idleSince[oldest] > keepAliveSeconds {
                popOldest()
                continue
            }
            chosen = oldest
            break
        }
        let cold = chosen < 0
        if cold {
            chosen = busy.count
            busy.append(0)
            idleSince.append(0)
            push(chosen)
        }
        busy[chosen] += 1
        if busy[chosen] == slots { popOldest() }
        return (chosen, cold)
    }

    private mutating func push(_ instance: Int) {
        withFreeSlot.append(instance)
        var child = withFreeSlot.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            if withFreeSlot[parent] <= withFreeSlot[child] { break }
            withFreeSlot.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func popOldest() {
        let last = withFreeSlot.removeLast()
        guard !withFreeSlot.isEmpty else { return }
        withFreeSlot[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1
            var smallest = parent
            if left < withFreeSlot.count && withFreeSlot[left] < withFreeSlot[smallest] { smallest = left }
            if left + 1 < withFreeSlot.count && withFreeSlot[left + 1] < withFreeSlot[smallest] { smallest = left + 1 }
            if smallest == parent { break }
            withFreeSlot.swapAt(parent, smallest)
            parent = smallest
        }
    }
}

/// Inter-arrival gaps with mean 1/λ and coefficient of variation c: exponential (c = 1), balanced-
/// means H2 (c > 1), gamma with shape 1/c² by Marsaglia and Tsang's method (c < 1).
private struct GapSampler {
    let rate: Double
    let burstiness: Double

    mutating func next(_ random: inout SplitMix64) -> Double {
        if burstiness > 1 {
            let squared = burstiness * burstiness
            let shortProbability = (1 + ((squared - 1) / (squared + 1)).squareRoot()) / 2
            let shortGap = uniform(&random) < shortProbability
            let phaseRate = 2 * (shortGap ? shortProbability : 1 - shortProbability) * rate
            return -naturalLog(uniform(&random)) / phaseRate
        }
        if burstiness < 1 { return gamma(shape: 1 / (burstiness * burstiness), &random) / rate }
        return -naturalLog(uniform(&random)) / rate
    }

    /// Gamma(shape, rate shape) (mean 1), shape ≥ 1.
    private func gamma(shape: Double, _ random: inout SplitMix64) -> Double {
        let d = shape - 1.0 / 3
        let c = 1 / (9 * d).squareRoot()
        while true {
            var x = 0.0
            var v = 0.0
            repeat {
                x = normal(&random)
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            if naturalLog(uniform(&random)) < 0.5 * x * x + d - d * v + d * naturalLog(v) { return d * v / shape }
        }
    }

    private func normal(_ random: inout SplitMix64) -> Double {
        let radius = (-2 * naturalLog(uniform(&random))).squareRoot()
        return radius * cos(2 * Double.pi * uniform(&random))
    }

    /// Uniform in (0, 1), never 0.
    private func uniform(_ random: inout SplitMix64) -> Double {
        Double(random.next() >> 11) * 0x1p-53 + 0x1p-54
    }
}

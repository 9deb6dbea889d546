import Foundation

/// The number of a function's requests in progress, N, when requests arrive as an `ArrivalProcess`
/// (rate λ, burstiness c) and each holds a slot for s seconds (docs/coldstarts.md, "Concurrency").
///
/// With a fixed request time, N at time t is the number of arrivals in (t − s, t], so its
/// time-stationary distribution is that of the count of the renewal process in a window of length s:
///
/// - c = 1: Poisson with mean λs (M/G/∞).
/// - c > 1: a mixed Poisson: arrivals are Poisson at rate Λ while the process is ON, so N is
///   Poisson(Λ·T) where T is the ON time within the window. T's law comes from the two-state
///   ON/OFF chain, discretised in at most 200 steps; when the chain switches so often within the
///   window that this is too coarse ((α + β)s > 4), a negative binomial with the exact mean and
///   variance (`ArrivalProcess.countVariance`) stands in.
/// - c < 1: exact for gamma gaps: P(N ≥ n) = λ∫₀ˢ (F₍ₙ₋₁₎(x) − Fₙ(x)) dx, Fₙ the n-fold gamma
///   convolution, a regularized incomplete gamma (Cox 1962, §4.1).
///
/// Beyond 2·10⁴ requests in progress (10⁶ for Poisson) a normal law with the exact variance (and,
/// for Poisson, the Cornish–Fisher skewness term) replaces the sums, so loads up to 10⁹ cost the
/// same as small ones.
public struct RequestConcurrency: Sendable, Hashable {
    public var process: ArrivalProcess
    public var requestSeconds: Double

    public init(requestsPerSecond: Double, requestSeconds: Double, burstiness: Double = 1) {
        process = ArrivalProcess(rate: requestsPerSecond, burstiness: burstiness)
        self.requestSeconds = requestSeconds
    }

    /// Mean requests in progress, λs (Little's law, whatever the burstiness).
    public var mean: Double { isIdle ? 0 : process.rate * requestSeconds }

    private var isIdle: Bool {
        !(process.rate > 0 && process.rate.isFinite && requestSeconds > 0 && requestSeconds.isFinite)
    }

    /// The p-quantile of N (the smallest n with P(N ≤ n) ≥ p), p in (0, 1); 0 without traffic.
    public func quantile(_ p: Double) -> Int {
        guard !isIdle, p > 0 else { return 0 }
        let level = min(p, 1 - 1e-12)
        let load = mean
        let normalFrom = process.isPoisson ? 1e6 : Occupancy.normalLoad
        if load > normalFrom {
            return normalQuantile(level, load: load, variance: process.countVariance(requestSeconds))
        }
        if process.isPoisson { return Self.poissonQuantile(level, load: load) }
        let occupancy = Occupancy(process: process, requestSeconds: requestSeconds)
        var cumulative = 0.0
        for (index, probability) in occupancy.stationary.enumerated() {
            cumulative += probability
            if cumulative >= level { return occupancy.lowest + index }
        }
        return occupancy.lowest + occupancy.stationary.count - 1
    }

    /// The Poisson(load) quantile over the same window as `Occupancy` (load ± 12 deviations + 30),
    /// summed upwards with the ratio P(n) = P(n − 1) × load ÷ n and stopped at the quantile: no
    /// arrays, one logarithm per level (planning asks for it once per function and hour).
    static func poissonQuantile(_ p: Double, load: Double) -> Int {
        let spread = 12 * load.squareRoot() + 30
        let lowest = max(0, Int(load - spread))
        let highest = Int(min(load + spread, 1e12))
        var logTerm = Occupancy.poissonLog(lowest, load)
        var cumulative = Foundation.exp(logTerm)
        var n = lowest
        while cumulative < p && n < highest {
            n += 1
            logTerm += Foundation.log(load / Double(n))
            cumulative += Foundation.exp(logTerm)
        }
        return n
    }

    /// Normal quantile with a continuity correction; for Poisson the Cornish–Fisher term (z² − 1)/6.
    private func normalQuantile(_ p: Double, load: Double, variance: Double) -> Int {
        let z = StandardNormal.quantile(p)
        let skew = process.isPoisson ? (z * z - 1) / 6 : 0
        let value = load + variance.squareRoot() * z + skew - 0.5
        return max(0, Int(min(value, 9e15).rounded(.up)))
    }
}

/// The standard normal quantile by bisection on erfc (60 halvings: exact to double precision).
enum StandardNormal {
    static func quantile(_ p: Double) -> Double {
        var low = -40.0
        var high = 40.0
        for _ in 0..<60 {
            let middle = (low + high) / 2
            if 0.5 * erfc(-middle / 2.0.squareRoot()) < p { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }
}

/// The distribution of N over a window of levels [lowest, lowest + count) that holds all but a
/// negligible part of it: time-stationary (`stationary`), jointly with the arrival process being
/// ON (`stationaryOn`; all of it when not bursty), as seen by an arriving request
/// (`palm`: the count in the s seconds before an arrival), and, for bursty arrivals, the chance the
/// process is ON at a request's departure given the count then (`onAtDeparture`).
struct Occupancy {
    var lowest = 0
    var stationary: [Double] = []
    var stationaryOn: [Double] = []
    var palm: [Double] = []
    var onAtDeparture: [Double] = []

    init(process: ArrivalProcess, requestSeconds: Double) {
        let load = process.rate * requestSeconds
        let variance = process.countVariance(requestSeconds)
        let spread = 12 * max(variance, 0).squareRoot() + 30
        lowest = max(0, Int(load - spread))
        let highest = Int(min(load + spread, 1e12))
        if process.isPoisson {
            stationary = (lowest...highest).map { Foundation.exp(Occupancy.poissonLog($0, load)) }
            (stationaryOn, palm) = (stationary, stationary)
            onAtDeparture = Array(repeating: 1, count: stationary.count)
        } else if !process.isBursty {
            fillGamma(process, requestSeconds: requestSeconds, upTo: highest)
        } else if (process.onOff.offRate + process.onOff.backOnRate) * requestSeconds <= 4 {
            fillOnOff(process, requestSeconds: requestSeconds, upTo: highest)
        } else {
            fillNormalOnTime(process, requestSeconds: requestSeconds, variance: variance, upTo: highest)
        }
    }

    /// Gamma gaps, shape k and rate θ = kλ: Fₙ(x) = P(nk, θx) and
    /// ∫₀ˢ Fₙ(x) dx = s·P(nk, θs) − (nk/θ)·P(nk + 1, θs).
    private mutating func fillGamma(_ process: ArrivalProcess, requestSeconds s: Double, upTo highest: Int) {
        let shape = process.gammaShape
        let theta = shape * process.rate
        func convolution(_ m: Int) -> Double { m == 0 ? 1 : IncompleteGamma.lower(Double(m) * shape, theta * s) }
        func integral(_ m: Int) -> Double {
            if m == 0 { return s }
            let a = Double(m) * shape
            return s * IncompleteGamma.lower(a, theta * s) - a / theta * IncompleteGamma.lower(a + 1, theta * s)
        }
        var integralBefore = lowest == 0 ? s : integral(lowest - 1)
        var integralAt = integral(lowest)
        var convolutionAt = convolution(lowest)
        for n in lowest...highest {
            let integralNext = integral(n + 1)
            let convolutionNext = convolution(n + 1)
            let atLeastN = n == 0 ? 1 : process.rate * (integralBefore - integralAt)
            let atLeastNext = process.rate * (integralAt - integralNext)
            stationary.append(max(0, atLeastN - atLeastNext))
            palm.append(max(0, convolutionAt - convolutionNext))
            integralBefore = integralAt
            integralAt = integralNext
            convolutionAt = convolutionNext
        }
        stationaryOn = stationary
        onAtDeparture = Array(repeating: 1, count: stationary.count)
    }

    /// Bursty arrivals whose ON/OFF chain switches many times within the window: the ON time T is
    /// nearly normal, with mean (fraction ON)·s and the variance that gives N its exact variance,
    /// Var N = λs + Λ²·Var T; N is Poisson(Λ·T) mixed over 81 points of T within ±6 deviations.
    private mutating func fillNormalOnTime(
        _ process: ArrivalProcess, requestSeconds s: Double, variance: Double, upTo highest: Int
    ) {
        let onRate = process.onOff.onRate
        let share = process.onFraction
        let meanOn = share * s
        let deviationOn = (max(variance - process.rate * s, 0)).squareRoot() / onRate
        var points: [(seconds: Double, weight: Double)] = []
        for step in -40...40 {
            let z = Double(step) * 0.15
            points.append((min(s, max(0, meanOn + z * deviationOn)), Foundation.exp(-z * z / 2)))
        }
        let totalWeight = points.reduce(0) { $0 + $1.weight }
        var mixture = [Double](repeating: 0, count: highest - lowest + 1)
        for point in points {
            Occupancy.addPoisson(mean: onRate * point.seconds, window: lowest...highest, weights: [point.weight / totalWeight]) {
                index, pmf, weights in mixture[index] += weights[0] * pmf
            }
        }
        stationary = mixture
        palm = mixture
        stationaryOn = mixture.map { $0 * share }
        let rate = process.onOff.offRate + process.onOff.backOnRate
        onAtDeparture = Array(repeating: share + (1 - share) * Foundation.exp(-rate * s), count: mixture.count)
    }

    /// Above this many requests in progress a non-Poisson N is taken as normal.
    static let normalLoad = 2e4

    /// log P(N = n) for N ~ Poisson(mean).
    static func poissonLog(_ n: Int, _ mean: Double) -> Double {
        if mean == 0 { return n == 0 ? 0 : -.infinity }
        return -mean + Double(n) * Foundation.log(mean) - lgamma(Double(n) + 1)
    }
}

extension Occupancy {
    /// Bursty arrivals as an interrupted Poisson process: N = Poisson(Λ·T), T the ON time in the
    /// window, from the ON/OFF chain in M ≤ 200 steps of s/M. Started from the stationary mix it
    /// gives `stationary` and `stationaryOn`; started ON (the chain is reversible, so looking back
    /// from an arrival is looking forward from an ON instant) it gives `palm` and `onAtDeparture`.
    fileprivate mutating func fillOnOff(_ process: ArrivalProcess, requestSeconds s: Double, upTo highest: Int) {
        let (onRate, alpha, beta) = process.onOff
        let steps = max(64, min(200, Int(((alpha + beta) * s / 0.02).rounded(.up))))
        let stepSeconds = s / Double(steps)
        let fromMix = Occupancy.onTime(process, steps: steps, stepSeconds: stepSeconds, startOn: false)
        let fromOn = Occupancy.onTime(process, steps: steps, stepSeconds: stepSeconds, startOn: true)
        let count = highest - lowest + 1
        var mixOn = [Double](repeating: 0, count: count)
        var mixOff = mixOn
        var onOn = mixOn
        var onOff = mixOn
        for k in 0...steps {
            let mean = onRate * Double(k) * stepSeconds
            Occupancy.addPoisson(
                mean: mean, window: lowest...highest,
                weights: [fromMix[2 * k], fromMix[2 * k + 1], fromOn[2 * k], fromOn[2 * k + 1]]
            ) {
                index, pmf, weights in
                mixOn[index] += weights[0] * pmf
                mixOff[index] += weights[1] * pmf
                onOn[index] += weights[2] * pmf
                onOff[index] += weights[3] * pmf
            }
        }
        stationaryOn = mixOn
        stationary = zip(mixOn, mixOff).map { $0 + $1 }
        palm = zip(onOn, onOff).map { $0 + $1 }
        onAtDeparture = zip(onOn, palm).map { $1 > 0 ? $0 / $1 : process.onFraction }
    }

    /// Adds weights × P(Poisson(mean) = n) for the n in the window where it is not negligible,
    /// by the recurrence pₙ = pₙ₋₁·mean/n from a start within 12 deviations of the mean.
    fileprivate static func addPoisson(
        mean: Double, window: ClosedRange<Int>, weights: [Double], _ add: (Int, Double, [Double]) -> Void
    ) {
        let deviation = mean.squareRoot()
        let lowest = window.lowerBound
        let start = max(lowest, Int(mean - 12 * deviation - 30))
        let end = min(window.upperBound, Int(mean + 12 * deviation + 30))
        guard start <= end else { return }
        var pmf = Foundation.exp(poissonLog(start, mean))
        var n = start
        while n <= end {
            add(n - lowest, pmf, weights)
            n += 1
            pmf *= mean / Double(n)
        }
    }

    /// P(ON time = k steps, state at the end) for k = 0...steps, as [k·2 + (0 ON, 1 OFF)]: the chain
    /// moves between steps with its exact two-state transition probabilities; a step counts as ON
    /// when the chain is ON at its start.
    private static func onTime(_ process: ArrivalProcess, steps: Int, stepSeconds: Double, startOn: Bool) -> [Double] {
        let (_, alpha, beta) = process.onOff
        let share = process.onFraction
        let decay = Foundation.exp(-(alpha + beta) * stepSeconds)
        let stayOn = share + (1 - share) * decay
        let turnOn = share * (1 - decay)
        var current = [Double](repeating: 0, count: 2 * (steps + 1))
        current[0] = startOn ? 1 : share
        current[1] = startOn ? 0 : 1 - share
        var next = current
        for step in 0..<steps {
            for index in next.indices { next[index] = 0 }
            for k in 0...step {
                let on = current[2 * k]
                let off = current[2 * k + 1]
                next[2 * (k + 1)] += on * stayOn
                next[2 * (k + 1) + 1] += on * (1 - stayOn)
                next[2 * k] += off * turnOn
                next[2 * k + 1] += off * (1 - turnOn)
            }
            swap(&current, &next)
        }
        return current
    }
}
